package pipelinetest

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/retouche/retouche/pipeline"
)

// CheckInvariants runs the stages over s, as a fuzz target does, and
// fails when the output is not valid UTF-8, is more than four times as
// long as the input, or changes when fixed again (only checked when the
// first run reached a fixed point before the last round). Invalid UTF-8
// inputs are skipped: the command line rejects or decodes them first.
func CheckInvariants(t *testing.T, stages []*pipeline.Stage, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		return
	}
	ctx := context.Background()
	res, err := pipeline.Run(ctx, pipeline.Document{Text: s}, stages, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(res.Text) || len(res.Text) > 4*len(s) {
		t.Fatalf("%q → %q", s, res.Text)
	}
	if res.Rounds >= pipeline.DefaultMaxRounds {
		return
	}
	again, err := pipeline.Run(ctx, pipeline.Document{Text: res.Text}, stages, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Text != res.Text {
		t.Fatalf("not idempotent: %q → %q → %q", s, res.Text, again.Text)
	}
}
