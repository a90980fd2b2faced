package mojibake

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/pipelinetest"
)

func TestStage(t *testing.T) {
	pipelinetest.Run(t, "testdata", Stage)
}

// TestFtfyCases runs the stage over the cases collected by ftfy in
// ../shared/eval/mojibake_pairs.tsv (skipped when absent): at least 90% of
// the mojibake rows must come out exactly as expected, and every "none"
// row unchanged.
func TestFtfyCases(t *testing.T) {
	f, err := os.Open("../../../../shared/eval/mojibake_pairs.tsv")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var fixed, mojibake, kept, none int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 || cols[0] == "id" {
			continue
		}
		res, err := pipeline.Run(context.Background(), pipeline.Document{Lang: "en", Text: cols[1]}, []*pipeline.Stage{Stage}, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		switch cols[3] {
		case "mojibake":
			mojibake++
			if res.Text == cols[2] {
				fixed++
			}
		case "none":
			none++
			if res.Text == cols[1] {
				kept++
			} else {
				t.Errorf("%s: a negative case changed: %q → %q", cols[0], cols[1], res.Text)
			}
		}
	}
	if mojibake == 0 || float64(fixed) < 0.9*float64(mojibake) {
		t.Errorf("%d of %d mojibake rows fixed exactly, want 90%%", fixed, mojibake)
	}
	t.Logf("mojibake rows fixed exactly: %d of %d; negative rows unchanged: %d of %d", fixed, mojibake, kept, none)
}

// FuzzStage checks the stage on any text: the output is valid UTF-8, at
// most four times as long as the input, and fixing it again changes
// nothing (when the pipeline reached a fixed point).
func FuzzStage(f *testing.F) {
	for _, s := range []string{"FÃ©lix", "lâ€™invitation", "nÃƒÂ©", "Ã perturber", "voilÃ  le", "í ½í¸", "Ã’s", "ï¿½", "Ä�", "â€?", "\u0093x\u0094"} {
		f.Add(s)
	}
	stages := []*pipeline.Stage{Stage}
	f.Fuzz(func(t *testing.T, s string) { pipelinetest.CheckInvariants(t, stages, s) })
}
