// Package contractions defines the contractions stage, which contracts the
// French articles that literal translation leaves apart: "de les" → "des",
// "de le" → "du", "à les" → "aux", "à le" → "au".
package contractions

import (
	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages/resources"
	"github.com/retouche/retouche/token"
)

// contracted maps a preposition and an article to their contraction.
var contracted = map[[2]string]string{
	{"de", "les"}: "des", {"de", "le"}: "du", {"à", "les"}: "aux", {"à", "le"}: "au",
	{"De", "les"}: "Des", {"De", "le"}: "Du", {"À", "les"}: "Aux", {"À", "le"}: "Au",
	{"A", "les"}: "Aux", {"A", "le"}: "Au",
}

// New returns the stage, which reads word classes from res.
func New(res *resources.Resources) *pipeline.Stage {
	return &pipeline.Stage{
		Name: "contractions",
		Doc: `contract "de les", "de le", "à les", "à le" when le/les is an article

The articles le and les contract with the prepositions de and à: "de les affaires"
is "des affaires". They do not when le/les is a pronoun before a verb ("afin de les
voir", "de le faire", "de le bien faire", "à les en croire"): the lexicon's word
classes tell the two apart. Rule grammar.contraction; auto tier when the next
word is a noun or an adjective, suggest tier when it is unknown.`,
		Languages: []string{"fr"},
		Run: func(p *pipeline.Pass) error {
			lex, err := res.Lexicon(p.Lang)
			if err != nil {
				return err
			}
			run(p, lex)
			return nil
		},
	}
}

func run(p *pipeline.Pass, lex *dict.Lexicon) {
	toks := p.Tokens()
	text := p.Text
	word := func(i int) string {
		if i < len(toks) && toks[i].Kind == token.Word {
			return toks[i].Text(text)
		}
		return ""
	}
	space := func(i int) bool { return i < len(toks) && toks[i].Kind == token.Space && toks[i].Text(text) == " " }
	for i := range toks {
		if toks[i].Kind != token.Word {
			continue
		}
		first := word(i)
		if len(first) > 2 { // de, à, A and their capitals: most words are longer
			continue
		}
		c, ok := contracted[[2]string{first, word(i + 2)}]
		if !ok || !space(i+1) || !space(i+3) {
			continue
		}
		next := word(i + 4)
		if next == "" {
			continue
		}
		after := ""
		if space(i + 5) {
			after = word(i + 6)
		}
		tier, ok := verdict(lex, next, after)
		if !ok {
			continue
		}
		old := text[toks[i].Start:toks[i+2].End]
		p.Replace("grammar.contraction", pipeline.Grammar, tier, 0.9,
			"« "+old+" » contracts to « "+c+" »", toks[i].Start, toks[i+2].End, c)
	}
}

// verdict decides whether le/les before next (and the word after it) is an
// article: not before a verb, a pronoun, "en" or "y", nor before an adverb
// followed by a verb.
func verdict(lex *dict.Lexicon, next, after string) (pipeline.Tier, bool) {
	if next == "en" || next == "y" {
		return 0, false
	}
	c := lex.Class(next)
	switch {
	case c == 0:
		return pipeline.Suggest, true
	case c.Has(dict.Infinitive | dict.Pronoun):
		return 0, false
	case c.Has(dict.VerbForm) && !c.Has(dict.Noun|dict.Adjective):
		return 0, false
	case c.Has(dict.Adverb) && after != "" && lex.Class(after).Has(dict.Infinitive|dict.VerbForm):
		return 0, false
	case c.Has(dict.Noun | dict.Adjective | dict.ProperNoun | dict.Numeral):
		return pipeline.Auto, true
	}
	return pipeline.Suggest, true
}
