// Package diff renders the difference between an original text and its
// repair: as a unified diff that patch(1) and git apply accept, or as an
// inline word diff for long lines.
//
// Both renderers stream: a text is fed as a sequence of aligned chunks (the
// same lines of the old and the new text, each chunk ending at a line break
// but the last), so a file of any size is diffed in bounded memory.
package diff

import (
	"fmt"
	"io"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Style controls how a diff looks.
type Style struct {
	// Color adds ANSI colours: removed text red, added text green.
	Color bool
	// Visible shows no-break spaces (U+00A0 as ⍽) and narrow no-break spaces
	// (U+202F as ⎵). A diff with Visible set no longer applies as a patch.
	Visible bool
}

// ANSI escape sequences.
const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiCyan  = "\x1b[36m"
)

func (s Style) paint(color, text string) string {
	if !s.Color || text == "" {
		return text
	}
	return color + text + ansiReset
}

var visibleNoBreak = strings.NewReplacer("\u00a0", "⍽", "\u202f", "⎵")

func (s Style) show(text string) string {
	if s.Visible {
		return visibleNoBreak.Replace(text)
	}
	return text
}

// lineOp is one line of a line diff: ' ' kept, '-' removed, '+' added. The
// text keeps its line break.
type lineOp struct {
	kind byte
	text string
}

// Unified writes a unified diff ("diff -u" format with a/ and b/ paths) of
// texts fed chunk by chunk. It writes nothing for identical texts.
type Unified struct {
	w                io.Writer
	oldName, newName string
	context          int
	style            Style
	err              error
	started          bool // headers written

	oldLine, newLine int      // lines of each text consumed so far
	before           []lineOp // up to context kept lines before the next change
	hunk             []lineOp // the open hunk, empty when none
	hunkOld, hunkNew int      // first line of the open hunk in each text (1-based)
	trailing         int      // kept lines at the end of the open hunk
}

// NewUnified returns a Unified that writes to w a diff between the texts
// named oldName and newName (written as a/oldName and b/newName), with the
// given number of context lines.
func NewUnified(w io.Writer, oldName, newName string, context int, style Style) *Unified {
	return &Unified{w: w, oldName: oldName, newName: newName, context: max(context, 0), style: style}
}

// Write feeds the next aligned chunks of the old and the new text.
func (u *Unified) Write(old, new string) error {
	if u.err != nil {
		return u.err
	}
	if old == new {
		for _, l := range splitLines(old) {
			u.add(lineOp{' ', l})
		}
		return u.err
	}
	dmp := diffmatchpatch.New()
	a, b, lines := dmp.DiffLinesToChars(old, new)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines)
	for _, d := range diffs {
		kind := byte(' ')
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = '-'
		case diffmatchpatch.DiffInsert:
			kind = '+'
		}
		for _, l := range splitLines(d.Text) {
			u.add(lineOp{kind, l})
		}
	}
	return u.err
}

// Changed reports whether any difference has been written.
func (u *Unified) Changed() bool { return u.started }

// Close writes the last hunk.
func (u *Unified) Close() error {
	if len(u.hunk) > 0 {
		u.flush(len(u.hunk) - u.trailing + min(u.trailing, u.context))
	}
	return u.err
}

func (u *Unified) add(op lineOp) {
	if op.kind != ' ' {
		if len(u.hunk) == 0 {
			u.hunkOld = u.oldLine - len(u.before) + 1
			u.hunkNew = u.newLine - len(u.before) + 1
			u.hunk = append(u.hunk, u.before...)
			u.before = u.before[:0]
		}
		u.hunk = append(u.hunk, op)
		u.trailing = 0
		if op.kind == '-' {
			u.oldLine++
		} else {
			u.newLine++
		}
		return
	}
	u.oldLine++
	u.newLine++
	if len(u.hunk) == 0 {
		if u.context > 0 {
			if len(u.before) == u.context {
				u.before = append(u.before[:0], u.before[1:]...)
			}
			u.before = append(u.before, op)
		}
		return
	}
	u.hunk = append(u.hunk, op)
	u.trailing++
	if u.trailing > 2*u.context {
		// The next change, if any, is far enough for a hunk of its own.
		keep := len(u.hunk) - u.trailing + u.context
		rest := u.hunk[keep:]
		u.before = append(u.before[:0], rest[len(rest)-u.context:]...)
		u.flush(keep)
	}
}

// flush writes the first n lines of the open hunk and closes it.
func (u *Unified) flush(n int) {
	lines := u.hunk[:n]
	var oldCount, newCount int
	for _, l := range lines {
		if l.kind != '+' {
			oldCount++
		}
		if l.kind != '-' {
			newCount++
		}
	}
	if !u.started {
		u.started = true
		u.printf("%s", u.style.paint(ansiBold, fmt.Sprintf("--- a/%s\n+++ b/%s", u.oldName, u.newName))+"\n")
	}
	u.printf("%s\n", u.style.paint(ansiCyan, fmt.Sprintf("@@ -%s +%s @@", hunkRange(u.hunkOld, oldCount), hunkRange(u.hunkNew, newCount))))
	for _, l := range lines {
		text, eol := strings.CutSuffix(l.text, "\n")
		line := string(l.kind) + u.style.show(text)
		switch l.kind {
		case '-':
			line = u.style.paint(ansiRed, line)
		case '+':
			line = u.style.paint(ansiGreen, line)
		}
		if eol {
			u.printf("%s\n", line)
		} else {
			u.printf("%s\n\\ No newline at end of file\n", line)
		}
	}
	u.hunk = u.hunk[:0]
	u.trailing = 0
}

// hunkRange formats the start and length of a hunk side as diff -u does.
func hunkRange(start, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", start-1)
	case 1:
		return fmt.Sprintf("%d", start)
	}
	return fmt.Sprintf("%d,%d", start, count)
}

func (u *Unified) printf(format string, args ...any) {
	if u.err == nil {
		_, u.err = fmt.Fprintf(u.w, format, args...)
	}
}

// splitLines splits s after each "\n"; the last line may lack one.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
