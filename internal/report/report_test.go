package report

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages"
)

func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "∅"},
		{"  ", "␣␣"},
		{" a", "␣a"},
		{"Tran Thanh Man", "Tran Thanh Man"},
		{"a\u00a0»", "a⍽»"},
		{"\t", "⇥"},
		{"a\u202fb", "a⎵b"},
	}
	for _, tt := range tests {
		if got := Visible(tt.in); got != tt.want {
			t.Errorf("Visible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func findings(t *testing.T, text string, line int, offset int64) []Finding {
	t.Helper()
	res, err := pipeline.Run(context.Background(), pipeline.Document{Lang: "fr", Text: text}, stages.Default(nil), pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return Place("f.txt", line, offset, res)
}

func TestPlace(t *testing.T) {
	got := findings(t, "é\nLe  chat.", 10, 1000)
	if len(got) != 1 {
		t.Fatalf("%d findings", len(got))
	}
	f := got[0]
	if f.Line != 11 || f.Column != 3 || f.EndLine != 11 || f.EndColumn != 5 || f.Offset != 1005 || f.EndOffset != 1007 ||
		f.Text != "  " || f.Replacement != " " || f.Tier != "auto" || !f.Applied {
		t.Errorf("Place = %+v", f)
	}
}

func TestWriters(t *testing.T) {
	fs := findings(t, "Le  chat .\nnom\tprénom", 1, 0)
	tests := []struct{ format, want string }{
		{"text", "f.txt:1:3: whitespace/space.double: doubled space (␣␣ → ␣)\n" +
			"f.txt:1:9: whitespace/space.before-punct: space before “.” (␣ → ∅)\n" +
			"f.txt:2:4: whitespace/space.tab: tab between words (⇥ → ␣) [suggest]\n"},
	}
	for _, tt := range tests {
		var b strings.Builder
		w, err := NewWriter(tt.format, &b, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			w.Write(f)
		}
		w.Close()
		if b.String() != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.format, b.String(), tt.want)
		}
	}
	for _, format := range []string{"json", "jsonl"} {
		var b strings.Builder
		w, _ := NewWriter(format, &b, Options{})
		for _, f := range fs {
			w.Write(f)
		}
		w.Close()
		var back []Finding
		if format == "json" {
			if err := json.Unmarshal([]byte(b.String()), &back); err != nil {
				t.Fatalf("json: %v\n%s", err, b.String())
			}
		} else {
			for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
				var f Finding
				if err := json.Unmarshal([]byte(line), &f); err != nil {
					t.Fatalf("jsonl: %v", err)
				}
				back = append(back, f)
			}
		}
		if len(back) != len(fs) || back[2] != fs[2] {
			t.Errorf("%s round trip: %+v", format, back)
		}
	}
	if _, err := NewWriter("xml", nil, Options{}); err == nil {
		t.Error("NewWriter(xml): no error")
	}
}
