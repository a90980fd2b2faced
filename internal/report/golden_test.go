package report

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// goldenFindings are findings of every tier in two files.
func goldenFindings(t *testing.T) []Finding {
	t.Helper()
	var out []Finding
	for _, doc := range []struct{ path, text string }{
		{"corpus/a.txt", "Le  chat dort .\nSuite à la crise, les prix ont baissé.\n"},
		{"corpus/b & c.txt", "La crise a impacté les exportations.\nnom\tprénom\n"},
	} {
		res, err := pipeline.Run(context.Background(), pipeline.Document{Lang: "fr", Text: doc.text}, stages.Default(nil), pipeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Place(doc.path, 1, 0, res)...)
	}
	return out
}

func render(t *testing.T, format string, fs []Finding) []byte {
	t.Helper()
	var b bytes.Buffer
	opts := Options{Template: "{{.Path}}:{{.Line}}:{{.Column}} {{.Tier}} {{.Rule}} {{visible .Text}}→{{visible .Replacement}}",
		Help: func(rule, stage string) string { return "help of " + rule }, Version: "test"}
	w, err := NewWriter(format, &b, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if err := w.Write(f); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGolden compares each format's output with testdata/golden.
func TestGolden(t *testing.T) {
	fs := goldenFindings(t)
	tiers := map[string]bool{}
	for _, f := range fs {
		tiers[f.Tier] = true
	}
	if len(tiers) != 3 {
		t.Fatalf("the golden findings should cover the three tiers, got %v", tiers)
	}
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			got := render(t, format, fs)
			path := filepath.Join("testdata", "golden", "findings."+format)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s output differs from %s:\n%s", format, path, got)
			}
		})
	}
}

// TestSARIFSchema validates the SARIF output against the SARIF 2.1.0 JSON
// Schema published by OASIS (vendored in testdata, see SOURCE.md), with
// findings and without.
func TestSARIFSchema(t *testing.T) {
	raw, err := os.ReadFile("testdata/sarif-2.1.0-rtm.5.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, fs := range map[string][]Finding{"findings": goldenFindings(t), "none": nil} {
		out := render(t, "sarif", fs)
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("%s: SARIF output does not validate: %v", name, err)
		}
	}
	// A broken log must fail, or the test proves nothing.
	var broken map[string]any
	json.Unmarshal(render(t, "sarif", goldenFindings(t)), &broken)
	broken["version"] = "2.0"
	b, _ := json.Marshal(broken)
	v, _ := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if schema.Validate(v) == nil {
		t.Error("a log with version 2.0 validates: the schema check is not working")
	}
}

func TestGithubEscapes(t *testing.T) {
	var b strings.Builder
	w, _ := NewWriter("github", &b, Options{})
	w.Write(Finding{Path: "a,b:c.txt", Line: 1, Column: 2, EndLine: 1, EndColumn: 3, Rule: "r", Category: "c", Tier: "report", Message: "50% sur\ndeux lignes"})
	want := "::notice file=a%2Cb%3Ac.txt,line=1,col=2,endLine=1,endColumn=3,title=c/r::50%25 sur%0Adeux lignes\n"
	if b.String() != want {
		t.Errorf("got  %q\nwant %q", b.String(), want)
	}
}
