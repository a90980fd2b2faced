package technical

import (
	"testing"

	"github.com/retouche/retouche/token"
)

// wordCase is a word of a text and what a test reports on it.
type wordCase struct {
	text, word string
	want       bool
}

// checkWords runs test on every occurrence of each case's word in its text.
func checkWords(t *testing.T, name string, test func([]token.Token, string, int) bool, cases []wordCase) {
	t.Helper()
	for _, tt := range cases {
		toks := token.Tokenize(tt.text, nil)
		found := false
		for i, tok := range toks {
			if tok.Text(tt.text) == tt.word {
				found = true
				if got := test(toks, tt.text, i); got != tt.want {
					t.Errorf("%s(%q, %q) = %v, want %v", name, tt.text, tt.word, got, tt.want)
				}
			}
		}
		if !found {
			t.Fatalf("%q not in %q", tt.word, tt.text)
		}
	}
}

func TestNamed(t *testing.T) {
	checkWords(t, "Named", Named, []wordCase{
		{"La commande lintian exécute", "lintian", true},
		{"le paquet webmin pourrait", "webmin", true},
		{"pour l’archive experimental est", "experimental", true},
		{"Le programme Telnet permet", "Telnet", false}, // capitalised: a name of its own
		{"la commande  lintian", "lintian", false},      // two spaces: not written together
		{"la commande, lintian", "lintian", false},      // a comma between
		{"le président poutine", "poutine", false},      // no noun of software
		{"lintian est la commande", "lintian", false},   // nothing before
	})
}

func TestQuoted(t *testing.T) {
	checkWords(t, "Quoted", Quoted, []wordCase{
		{"le champ « Depends » donne", "Depends", true},
		{"le champ « Depends: » donne", "Depends", true},
		{"la commande “echo” aussi", "echo", true},
		{`la commande "echo" aussi`, "echo", true},
		{"la commande ‘echo’ aussi", "echo", true},
		{"« massebot »", "massebot", true},
		{"« dos charset »", "charset", false},       // two words quoted
		{"« Depends » et « echo »", "et", false},    // between two quotations
		{`la commande "echo’ aussi`, "echo", false}, // marks that do not pair
		{"echo", "echo", false},                     // nothing around
	})
}
