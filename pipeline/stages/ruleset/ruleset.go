// Package ruleset defines the rules stage, which applies the declarative
// rule files of package rules (the built-in sets and the user's --rules).
package ruleset

import (
	"strings"
	"unicode/utf8"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages/resources"
	"github.com/retouche/retouche/rules"
)

// confidence of a finding by tier: the driver prefers surer findings when
// edits overlap.
var confidence = map[string]float64{"auto": 0.9, "suggest": 0.6, "report": 0.5}

// New returns the stage, which reads its rules from res.
func New(res *resources.Resources) *pipeline.Stage { return NewFunc(res.Rules) }

// NewFunc returns the stage with the rules that matcher gives for each
// language.
func NewFunc(matcher func(lang string) (*rules.Matcher, error)) *pipeline.Stage {
	return &pipeline.Stage{
		Name: "rules",
		Doc: `apply the rule files: known calques, debris and misspellings

Each rule of the built-in sets (rules/data/*.yaml, the English misspellings of
github.com/golangci/misspell) and of the files given with --rules reports its
matches with its own id, category, tier and message. Literal rules match whole
words in one pass whatever their number; see 'retouche rules list' and
'retouche rules explain ID'.`,
		Run: func(p *pipeline.Pass) error {
			m, err := matcher(p.Lang)
			if err != nil {
				return err
			}
			Report(p, m)
			return nil
		},
	}
}

// Report reports the matches of m in the pass's text as findings.
func Report(p *pipeline.Pass, m *rules.Matcher) {
	for _, x := range m.Find(p.Text) {
		p.Report(finding(p.Text, x))
	}
}

// finding turns a match into a finding whose edit covers only what the
// replacement changes: "12 Janvier" → "12 janvier" edits "J", so the
// number, which the driver protects, is not touched.
func finding(text string, x rules.Match) pipeline.Finding {
	r := x.Rule
	tier, _ := pipeline.ParseTier(r.Tier)
	f := pipeline.Finding{
		Rule: r.ID, Category: pipeline.Category(r.Category), Tier: tier, Confidence: confidence[r.Tier],
		Message: r.Message, Start: x.Start, End: x.End,
	}
	if len(x.Replace) > 1 {
		f.Message += " (candidates: " + strings.Join(x.Replace, ", ") + ")"
	}
	if len(x.Replace) > 0 {
		f.Edits = []pipeline.Edit{minimal(text, x.Start, x.End, x.Replace[0])}
	}
	return f
}

// minimal returns the edit that turns text[start:end] into repl, without
// the prefix and the suffix they share (whole runes).
func minimal(text string, start, end int, repl string) pipeline.Edit {
	old := text[start:end]
	p := 0
	for p < len(old) && p < len(repl) {
		r, n := utf8.DecodeRuneInString(old[p:])
		q, _ := utf8.DecodeRuneInString(repl[p:])
		if r != q {
			break
		}
		p += n
	}
	s := 0
	for s < len(old)-p && s < len(repl)-p {
		r, n := utf8.DecodeLastRuneInString(old[:len(old)-s])
		q, _ := utf8.DecodeLastRuneInString(repl[:len(repl)-s])
		if r != q {
			break
		}
		s += n
	}
	return pipeline.Edit{Start: start + p, End: end - s, NewText: repl[p : len(repl)-s]}
}
