package pipeline

import (
	"sort"
	"strings"

	"github.com/retouche/retouche/token"
)

// lineStarts returns the offsets at which the lines of text start: 0, and
// each offset just after a "\n".
func lineStarts(text string, buf []int) []int {
	out := append(buf[:0], 0)
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return out
		}
		i += j + 1
		out = append(out, i)
	}
}

// lineOf returns the 0-based line that holds offset p, given the line starts.
func lineOf(starts []int, p int) int {
	return sort.SearchInts(starts, p+1) - 1
}

// lineSpan returns the first and last lines that the span [start, end)
// covers; an empty span, or one that ends just after a line break, does not
// reach the next line.
func lineSpan(starts []int, start, end int) (first, last int) {
	first = lineOf(starts, start)
	if end <= start {
		return first, first
	}
	return first, lineOf(starts, end-1)
}

// segment is a run of whole lines of the document that a view holds.
type segment struct {
	view, doc, len int // offset in the view, offset in the document, length
}

// view is the part of the document that a pass of a later round sees: the
// lines the previous round changed, each run of adjacent lines as one
// segment, concatenated. Lines are whole (with their "\n"), and tokens never
// span a line break, so the view's tokens are the document's, shifted.
type view struct {
	text string
	toks []token.Token
	segs []segment

	protected   []Edit // protectedSpans of toks, when protectedOK
	protectedOK bool
}

// protectedSpans returns the spans of the view's tokens that must not be
// edited, computed once.
func (v *view) protectedSpans() []Edit {
	if !v.protectedOK {
		v.protected, v.protectedOK = protectedSpans(v.toks), true
	}
	return v.protected
}

// partialView builds the view of the given lines (sorted, distinct) of text.
func partialView(text string, toks []token.Token, starts []int, lines []int, buf []token.Token) view {
	v := view{toks: buf[:0]}
	var b strings.Builder
	for k := 0; k < len(lines); {
		j := k + 1
		for j < len(lines) && lines[j] == lines[j-1]+1 {
			j++
		}
		start := starts[lines[k]]
		end := len(text)
		if last := lines[j-1]; last+1 < len(starts) {
			end = starts[last+1]
		}
		seg := segment{view: b.Len(), doc: start, len: end - start}
		v.segs = append(v.segs, seg)
		b.WriteString(text[start:end])
		ti := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
		for ; ti < len(toks) && toks[ti].Start < end; ti++ {
			t := toks[ti]
			v.toks = append(v.toks, token.Token{Kind: t.Kind, Start: t.Start - start + seg.view, End: t.End - start + seg.view})
		}
		k = j
	}
	v.text = b.String()
	return v
}

// seg returns the index of the segment that holds view offset p. At the
// boundary of two segments, p belongs to the later one unless end is set (p
// ends a span).
func (v *view) seg(p int, end bool) int {
	i := sort.Search(len(v.segs), func(i int) bool { return v.segs[i].view > p }) - 1
	if end && i > 0 && p == v.segs[i].view {
		i--
	}
	return max(i, 0)
}

// toDoc maps the offsets of a finding reported on the view to offsets of
// the document. It reports false when the finding's span or one of its edits
// joins two segments, which are not adjacent in the document.
func (v *view) toDoc(f *Finding) bool {
	if v.segs == nil {
		return true
	}
	mapSpan := func(start, end int) (int, int, bool) {
		i := v.seg(start, false)
		j := i
		if end > start {
			j = v.seg(end, true)
		}
		if i != j {
			return 0, 0, false
		}
		s := v.segs[i]
		return start - s.view + s.doc, end - s.view + s.doc, true
	}
	var ok bool
	if f.Start, f.End, ok = mapSpan(f.Start, f.End); !ok {
		return false
	}
	edits := make([]Edit, len(f.Edits))
	for k, e := range f.Edits {
		edits[k] = e
		if edits[k].Start, edits[k].End, ok = mapSpan(e.Start, e.End); !ok {
			return false
		}
	}
	f.Edits = edits
	return true
}
