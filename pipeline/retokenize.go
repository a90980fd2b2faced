package pipeline

import (
	"strings"

	"github.com/retouche/retouche/token"
)

// retokenize returns the tokens of newText, which is oldText with the sorted
// edits applied, reusing the tokens of oldText (old) outside the lines the
// edits touch. Tokens never span a line break and edits keep line breaks, so
// the lines an edit touches can be tokenized on their own and the others
// only shifted. The result equals token.Tokenize(newText).
func retokenize(old []token.Token, oldText, newText string, edits []Edit, buf []token.Token) []token.Token {
	out := buf[:0]
	if cap(out) < len(old)+16 {
		out = make([]token.Token, 0, len(old)+len(old)/8+16)
	}
	ti := 0    // next old token
	delta := 0 // new offset minus old offset, before the current position
	for k := 0; k < len(edits); {
		// The region: whole lines of oldText around edits[k] and the
		// edits whose lines touch it.
		ls := strings.LastIndexByte(oldText[:edits[k].Start], '\n') + 1
		le := lineEnd(oldText, edits[k].End)
		regionDelta := 0
		j := k
		for ; j < len(edits) && edits[j].Start <= le; j++ {
			if edits[j].Start == le && le > ls && oldText[le-1] == '\n' && edits[j].Start == edits[j].End {
				break // an insertion at the start of the next line belongs to that line
			}
			le = max(le, lineEnd(oldText, edits[j].End))
			regionDelta += len(edits[j].NewText) - (edits[j].End - edits[j].Start)
		}
		for ti < len(old) && old[ti].Start < ls {
			t := old[ti]
			out = append(out, token.Token{Kind: t.Kind, Start: t.Start + delta, End: t.End + delta})
			ti++
		}
		for ti < len(old) && old[ti].Start < le {
			ti++
		}
		nls, nle := ls+delta, le+delta+regionDelta
		for _, t := range token.Tokenize(newText[nls:nle], nil) {
			out = append(out, token.Token{Kind: t.Kind, Start: t.Start + nls, End: t.End + nls})
		}
		delta += regionDelta
		k = j
	}
	for ; ti < len(old); ti++ {
		t := old[ti]
		out = append(out, token.Token{Kind: t.Kind, Start: t.Start + delta, End: t.End + delta})
	}
	return out
}

// lineEnd returns the offset just after the line break that ends the line
// holding offset i (or the end of s).
func lineEnd(s string, i int) int {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j + 1
	}
	return len(s)
}
