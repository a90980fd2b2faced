package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const goodRule = `language: fr
rules:
  - id: fr.t.a
    category: grammar
    tier: auto
    message: m
    match: [suite à]
    replace: à la suite de
    examples:
      - bad: Suite à ceci.
        good: À la suite de ceci.
    keep: [La suite à donner.]
`

func TestParse(t *testing.T) {
	f, err := Parse(strings.NewReader(goodRule), "dir/set-a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r := f.Rules[0]
	if f.Set != "set-a" || r.Set != "set-a" || r.Lang != "fr" || r.Line != 3 || r.Examples[0].Line != 10 || r.Keep[0].Line != 12 {
		t.Errorf("got set %q, rule %+v", f.Set, r)
	}
	if r.Replace[0] != "à la suite de" || r.Match[0] != "suite à" || r.Case != CasePreserve {
		t.Errorf("got %+v", r)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"unknown key", "    tier: auto\n", "    tier: auto\n    replce: x\n", `f.yaml:6: unknown key "replce"`},
		{"bad tier", "tier: auto", "tier: always", `f.yaml:5: tier "always": want one of auto, suggest, report`},
		{"bad regex", "match: [suite à]", "pattern: '(suite'", `f.yaml:3: rule fr.t.a: pattern "(suite": error parsing regexp`},
		{"inner \\b", "match: [suite à]", `pattern: 'a\bb'`, `f.yaml:3: rule fr.t.a: pattern "a\\bb": \b and \B are supported only`},
		{"missing examples", "    examples:\n      - bad: Suite à ceci.\n        good: À la suite de ceci.\n", "", "f.yaml:3: rule fr.t.a: missing key examples"},
		{"example without good", "        good: À la suite de ceci.\n", "", "f.yaml:10: rule fr.t.a: example without good text"},
		{"auto with two candidates", "replace: à la suite de", "replace: [a, b]", "f.yaml:3: rule fr.t.a: several replacements are never applied automatically"},
		{"bad group", "match: [suite à]", "pattern: 'suite à'", ""},
		{"group that does not exist", "match: [suite à]\n    replace: à la suite de", "pattern: 'suite à'\n    replace: $2", ""},
		{"unknown language", "language: fr", "language: de", `f.yaml:1: language "de": want one of fr, en, *`},
		{"bad id", "id: fr.t.a", "id: Suite", `f.yaml:3: id "Suite": want lower-case dotted words`},
		{"match with spaces", "match: [suite à]", "match: [' suite']", `match " suite": empty or starts or ends with a space`},
		{"bad unless", "    tier: auto\n", "    tier: auto\n    unless_after: '(x'\n", `rule fr.t.a: unless_after "(x"`},
		{"not yaml", "rules:", "rules: [", "f.yaml: yaml:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(goodRule, tt.old, tt.new, 1)
			if src == goodRule {
				t.Fatalf("replacement %q not found", tt.old)
			}
			_, err := Parse(strings.NewReader(src), "f.yaml")
			switch {
			case tt.name == "bad group":
				if err != nil {
					t.Errorf("unexpected error %v", err)
				}
			case tt.name == "group that does not exist":
				if err == nil || !strings.Contains(err.Error(), "no group 2") {
					t.Errorf("got %v, want an error about group 2", err)
				}
			case err == nil || !strings.Contains(err.Error(), tt.want):
				t.Errorf("got %v\nwant an error containing %q", err, tt.want)
			}
		})
	}
}

func TestDuplicateIDs(t *testing.T) {
	a, err := Parse(strings.NewReader(goodRule), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse(strings.NewReader(goodRule), "b.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = NewSet(a, b)
	if err == nil || err.Error() != "b.yaml:3: duplicate rule id fr.t.a (first at a.yaml:3)" {
		t.Errorf("got %v", err)
	}
}

func TestLoadPath(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "x.yml"), []byte(goodRule), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a rule file"), 0o644)
	files, err := LoadPath(dir)
	if err != nil || len(files) != 1 || files[0].Rules[0].File != filepath.Join(dir, "sub", "x.yml") {
		t.Fatalf("LoadPath(dir) = %v, %v", files, err)
	}
	os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte("language: fr\nrules: []\n"), 0o644)
	if _, err := LoadPath(dir); err == nil || !strings.Contains(err.Error(), "bad.yaml:1: rules: want a list of rules") {
		t.Errorf("a broken file must be an error naming it, got %v", err)
	}
	if _, err := LoadPath(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("a missing file must be an error")
	}
}

func TestBuiltin(t *testing.T) {
	files, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	set, err := NewSet(append(files, Misspellings(nil))...)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(set.Rules[0].File, "rules/data/") {
		t.Errorf("built-in rules should name their file rules/data/…, got %s", set.Rules[0].File)
	}
	for _, lang := range []string{"fr", "en"} {
		if _, err := Compile(set.Select(lang)); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
	}
}

func TestMisspellings(t *testing.T) {
	f := Misspellings(func(w string) bool { return w == "teh" })
	var auto, suggest int
	for _, r := range f.Rules {
		if r.Tier == "auto" {
			auto++
		} else {
			suggest++
		}
		if r.ID == "en.misspell.teh" && r.Tier != "suggest" {
			t.Errorf("a misspelling that is a word must only be suggested: %+v", r)
		}
	}
	if auto < 10000 || suggest < 1 {
		t.Errorf("auto %d, suggest %d", auto, suggest)
	}
	m, err := Compile(f.Rules)
	if err != nil {
		t.Fatal(err)
	}
	if got := found(m.Find("Accomodate the ACCOMODATION.")); !strings.Contains(got, "[0:10]Accommodate") || !strings.Contains(got, "ACCOMMODATION") {
		t.Errorf("got %s", got)
	}
}

// TestBuiltinRegexesCompile compiles every regex of the built-in rules:
// loading only parses them and the matcher compiles each on first use, so a
// regex that parses but does not compile would otherwise fail in a run.
func TestBuiltinRegexesCompile(t *testing.T) {
	files, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		for _, r := range f.Rules {
			for _, l := range []*lazyRegexp{r.compiled.before, r.compiled.after, patternRegexp(r.compiled.pattern)} {
				if l == nil {
					continue
				}
				if _, err := regexp.Compile(l.expr); err != nil {
					t.Errorf("%s: rule %s: %v", r.Pos(), r.ID, err)
				}
				n++
			}
		}
	}
	if n < 50 {
		t.Errorf("compiled %d regexes of the built-in rules, want at least 50", n)
	}
}

func patternRegexp(p *pattern) *lazyRegexp {
	if p == nil {
		return nil
	}
	return p.re
}
