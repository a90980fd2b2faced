// Package pipelinetest runs stages over test cases kept as txtar archives
// under testdata/, the way golang.org/x/tools/go/analysis/analysistest runs
// analyzers: inputs and expectations side by side.
//
// Each archive NAME.txtar holds:
//
//	-- in --        the input text
//	-- out --       the text "retouche fix" must produce (absent: unchanged)
//	-- findings --  the expected findings, one per line:
//	                LINE:COL CATEGORY/RULE TIER [applied]
//
// The archive's comment may set options, one per line: "lang: en" (default
// fr), "tier: suggest" (the highest tier applied, default auto) and
// "visible: true", which lets in and out write spaces visibly: ␣ for a
// space, ⍽ for a no-break space, ⎵ for a narrow no-break space, ⇥ for a tab
// and ⏎ at the end of a line for a line without its final newline.
package pipelinetest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/retouche/retouche/pipeline"
	"golang.org/x/tools/txtar"
)

// Run runs the stages over every archive matching dir/*.txtar and reports
// each difference from its expectations as a test error. It also checks that
// fixing the output again changes nothing.
func Run(t *testing.T, dir string, stages ...*pipeline.Stage) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no test archive in %s", dir)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runArchive(t, file, stages)
		})
	}
}

// testCase is one parsed archive.
type testCase struct {
	lang     string
	tier     pipeline.Tier
	in, out  string
	findings []string
}

func runArchive(t *testing.T, file string, stages []*pipeline.Stage) {
	tc, err := parse(file)
	if err != nil {
		t.Fatal(err)
	}
	opts := pipeline.Options{Apply: tc.tier}
	res, err := pipeline.Run(context.Background(), pipeline.Document{ID: file, Lang: tc.lang, Text: tc.in}, stages, opts)
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != tc.out {
		t.Errorf("%s: output\n got: %q\nwant: %q", file, res.Text, tc.out)
	}
	got := Describe(res)
	if !slices.Equal(got, tc.findings) {
		t.Errorf("%s: findings\n got:\n\t%s\nwant:\n\t%s", file, strings.Join(got, "\n\t"), strings.Join(tc.findings, "\n\t"))
	}
	again, err := pipeline.Run(context.Background(), pipeline.Document{ID: file, Lang: tc.lang, Text: res.Text}, stages, opts)
	if err != nil {
		t.Fatal(err)
	}
	if again.Text != res.Text {
		t.Errorf("%s: not idempotent: fixing the output again gives %q", file, again.Text)
	}
}

// Describe renders the findings of a result as "LINE:COL CATEGORY/RULE TIER",
// followed by " applied" for applied findings, sorted.
func Describe(res *pipeline.Result) []string {
	var out []string
	for _, f := range res.Findings {
		loc := res.Location(f.Start)
		s := fmt.Sprintf("%d:%d %s/%s %s", loc.Line, loc.Column, f.Category, f.Rule, f.Tier)
		if f.Applied {
			s += " applied"
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func parse(file string) (*testCase, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	ar := txtar.Parse(data)
	tc := &testCase{lang: "fr"}
	visible := false
	for i, line := range strings.Split(string(ar.Comment), "\n") {
		key, val, ok := strings.Cut(line, ":")
		if !ok || strings.ContainsAny(key, " \t") {
			continue // prose describing the case
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "lang":
			tc.lang = val
		case "tier":
			if tc.tier, err = pipeline.ParseTier(val); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", file, i+1, err)
			}
		case "visible":
			visible = val == "true"
		default:
			return nil, fmt.Errorf("%s:%d: unknown option %q", file, i+1, key)
		}
	}
	var haveIn, haveOut bool
	for _, f := range ar.Files {
		text := string(f.Data)
		switch f.Name {
		case "in":
			tc.in, haveIn = text, true
		case "out":
			tc.out, haveOut = text, true
		case "findings":
			for _, l := range strings.Split(text, "\n") {
				if l = strings.TrimSpace(l); l != "" {
					tc.findings = append(tc.findings, l)
				}
			}
			slices.Sort(tc.findings)
		default:
			return nil, fmt.Errorf("%s: unknown section %q (want in, out, findings)", file, f.Name)
		}
	}
	if !haveIn {
		return nil, fmt.Errorf("%s: no -- in -- section", file)
	}
	if !haveOut {
		tc.out = tc.in
	}
	if visible {
		tc.in, tc.out = Unescape(tc.in), Unescape(tc.out)
	}
	return tc, nil
}

var visibleSpaces = strings.NewReplacer("␣", " ", "⍽", "\u00a0", "⎵", "\u202f", "⇥", "\t", "⏎\n", "")

// Unescape turns the visible space marks of a test archive into the
// characters they stand for.
func Unescape(s string) string { return visibleSpaces.Replace(s) }
