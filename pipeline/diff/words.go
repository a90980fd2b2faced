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
	d.printf("%s\n", Inline(strings.TrimRight(old, "\r\n"), strings.TrimRight(new, "\r\n"), d.context, d.style))
}

// Inline renders the change from old to new as one text: removed text as
// [-old-] and added text as {+new+} (red and green with Style.Color), spaces
// inside a change shown as ␣ and tabs as ⇥. Unchanged runs longer than twice
// the context (in words) are cut to context words on each side of a change
// and "…"; context 0 keeps everything.
func Inline(old, new string, context int, style Style) string {
	var b strings.Builder
	ops := displayOps(old, new)
	for i, op := range ops {
		switch op.Kind {
		case Equal:
			b.WriteString(style.show(elide(op.Text, context, i == 0, i == len(ops)-1)))
		case Delete:
			b.WriteString(mark(style, ansiRed, "[-", "-]", op.Text))
		case Insert:
			b.WriteString(mark(style, ansiGreen, "{+", "+}", op.Text))
		}
	}
	return b.String()
}

var visibleSpaces = strings.NewReplacer(" ", "␣", "\t", "⇥", "\u00a0", "⍽", "\u202f", "⎵")

// mark shows a change with visible spaces, in colour or between markers.
func mark(style Style, color, open, close, text string) string {
	text = visibleSpaces.Replace(text)
	if style.Color {
		return color + text + ansiReset
	}
	return open + text + close
}

// elide cuts an unchanged run to n words next to each change. A run at the
// start of the text keeps only its end, one at the end only its start.
func elide(text string, n int, first, last bool) string {
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

// OpKind says what a step of a word diff does.
type OpKind int8

// The kinds of step.
const (
	Equal  OpKind = iota // text in both
	Delete               // text only in the old one
	Insert               // text only in the new one
)

// Op is one step of a word diff.
type Op struct {
	Kind OpKind
	Text string
}

// WordOps diffs two strings token by token (words, spaces, punctuation, as
// the token package cuts them), so that changes are whole tokens. Applying
// the Equal and Insert steps in order gives new; Equal and Delete give old.
func WordOps(old, new string) []Op {
	return diffUnits(tokenTexts(old), tokenTexts(new))
}

// displayOps diffs two strings for reading: it aligns words with the space
// after them, so that a run of spaces cannot pull unrelated words into a
// match, then trims each replacement to the tokens that differ. The steps
// obey the same invariant as WordOps.
func displayOps(old, new string) []Op {
	ops := diffUnits(wordUnits(old), wordUnits(new))
	out := make([]Op, 0, len(ops))
	for i := 0; i < len(ops); i++ {
		if i+1 < len(ops) && ops[i].Kind != Equal && ops[i+1].Kind != Equal && ops[i].Kind != ops[i+1].Kind {
			del, ins := ops[i], ops[i+1]
			if del.Kind == Insert {
				del, ins = ins, del
			}
			out = appendRefined(out, del.Text, ins.Text)
			i++
			continue
		}
		out = appendOp(out, ops[i])
	}
	return out
}

// appendRefined appends the replacement of del by ins, with the tokens they
// begin and end with in common shown as unchanged, and the rest diffed token
// by token when that keeps a word in common.
func appendRefined(ops []Op, del, ins string) []Op {
	a, b := tokenTexts(del), tokenTexts(ins)
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	q := 0
	for q < len(a)-p && q < len(b)-p && a[len(a)-1-q] == b[len(b)-1-q] {
		q++
	}
	ops = appendOp(ops, Op{Equal, strings.Join(a[:p], "")})
	midA, midB := a[p:len(a)-q], b[p:len(b)-q]
	if fine := diffUnits(midA, midB); sharesWord(fine) {
		for _, op := range fine {
			ops = appendOp(ops, op)
		}
	} else {
		ops = appendOp(ops, Op{Delete, strings.Join(midA, "")})
		ops = appendOp(ops, Op{Insert, strings.Join(midB, "")})
	}
	return appendOp(ops, Op{Equal, strings.Join(a[len(a)-q:], "")})
}

// sharesWord reports whether a token diff keeps something other than white
// space: only then is it easier to read than a plain replacement.
func sharesWord(ops []Op) bool {
	for _, op := range ops {
		if op.Kind == Equal && strings.TrimSpace(op.Text) != "" {
			return true
		}
	}
	return false
}

// appendOp appends op, merging it into the last step of the same kind and
// dropping it if empty.
func appendOp(ops []Op, op Op) []Op {
	if op.Text == "" {
		return ops
	}
	if n := len(ops); n > 0 && ops[n-1].Kind == op.Kind {
		ops[n-1].Text += op.Text
		return ops
	}
	return append(ops, op)
}

// tokenTexts cuts s into the texts of its tokens.
func tokenTexts(s string) []string {
	toks := token.Tokenize(s, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text(s)
	}
	return out
}

// wordUnits cuts s after each run of white space, so that every unit is a
// word (with any punctuation glued to it) and the space that follows it.
func wordUnits(s string) []string {
	var out []string
	start := 0
	for _, t := range token.Tokenize(s, nil) {
		if t.Kind == token.Space || t.Kind == token.Newline {
			out = append(out, s[start:t.End])
			start = t.End
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// diffUnits diffs two sequences of units, each compared as a whole.
func diffUnits(a, b []string) []Op {
	index := map[string]rune{}
	var vocab []string
	encode := func(units []string) []rune {
		out := make([]rune, len(units))
		for i, u := range units {
			r, ok := index[u]
			if !ok {
				r = indexRune(len(vocab))
				index[u] = r
				vocab = append(vocab, u)
			}
			out[i] = r
		}
		return out
	}
	diffs := diffmatchpatch.New().DiffMainRunes(encode(a), encode(b), false)
	ops := make([]Op, 0, len(diffs))
	for _, df := range diffs {
		var s strings.Builder
		for _, r := range df.Text {
			s.WriteString(vocab[runeIndex(r)])
		}
		kind := Equal
		switch df.Type {
		case diffmatchpatch.DiffDelete:
			kind = Delete
		case diffmatchpatch.DiffInsert:
			kind = Insert
		}
		ops = append(ops, Op{kind, s.String()})
	}
	return ops
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
