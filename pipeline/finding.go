package pipeline

import (
	"fmt"
	"strings"
)

// Category is the kind of defect a finding is about.
type Category string

// The categories of finding.
const (
	Split       Category = "split"       // words glued together
	Accent      Category = "accent"      // lost or wrong diacritics
	Name        Category = "name"        // a mangled or inconsistent proper name
	Grammar     Category = "grammar"     // contractions, calques, agreement
	Typography  Category = "typography"  // quotes, apostrophes, no-break spaces, dashes
	Encoding    Category = "encoding"    // mojibake, entities, invisible characters
	Whitespace  Category = "whitespace"  // doubled, trailing or misplaced spaces
	Spelling    Category = "spelling"    // misspelt words
	Consistency Category = "consistency" // one thing spelt two ways in a document
)

// Categories lists every category, in the order reports show them.
var Categories = []Category{Split, Accent, Name, Grammar, Typography, Encoding, Whitespace, Spelling, Consistency}

// Tier says what the driver may do with a finding's edits. Tiers are ordered
// from the most to the least confident: a threshold t selects every finding
// whose tier is at most t.
type Tier int

// The tiers.
const (
	// Auto findings are applied by "retouche fix".
	Auto Tier = iota
	// Suggest findings are shown, and applied only on request
	// ("fix --tier suggest" or in review).
	Suggest
	// Report findings carry no edit; they point at something to look at.
	Report
	// Never is a threshold that selects no finding (for --fail-on never).
	Never
)

var tierNames = [...]string{"auto", "suggest", "report", "never"}

// String returns the tier's name as used on the command line.
func (t Tier) String() string {
	if t >= 0 && int(t) < len(tierNames) {
		return tierNames[t]
	}
	return fmt.Sprintf("Tier(%d)", int(t))
}

// ParseTier parses a tier name: auto, suggest, report or never.
func ParseTier(s string) (Tier, error) {
	for i, n := range tierNames {
		if strings.EqualFold(s, n) {
			return Tier(i), nil
		}
	}
	return 0, fmt.Errorf("unknown tier %q (want auto, suggest, report or never)", s)
}

// MarshalText encodes the tier by name.
func (t Tier) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// Edit replaces the bytes [Start, End) of a text with NewText. Start == End
// is an insertion. Offsets are byte offsets that fall on rune boundaries.
type Edit struct {
	Start   int
	End     int
	NewText string
}

// overlaps reports whether two edits touch the same bytes. Two insertions at
// the same offset overlap too (their order would be arbitrary); an insertion
// at the boundary of a replacement does not.
func (e Edit) overlaps(o Edit) bool {
	if e.Start == e.End && o.Start == o.End {
		return e.Start == o.Start
	}
	if e.Start == e.End {
		return o.Start < e.Start && e.Start < o.End
	}
	if o.Start == o.End {
		return e.Start < o.Start && o.Start < e.End
	}
	return e.Start < o.End && o.Start < e.End
}

// Finding is a defect that a stage reports, with the edits that repair it.
//
// A stage reports offsets in the text it was given; the driver maps them back
// to the original input before returning results, so that every Finding of a
// Result refers to the original text. The edits of one finding must not
// overlap each other; Start and End cover all of them.
type Finding struct {
	Rule       string   // identifier of the rule, e.g. "space.double"
	Stage      string   // name of the stage that reported it
	Category   Category // kind of defect
	Tier       Tier     // what the driver may do with the edits
	Confidence float64  // 0..1, how sure the stage is of the repair
	Message    string   // what is wrong, e.g. "doubled space"
	Start      int      // byte offset where the defect starts
	End        int      // byte offset where it ends
	Edits      []Edit   // the suggested repair; none for Report findings
	Applied    bool     // set by the driver when the edits were applied
}

// Location is a position in the original input: a byte offset and a 1-based
// line and column, the column counted in characters (runes).
type Location struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Column int `json:"column"`
}
