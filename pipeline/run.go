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
		r.lines = append(r.lines, 0)
		for i := 0; i < len(r.Original); i++ {
			if r.Original[i] == '\n' {
				r.lines = append(r.lines, i+1)
			}
		}
	}
	line := sort.SearchInts(r.lines, offset+1) - 1
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
// applied to the text when it was reported.
type located struct {
	f     Finding
	steps int
}

// Runner runs a fixed list of stages over documents and reuses its buffers
// from one document to the next. A Runner is not safe for concurrent use:
// give each goroutine its own.
type Runner struct {
	Stages  []*Stage
	Options Options

	toks, spare []token.Token // token buffers reused across runs
}

// Run runs the stages over the document; see the package function Run.
func (r *Runner) Run(ctx context.Context, doc Document) (*Result, error) {
	res, toks, spare, err := run(ctx, doc, r.Stages, r.Options, r.toks, r.spare)
	r.toks, r.spare = toks, spare
	return res, err
}

// Run runs the stages over the document in order. After each stage it
// applies the non-overlapping edits of the findings selected by opts.Apply,
// so that each stage sees the text as the earlier ones left it, and it runs
// all stages again until a round changes nothing (at most opts.MaxRounds).
//
// Run guarantees, whatever the stages report: the line breaks of the text are
// kept (their number, kinds and order), a leading byte-order mark is kept,
// text inside URLs, e-mail addresses, @handles, #hashtags and numbers is not
// edited, and the output is valid UTF-8 when the input is. Edits that would
// break one of these are dropped with their finding.
//
// Run returns an error when the context is done or a stage fails or reports
// a finding outside the text.
func Run(ctx context.Context, doc Document, stages []*Stage, opts Options) (*Result, error) {
	res, _, _, err := run(ctx, doc, stages, opts, nil, nil)
	return res, err
}

// run is Run with two token buffers to reuse; it returns them for the next
// run.
func run(ctx context.Context, doc Document, stages []*Stage, opts Options, toks, spare []token.Token) (*Result, []token.Token, []token.Token, error) {
	maxRounds := opts.MaxRounds
	if maxRounds <= 0 {
		maxRounds = DefaultMaxRounds
	}
	prefix := ""
	if strings.HasPrefix(doc.Text, bom) {
		prefix = bom
	}
	text := doc.Text[len(prefix):]
	var (
		steps   []step
		applied []located
		pending []located
		rounds  int
	)
	toks = token.Tokenize(text, toks)
	for rounds < maxRounds {
		rounds++
		pending = pending[:0]
		changed := false
		for _, st := range stages {
			if !st.AppliesTo(doc.Lang) {
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, toks, spare, err
			}
			pass := &Pass{Context: ctx, Stage: st, Lang: doc.Lang, Text: text, tokens: toks}
			if err := st.Run(pass); err != nil {
				return nil, toks, spare, fmt.Errorf("%s: stage %s: %w", doc.ID, st.Name, err)
			}
			chosen, rest, err := choose(pass, opts.Apply, opts.Adjust)
			if err != nil {
				return nil, toks, spare, fmt.Errorf("%s: %w", doc.ID, err)
			}
			for _, f := range rest {
				pending = append(pending, located{f, len(steps)})
			}
			if len(chosen) == 0 {
				continue
			}
			var edits []Edit
			for _, f := range chosen {
				f.Applied = true
				applied = append(applied, located{f, len(steps)})
				edits = append(edits, f.Edits...)
			}
			SortEdits(edits)
			next, err := Apply(text, edits)
			if err != nil {
				return nil, toks, spare, fmt.Errorf("%s: stage %s: %w", doc.ID, st.Name, err)
			}
			steps = append(steps, newStep(edits))
			toks, spare = retokenize(toks, text, next, edits, spare), toks
			text = next
			changed = true
		}
		if !changed {
			break
		}
	}
	res := &Result{Original: doc.Text, Text: prefix + text, Rounds: rounds}
	for _, l := range slices.Concat(applied, pending) {
		res.Findings = append(res.Findings, mapFinding(l, steps, len(prefix)))
	}
	slices.SortStableFunc(res.Findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return res, toks, spare, nil
}

// choose validates the findings of a pass and splits them into those whose
// edits the driver applies now and the others. Among findings whose edits
// overlap, the one of the lower tier, then of the higher confidence, then the
// earlier one wins; the losers are dropped, since the next round reports them
// again if they still apply.
func choose(pass *Pass, apply Tier, adjust func(*Finding, string) bool) (chosen, rest []Finding, err error) {
	protected := protectedSpans(pass.tokens)
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
