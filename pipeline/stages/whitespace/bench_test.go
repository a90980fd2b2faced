package whitespace_test

import (
	"context"
	"strings"
	"testing"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages/whitespace"
)

// BenchmarkStage measures the whitespace stage on clean text, the common
// case: one pass over the tokens, no edit.
func BenchmarkStage(b *testing.B) {
	text := strings.Repeat("Le président de la Russie, Vladimir Poutine, effectuera une visite « officielle » de deux jours.\n", 5000)
	st := []*pipeline.Stage{whitespace.Stage}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := pipeline.Run(context.Background(), pipeline.Document{Text: text}, st, pipeline.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
