// Package quotes defines the quotes stage, which finds French quotations
// whose opening or closing guillemet was lost (often in another element of
// the scraped page).
package quotes

import (
	"unicode/utf8"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/token"
)

// Stage reports unbalanced « » in a paragraph (a line).
var Stage = &pipeline.Stage{
	Name: "quotes",
	Doc: `report quotations that lost their « or their »

In each paragraph (a line), a » with no « before it lost its opening guillemet: the
stage suggests one at the start of the paragraph, or after the last colon before
the », with the same kind of space as before the » (quotes.unopened, suggest). A «
never closed in its paragraph is reported (quotes.unclosed, report).`,
	Run: run,
}

func run(p *pipeline.Pass) error {
	toks := p.Tokens()
	start := 0 // index of the first token of the paragraph
	for i := 0; i <= len(toks); i++ {
		if i == len(toks) || toks[i].Kind == token.Newline {
			paragraph(p, toks[start:i])
			start = i + 1
		}
	}
	return nil
}

func paragraph(p *pipeline.Pass, toks []token.Token) {
	var open []token.Token
	for i, t := range toks {
		if t.Kind != token.Punct {
			continue
		}
		switch t.Text(p.Text) {
		case "«":
			open = append(open, t)
		case "»":
			if len(open) > 0 {
				open = open[:len(open)-1]
				continue
			}
			unopened(p, toks, i)
		}
	}
	for _, t := range open {
		p.Report(pipeline.Finding{Rule: "quotes.unclosed", Category: pipeline.Typography, Tier: pipeline.Report,
			Confidence: 0.5, Message: "« is never closed in this paragraph: the closing » was lost", Start: t.Start, End: t.End})
	}
}

// unopened suggests the lost « of the » at toks[i].
func unopened(p *pipeline.Pass, toks []token.Token, i int) {
	at := toks[0].Start
	for j := i - 1; j >= 0; j-- {
		if toks[j].Kind == token.Punct && toks[j].Text(p.Text) == ":" {
			at = toks[j].End
			if j+1 < i && toks[j+1].Kind == token.Space {
				at = toks[j+1].End
			}
			break
		}
	}
	space := " "
	if i > 0 && toks[i-1].Kind == token.Space {
		if s := toks[i-1].Text(p.Text); utf8.RuneCountInString(s) == 1 {
			space = s
		}
	}
	p.Report(pipeline.Finding{
		Rule: "quotes.unopened", Category: pipeline.Typography, Tier: pipeline.Suggest, Confidence: 0.6,
		Message: "» closes a quotation that was never opened: its « was lost",
		Start:   at, End: at, Edits: []pipeline.Edit{{Start: at, End: at, NewText: "«" + space}},
	})
}
