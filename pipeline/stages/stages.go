// Package stages assembles the default pipeline of Retouche from the stages
// defined in its subpackages.
package stages

import (
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages/whitespace"
)

// Default returns the stages that run by default, in the order they run.
func Default() []*pipeline.Stage {
	return []*pipeline.Stage{
		whitespace.Stage,
	}
}
