// Package ruletest runs the examples of rule files through the whole
// pipeline: each bad text must become its good text (with the rule
// firing), each good text and each keep must be left alone, and no two
// auto rules may make conflicting edits on the same example.
package ruletest

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages"
	"github.com/retouche/retouche/pipeline/stages/resources"
	"github.com/retouche/retouche/pipeline/stages/ruleset"
	"github.com/retouche/retouche/rules"
)

// Failure is one example or keep that does not behave.
type Failure struct {
	Rule    *rules.Rule
	Line    int // line of the example or keep in the rule's file
	Message string
}

func (f Failure) String() string {
	return fmt.Sprintf("%s:%d: rule %s: %s", f.Rule.File, f.Line, f.Rule.ID, f.Message)
}

// Summary counts what a run tested.
type Summary struct {
	Rules, Examples, Keeps int
	Failures               []Failure
}

// Runner tests rules with the default pipeline built on Resources.
type Runner struct {
	Resources *resources.Resources
	Set       *rules.Set // every rule loaded; the pipeline runs them all

	matchers map[string]*rules.Matcher // by language and enabled set
	base     []*pipeline.Stage         // the default stages, built once
}

// matcher returns the rules that run on lang when the optional set of r
// (if any) is turned on, as the user would turn it on.
func (t *Runner) matcher(lang string, r *rules.Rule) (*rules.Matcher, error) {
	var enable []string
	if r.Optional {
		enable = []string{r.Set}
	}
	key := lang + "\x00" + strings.Join(enable, ",")
	if m, ok := t.matchers[key]; ok {
		return m, nil
	}
	m, err := rules.Compile(t.Set.Select(lang, enable...))
	if err != nil {
		return nil, err
	}
	if t.matchers == nil {
		t.matchers = map[string]*rules.Matcher{}
	}
	t.matchers[key] = m
	return m, nil
}

// Test runs the examples and keeps of rs.
func (t *Runner) Test(ctx context.Context, rs []*rules.Rule) (*Summary, error) {
	sum := &Summary{}
	for _, r := range rs {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		sum.Rules++
		sum.Examples += len(r.Examples)
		sum.Keeps += len(r.Keep)
		fs, err := t.testRule(ctx, r)
		if err != nil {
			return sum, fmt.Errorf("%s: rule %s: %w", r.Pos(), r.ID, err)
		}
		sum.Failures = append(sum.Failures, fs...)
	}
	return sum, nil
}

func (t *Runner) testRule(ctx context.Context, r *rules.Rule) ([]Failure, error) {
	lang := r.Lang
	if lang == "*" {
		lang = "fr"
	}
	m, err := t.matcher(lang, r)
	if err != nil {
		return nil, err
	}
	if t.base == nil {
		t.base = stages.Default(t.Resources)
	}
	sts := slices.Clone(t.base)
	for i, s := range sts {
		if s.Name == "rules" {
			sts[i] = ruleset.NewFunc(func(string) (*rules.Matcher, error) { return m, nil })
		}
	}
	apply := pipeline.Suggest
	if r.Tier == "auto" {
		apply = pipeline.Auto
	}
	run := func(text string) (*pipeline.Result, bool, error) {
		res, err := pipeline.Run(ctx, pipeline.Document{ID: r.ID, Lang: lang, Text: text}, sts, pipeline.Options{Apply: apply})
		if err != nil {
			return nil, false, err
		}
		fired := false
		for _, f := range res.Findings {
			fired = fired || f.Rule == r.ID
		}
		return res, fired, nil
	}
	var out []Failure
	fail := func(line int, format string, args ...any) {
		out = append(out, Failure{Rule: r, Line: line, Message: fmt.Sprintf(format, args...)})
	}
	for _, ex := range r.Examples {
		res, fired, err := run(ex.Bad)
		if err != nil {
			return nil, err
		}
		if !fired {
			fail(ex.Line, "does not fire on %q", ex.Bad)
		}
		if ex.Good != "" && res.Text != ex.Good {
			fail(ex.Line, "%q\n\tbecomes %q\n\twant    %q", ex.Bad, res.Text, ex.Good)
		}
		if ex.Good != "" {
			res, fired, err := run(ex.Good)
			if err != nil {
				return nil, err
			}
			if fired || res.Text != ex.Good {
				fail(ex.Line, "not idempotent: its good text %q becomes %q", ex.Good, res.Text)
			}
		}
		out = append(out, conflicts(r, ex, m)...)
	}
	for _, k := range r.Keep {
		res, fired, err := run(k.Text)
		if err != nil {
			return nil, err
		}
		if fired || res.Text != k.Text {
			fail(k.Line, "keep %q\n\tbecomes %q (rule fired: %v)", k.Text, res.Text, fired)
		}
	}
	return out, nil
}

// conflicts reports auto rules whose matches on an example overlap with
// different replacements: which one wins would depend on their order.
func conflicts(r *rules.Rule, ex rules.Example, m *rules.Matcher) []Failure {
	var auto []rules.Match
	for _, x := range m.Find(ex.Bad) {
		if x.Rule.Tier == "auto" {
			auto = append(auto, x)
		}
	}
	var out []Failure
	for i, a := range auto {
		for _, b := range auto[i+1:] {
			if a.Rule == b.Rule || b.Start >= a.End || (a.Start == b.Start && a.End == b.End && a.Replace[0] == b.Replace[0]) {
				continue
			}
			if a.Rule != r && b.Rule != r {
				continue
			}
			out = append(out, Failure{Rule: r, Line: ex.Line, Message: fmt.Sprintf("auto rules %s (%s) and %s (%s) make overlapping edits on %q",
				a.Rule.ID, a.Rule.Pos(), b.Rule.ID, b.Rule.Pos(), ex.Bad)})
		}
	}
	return out
}
