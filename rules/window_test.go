package rules

import (
	"os"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// wholeLines returns what Find would return if every regex rule ran on
// every whole line: the reference for the windows of triggered.
func wholeLines(m *Matcher, text string) []Match {
	out := longestLiterals(m.literals(text, foldBytes(text), nil))
	for i, c := range m.compiled {
		if c.pattern == nil {
			continue
		}
		for ls := 0; ls < len(text); {
			le := strings.IndexByte(text[ls:], '\n')
			if le < 0 {
				le = len(text)
			} else {
				le += ls
			}
			out = m.regexMatches(text, ls, le, i, out)
			ls = le + 1
		}
	}
	return ordered(out)
}

// windowCases hold the triggers of the built-in regexes in lines where
// they match, nearly match and stand at the ends of the line, beside
// accented letters (which RE2's \b does not know) and repeated.
var windowCases = []string{
	"Mais le 1er Mai, le 12 Mai et le 3 Maison ; Mai 12 Mai",
	"12 Mai",
	"le 12 Mai.",
	"Ce Lundi, le Lundi 3, depuis Lundi et jusqu'à Lundi ; chaque Mardi dès Mercredi",
	"au jour d'aujourd'hui, malgré qu'il pleuve, malgré que Malgré Qu'il",
	"il a impacté les impactent impactera impact impacter l'impactée",
	"Le Président Macron, le Président, du Président X, au Ministre, le Secrétaire Général",
	"etc... etc.. etc… 1 er 1 re 1 ère n ° N °",
	"l' homme qu' il jusqu' au lorsqu' elle d' Alger",
	"« « double » » et .. puis ( espace ) et ( ) fin ..",
	"a-t'il, va t-elle, y a t'il, sera-t'on",
	"si j'aurais su, Si j’aurais",
	"est sensé faire, sont sensés venir, était sensée partir",
	"adresser les problèmes, adressé la question, adresse un défi",
	"pallier à la crise, palliait au manque, pallié à l'absence",
	"digital, digitale, digitaux, numérique",
	"réalise que, réalisé que, réalisent que",
	"éléphantMai 1er Mai1 le 1er Maiété Mai é12 Mai",
}

// TestWindowsAreLines checks that running the regexes on the windows
// around their triggers finds what running them on whole lines finds, on
// the reference article, the cases above and, when it is there, the
// development corpus.
func TestWindowsAreLines(t *testing.T) {
	texts := []string{strings.Join(windowCases, "\n"), strings.Join(windowCases, " ")}
	for _, path := range []string{"../testdata/fr-02.txt", "../../shared/eval/fr_clean.txt"} {
		if b, err := os.ReadFile(path); err == nil {
			texts = append(texts, string(b[:min(len(b), 400<<10)])) // whole lines are slow to scan
		}
	}
	for _, lang := range []string{"fr", "en"} {
		m := builtinMatcher(t, lang)
		windowed := 0
		for _, c := range m.compiled {
			if c.pattern != nil && c.pattern.width > 0 {
				windowed++
			}
		}
		if windowed == 0 && lang == "fr" {
			t.Errorf("%s: no built-in regex has a bounded width: the windows are not tested", lang)
		}
		for k, text := range texts {
			got, want := m.Find(text), wholeLines(m, text)
			if !slices.EqualFunc(got, want, func(a, b Match) bool {
				return a.Rule == b.Rule && a.Start == b.Start && a.End == b.End && slices.Equal(a.Replace, b.Replace)
			}) {
				t.Errorf("%s, text %d: windows found %d matches, whole lines %d", lang, k, len(got), len(want))
			}
		}
	}
}

func TestMaxWidth(t *testing.T) {
	tests := []struct {
		re   string
		want int // -1: unbounded
	}{
		{`ab`, 2}, {`é`, 2}, {`(?i)ab`, 8}, {`[a-z]{1,2}x`, 9}, {`(\d{1,2}|1er) Mai`, 12},
		{`a+`, -1}, {`a*b`, -1}, {`a{2,}`, -1}, {`^ab`, -1}, {`ab$`, -1}, {`x|yz`, 2}, {`a?b`, 2},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.re, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := maxWidth(re) // as compilePattern parses it: {n,m} stays an OpRepeat
		if !ok {
			got = -1
		}
		if got != tt.want {
			t.Errorf("maxWidth(%q) = %d, want %d", tt.re, got, tt.want)
		}
	}
}

func TestWindow(t *testing.T) {
	text := "avant, le 12 Mai été fin"
	tests := []struct {
		from, to int
		want     string
	}{
		{10, 16, "12 Mai"},  // on word edges already
		{11, 15, "12 Mai"},  // inside words: widened to their edges
		{-5, 100, text},     // clipped to the line
		{21, 19, "été"},     // never inside a rune: é is no ASCII byte
		{6, 7, " le"},       // the start after the comma, the end before a space
		{0, 3, "avant"},     // the line's start
		{23, 25, "fin"},     // the line's end
		{13, 13, "Mai"},     // empty, inside a word
		{6, 6, ""},          // empty, between two cut bytes
		{16, 17, "Mai été"}, // from inside Mai to inside été
		{4, 6, "avant,"},    // a comma at the end
	}
	for _, tt := range tests {
		w := window(text, 0, len(text), tt.from, tt.to)
		if got := text[w.start:w.end]; got != tt.want {
			t.Errorf("window(%d, %d) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}
