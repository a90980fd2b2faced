package diff

import (
	"fmt"
	"io"
	"strings"

	"github.com/retouche/retouche/token"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// Words writes an inline word diff of texts fed chunk by chunk, for texts
// whose repair keeps the line structure: each changed line is shown once,
// after a "@@ -L +L @@" header, with removed text as [-old-] and added text as
// {+new+} (or in red and green). Spaces inside a change are shown as ␣, tabs
// as ⇥. Unchanged runs longer than twice the context are cut to context words
// on each side and "…".
type Words struct {
	w                io.Writer
	oldName, newName string
	context          int
	style            Style
	err              error
	started          bool
	line             int // lines consumed so far
}

// NewWords returns a Words that writes to w a word diff between the texts
// named oldName and newName, keeping context words around each change (0
// keeps whole lines).
func NewWords(w io.Writer, oldName, newName string, context int, style Style) *Words {
	return &Words{w: w, oldName: oldName, newName: newName, context: max(context, 0), style: style}
}

// Changed reports whether any difference has been written.
func (d *Words) Changed() bool { return d.started }

// Close ends the diff.
func (d *Words) Close() error { return d.err }

// Write feeds the next aligned chunks of the old and the new text.
func (d *Words) Write(old, new string) error {
	if d.err != nil {
		return d.err
	}
	oldLines, newLines := splitLines(old), splitLines(new)
	if len(oldLines) != len(newLines) {
		// The repair changed the line structure: show the chunk as a whole.
		d.writeLine(old, new, len(oldLines))
		d.line += len(oldLines)
		return d.err
	}
	for i := range oldLines {
		if oldLines[i] != newLines[i] {
			d.writeLine(oldLines[i], newLines[i], 1)
		}
		d.line++
	}
	return d.err
}

func (d *Words) writeLine(old, new string, count int) {
	if !d.started {
		d.started = true
		d.printf("%s\n", d.style.paint(ansiBold, fmt.Sprintf("--- a/%s\n+++ b/%s", d.oldName, d.newName)))
	}
	d.printf("%s\n", d.style.paint(ansiCyan, fmt.Sprintf("@@ -%s +%s @@", hunkRange(d.line+1, count), hunkRange(d.line+1, count))))
	old = strings.TrimRight(old, "\r\n")
	new = strings.TrimRight(new, "\r\n")
	var b strings.Builder
	diffs := wordDiff(old, new)
	for i, df := range diffs {
		switch df.Type {
		case diffmatchpatch.DiffEqual:
			b.WriteString(d.style.show(d.elide(df.Text, i == 0, i == len(diffs)-1)))
		case diffmatchpatch.DiffDelete:
			b.WriteString(d.mark(ansiRed, "[-", "-]", df.Text))
		case diffmatchpatch.DiffInsert:
			b.WriteString(d.mark(ansiGreen, "{+", "+}", df.Text))
		}
	}
	d.printf("%s\n", b.String())
}

var visibleSpaces = strings.NewReplacer(" ", "␣", "\t", "⇥", "\u00a0", "⍽", "\u202f", "⎵")

// mark shows a change with visible spaces, in colour or between markers.
func (d *Words) mark(color, open, close, text string) string {
	text = visibleSpaces.Replace(text)
	if d.style.Color {
		return color + text + ansiReset
	}
	return open + text + close
}

// elide cuts an unchanged run to d.context words next to each change. A run
// at the start of the line keeps only its end, one at the end only its start.
func (d *Words) elide(text string, first, last bool) string {
	n := d.context
	if n == 0 || first && last {
		return text
	}
	starts := wordStarts(text)
	switch {
	case first && len(starts) > n:
		return "…" + text[starts[len(starts)-n]:]
	case last && len(starts) > n:
		return text[:starts[n]] + "…"
	case !first && !last && len(starts) > 2*n+1:
		return text[:starts[n]] + "… " + text[starts[len(starts)-n]:]
	}
	return text
}

// wordStarts returns the offsets where a run of non-spaces starts.
func wordStarts(s string) []int {
	var starts []int
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			starts = append(starts, i)
		}
	}
	return starts
}

func (d *Words) printf(format string, args ...any) {
	if d.err == nil {
		_, d.err = fmt.Fprintf(d.w, format, args...)
	}
}

// wordDiff diffs two strings token by token (words, spaces, punctuation),
// so that a change is shown as whole words.
func wordDiff(old, new string) []diffmatchpatch.Diff {
	index := map[string]rune{}
	var vocab []string
	encode := func(s string) []rune {
		toks := token.Tokenize(s, nil)
		out := make([]rune, len(toks))
		for i, t := range toks {
			text := t.Text(s)
			r, ok := index[text]
			if !ok {
				r = indexRune(len(vocab))
				index[text] = r
				vocab = append(vocab, text)
			}
			out[i] = r
		}
		return out
	}
	a, b := encode(old), encode(new)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMainRunes(a, b, false)
	for i := range diffs {
		var s strings.Builder
		for _, r := range diffs[i].Text {
			s.WriteString(vocab[runeIndex(r)])
		}
		diffs[i].Text = s.String()
	}
	return diffs
}

// indexRune and runeIndex map token numbers to runes, skipping surrogates.
func indexRune(i int) rune {
	r := rune(i + 1)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

func runeIndex(r rune) int {
	if r >= 0xE000 {
		r -= 0x800
	}
	return int(r - 1)
}
