package stages_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/retouche/retouche/dict/names"
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages"
)

// TestSeedArticle runs the default pipeline over the reference article: the
// stages present so far must leave it unchanged (its defects are of kinds
// that later stages repair), and fixing must be idempotent.
func TestSeedArticle(t *testing.T) {
	data, err := os.ReadFile("../../testdata/fr-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Run(context.Background(), pipeline.Document{Lang: "fr", Text: string(data)}, stages.Default(), pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Changed() {
		t.Errorf("the whitespace stage changed the reference article: %+v", res.Findings)
	}
}

func TestStagesDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, st := range stages.Default() {
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
	runner := &pipeline.Runner{Stages: stages.Default()}
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
	runner := &pipeline.Runner{Stages: stages.Default()}
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
