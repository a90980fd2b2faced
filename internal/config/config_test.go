package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const good = `lang: fr
typography: fr-nbsp
rules: [rules/, /abs/more.yaml]
words: allow.txt
disable: [fr.mt.impacter, typography]
tiers: {fr.mt.suite-a: auto}
include: ["*.txt"]
exclude: ["**/drafts/*"]
strip_tags: true
`

func TestParse(t *testing.T) {
	c, err := Parse(strings.NewReader(good), filepath.Join("proj", FileName))
	if err != nil {
		t.Fatal(err)
	}
	if c.Lang != "fr" || c.Typography != "fr-nbsp" || !c.StripTags || c.Tiers["fr.mt.suite-a"] != "auto" ||
		c.Rules[0] != filepath.Join("proj", "rules") || c.Rules[1] != "/abs/more.yaml" || c.Words[0] != filepath.Join("proj", "allow.txt") {
		t.Errorf("got %+v", c)
	}
	if c.Origin["tiers"] != filepath.Join("proj", FileName)+":6" {
		t.Errorf("origin of tiers: %q", c.Origin["tiers"])
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"lang: de\n", `c.yaml:1: lang: "de": want one of fr, en`},
		{"langue: fr\n", `c.yaml:1: unknown key "langue"`},
		{"tiers: {a.b: always}\n", `c.yaml:1: tiers: a.b: "always": want auto, suggest or report`},
		{"rules: {a: b}\n", "c.yaml:1: rules: want a list of strings"},
		{"strip_tags: maybe\n", "c.yaml:1: strip_tags: want true or false"},
		{"include: ['[']\n", `c.yaml:1: include: "["`},
		{"lang: fr\nlang: en\n", "c.yaml:2: key lang given twice"},
		{"- a\n", "c.yaml:1: want a mapping"},
	} {
		_, err := Parse(strings.NewReader(tt.src), "c.yaml")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want %q", tt.src, err, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	os.MkdirAll(sub, 0o755)
	if p, err := Find(sub); err != nil || p != "" && strings.HasPrefix(p, root) {
		t.Fatalf("Find without a file = %q, %v", p, err)
	}
	os.WriteFile(filepath.Join(root, "a", FileName), []byte("lang: en\n"), 0o644)
	if p, _ := Find(sub); p != filepath.Join(root, "a", FileName) {
		t.Errorf("Find = %q", p)
	}
}

func TestMatch(t *testing.T) {
	for _, tt := range []struct {
		rel              string
		include, exclude []string
		want             bool
	}{
		{"a.txt", nil, nil, true},
		{"x/a.txt", []string{"*.txt"}, nil, true},
		{"x/a.md", []string{"*.txt"}, nil, false},
		{"x/drafts/a.txt", nil, []string{"**/drafts/*"}, false},
		{"drafts/a.txt", nil, []string{"**/drafts/*"}, false},
		{"x/final/a.txt", nil, []string{"**/drafts/*"}, true},
		{"x/a.txt", []string{"x/*.txt"}, nil, true},
		{"y/x/a.txt", []string{"x/*.txt"}, nil, false},
	} {
		if got := Match(tt.rel, tt.include, tt.exclude); got != tt.want {
			t.Errorf("Match(%q, %v, %v) = %v", tt.rel, tt.include, tt.exclude, got)
		}
	}
}

func TestReadWords(t *testing.T) {
	p := filepath.Join(t.TempDir(), "w.txt")
	os.WriteFile(p, []byte("# accepted\nCoree  # the feed's spelling\n\nPoutineeffectuera\n"), 0o644)
	w, err := ReadWords([]string{p})
	if err != nil || len(w) != 2 || !w["Coree"] || !w["Poutineeffectuera"] {
		t.Errorf("ReadWords = %v, %v", w, err)
	}
}
