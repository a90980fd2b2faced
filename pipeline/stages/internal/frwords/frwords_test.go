package frwords

import "testing"

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
