package ruleset

import (
	"testing"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/pipelinetest"
	"github.com/retouche/retouche/pipeline/stages/resources"
)

// TestStage runs the rules stage alone, with the built-in rules, over the
// archives of testdata.
func TestStage(t *testing.T) {
	pipelinetest.Run(t, "testdata", New(&resources.Resources{}))
}

func TestMinimal(t *testing.T) {
	for _, tt := range []struct {
		text       string
		start, end int
		repl       string
		want       pipeline.Edit
	}{
		{"le 12 Janvier", 3, 13, "12 janvier", pipeline.Edit{Start: 6, End: 7, NewText: "j"}},
		{"1 er", 0, 4, "1er", pipeline.Edit{Start: 1, End: 2, NewText: ""}},
		{"Suite à", 0, 8, "À la suite de", pipeline.Edit{Start: 0, End: 8, NewText: "À la suite de"}},
		{"été", 0, 5, "étés", pipeline.Edit{Start: 5, End: 5, NewText: "s"}},
		{"aa", 0, 2, "aaa", pipeline.Edit{Start: 2, End: 2, NewText: "a"}},
		{"Éé", 0, 4, "Eé", pipeline.Edit{Start: 0, End: 2, NewText: "E"}},
	} {
		if got := minimal(tt.text, tt.start, tt.end, tt.repl); got != tt.want {
			t.Errorf("minimal(%q, %d, %d, %q) = %+v, want %+v", tt.text, tt.start, tt.end, tt.repl, got, tt.want)
		}
	}
}
