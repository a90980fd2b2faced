package eval

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func injector(kind string, known ...string) *Injector {
	set := map[string]bool{}
	for _, k := range known {
		set[k] = true
	}
	return &Injector{Kinds: []string{kind}, Rand: rand.New(rand.NewPCG(1, 2)), Known: func(w string) bool { return set[w] }}
}

func TestInject(t *testing.T) {
	tests := []struct {
		kind  string
		known []string
		in    string
		want  []string // any of these defective texts
		ok    bool
	}{
		{"split", nil, "Le chat dort", []string{"Lechat dort", "Le chatdort"}, true},
		{"split", []string{"lechat"}, "Le chat dort", []string{"Le chatdort"}, true},
		{"split", []string{"lechat", "chatdort"}, "Le chat dort", nil, false},
		{"split", nil, "à 3 km", nil, false},
		{"accent", nil, "Une école près", []string{"Une ecole près", "Une école pres"}, true},
		{"accent", []string{"pres"}, "Une école près", []string{"Une ecole près"}, true},
		{"accent", []string{"a"}, "Il a été à", []string{"Il a ete à"}, true},
		{"headline", nil, "Poutine prépare un voyage en Corée du Nord", []string{"Poutine prepare un voyage en Coree du Nord"}, true},
		{"headline", nil, "Sans accent dans cette phrase-ci", nil, false},
		{"contraction", nil, "Le bilan des affaires du pays", []string{"Le bilan de les affaires du pays", "Le bilan des affaires de le pays"}, true},
		{"contraction", nil, "Aux armes", []string{"À les armes"}, true},
		{"contraction", nil, "Il en veut des.", nil, false},
		{"mojibake", nil, "l’invitation de Félix", []string{"lâ€™invitation de FÃ©lix"}, true},
		{"mojibake", nil, "plain ASCII", nil, false},
		{"guillemet", nil, "un « compagnon d’armes » fidèle", []string{"un compagnon d’armes » fidèle"}, true},
		{"guillemet", nil, "un « seul", nil, false},
	}
	for _, tt := range tests {
		got, corrected, kind, ok := injector(tt.kind, tt.known...).Inject(tt.in)
		if ok != tt.ok {
			t.Errorf("%s %q: ok = %v, want %v (%q)", tt.kind, tt.in, ok, tt.ok, got)
			continue
		}
		if !ok {
			continue
		}
		if kind != tt.kind || corrected != tt.in {
			t.Errorf("%s %q: kind %q, corrected %q", tt.kind, tt.in, kind, corrected)
		}
		found := false
		for _, w := range tt.want {
			found = found || got == w
		}
		if !found {
			t.Errorf("%s %q: got %q, want one of %q", tt.kind, tt.in, got, tt.want)
		}
	}
}

func TestInjectHeadlineFirstSentence(t *testing.T) {
	text := "Le président s’est rendu en Russie. " + strings.Repeat("Une longue suite de phrases sans intérêt. ", 10)
	in := injector("headline")
	got, corrected, _, ok := in.Inject(text)
	if !ok || corrected != "Le président s’est rendu en Russie." || got != "Le president s’est rendu en Russie." {
		t.Errorf("got %q → %q, %v", got, corrected, ok)
	}
}

func TestInjectDeterministic(t *testing.T) {
	text := "Les autorités russes ont ainsi indiqué que les parties devraient aborder l’avenir des relations « bilatérales »."
	run := func() string {
		in := &Injector{Kinds: InjectKinds, Rand: rand.New(rand.NewPCG(7, 0)), Known: func(string) bool { return false }}
		var out []string
		for range 20 {
			d, _, k, _ := in.Inject(text)
			out = append(out, k+":"+d)
		}
		return strings.Join(out, "\n")
	}
	if a, b := run(), run(); a != b {
		t.Errorf("same seed, different output")
	}
	if err := CheckKinds([]string{"split", "nope"}); err == nil {
		t.Error("CheckKinds accepted an unknown kind")
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Corée": "Coree", "ÉTATS-UNIS": "ETATS-UNIS", "œuvre": "œuvre", "e\u0301te\u0301": "ete", "Hanoï": "Hanoi"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
