package baseline

import (
	"path/filepath"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	var r Recorder
	r.Add("a.txt", "space.double", 3, "Le  chat dort.", "doubled space")
	r.Add("a.txt", "space.double", 9, "Le  chat   dort.", "doubled space") // same line once normalised
	r.Add("b.txt", "fr.mt.suite-a", 1, "Suite à la crise.", "m")
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := r.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.Total() != 3 {
		t.Errorf("total %d, want 3", b.Total())
	}
	// The same line, moved and re-indented, is known twice, not three times.
	for i, want := range []bool{true, true, false} {
		if got := b.Known("a.txt", "space.double", "   Le chat  dort. "); got != want {
			t.Errorf("Known #%d = %v, want %v", i, got, want)
		}
	}
	if b.Known("a.txt", "fr.mt.suite-a", "Suite à la crise.") || b.Known("c.txt", "fr.mt.suite-a", "Suite à la crise.") {
		t.Error("a finding of another file or rule is known")
	}
	if b.Fixed() != 1 {
		t.Errorf("fixed %d, want 1 (b.txt's finding was not seen)", b.Fixed())
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("a missing file loads")
	}
}

func TestSuppressed(t *testing.T) {
	tests := []struct {
		rule, line, prev string
		want             bool
	}{
		{"space.double", "Le  chat <!-- retouche:ignore -->", "", true},
		{"space.double", "Le  chat # retouche:ignore space.double", "", true},
		{"space.double", "Le  chat # retouche:ignore fr.mt.suite-a, other.rule", "", false},
		{"space.double", "Le  chat", "# retouche:ignore-next-line", true},
		{"space.double", "Le  chat", "# retouche:ignore-next-line space.double,x.y", true},
		{"space.double", "Le  chat", "# retouche:ignore", false},
		{"space.double", "Le  chat retouche:ignore-next-line", "", false},
		{"space.double", "Le  chat", "", false},
	}
	for _, tt := range tests {
		if got := Suppressed(tt.rule, tt.line, tt.prev); got != tt.want {
			t.Errorf("Suppressed(%q, %q, %q) = %v, want %v", tt.rule, tt.line, tt.prev, got, tt.want)
		}
	}
	if l, p := Lines("a\r\nb c\nd", 4); l != "b c" || p != "a" {
		t.Errorf("Lines = %q, %q", l, p)
	}
}
