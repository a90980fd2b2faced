package rules

import (
	"fmt"
	"os"
	"testing"

	"github.com/golangci/misspell"
)

// frClean reads the development corpus, or skips the benchmark.
func frClean(b *testing.B) string {
	text, err := os.ReadFile("../../shared/eval/fr_clean.txt")
	if err != nil {
		b.Skipf("development corpus not found: %v", err)
	}
	return string(text)
}

// BenchmarkLiterals measures the literal pass on fr_clean.txt with 10 to
// 10,000 literal rules (English misspellings, so that matches are rare and
// the automaton's cost shows): one automaton, so the cost should barely
// grow with the number of rules. bench/rules.sh prints the ratios.
func BenchmarkLiterals(b *testing.B) {
	text := frClean(b)
	for _, n := range []int{10, 1000, 10000} {
		var rs []*Rule
		for i := 0; len(rs) < n && i+1 < len(misspell.DictMain); i += 2 {
			bad, good := misspell.DictMain[i], misspell.DictMain[i+1]
			rs = append(rs, &Rule{ID: fmt.Sprintf("b.r%d", i), Lang: "fr", Category: "spelling", Tier: "auto",
				Match: []string{bad}, Replace: []string{good}, Case: CasePreserve})
		}
		m, err := Compile(rs)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("rules=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				m.Find(text)
			}
		})
	}
}

// BenchmarkBuiltin measures the built-in rules of each language on
// fr_clean.txt: literals, then regexes on the lines holding their triggers.
func BenchmarkBuiltin(b *testing.B) {
	text := frClean(b)
	m := builtinMatcher(b, "fr")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.Find(text)
	}
}

// BenchmarkLoad measures reading and compiling the built-in rule files,
// which every run pays once.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		files, err := Builtin()
		if err != nil {
			b.Fatal(err)
		}
		set, _ := NewSet(files...)
		if _, err := Compile(set.Select("fr")); err != nil {
			b.Fatal(err)
		}
	}
}
