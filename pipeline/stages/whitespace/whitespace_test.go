package whitespace_test

import (
	"testing"

	"github.com/retouche/retouche/pipeline/pipelinetest"
	"github.com/retouche/retouche/pipeline/stages/whitespace"
)

func TestStage(t *testing.T) {
	pipelinetest.Run(t, "testdata", whitespace.Stage)
}
