// Package rules loads declarative rule files (YAML) that describe known
// defects of a feed — a calque, a mangled name, debris a CMS leaves — and
// compiles them into a Matcher that finds every match in one pass.
//
// The format is documented in README.md beside this file and described by
// schema.json. Every rule carries examples (a bad text and its repair) and
// keeps (texts it must leave alone); the rules test of the command line runs
// them through the whole pipeline. This package does not import pipeline:
// the pipeline turns a Matcher into a stage.
package rules

import "fmt"

// Categories are the values a rule's category may take; they are the
// categories of the pipeline's findings.
var Categories = []string{"split", "accent", "name", "grammar", "typography", "encoding", "whitespace", "spelling", "consistency"}

// Tiers are the values a rule's tier may take, from the surest: auto rules
// are applied by "retouche fix", suggest rules on request, report rules
// carry no replacement.
var Tiers = []string{"auto", "suggest", "report"}

// Case modes of a rule.
const (
	// CasePreserve makes a literal match its written form, its capitalised
	// form and its upper-case form, and the replacement follow the match
	// (a regex match only raises the replacement's case: Title or UPPER).
	CasePreserve = "preserve"
	// CaseExact matches and replaces exactly as written.
	CaseExact = "exact"
)

// Rule is one known defect and its repair.
//
// Exactly one of Match and Pattern is set. A rule with several Replace
// candidates is never applied automatically (its tier is at most suggest);
// a rule with none is a report rule.
type Rule struct {
	ID       string // unique and dotted, e.g. "fr.mt.suite-a"
	Lang     string // language of the file: fr, en or * for all
	Set      string // the set (file) it belongs to, e.g. "fr-mt"
	Optional bool   // the set is off unless asked for
	Category string // one of Categories
	Tier     string // one of Tiers
	Message  string // what is wrong, shown with each finding

	Match        []string // literal phrases, matched as whole words
	Pattern      string   // an RE2 regular expression with Unicode-aware \b and \w
	Replace      []string // the repair; $1… expand regex groups
	Case         string   // CasePreserve or CaseExact
	IgnoreCase   bool     // literals match in any case
	UnlessBefore string   // a regex that must not match the text just before
	UnlessAfter  string   // a regex that must not match the text just after

	Examples []Example // bad texts and their repair; at least one
	Keep     []Text    // texts the rule must leave unchanged

	File string // where the rule was read
	Line int    // line of the rule in File

	compiled *compiledRule // set by Parse, which compiles to check
}

// Example is a text with the defect and the same text repaired. Good is
// empty for a report rule, which only has to fire on Bad.
type Example struct {
	Bad  string
	Good string
	Line int
}

// Text is a text with the line of the rule file it was read from.
type Text struct {
	Text string
	Line int
}

// Pos returns "file:line" of the rule.
func (r *Rule) Pos() string { return fmt.Sprintf("%s:%d", r.File, r.Line) }

// AppliesTo reports whether the rule runs on documents of language lang.
func (r *Rule) AppliesTo(lang string) bool { return r.Lang == "*" || r.Lang == lang }
