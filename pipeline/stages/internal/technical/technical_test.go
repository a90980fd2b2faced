package technical

import (
	"testing"

	"github.com/retouche/retouche/token"
)

func TestNamed(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"La commande lintian exécute", "lintian", true},
		{"le paquet webmin pourrait", "webmin", true},
		{"pour l’archive experimental est", "experimental", true},
		{"Le programme Telnet permet", "Telnet", false}, // capitalised: a name of its own
		{"la commande  lintian", "lintian", false},      // two spaces: not written together
		{"la commande, lintian", "lintian", false},      // a comma between
		{"le président poutine", "poutine", false},      // no noun of software
		{"lintian est la commande", "lintian", false},   // nothing before
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.text, nil)
		found := false
		for i, tok := range toks {
			if tok.Text(tt.text) == tt.word {
				found = true
				if got := Named(toks, tt.text, i); got != tt.want {
					t.Errorf("Named(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
				}
			}
		}
		if !found {
			t.Fatalf("%q not in %q", tt.word, tt.text)
		}
	}
}

func TestQuoted(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
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
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.text, nil)
		found := false
		for i, tok := range toks {
			if tok.Text(tt.text) == tt.word {
				found = true
				if got := Quoted(toks, tt.text, i); got != tt.want {
					t.Errorf("Quoted(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
				}
			}
		}
		if !found {
			t.Fatalf("%q not in %q", tt.word, tt.text)
		}
	}
}
