package mojibake

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkFix measures the stage's line scan on a long line of French
// mojibake and on clean French text (../shared/eval/fr_clean.txt).
func BenchmarkFix(b *testing.B) {
	b.Run("mojibake-line", func(b *testing.B) {
		line := strings.Repeat("rÃ©gime \u0093x\u0094 ", 2000)
		b.SetBytes(int64(len(line)))
		for b.Loop() {
			Fix(line)
		}
	})
	b.Run("clean-text", func(b *testing.B) {
		text, err := os.ReadFile("../../../../shared/eval/fr_clean.txt")
		if err != nil {
			b.Skip(err)
		}
		lines := strings.Split(string(text[:1<<20]), "\n")
		b.SetBytes(1 << 20)
		for b.Loop() {
			for _, l := range lines {
				Fix(l)
			}
		}
	})
}
