package hygiene

import (
	"context"
	"testing"

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
	f.Fuzz(func(t *testing.T, s string) { pipelinetest.CheckInvariants(t, stages, s) })
}

// TestSuspect checks that characters, which decodes only the runes whose
// first byte is suspect, reports every rune it looks for: each rune of the
// Basic Multilingual Plane (the characters looked for are all there) is run
// through the stage alone, and exactly the C0 controls but tab, LF and CR,
// DEL, the C1 controls, and the six invisible characters and separators are
// reported.
func TestSuspect(t *testing.T) {
	st := []*pipeline.Stage{New(Options{})}
	reported := 0
	for r := rune(0); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF || r == '&' || r == '<' {
			continue // surrogates are not in UTF-8; & and < start entities and tags
		}
		res, err := pipeline.Run(context.Background(), pipeline.Document{Text: "a" + string(r) + "b"}, st, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range res.Findings {
			if f.Rule == "hygiene.control" || f.Rule == "hygiene.invisible" || f.Rule == "hygiene.separator" {
				reported++
				break
			}
		}
	}
	if want := 32 - 3 + 1 + 32 + 6; reported != want {
		t.Errorf("%d runes reported, want %d", reported, want)
	}
}
