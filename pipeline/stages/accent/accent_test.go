package accent_test

import (
	"testing"

	"github.com/retouche/retouche/pipeline/pipelinetest"
	"github.com/retouche/retouche/pipeline/stages/accent"
	"github.com/retouche/retouche/pipeline/stages/resources"
)

func TestStage(t *testing.T) {
	pipelinetest.Run(t, "testdata", accent.New(&resources.Resources{}))
}
