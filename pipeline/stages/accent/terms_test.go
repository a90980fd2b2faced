package accent

import (
	"testing"

	"github.com/retouche/retouche/token"
)

func TestCountTerms(t *testing.T) {
	tests := []struct {
		doc  string
		want int // occurrences of "experimental"
	}{
		{"Un mode expérimental, experimental.\n", 1},
		{"Un mode expérimental, experimental\n", 1},
		{"Un mode expérimental, experimental", 1}, // the last token, with no newline after it
		{"Un été experimental\nexperimental\nUn été d'experimental", 2},
		{"Un mode experimental\nUn été", 0}, // a line without diacritics does not count
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.doc, nil)
		got := countTerms(tt.doc, toks, []string{"experimental"})["experimental"]
		if got != tt.want {
			t.Errorf("countTerms(%q) = %d, want %d", tt.doc, got, tt.want)
		}
	}
}
