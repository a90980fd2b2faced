package ruleset

import (
	"os"
	"testing"

	"github.com/retouche/retouche/pipeline/stages/resources"
)

func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile("../../../../shared/eval/fr_clean.txt")
	if err != nil {
		b.Skip(err)
	}
	res := &resources.Resources{}
	m, err := res.Rules("fr")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(1 << 20)
	for b.Loop() {
		m.Find(string(text[:1<<20]))
	}
}
