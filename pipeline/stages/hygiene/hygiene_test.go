package hygiene

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/pipelinetest"
)

func TestStage(t *testing.T) {
	pipelinetest.Run(t, "testdata", New(Options{}))
}

func TestStripTags(t *testing.T) {
	pipelinetest.Run(t, "testdata/strip", New(Options{StripTags: true}))
}

// FuzzStage checks the stage on any text: the output is valid UTF-8, at
// most four times as long as the input, and fixing it again changes
// nothing (when the pipeline reached a fixed point).
func FuzzStage(f *testing.F) {
	for _, s := range []string{"Caf&eacute;", "&#233;&#x2019;&amp;lt;", "a<br>b", "e\u0301", "\u0001\u200b\u00ad", "&lt;p&gt;x", "&#1;"} {
		f.Add(s)
	}
	stages := []*pipeline.Stage{New(Options{StripTags: true})}
	f.Fuzz(func(t *testing.T, s string) {
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
	})
}
