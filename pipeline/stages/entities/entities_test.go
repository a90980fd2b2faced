package entities_test

import (
	"testing"

	"github.com/retouche/retouche/pipeline/pipelinetest"
	"github.com/retouche/retouche/pipeline/stages/entities"
	"github.com/retouche/retouche/pipeline/stages/resources"
)

func TestStage(t *testing.T) {
	pipelinetest.Run(t, "testdata", entities.New(&resources.Resources{}))
}
