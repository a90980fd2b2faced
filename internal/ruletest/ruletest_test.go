package ruletest

import (
	"context"
	"strings"
	"testing"

	"github.com/retouche/retouche/pipeline/stages/resources"
	"github.com/retouche/retouche/rules"
)

func run(t *testing.T, files ...*rules.File) *Summary {
	t.Helper()
	set, err := rules.NewSet(files...)
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{Resources: &resources.Resources{}, Set: set}
	sum, err := r.Test(context.Background(), set.Rules)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// TestBuiltin runs every example and keep of the built-in rule files and
// of the English misspellings through the whole pipeline.
func TestBuiltin(t *testing.T) {
	files, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	res := &resources.Resources{}
	isWord := func(w string) bool {
		lex, err := res.Lexicon("en")
		return err == nil && lex.Contains(w)
	}
	misspell := rules.Misspellings(isWord)
	if testing.Short() {
		misspell.Rules = misspell.Rules[:500]
	}
	sum := run(t, append(files, misspell)...)
	for _, f := range sum.Failures {
		t.Error(f)
	}
	written := 0
	for _, f := range files {
		for _, r := range f.Rules {
			written += len(r.Examples)
		}
	}
	if written < 150 {
		t.Errorf("the built-in rule files have %d examples, want at least 150", written)
	}
	t.Logf("%d rules, %d examples (%d written in rule files), %d keeps", sum.Rules, sum.Examples, written, sum.Keeps)
}

func TestFailures(t *testing.T) {
	const src = `language: fr
rules:
  - id: t.wrong-good
    category: grammar
    tier: auto
    message: m
    match: [suite à]
    replace: à la suite de
    examples:
      - bad: Suite à ceci.
        good: À la suite ceci.
    keep: [Il fait suite à cela.]
  - id: t.not-idempotent
    category: grammar
    tier: auto
    message: m
    match: [chat]
    replace: chat noir
    examples:
      - bad: Le chat dort.
        good: Le chat noir dort.
  - id: t.silent
    category: grammar
    tier: auto
    message: m
    match: [chien]
    replace: loup
    examples:
      - bad: Le renard dort.
        good: Le renard dort.
  - id: t.overlap
    category: grammar
    tier: auto
    message: m
    pattern: le chat
    replace: un chat
    examples:
      - bad: Voici le chat.
        good: Voici un chat.
`
	f, err := rules.Parse(strings.NewReader(src), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sum := run(t, f)
	var got []string
	for _, f := range sum.Failures {
		got = append(got, f.String())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"t.yaml:10: rule t.wrong-good: \"Suite à ceci.\"\n\tbecomes \"À la suite de ceci.\"",
		"t.yaml:12: rule t.wrong-good: keep \"Il fait suite à cela.\"",
		"t.yaml:20: rule t.not-idempotent: not idempotent",
		"t.yaml:29: rule t.silent: does not fire on \"Le renard dort.\"",
		"t.yaml:38: rule t.overlap: auto rules t.overlap (t.yaml:31) and t.not-idempotent (t.yaml:13) make overlapping edits",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("missing failure %q in\n%s", want, all)
		}
	}
	if sum.Rules != 4 || sum.Examples != 4 || sum.Keeps != 1 {
		t.Errorf("summary %+v", sum)
	}
}
