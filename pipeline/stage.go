// Package pipeline is the core of Retouche: documents, stages, findings and
// edits, and the driver that runs stages in order and applies their edits.
//
// The design follows golang.org/x/tools/go/analysis: a Stage is a small named
// unit with a doc string whose Run function inspects a Pass (the text as the
// earlier stages left it, with its tokens) and reports Findings that carry
// suggested Edits. The driver, Run, applies the edits of the selected tiers
// after each stage, maps every finding back to the original input, and runs
// the stages again until the text no longer changes.
package pipeline

import (
	"context"
	"fmt"

	"github.com/retouche/retouche/token"
)

// Document is one text to repair.
type Document struct {
	ID   string // a path, a record number or any label; shown in reports
	Lang string // language code such as "fr" or "en"
	Text string // the original text, UTF-8
}

// Stage is one step of the pipeline.
//
// Run must only read the Pass and report findings through it; it must not
// keep state between calls, so that one Stage can serve many documents at
// once. Stages that need data (dictionaries, rules) hold it in the closure
// that builds Run.
type Stage struct {
	// Name identifies the stage in findings and on the command line: a
	// lower-case word such as "whitespace".
	Name string
	// Doc is the documentation: a one-line summary, then details.
	Doc string
	// Languages lists the languages the stage applies to; empty means all.
	Languages []string
	// Run inspects the pass and reports findings.
	Run func(*Pass) error
	// EditsProtected lets the stage edit URLs, e-mail addresses, handles,
	// hashtags, numbers and code (paths, file names, identifiers), which the
	// driver otherwise keeps as they are:
	// mojibake in a hashtag (#С„утбол) is still mojibake.
	EditsProtected bool
	// ConvertsSeparators lets the stage replace a Unicode line or
	// paragraph separator (U+2028, U+2029) by "\n": the number and order of
	// line breaks stay, only their kind changes.
	ConvertsSeparators bool
}

// AppliesTo reports whether the stage runs on documents of language lang.
func (s *Stage) AppliesTo(lang string) bool {
	if len(s.Languages) == 0 {
		return true
	}
	for _, l := range s.Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// Pass is what a stage sees: the text as the earlier stages left it.
type Pass struct {
	Context context.Context
	Stage   *Stage
	Lang    string // language of the document
	Text    string // current text; offsets of findings refer to it

	tokens    []token.Token
	docText   string
	docTokens []token.Token
	findings  []Finding
	memos     map[memoKey]any // the Runner's WordMemos
	docMemos  map[memoKey]any // the document's DocMemos
}

// Tokens returns the tokens of the current text. They are computed once per
// version of the text and shared by the stages that see that version.
func (p *Pass) Tokens() []token.Token { return p.tokens }

// Document returns the whole document as the earlier stages left it, and its
// tokens. In the first round it is Text; in later rounds Text holds only the
// lines that the previous round changed, whole and in order, and a stage that
// counts something over the document (how often a word occurs, how a name is
// spelt elsewhere) counts it here. Findings always refer to Text.
func (p *Pass) Document() (string, []token.Token) { return p.docText, p.docTokens }

// Report records a finding. Stage and, when empty, Start and End (from the
// edits) are filled in.
func (p *Pass) Report(f Finding) {
	f.Stage = p.Stage.Name
	if f.Start == 0 && f.End == 0 && len(f.Edits) > 0 {
		f.Start, f.End = f.Edits[0].Start, f.Edits[0].End
		for _, e := range f.Edits[1:] {
			f.Start, f.End = min(f.Start, e.Start), max(f.End, e.End)
		}
	}
	p.findings = append(p.findings, f)
}

// Replace reports a finding whose repair replaces text[start:end] by newText.
func (p *Pass) Replace(rule string, cat Category, tier Tier, confidence float64, msg string, start, end int, newText string) {
	p.Report(Finding{
		Rule: rule, Category: cat, Tier: tier, Confidence: confidence, Message: msg,
		Start: start, End: end, Edits: []Edit{{Start: start, End: end, NewText: newText}},
	})
}

// validate checks that a finding's offsets and edits fit the text: a stage
// that reports outside the text or inside a rune has a bug.
func (p *Pass) validate(f *Finding) error {
	n := len(p.Text)
	bad := func(a, b int) bool { return a < 0 || b < a || b > n || !runeStart(p.Text, a) || !runeStart(p.Text, b) }
	if bad(f.Start, f.End) {
		return fmt.Errorf("stage %s: finding %s has span [%d,%d) outside the text or inside a rune (len %d)", p.Stage.Name, f.Rule, f.Start, f.End, n)
	}
	for i, e := range f.Edits {
		if bad(e.Start, e.End) {
			return fmt.Errorf("stage %s: finding %s: edit [%d,%d) outside the text or inside a rune (len %d)", p.Stage.Name, f.Rule, e.Start, e.End, n)
		}
		for _, o := range f.Edits[:i] {
			if e.overlaps(o) {
				return fmt.Errorf("stage %s: finding %s: edits [%d,%d) and [%d,%d) overlap", p.Stage.Name, f.Rule, o.Start, o.End, e.Start, e.End)
			}
		}
	}
	return nil
}

// runeStart reports whether byte offset i of s starts a rune (or is len(s)).
func runeStart(s string, i int) bool {
	return i == len(s) || s[i]&0xC0 != 0x80
}
