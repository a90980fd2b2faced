package hygiene

import (
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
