// Package eval scores a repair system on (defective, corrected) pairs and on
// clean text, and builds synthetic pairs by injecting defects into clean
// prose.
//
// Edits are compared at the word level, in the spirit of the M2 and ERRANT
// scorers of grammatical error correction: the system's output and the gold
// correction are each aligned with the input token by token (words, spaces,
// punctuation), each maximal run of changed tokens is one edit, and a system
// edit is a true positive when a gold edit has the same span of the input and
// the same replacement.
package eval

import (
	"encoding/json"
	"sort"

	"github.com/retouche/retouche/pipeline/diff"
	"github.com/retouche/retouche/token"
)

// Edit replaces the bytes [Start, End) of an input with New.
type Edit struct {
	Start, End int
	New        string
}

// Edits returns the word-level edits that turn src into dst.
func Edits(src, dst string) []Edit {
	var (
		edits []Edit
		cur   *Edit
		pos   int
	)
	for _, op := range diff.WordOps(src, dst) {
		switch op.Kind {
		case diff.Equal:
			cur = nil
			pos += len(op.Text)
			continue
		case diff.Delete:
			if cur == nil {
				edits = append(edits, Edit{Start: pos, End: pos})
				cur = &edits[len(edits)-1]
			}
			pos += len(op.Text)
			cur.End = pos
		case diff.Insert:
			if cur == nil {
				edits = append(edits, Edit{Start: pos, End: pos})
				cur = &edits[len(edits)-1]
			}
			cur.New += op.Text
		}
	}
	return edits
}

// Counts aggregates the scores of pairs.
type Counts struct {
	Pairs     int `json:"pairs"`     // pairs scored
	Exact     int `json:"exact"`     // output equal to the gold correction
	Unchanged int `json:"unchanged"` // output equal to the input
	TP        int `json:"tp"`        // system edits that match a gold edit
	FP        int `json:"fp"`        // system edits that match none
	FN        int `json:"fn"`        // gold edits that no system edit matches
}

// Add scores one pair: the system turned input into output; gold is the
// correction.
func (c *Counts) Add(input, output, gold string) {
	c.Pairs++
	if output == gold {
		c.Exact++
	}
	if output == input {
		c.Unchanged++
	}
	tp, fp, fn := match(Edits(input, output), Edits(input, gold))
	c.TP += tp
	c.FP += fp
	c.FN += fn
}

// match counts the system edits found among the gold ones.
func match(sys, gold []Edit) (tp, fp, fn int) {
	left := make(map[Edit]int, len(gold))
	for _, g := range gold {
		left[g]++
	}
	for _, s := range sys {
		if left[s] > 0 {
			left[s]--
			tp++
		} else {
			fp++
		}
	}
	return tp, fp, len(gold) - tp
}

// Precision is TP/(TP+FP), or 1 when the system made no edit (ERRANT's
// convention).
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), or 1 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F05 is the F-measure that weighs precision twice as much as recall.
func (c Counts) F05() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 1.25 * p * r / (0.25*p + r)
}

// ExactRate is the share of pairs whose output equals the gold correction.
func (c Counts) ExactRate() float64 { return ratio(c.Exact, c.Pairs) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// MarshalJSON adds the derived measures to the counts.
func (c Counts) MarshalJSON() ([]byte, error) {
	type counts Counts
	return json.Marshal(struct {
		counts
		ExactRate float64 `json:"exact_rate"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F05       float64 `json:"f0_5"`
	}{counts(c), c.ExactRate(), c.Precision(), c.Recall(), c.F05()})
}

// Damage measures the changes a system makes to clean text.
type Damage struct {
	Texts         int `json:"texts"`          // texts scored
	Changed       int `json:"changed"`        // texts the system changed
	Tokens        int `json:"tokens"`         // tokens of the inputs, spaces not counted
	ChangedTokens int `json:"changed_tokens"` // tokens the system changed (an edit of spaces only counts one)
}

// Add scores one clean text and the system's output for it.
func (d *Damage) Add(input, output string) {
	d.Texts++
	d.Tokens += countTokens(input)
	if input == output {
		return
	}
	d.Changed++
	for _, e := range Edits(input, output) {
		d.ChangedTokens += max(1, countTokens(input[e.Start:e.End]))
	}
}

// ChangedRate is the share of texts changed.
func (d Damage) ChangedRate() float64 {
	if d.Texts == 0 {
		return 0
	}
	return float64(d.Changed) / float64(d.Texts)
}

// PerTenThousand is the number of changed tokens per 10,000 tokens.
func (d Damage) PerTenThousand() float64 {
	if d.Tokens == 0 {
		return 0
	}
	return 1e4 * float64(d.ChangedTokens) / float64(d.Tokens)
}

// MarshalJSON adds the derived measures.
func (d Damage) MarshalJSON() ([]byte, error) {
	type damage Damage
	return json.Marshal(struct {
		damage
		ChangedRate    float64 `json:"changed_rate"`
		PerTenThousand float64 `json:"changed_tokens_per_10k"`
	}{damage(d), d.ChangedRate(), d.PerTenThousand()})
}

func countTokens(s string) int {
	n := 0
	for _, t := range token.Tokenize(s, nil) {
		if t.Kind != token.Space && t.Kind != token.Newline {
			n++
		}
	}
	return n
}

// ByKind holds counts per kind of pair.
type ByKind map[string]*Counts

// Add scores a pair under its kind and under "all".
func (b ByKind) Add(kind, input, output, gold string) {
	for _, k := range []string{kind, "all"} {
		if b[k] == nil {
			b[k] = &Counts{}
		}
		b[k].Add(input, output, gold)
	}
}

// Kinds returns the kinds in order, "all" last.
func (b ByKind) Kinds() []string {
	var kinds []string
	for k := range b {
		if k != "all" {
			kinds = append(kinds, k)
		}
	}
	sort.Strings(kinds)
	if b["all"] != nil {
		kinds = append(kinds, "all")
	}
	return kinds
}
