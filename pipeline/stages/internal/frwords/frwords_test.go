package frwords

import (
	"testing"

	"github.com/retouche/retouche/dict"
)

func TestUnbound(t *testing.T) {
	tests := []struct {
		form, prev string
		want       bool
	}{
		{"delà", "volontaires", true},
		{"delà", "", true},
		{"delà", "au", false},
		{"Delà", "Au", false},
		{"deçà", "en", false},
		{"là", "volontaires", false}, // not a bound word
	}
	for _, tt := range tests {
		if got := Unbound(tt.form, tt.prev); got != tt.want {
			t.Errorf("Unbound(%q, %q) = %v, want %v", tt.form, tt.prev, got, tt.want)
		}
	}
}

func TestDeGlue(t *testing.T) {
	lex, err := dict.Embedded("fr")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		w, prev string
		accent  float64
		want    bool
	}{
		{"dedire", "pour", 2.0, true}, // de dire, not dédire
		{"demes", "un", 1.8, true},    // de mes, not dèmes
		{"deces", "un", 4.6, false},   // décès as likely as de ces
		{"dedire", "se", 2.0, false},  // se dédire: a verb after its pronoun
		{"defais", "et", 2.0, false},  // fais is a conjugated verb: défais
		{"dexyzq", "un", 1.0, false},  // xyzq is no word
		{"redire", "un", 2.0, false},  // not de
		{"dema", "un", 1.0, false},    // too short
	}
	for _, tt := range tests {
		if got := DeGlue(lex, tt.w, tt.prev, tt.accent); got != tt.want {
			t.Errorf("DeGlue(%q after %q, %v) = %v, want %v", tt.w, tt.prev, tt.accent, got, tt.want)
		}
	}
}
