// Package stages assembles the default pipeline of Retouche from the stages
// defined in its subpackages.
package stages

import (
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages/accent"
	"github.com/retouche/retouche/pipeline/stages/contractions"
	"github.com/retouche/retouche/pipeline/stages/entities"
	"github.com/retouche/retouche/pipeline/stages/hygiene"
	"github.com/retouche/retouche/pipeline/stages/mojibake"
	"github.com/retouche/retouche/pipeline/stages/quotes"
	"github.com/retouche/retouche/pipeline/stages/resources"
	"github.com/retouche/retouche/pipeline/stages/ruleset"
	"github.com/retouche/retouche/pipeline/stages/split"
	"github.com/retouche/retouche/pipeline/stages/whitespace"
)

// Default returns the stages that run by default, in the order they run,
// reading their data from res (nil: the embedded data).
func Default(res *resources.Resources) []*pipeline.Stage {
	if res == nil {
		res = &resources.Resources{}
	}
	return []*pipeline.Stage{
		mojibake.Stage,
		hygiene.New(hygiene.Options{StripTags: res.StripTags}),
		whitespace.Stage,
		ruleset.New(res),
		entities.New(res),
		accent.New(res),
		split.New(res),
		contractions.New(res),
		quotes.Stage,
	}
}
