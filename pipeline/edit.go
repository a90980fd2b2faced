package pipeline

import (
	"fmt"
	"slices"
	"strings"
)

// SortEdits sorts edits by position: by Start, then End.
func SortEdits(edits []Edit) {
	slices.SortStableFunc(edits, func(a, b Edit) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
}

// Apply returns text with the edits applied. The edits must be sorted with
// SortEdits and must not overlap; Apply returns an error otherwise.
func Apply(text string, edits []Edit) (string, error) {
	var b strings.Builder
	b.Grow(len(text))
	pos := 0
	for i, e := range edits {
		if e.Start < pos || e.End < e.Start || e.End > len(text) {
			return "", fmt.Errorf("edit %d [%d,%d) is out of order, overlaps the previous one or is outside the text (len %d)", i, e.Start, e.End, len(text))
		}
		if i > 0 && e.Start == e.End && edits[i-1].Start == e.Start && edits[i-1].End == e.Start {
			return "", fmt.Errorf("edits %d and %d insert at the same offset %d", i-1, i, e.Start)
		}
		b.WriteString(text[pos:e.Start])
		b.WriteString(e.NewText)
		pos = e.End
	}
	b.WriteString(text[pos:])
	return b.String(), nil
}

// lineBreaks returns the line-break characters of s in order, so that two
// strings can be compared for the line structure they carry.
func lineBreaks(s string) string {
	if !strings.ContainsAny(s, "\r\n\u2028\u2029") {
		return ""
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\r', '\n', '\u2028', '\u2029':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// keepsLines reports whether applying e to text keeps its line structure:
// the same line breaks, of the same kinds, in the same order.
func keepsLines(text string, e Edit) bool {
	return lineBreaks(text[e.Start:e.End]) == lineBreaks(e.NewText)
}

// isSeparatorEdit reports whether e replaces one Unicode line or paragraph
// separator by "\n".
func isSeparatorEdit(text string, e Edit) bool {
	old := text[e.Start:e.End]
	return e.NewText == "\n" && (old == "\u2028" || old == "\u2029")
}

// step is one application of sorted, non-overlapping edits, with what it
// takes to map offsets of the new text back to the old one in O(log n).
type step struct {
	edits    []Edit
	newStart []int // newStart[i]: offset of edits[i].NewText in the new text
	after    []int // after[i]: new length minus old length, summed over edits[:i+1]
}

func newStep(edits []Edit) step {
	s := step{edits: edits, newStart: make([]int, len(edits)), after: make([]int, len(edits))}
	delta := 0
	for i, e := range edits {
		s.newStart[i] = e.Start + delta
		delta += len(e.NewText) - (e.End - e.Start)
		s.after[i] = delta
	}
	return s
}

// mapBack maps offset p of the new text back to an offset of the old one. An
// offset strictly inside the new text of an edit maps to the start of the
// edit when right is false and to its end when right is true; an offset at
// the boundary of an edit maps to the same boundary in the old text.
func (s step) mapBack(p int, right bool) int {
	// i: the number of edits whose new text starts before p.
	i, _ := slices.BinarySearch(s.newStart, p)
	if i == 0 {
		return p
	}
	e := s.edits[i-1]
	if p < s.newStart[i-1]+len(e.NewText) {
		if right {
			return e.End
		}
		return e.Start
	}
	return p - s.after[i-1]
}
