package stages_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/retouche/retouche/dict/names"
	"github.com/retouche/retouche/internal/eval"
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages"
)

// seedRepairs are the repairs issue 5 asks of the reference article, and
// the only changes the pipeline may make to it.
var seedRepairs = [][2]string{
	{"Poutine prepare un voyage en Coree", "Poutine prépare un voyage en Corée"},
	{"Vladimir Poutineeffectuera", "Vladimir Poutine effectuera"},
	{"Pham Minh Tinhet", "Pham Minh Chinh et"},
	{"Ta couru Thanh Man", "Tran Thanh Man"},
	{"technologiquesen plus", "technologiques en plus"},
	{"plus de les affaires", "plus des affaires"},
}

// TestSeedArticle runs the default pipeline over the reference article: its
// output must be the article with some of seedRepairs made and nothing else;
// the test lists the repairs still missing.
func TestSeedArticle(t *testing.T) {
	in, err := os.ReadFile("../../testdata/fr-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Run(context.Background(), pipeline.Document{Lang: "fr", Text: string(in)}, stages.Default(nil), pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for subset := 0; subset < 1<<len(seedRepairs); subset++ {
		want := string(in)
		for i, r := range seedRepairs {
			if !strings.Contains(want, r[0]) {
				t.Fatalf("the article has no %q", r[0])
			}
			if subset&(1<<i) != 0 {
				want = strings.Replace(want, r[0], r[1], 1)
			}
		}
		if res.Text != want {
			continue
		}
		for i, r := range seedRepairs {
			if subset&(1<<i) == 0 {
				t.Logf("not repaired yet: %q → %q", r[0], r[1])
			}
		}
		return
	}
	for _, e := range eval.Edits(string(in), res.Text) {
		t.Logf("change: %q → %q", string(in)[e.Start:e.End], e.New)
	}
	t.Error("the pipeline made a change to the reference article that is not one of seedRepairs")
}

func TestStagesDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, st := range stages.Default(nil) {
		if st.Name == "" || strings.ToLower(st.Name) != st.Name || seen[st.Name] {
			t.Errorf("stage name %q: want a unique lower-case name", st.Name)
		}
		seen[st.Name] = true
		if summary, _, _ := strings.Cut(st.Doc, "\n"); summary == "" || st.Run == nil {
			t.Errorf("stage %s has no one-line summary or no Run", st.Name)
		}
	}
}

// BenchmarkPipelineFile measures the default pipeline over a whole file:
// the reference article repeated to about 1 MiB, with a doubled space per
// paragraph to repair.
func BenchmarkPipelineFile(b *testing.B) {
	data, err := os.ReadFile("../../testdata/fr-02.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(strings.Replace(string(data), "la Russie", "la  Russie", 1))
	}
	text := sb.String()
	runner := &pipeline.Runner{Stages: stages.Default(nil)}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := runner.Run(context.Background(), pipeline.Document{Lang: "fr", Text: text}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCanonicalNamesStable checks that the default pipeline leaves every
// canonical spelling of the gazetteer as it is: a name the names stage writes
// must not be "repaired" by another stage.
func TestCanonicalNamesStable(t *testing.T) {
	g, err := names.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	runner := &pipeline.Runner{Stages: stages.Default(nil)}
	for _, e := range g.Entities {
		for lang, s := range e.Canonical {
			if lang == "native" {
				lang = "fr"
			}
			res, err := runner.Run(context.Background(), pipeline.Document{Lang: lang, Text: s})
			if err != nil {
				t.Fatal(err)
			}
			if res.Changed() {
				t.Errorf("%s: %q becomes %q", e.ID, s, res.Text)
			}
		}
	}
}
