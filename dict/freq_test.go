package dict

import (
	"math"
	"strings"
	"testing"
)

func TestCountsRoundTrip(t *testing.T) {
	c := NewCounts()
	c.Add("Poutine a vu Poutine. L’avis de Poutine")
	c.Add("poutine, 2024")
	var b strings.Builder
	if err := c.Write(&b); err != nil {
		t.Fatal(err)
	}
	want := "# total 8\npoutine 4\na 1\nde 1\nl'avis 1\nvu 1\n"
	if b.String() != want {
		t.Fatalf("Write:\n%s\nwant:\n%s", b.String(), want)
	}
	z, err := ReadFreq(strings.NewReader(b.String()), "f")
	if err != nil {
		t.Fatal(err)
	}
	// 4 of 8 words, counted as 4 per million: log10(4e9/1e6).
	if math.Abs(z["poutine"]-math.Log10(4000)) > 1e-9 {
		t.Errorf("zipf(poutine) = %v", z["poutine"])
	}
}

func TestReadFreqErrors(t *testing.T) {
	for in, want := range map[string]string{
		"de 10\nla\n":    "f:2: want \"word count\"",
		"de ten\n":       "f:1: count \"ten\" is not a whole number",
		"de 10\nle -3\n": "f:2: count \"-3\"",
	} {
		if _, err := ReadFreq(strings.NewReader(in), "f"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadFreq(%q): error %v, want %q", in, err, want)
		}
	}
}
