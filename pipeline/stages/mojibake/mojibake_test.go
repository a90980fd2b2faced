package mojibake

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"slices"
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

// TestSuspects checks that reading a line only through the code pages in
// which suspects finds a suspect pair repairs it as reading it through all
// of them does, on every line of the stage's cases and of ftfy's cases
// (../shared/eval/mojibake_pairs.tsv, when present), mojibake or not.
func TestSuspects(t *testing.T) {
	var lines []string
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	if b, err := os.ReadFile("../../../../shared/eval/mojibake_pairs.tsv"); err == nil {
		for _, row := range strings.Split(string(b), "\n") {
			lines = append(lines, strings.Split(row, "\t")...)
		}
	}
	checked := 0
	for _, line := range lines {
		if isASCII(line) {
			continue
		}
		checked++
		if got, want := fixIn(line, suspects(line)), fixIn(line, 0xFF); !slices.Equal(got, want) {
			t.Errorf("%q: %v with the suspect code pages, %v with all", line, got, want)
		}
	}
	if checked < 20 { // the stage's cases alone hold 29
		t.Errorf("only %d lines checked", checked)
	}
}
