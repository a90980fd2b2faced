package pipelinetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/retouche/retouche/pipeline"
)

// CheckInvariants runs the stages over s, as a fuzz target does, and
// fails when the output is not valid UTF-8, is more than four times as
// long as the input, differs from a run whose every round sees the whole
// text (Options.WholeRounds) in its text or its findings, or changes when
// fixed again (only checked when the first run reached a fixed point before
// the last round). Invalid UTF-8 inputs are skipped: the command line
// rejects or decodes them first.
func CheckInvariants(t *testing.T, stages []*pipeline.Stage, s string) {
	t.Helper()
	CheckInvariantsIn(t, stages, "", s)
}

// CheckInvariantsIn is CheckInvariants on a document of the given language,
// so that the stages of that language run too.
func CheckInvariantsIn(t *testing.T, stages []*pipeline.Stage, lang, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		return
	}
	ctx := context.Background()
	res, err := pipeline.Run(ctx, pipeline.Document{Lang: lang, Text: s}, stages, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(res.Text) || len(res.Text) > 4*len(s) {
		t.Fatalf("%q → %q", s, res.Text)
	}
	whole, err := pipeline.Run(ctx, pipeline.Document{Lang: lang, Text: s}, stages, pipeline.Options{WholeRounds: true})
	if err != nil {
		t.Fatal(err)
	}
	if diff := SameResult(res, whole); diff != "" {
		t.Fatalf("%q: later rounds over the changed lines and over the whole text differ: %s", s, diff)
	}
	if res.Rounds >= pipeline.DefaultMaxRounds {
		return
	}
	again, err := pipeline.Run(ctx, pipeline.Document{Lang: lang, Text: res.Text}, stages, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Text != res.Text {
		t.Fatalf("not idempotent: %q → %q → %q", s, res.Text, again.Text)
	}
}

// SameResult returns "" when two results have the same text and the same
// findings (in any order at one position), else what differs.
func SameResult(a, b *pipeline.Result) string {
	if a.Text != b.Text {
		return fmt.Sprintf("text %q, and %q", a.Text, b.Text)
	}
	fa, fb := findingKeys(a), findingKeys(b)
	if !slices.Equal(fa, fb) {
		return fmt.Sprintf("findings\n\t%s\nand\n\t%s", strings.Join(fa, "\n\t"), strings.Join(fb, "\n\t"))
	}
	return ""
}

func findingKeys(r *pipeline.Result) []string {
	keys := make([]string, len(r.Findings))
	for i, f := range r.Findings {
		keys[i] = fmt.Sprintf("%d-%d %s %v %v %q", f.Start, f.End, f.Rule, f.Tier, f.Applied, r.Replacement(f))
	}
	slices.Sort(keys)
	return keys
}
