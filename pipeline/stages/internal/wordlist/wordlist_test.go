package wordlist

import "testing"

func TestEndings(t *testing.T) {
	e := NewEndings("é ée tion")
	for w, want := range map[string]bool{"préparé": true, "née": true, "réaction": true, "prépare": false, "": false, "tio": false} {
		if got := e.Match(w); got != want {
			t.Errorf("Match(%q) = %v, want %v", w, got, want)
		}
	}
}
