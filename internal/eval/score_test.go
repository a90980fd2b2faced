package eval

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestEdits(t *testing.T) {
	tests := []struct {
		src, dst string
		want     []Edit
	}{
		{"a b c", "a b c", nil},
		{"Vladimir Poutineeffectuera une", "Vladimir Poutine effectuera une", []Edit{{9, 26, "Poutine effectuera"}}},
		{"Poutine prepare un voyage en Coree", "Poutine prépare un voyage en Corée", []Edit{{8, 15, "prépare"}, {29, 34, "Corée"}}},
		{"des affaires", "de les affaires", []Edit{{0, 3, "de les"}}},
		{"Le  chat .", "Le chat.", []Edit{{2, 4, " "}, {8, 9, ""}}},
		{"juin »", "« juin »", []Edit{{0, 0, "« "}}},
	}
	for _, tt := range tests {
		got := Edits(tt.src, tt.dst)
		if len(got) != len(tt.want) {
			t.Errorf("Edits(%q, %q) = %v, want %v", tt.src, tt.dst, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("Edits(%q, %q) = %v, want %v", tt.src, tt.dst, got, tt.want)
				break
			}
		}
	}
}

// TestCounts checks the scorer against counts computed by hand.
func TestCounts(t *testing.T) {
	var c Counts
	// 1. Both gold edits found: TP 2.
	c.Add("Poutine prepare un voyage en Coree", "Poutine prépare un voyage en Corée", "Poutine prépare un voyage en Corée")
	// 2. One right, one wrong (préparé for prépare), one gold missed: TP 1, FP 1, FN 1.
	c.Add("il prepare en Coree", "il préparé en Corée", "il prépare en Corée")
	// 3. Nothing done: FN 1.
	c.Add("technologiquesen plus", "technologiquesen plus", "technologiques en plus")
	// 4. A change where none was needed: FP 1.
	c.Add("Le chat dort.", "Le chats dort.", "Le chat dort.")
	want := Counts{Pairs: 4, Exact: 1, Unchanged: 1, TP: 3, FP: 2, FN: 2}
	if c != want {
		t.Fatalf("counts %+v, want %+v", c, want)
	}
	// P = 3/5, R = 3/5, F0.5 = 0.6; exact 1/4.
	for name, got := range map[string]float64{"P": c.Precision(), "R": c.Recall(), "F0.5": c.F05(), "exact": c.ExactRate() * 2.4} {
		if math.Abs(got-0.6) > 1e-9 {
			t.Errorf("%s = %v, want 0.6", name, got)
		}
	}
	var p Counts
	p.Add("a b", "a c", "a d") // one wrong edit: P 0, R 0
	p.Add("x y", "x Y", "x Y") // one right: P 1/2, R 1/2
	p.Add("u v", "u v", "u v") // nothing: no change
	if got := p.F05(); math.Abs(got-0.5) > 1e-9 {
		t.Errorf("F0.5 = %v, want 0.5", got)
	}
	var none Counts
	if none.Precision() != 1 || none.Recall() != 1 {
		t.Errorf("empty counts: P %v R %v, want 1 and 1", none.Precision(), none.Recall())
	}
	var zero Counts
	zero.Add("a", "b", "c")
	if zero.F05() != 0 {
		t.Errorf("F0.5 with no true positive = %v", zero.F05())
	}
}

func TestDamage(t *testing.T) {
	var d Damage
	d.Add("Le chat dort.", "Le chat dort.")               // 4 tokens, unchanged
	d.Add("Il  pleut .", "Il pleut.")                     // 3 tokens; 2 edits of spaces: 2 changed
	d.Add("Une phrase longue", "Une autre phrase courte") // 3 tokens; edits: insert "autre " (1), longue→courte (1)
	want := Damage{Texts: 3, Changed: 2, Tokens: 10, ChangedTokens: 4}
	if d != want {
		t.Fatalf("damage %+v, want %+v", d, want)
	}
	if got := d.PerTenThousand(); got != 4000 {
		t.Errorf("per 10k = %v, want 4000", got)
	}
	if got := d.ChangedRate(); math.Abs(got-2.0/3) > 1e-9 {
		t.Errorf("changed rate = %v", got)
	}
}

func TestByKindJSON(t *testing.T) {
	b := ByKind{}
	b.Add("split", "ab c", "a b c", "a b c")
	b.Add("accent", "ete", "ete", "été")
	if got := strings.Join(b.Kinds(), ","); got != "accent,split,all" {
		t.Errorf("kinds %s", got)
	}
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]map[string]float64
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back["all"]["pairs"] != 2 || back["all"]["precision"] != 1 || back["all"]["recall"] != 0.5 || back["split"]["exact_rate"] != 1 {
		t.Errorf("json %s", data)
	}
}
