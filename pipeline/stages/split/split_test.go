package split_test

import (
	"testing"

	"github.com/retouche/retouche/pipeline/pipelinetest"
	"github.com/retouche/retouche/pipeline/stages/resources"
	"github.com/retouche/retouche/pipeline/stages/split"
)

func TestStage(t *testing.T) {
	pipelinetest.Run(t, "testdata", split.New(&resources.Resources{}))
}
