package quotes_test

import (
	"testing"

	"github.com/retouche/retouche/pipeline/pipelinetest"
	"github.com/retouche/retouche/pipeline/stages/quotes"
)

func TestStage(t *testing.T) {
	pipelinetest.Run(t, "testdata", quotes.Stage)
}
