package names

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/retouche/retouche/dict"
)

func embeddedGazetteer(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestEmbedded loads the shipped files, which also checks that no spelling
// belongs to two entities.
func TestEmbedded(t *testing.T) {
	g := embeddedGazetteer(t)
	if len(g.Entities) < 400 {
		t.Errorf("%d entities", len(g.Entities))
	}
	tests := []struct{ spelling, id, fr string }{
		{"Ta couru Thanh Man", "tran-thanh-man", "Tran Thanh Man"},
		{"Pham Minh Tinh", "pham-minh-chinh", "Pham Minh Chinh"},
		{"Nguyên Phu Trong", "nguyen-phu-trong", "Nguyen Phu Trong"},
		{"Kim Jong Un", "kim-jong-un", "Kim Jong-un"},
		{"kim jong-un", "kim-jong-un", "Kim Jong-un"},
		{"Coree du Nord", "country-kp", "Corée du Nord"},
		{"North Korea", "country-kp", "Corée du Nord"},
		{"Cote d'Ivoire", "country-ci", "Côte d’Ivoire"},
		{"Beijing", "city-beijing", "Pékin"},
		{"Hanoi", "city-hanoi", "Hanoï"},
		{"Iakoutsk", "city-yakutsk", "Iakoutsk"},
		{"Vladimir Putin", "vladimir-putin", "Vladimir Poutine"},
	}
	for _, tt := range tests {
		e, ok := g.Lookup(tt.spelling)
		if !ok || e.ID != tt.id || e.Name("fr") != tt.fr {
			t.Errorf("Lookup(%q) = %v, %v; want %s (%s)", tt.spelling, e, ok, tt.id, tt.fr)
		}
	}
	if e, ok := g.Lookup("Tran Thanh Man"); !ok || e.Canonical["native"] != "Trần Thanh Mẫn" || e.Name("en") != "Tran Thanh Man" {
		t.Errorf("native spelling: %+v", e)
	}
	if _, ok := g.Lookup("Thanh Man"); ok {
		t.Error("a part of a name matched")
	}
	if got := g.Search("jong"); len(got) != 1 || got[0].ID != "kim-jong-un" {
		t.Errorf("Search(jong) = %v", got)
	}
}

// TestOrdinaryVariants lists the spellings made only of ordinary words: the
// names stage matches those only with their own capitals.
func TestOrdinaryVariants(t *testing.T) {
	lex, err := dict.Embedded("fr")
	if err != nil {
		t.Fatal(err)
	}
	g := embeddedGazetteer(t)
	if !Ordinary("UN", lex) || !Ordinary("Union africaine", lex) || Ordinary("Ta couru Thanh Man", lex) || Ordinary("Pham Minh Tinh", lex) {
		t.Error("Ordinary misjudges a spelling")
	}
	n := 0
	for _, e := range g.Entities {
		for _, s := range e.Spellings() {
			if Ordinary(s, lex) {
				n++
			}
		}
	}
	if n == 0 {
		t.Error("no ordinary spelling: the check cannot be working")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ yaml, want string }{
		{"- id: x\n  kind: person\n  canonical: {fr: X}\n  colour: red\n", "f.yaml:4: unknown key \"colour\""},
		{"- id: Bad_Id\n  kind: person\n  canonical: {fr: X}\n", "f.yaml:1: id \"Bad_Id\""},
		{"- id: x\n  kind: animal\n  canonical: {fr: X}\n", "f.yaml:1: x: kind \"animal\""},
		{"- id: x\n  kind: place\n  canonical: {native: X}\n", "f.yaml:1: x: canonical needs fr or en"},
		{"- id: x\n  kind: place\n  canonical: {de: X, fr: Y}\n", "unknown language \"de\""},
		{"id: x\n", "f.yaml:1: want a list of entities"},
		{"- id: x\n  kind: [\n", "f.yaml"},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.yaml), "f.yaml")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q): error %v, want %q", tt.yaml, err, tt.want)
		}
	}
}

func TestConflicts(t *testing.T) {
	parse := func(s string) []*Entity {
		es, err := Parse(strings.NewReader(s), "u.yaml")
		if err != nil {
			t.Fatal(err)
		}
		return es
	}
	a := parse("- id: a\n  kind: person\n  canonical: {fr: Jean Dupont}\n")
	b := parse("- id: b\n  kind: person\n  canonical: {fr: Paul Martin}\n  variants: [jean dupont]\n")
	if _, err := New(append(a, b...)); err == nil || !strings.Contains(err.Error(), `u.yaml:1: b: spelling "jean dupont" is also one of a`) {
		t.Errorf("conflict: %v", err)
	}
	if _, err := New(append(a, a...)); err == nil || !strings.Contains(err.Error(), `id "a" already used`) {
		t.Errorf("duplicate id: %v", err)
	}
}

// TestJSONUpToDate compiles the YAML files again and fails when the
// embedded gazetteer.json differs.
func TestJSONUpToDate(t *testing.T) {
	out := filepath.Join(t.TempDir(), "gazetteer.json")
	cmd := exec.Command("go", "run", "./internal/genjson", "-o", out, "countries.yaml", "people.yaml", "places.yaml")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("genjson: %v\n%s", err, b)
	}
	fresh, _ := os.ReadFile(out)
	committed, _ := os.ReadFile("gazetteer.json")
	if !bytes.Equal(fresh, committed) {
		t.Error("gazetteer.json is stale: run go generate ./dict/names/")
	}
	files, _ := filepath.Glob("*.yaml")
	if len(files) != 3 {
		t.Errorf("YAML files %v: update the go:generate line and this test", files)
	}
}

// TestCountriesUpToDate regenerates countries.yaml from CLDR and fails when
// the committed file differs.
func TestCountriesUpToDate(t *testing.T) {
	out := filepath.Join(t.TempDir(), "countries.yaml")
	if b, err := exec.Command("go", "run", "./internal/gencountries", "-o", out).CombinedOutput(); err != nil {
		t.Fatalf("gencountries: %v\n%s", err, b)
	}
	fresh, _ := os.ReadFile(out)
	committed, _ := os.ReadFile("countries.yaml")
	if !bytes.Equal(fresh, committed) {
		t.Error("countries.yaml is stale: run go generate ./dict/names/")
	}
}

func BenchmarkEmbedded(b *testing.B) {
	for b.Loop() {
		if _, err := Embedded(); err != nil {
			b.Fatal(err)
		}
	}
}
