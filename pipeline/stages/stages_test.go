package stages_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/retouche/retouche/dict/names"
	"github.com/retouche/retouche/internal/eval"
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/pipelinetest"
	"github.com/retouche/retouche/pipeline/stages"
)

// seedRepairs are the repairs issue 5 asks of the reference article, and
// the only changes the pipeline may make to it; optional ones may be made.
var seedRepairs = []struct {
	old, new string
	optional bool
}{
	{"Poutine prepare un voyage en Coree", "Poutine prépare un voyage en Corée", false},
	{"Vladimir Poutineeffectuera", "Vladimir Poutine effectuera", false},
	{"Pham Minh Tinhet", "Pham Minh Chinh et", false},
	{"Ta couru Thanh Man", "Tran Thanh Man", false},
	{"technologiquesen plus", "technologiques en plus", false},
	{"plus de les affaires", "plus des affaires", false},
	{"Nguyên Phu Trong", "Nguyen Phu Trong", true},
}

// TestSeedArticle runs the default pipeline over the reference article: its
// output must be the article with every required repair of seedRepairs
// made, and nothing else changed. The findings must also point at the lost
// opening « and at the two spellings of Kim Jong-un.
func TestSeedArticle(t *testing.T) {
	in, err := os.ReadFile("../../testdata/fr-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, err := pipeline.Run(context.Background(), pipeline.Document{Lang: "fr", Text: string(in)}, stages.Default(nil), pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	matched := false
	for subset := 0; subset < 1<<len(seedRepairs) && !matched; subset++ {
		want := string(in)
		for i, r := range seedRepairs {
			if !strings.Contains(want, r.old) {
				t.Fatalf("the article has no %q", r.old)
			}
			if subset&(1<<i) != 0 {
				want = strings.Replace(want, r.old, r.new, 1)
			} else if !r.optional {
				want = "" // a required repair is missing from this subset
				break
			}
		}
		matched = res.Text == want
	}
	if !matched {
		for _, e := range eval.Edits(string(in), res.Text) {
			t.Logf("change: %q → %q", string(in)[e.Start:e.End], e.New)
		}
		t.Error("the fixed article is not the article with the repairs of seedRepairs")
	}
	reported := map[string]bool{}
	for _, f := range res.Findings {
		if !f.Applied {
			reported[f.Rule+" "+res.Span(f)] = true
		}
	}
	for _, want := range []string{"names.consistency Kim Jong Un", "quotes.unopened "} {
		if !reported[want] {
			t.Errorf("no unapplied finding %q among %v", want, reported)
		}
	}
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

// BenchmarkPipelineCorpus measures the default pipeline on the first MiB
// of the development corpus (../shared/eval/fr_clean.txt), clean French
// of several genres: the common case of a feed.
func BenchmarkPipelineCorpus(b *testing.B) {
	data, err := os.ReadFile("../../../shared/eval/fr_clean.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(data[:1<<20])
	text = text[:strings.LastIndexByte(text, '\n')+1]
	for _, whole := range []bool{false, true} {
		name := "rounds=lines"
		if whole {
			name = "rounds=whole" // the later rounds over the whole text, for the ratio
		}
		b.Run(name, func(b *testing.B) {
			runner := &pipeline.Runner{Stages: stages.Default(nil), Options: pipeline.Options{WholeRounds: whole}}
			runner.Run(context.Background(), pipeline.Document{Lang: "fr", Text: "Le chat."}) // load the data
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := runner.Run(context.Background(), pipeline.Document{Lang: "fr", Text: text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLaterRoundsSameAsWhole checks that the default pipeline gives the same
// text and findings when the rounds after the first see only the changed
// lines (the default) as when they see the whole text: on the reference
// article, and on the first 256 KiB of fr_clean.txt when it is there.
func TestLaterRoundsSameAsWhole(t *testing.T) {
	texts := map[string]string{}
	for name, path := range map[string]string{"seed": "../../testdata/fr-02.txt", "fr_clean": "../../../shared/eval/fr_clean.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Logf("skipped: %v", err)
			continue
		}
		if len(data) > 256<<10 {
			data = data[:bytes.LastIndexByte(data[:256<<10], '\n')+1]
		}
		texts[name] = string(data)
	}
	all := stages.Default(nil)
	for name, text := range texts {
		doc := pipeline.Document{Lang: "fr", Text: text}
		lines, err := pipeline.Run(context.Background(), doc, all, pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		whole, err := pipeline.Run(context.Background(), doc, all, pipeline.Options{WholeRounds: true})
		if err != nil {
			t.Fatal(err)
		}
		if lines.Rounds < 2 {
			t.Errorf("%s: %d round: nothing to compare", name, lines.Rounds)
		}
		if diff := pipelinetest.SameResult(lines, whole); diff != "" {
			t.Errorf("%s: %s", name, diff)
		}
	}
}

// BenchmarkPipelineRecords measures the default pipeline on the lines of the
// first 256 KiB of the development corpus, one document each: the records of
// a JSON Lines feed, where the cost of a document's own setup shows.
func BenchmarkPipelineRecords(b *testing.B) {
	data, err := os.ReadFile("../../../shared/eval/fr_clean.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(data[:256<<10])
	lines := strings.Split(text[:strings.LastIndexByte(text, '\n')], "\n")
	runner := &pipeline.Runner{Stages: stages.Default(nil)}
	runner.Run(context.Background(), pipeline.Document{Lang: "fr", Text: "Le chat."}) // load the data
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			if _, err := runner.Run(context.Background(), pipeline.Document{Lang: "fr", Text: l}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// FuzzDefault runs the default pipeline over arbitrary French text: valid UTF-8 out,
// idempotent, and the same text and findings whether later rounds see the
// changed lines or the whole text (pipelinetest.CheckInvariants). The seeds
// are the reference article's paragraphs, two at a time.
func FuzzDefault(f *testing.F) {
	data, err := os.ReadFile("../../testdata/fr-02.txt")
	if err != nil {
		f.Fatal(err)
	}
	paras := strings.Split(string(data), "\n")
	for i := 0; i+1 < len(paras); i += 2 {
		f.Add(paras[i] + "\n" + paras[i+1])
	}
	f.Add("Poutineeffectuera  une visite .\nIl a ete construit a Paris ,puis « oui » .\nde les affaires")
	all := stages.Default(nil)
	f.Fuzz(func(t *testing.T, s string) { pipelinetest.CheckInvariantsIn(t, all, "fr", s) })
}
