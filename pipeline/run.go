package pipeline

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/retouche/retouche/token"
)

// DefaultMaxRounds bounds how often Run passes over the stages.
const DefaultMaxRounds = 6

// bom is the byte-order mark that Run keeps out of the stages' sight.
const bom = "\uFEFF"

// Options control Run.
type Options struct {
	// Apply is the highest tier whose edits are applied: Auto (the default)
	// applies auto findings only, Suggest applies suggestions too. Report
	// findings are never applied.
	Apply Tier
	// MaxRounds bounds the passes over the stages; 0 means DefaultMaxRounds.
	MaxRounds int
	// Adjust, when set, sees each finding a stage reports, with the text
	// it covers, before the driver chooses what to apply: it may change
	// the finding's tier, or drop it by returning false (a configuration
	// that disables a rule, an allow-list of words).
	Adjust func(f *Finding, text string) bool
	// WholeRounds makes every round run the stages over the whole text, as
	// the first round does, instead of the lines the previous round changed.
	// The result is the same for stages whose findings on a line depend only
	// on that line and on what Pass.Document counts; WholeRounds is for the
	// others, and for tests that check this.
	WholeRounds bool
}

// Result is the outcome of Run.
type Result struct {
	// Original is the input text.
	Original string
	// Text is the repaired text.
	Text string
	// Findings are sorted by position in Original, findings at the same
	// position in the order they were reported. Applied findings are the
	// ones that produced Text; the others were shown but not applied.
	Findings []Finding
	// Rounds is the number of passes over the stages.
	Rounds int

	lines []int // offsets of line starts in Original, computed on demand
}

// Changed reports whether the repaired text differs from the original.
func (r *Result) Changed() bool { return r.Text != r.Original }

// Location returns the line and column (both 1-based, the column counted in
// runes, a leading byte-order mark not counted) of a byte offset of Original.
func (r *Result) Location(offset int) Location {
	if r.lines == nil {
		r.lines = lineStarts(r.Original, nil)
	}
	line := lineOf(r.lines, offset)
	start := r.lines[line]
	if start == 0 && strings.HasPrefix(r.Original, bom) && offset >= len(bom) {
		start = len(bom)
	}
	return Location{Offset: offset, Line: line + 1, Column: utf8.RuneCountInString(r.Original[start:offset]) + 1}
}

// Span returns the original text a finding points at.
func (r *Result) Span(f Finding) string { return r.Original[f.Start:f.End] }

// Replacement returns what the finding's edits make of its span of the
// original text, or "" when the finding has no edit.
func (r *Result) Replacement(f Finding) string {
	if len(f.Edits) == 0 {
		return ""
	}
	edits := make([]Edit, 0, len(f.Edits))
	for _, e := range f.Edits {
		edits = append(edits, Edit{Start: e.Start - f.Start, End: e.End - f.Start, NewText: e.NewText})
	}
	SortEdits(edits)
	s, err := Apply(r.Span(f), edits)
	if err != nil {
		return ""
	}
	return s
}

// located is a finding together with the number of steps that had been
// applied to the text when it was reported, and the lines it covers.
type located struct {
	f           Finding
	steps       int
	first, last int // lines of the finding's span, 0-based
}

// Runner runs a fixed list of stages over documents and reuses its buffers
// from one document to the next. A Runner is not safe for concurrent use:
// give each goroutine its own.
type Runner struct {
	Stages  []*Stage
	Options Options

	d *driver // reused across runs, with its buffers and the WordMemos
}

// Run runs the stages over the document; see the package function Run.
func (r *Runner) Run(ctx context.Context, doc Document) (*Result, error) {
	if r.d == nil {
		r.d = &driver{memos: map[memoKey]any{}}
	}
	r.d.reset(r.Stages, r.Options)
	return r.d.run(ctx, doc)
}

// Run runs the stages over the document in order. After each stage it
// applies the non-overlapping edits of the findings selected by opts.Apply,
// so that each stage sees the text as the earlier ones left it, and it runs
// all stages again until a round changes nothing (at most opts.MaxRounds).
// A round after the first runs the stages over the lines the previous round
// changed only (see Pass.Document): the findings on the other lines would be
// the same again.
//
// Run guarantees, whatever the stages report: the line breaks of the text are
// kept (their number, kinds and order), a leading byte-order mark is kept,
// text inside URLs, e-mail addresses, @handles, #hashtags, numbers and code
// (token.Code: paths, file names, identifiers) is not edited, and the output is valid UTF-8 when the input is. Edits that would
// break one of these are dropped with their finding.
//
// Run returns an error when the context is done or a stage fails or reports
// a finding outside the text.
func Run(ctx context.Context, doc Document, stages []*Stage, opts Options) (*Result, error) {
	d := &driver{memos: map[memoKey]any{}}
	d.reset(stages, opts)
	return d.run(ctx, doc)
}

// driver holds the state of one Run.
type driver struct {
	stages   []*Stage
	opts     Options
	memos    map[memoKey]any
	docMemos map[memoKey]any // of this document, for DocMemo
	scratch  Pass            // the Pass of each stage in turn, reused

	text                  string
	toks, spare, viewToks []token.Token
	starts                []int // line starts of text
	steps                 []step
	applied, pending      []located
	view                  *view        // what the passes of the round see of text; nil until built
	changed               map[int]bool // lines the current round changed
	renumbered            bool         // the current round changed the number of "\n"
}

// reset makes d ready for the next document, keeping its buffers and its
// Runner's WordMemos; nothing of the last document stays reachable but
// through buffers that the next one overwrites.
func (d *driver) reset(stages []*Stage, opts Options) {
	if d.docMemos == nil {
		d.docMemos, d.changed = map[memoKey]any{}, map[int]bool{}
	}
	clear(d.docMemos)
	clear(d.changed)
	clear(d.scratch.findings) // the findings, steps and located hold the last document's strings
	clear(d.steps)
	clear(d.applied)
	clear(d.pending)
	*d = driver{
		stages: stages, opts: opts, memos: d.memos, docMemos: d.docMemos, scratch: Pass{findings: d.scratch.findings[:0]},
		toks: d.toks, spare: d.spare, viewToks: d.viewToks, starts: d.starts,
		steps: d.steps[:0], applied: d.applied[:0], pending: d.pending[:0], changed: d.changed,
	}
}

func (d *driver) run(ctx context.Context, doc Document) (*Result, error) {
	maxRounds := d.opts.MaxRounds
	if maxRounds <= 0 {
		maxRounds = DefaultMaxRounds
	}
	prefix := ""
	if strings.HasPrefix(doc.Text, bom) {
		prefix = bom
	}
	d.text = doc.Text[len(prefix):]
	d.toks = token.Tokenize(d.text, d.toks)
	d.starts = lineStarts(d.text, d.starts)
	var lines []int // the lines a round sees; nil: all of them
	rounds := 0
	for rounds < maxRounds {
		rounds++
		// The findings not applied that this round reports again: all, or
		// those on the lines it sees (still in d.changed).
		if lines == nil {
			d.pending = d.pending[:0]
		} else {
			d.pending = slices.DeleteFunc(d.pending, d.touches)
		}
		clear(d.changed)
		d.renumbered, d.view = false, nil
		for _, st := range d.stages {
			if !st.AppliesTo(doc.Lang) {
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if err := d.pass(ctx, doc, st, lines); err != nil {
				return nil, fmt.Errorf("%s: %w", doc.ID, err)
			}
			if d.renumbered && lines != nil {
				lines, d.view = nil, nil // the round's line numbers no longer hold: see the whole text
			}
		}
		if len(d.changed) == 0 {
			break
		}
		lines = nil
		if !d.renumbered && !d.opts.WholeRounds {
			lines = d.nextLines()
		}
	}
	res := &Result{Original: doc.Text, Text: prefix + d.text, Rounds: rounds}
	for _, l := range slices.Concat(d.applied, d.pending) {
		res.Findings = append(res.Findings, mapFinding(l, d.steps, len(prefix)))
	}
	slices.SortStableFunc(res.Findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return res, nil
}

// nextLines returns the lines the next round sees, sorted: the lines this
// round changed, and all the lines of a finding not applied that spans one
// of them, so that the stage that reported it sees it whole again.
func (d *driver) nextLines() []int {
	for grown := true; grown; {
		grown = false
		for _, l := range d.pending {
			if l.first == l.last || !d.touches(l) {
				continue
			}
			for i := l.first; i <= l.last; i++ {
				grown = grown || !d.changed[i]
				d.changed[i] = true
			}
		}
	}
	lines := make([]int, 0, len(d.changed))
	for l := range d.changed {
		lines = append(lines, l)
	}
	slices.Sort(lines)
	return lines
}

// touches reports whether a finding covers a line that this round changed.
func (d *driver) touches(l located) bool {
	for i := l.first; i <= l.last; i++ {
		if d.changed[i] {
			return true
		}
	}
	return false
}

// pass runs one stage over the given lines of the text (nil: all of it) and
// applies the edits it chose.
func (d *driver) pass(ctx context.Context, doc Document, st *Stage, lines []int) error {
	v := d.currentView(lines)
	// The findings are copied out before the next pass, so that one Pass,
	// and its findings' array, serves them all.
	pass := &d.scratch
	*pass = Pass{Context: ctx, Stage: st, Lang: doc.Lang, Text: v.text, tokens: v.toks, docText: d.text, docTokens: d.toks,
		findings: pass.findings[:0], memos: d.memos, docMemos: d.docMemos}
	if err := st.Run(pass); err != nil {
		return fmt.Errorf("stage %s: %w", st.Name, err)
	}
	var protected []Edit
	if len(pass.findings) > 0 {
		protected = v.protectedSpans()
	}
	chosen, rest, err := choose(pass, protected, d.opts.Apply, d.opts.Adjust)
	if err != nil {
		return err
	}
	for _, f := range rest {
		if v.toDoc(&f) {
			d.pending = append(d.pending, d.locate(f))
		}
	}
	var edits []Edit
	for _, f := range chosen {
		if !v.toDoc(&f) {
			continue
		}
		f.Applied = true
		d.applied = append(d.applied, d.locate(f))
		edits = append(edits, f.Edits...)
	}
	if len(edits) == 0 {
		return nil
	}
	SortEdits(edits)
	next, err := Apply(d.text, edits)
	if err != nil {
		return fmt.Errorf("stage %s: %w", st.Name, err)
	}
	for _, e := range edits {
		first, last := lineSpan(d.starts, e.Start, e.End)
		for l := first; l <= last; l++ {
			d.changed[l] = true
		}
		d.renumbered = d.renumbered || strings.Count(d.text[e.Start:e.End], "\n") != strings.Count(e.NewText, "\n")
	}
	d.steps = append(d.steps, newStep(edits))
	d.toks, d.spare = retokenize(d.toks, d.text, next, edits, d.spare), d.toks
	d.text, d.view = next, nil
	d.starts = lineStarts(d.text, d.starts)
	return nil
}

// currentView returns what the passes of the round see of the current text
// (lines nil: all of it), built once per version of the text.
func (d *driver) currentView(lines []int) *view {
	if d.view == nil {
		d.view = &view{text: d.text, toks: d.toks}
		if lines != nil {
			*d.view = partialView(d.text, d.toks, d.starts, lines, d.viewToks)
			d.viewToks = d.view.toks
		}
	}
	return d.view
}

// locate records a finding on the current text with its lines.
func (d *driver) locate(f Finding) located {
	first, last := lineSpan(d.starts, f.Start, f.End)
	return located{f: f, steps: len(d.steps), first: first, last: last}
}

// choose validates the findings of a pass and splits them into those whose
// edits the driver applies now and the others. Among findings whose edits
// overlap, the one of the lower tier, then of the higher confidence, then the
// earlier one wins; the losers are dropped, since the next round reports them
// again if they still apply.
func choose(pass *Pass, protected []Edit, apply Tier, adjust func(*Finding, string) bool) (chosen, rest []Finding, err error) {
	if len(pass.findings) == 0 {
		return nil, nil, nil
	}
	if pass.Stage.EditsProtected {
		protected = nil
	}
	var candidates []Finding
	for _, f := range pass.findings {
		if err := pass.validate(&f); err != nil {
			return nil, nil, err
		}
		if adjust != nil && !adjust(&f, pass.Text[f.Start:f.End]) {
			continue
		}
		if !safe(pass.Text, f.Edits, protected, pass.Stage.ConvertsSeparators) {
			continue
		}
		if f.Tier <= apply && f.Tier < Report && len(f.Edits) > 0 {
			candidates = append(candidates, f)
		} else {
			rest = append(rest, f)
		}
	}
	slices.SortStableFunc(candidates, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Tier, b.Tier), cmp.Compare(b.Confidence, a.Confidence),
			cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Rule, b.Rule))
	})
	var taken []Edit
	for _, f := range candidates {
		if !overlapsAny(f.Edits, taken) {
			chosen = append(chosen, f)
			taken = append(taken, f.Edits...)
		}
	}
	return chosen, rest, nil
}

func overlapsAny(edits, taken []Edit) bool {
	for _, e := range edits {
		for _, t := range taken {
			if e.overlaps(t) {
				return true
			}
		}
	}
	return false
}

// protectedSpans returns the spans of the tokens that must not be edited, in
// order.
func protectedSpans(toks []token.Token) []Edit {
	var spans []Edit
	for _, t := range toks {
		if t.Kind.Protected() {
			spans = append(spans, Edit{Start: t.Start, End: t.End})
		}
	}
	return spans
}

// safe reports whether the edits keep the text's line structure, write valid
// UTF-8, and stay out of protected spans.
func safe(text string, edits []Edit, protected []Edit, separators bool) bool {
	for _, e := range edits {
		if !utf8.ValidString(e.NewText) || !keepsLines(text, e) && !(separators && isSeparatorEdit(text, e)) {
			return false
		}
		// The first protected span that ends after the edit starts.
		i := sort.Search(len(protected), func(i int) bool { return protected[i].End > e.Start })
		if i < len(protected) && intrudes(e, protected[i]) {
			return false
		}
	}
	return true
}

// intrudes reports whether edit e changes text inside span p: it replaces
// some of p's bytes or inserts strictly inside it.
func intrudes(e, p Edit) bool {
	if e.Start == e.End {
		return p.Start < e.Start && e.Start < p.End
	}
	return e.Start < p.End && p.Start < e.End
}

// mapFinding maps a finding reported after l.steps steps back to offsets of
// the original input, which starts with a prefix of the given length that the
// stages did not see.
func mapFinding(l located, steps []step, prefix int) Finding {
	f := l.f
	point := f.Start == f.End
	back := func(p int, right bool) int {
		for i := l.steps - 1; i >= 0; i-- {
			p = steps[i].mapBack(p, right)
		}
		return p + prefix
	}
	f.Start, f.End = back(f.Start, false), back(f.End, true)
	if point {
		f.End = f.Start
	}
	if len(f.Edits) > 0 {
		edits := make([]Edit, len(f.Edits))
		for i, e := range f.Edits {
			s := back(e.Start, false)
			end := s
			if e.End > e.Start {
				end = back(e.End, true)
			}
			edits[i] = Edit{Start: s, End: end, NewText: e.NewText}
		}
		f.Edits = edits
	}
	return f
}
