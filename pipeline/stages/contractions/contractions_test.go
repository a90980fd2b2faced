package contractions_test

import (
	"testing"

	"github.com/retouche/retouche/pipeline/pipelinetest"
	"github.com/retouche/retouche/pipeline/stages/contractions"
	"github.com/retouche/retouche/pipeline/stages/resources"
)

func TestStage(t *testing.T) {
	pipelinetest.Run(t, "testdata", contractions.New(&resources.Resources{}))
}
