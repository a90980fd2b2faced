package pipeline

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/retouche/retouche/token"
)

// TestRetokenize checks on random texts and random line-preserving edits
// that reusing the old tokens gives exactly the tokens of the new text.
func TestRetokenize(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"Le", " ", "  ", "chat", "é", "l’", ".", ",", "\n", "\r\n", "\r", "\u2028", "www.a.fr", "3.5", "@x", "«", "\u00a0", "Poutineeffectuera", "-", "a"}
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		old := b.String()
		var edits []Edit
		pos := 0
		for pos < len(old) && len(edits) < 4 {
			start := pos + r.IntN(len(old)-pos+1)
			end := start + r.IntN(min(6, len(old)-start)+1)
			for start < len(old) && !runeStart(old, start) {
				start++
			}
			end = max(end, start)
			for end < len(old) && !runeStart(old, end) {
				end++
			}
			end = min(end, len(old))
			repl := pieces[r.IntN(len(pieces))]
			if lineBreaksOf(old[start:end]) != lineBreaksOf(repl) {
				repl = lineBreaksOf(old[start:end])
			}
			e := Edit{Start: start, End: end, NewText: repl}
			if len(edits) > 0 && (e.overlaps(edits[len(edits)-1]) || e.Start < edits[len(edits)-1].End) {
				break
			}
			edits = append(edits, e)
			pos = end + 1
		}
		newText, err := Apply(old, edits)
		if err != nil {
			continue
		}
		got := retokenize(token.Tokenize(old, nil), old, newText, edits, nil)
		want := token.Tokenize(newText, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("old %q edits %+v new %q:\n got %v\nwant %v", old, edits, newText, got, want)
		}
	}
}

func lineBreaksOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return r
		}
		return -1
	}, s)
}
