// Package entities defines the names stage, which repairs the names that
// machine translation mangled ("Ta couru Thanh Man" → "Tran Thanh Man") and
// reports a document that spells one entity two ways.
package entities

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/dict/names"
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages/resources"
	"github.com/retouche/retouche/token"
)

// New returns the stage, which reads the gazetteer and the lexicon from res.
func New(res *resources.Resources) *pipeline.Stage {
	var (
		once sync.Once
		m    *matcher
		err  error
	)
	return &pipeline.Stage{
		Name:      "names",
		Languages: dict.Languages,
		Doc: `replace the variants of known names by their canonical spelling; report mixed spellings

Every spelling of the gazetteer (canonical names per language, native spellings,
variants and machine-translation manglings) is matched as a sequence of words,
whatever the case, the accents and the hyphens ("Kim Jong Un" matches
"Kim Jong-un"), including a last word glued to a function word ("Pham Minh Tinhet").
With --names-style native, the canonical spelling is the native one (Trần Thanh
Mẫn) where the gazetteer has it. A spelling made only of ordinary words (Union africaine, UN) matches only with its
own capitals; a glued function word is only cut from names of two words or more
(Chilia is not "Chili a"). A variant is replaced by the canonical spelling for the document's
language (names.variant, auto). A document that writes one entity two ways is
reported (names.consistency, suggest): the suggestion is the canonical spelling.`,
		Run: func(p *pipeline.Pass) error {
			once.Do(func() {
				g, e := res.Gazetteer()
				if e != nil {
					err = e
					return
				}
				lex, e := res.Lexicon("fr")
				if e != nil {
					err = e
					return
				}
				m = newMatcher(g, lex)
			})
			if err != nil {
				return err
			}
			m.run(p, res.NativeNames)
			return nil
		},
	}
}

// pattern is one spelling as a sequence of word keys.
type pattern struct {
	entity   *names.Entity
	spelling string
	keys     []string
	exact    bool // ordinary words: match only with the same capitals
}

type matcher struct {
	maxWords   int                  // the most words of a spelling
	byFirst    map[string][]pattern // key of the first word → patterns, longest first
	lowerFirst map[string]bool      // first words of the spellings that start in lower case
	lowerByte  [256]bool            // the first bytes of the words of lowerFirst
}

func newMatcher(g *names.Gazetteer, lex *dict.Lexicon) *matcher {
	m := &matcher{byFirst: map[string][]pattern{}, lowerFirst: map[string]bool{}}
	for _, e := range g.Entities {
		for _, s := range e.Spellings() {
			keys := strings.Fields(names.Key(s))
			if len(keys) == 0 {
				continue
			}
			p := pattern{entity: e, spelling: s, keys: keys, exact: names.Ordinary(s, lex)}
			m.maxWords = max(m.maxWords, len(keys))
			if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
				first := strings.Fields(s)[0]
				m.lowerFirst[first] = true
				m.lowerByte[first[0]] = true
			}
			list := append(m.byFirst[keys[0]], p)
			for i := len(list) - 1; i > 0 && len(list[i].keys) > len(list[i-1].keys); i-- {
				list[i], list[i-1] = list[i-1], list[i]
			}
			m.byFirst[keys[0]] = list
		}
	}
	return m
}

// subword is a word, or a part of a hyphenated word, of the text.
type subword struct {
	start, end int
	key        string // computed when first needed
	joinNext   bool   // followed by a hyphen or one space, then the next subword
}

// keyOf returns the key of subword k, computing it once.
func keyOf(subs []subword, k int, text string) string {
	if subs[k].key == "" {
		subs[k].key = names.Key(text[subs[k].start:subs[k].end])
	}
	return subs[k].key
}

// subwords appends to out the subwords of the words of toks.
func subwords(toks []token.Token, text string, out []subword) []subword {
	for i, t := range toks {
		if t.Kind != token.Word {
			if len(out) > 0 && !(t.Kind == token.Space && utf8.RuneCountInString(t.Text(text)) == 1) {
				out[len(out)-1].joinNext = false
			}
			continue
		}
		first := len(out)
		start := t.Start // of the current part; the parts are the runs between hyphens
		if w := text[t.Start:t.End]; strings.IndexByte(w, '-') < 0 && strings.IndexByte(w, 0xE2) < 0 {
			out = append(out, subword{start: t.Start, end: t.End, joinNext: true}) // no hyphen of any kind
			start = t.End + 1
		}
		for k := start; k <= t.End; {
			r, n := rune(0), 1
			if k < t.End {
				r, n = utf8.DecodeRuneInString(text[k:t.End])
			}
			if k == t.End || token.IsHyphen(r) {
				if k > start {
					out = append(out, subword{start: start, end: k, joinNext: true})
				}
				start = k + n
			}
			k += n
		}
		if len(out) > first && i+1 == len(toks) {
			out[len(out)-1].joinNext = false
		}
		if i+1 < len(toks) && toks[i+1].Kind != token.Space && len(out) > 0 {
			out[len(out)-1].joinNext = false
		}
	}
	return out
}

// glueWords are the function words machine translation glues to a name.
var glueWords = []string{"et", "en", "de", "du", "des", "le", "la", "les", "au", "aux", "ou", "a", "à", "dans", "sur", "par", "pour"}

// match is a spelling found in the text.
type match struct {
	p          pattern
	start, end int    // the span of the name in the text
	glued      string // a function word glued to the last word, "" if none
}

// find returns the spellings found in a text, in order, not overlapping.
// Most words start no spelling (mayStart): only for the others are the
// subwords of the words after them built, as many as a spelling has.
func (m *matcher) find(toks []token.Token, text string, keys *pipeline.WordMemo[string]) []match {
	var found []match
	var win []subword
	end := 0 // the end of the last match, inside which no match starts
	for i, t := range toks {
		if t.Kind != token.Word || t.End <= end {
			continue
		}
		w := text[t.Start:t.End]
		words, key := m.maxWords, ""
		if !hyphenated(w) {
			if !m.mayStart(w) {
				continue
			}
			key = keys.Do(w, names.Key)
			ps := m.byFirst[key]
			if len(ps) == 0 {
				continue
			}
			words = len(ps[0].keys) // the longest spelling that starts with w
		}
		win = subwords(toks[i:window(toks, i, words)], text, win[:0])
		if len(win) > 0 {
			win[0].key = key // computed above, or "" (not yet) for a hyphenated word
		}
		for k := 0; k < len(win) && win[k].start < t.End; k++ { // the subwords of token i
			if win[k].start < end {
				continue
			}
			if mt, ok := m.at(win, k, text); ok {
				found = append(found, mt)
				end = mt.end
			}
		}
	}
	return found
}

// window returns the end of the tokens from i that a spelling of the given
// number of words starting at token i can span, with the token after the
// last word, which tells whether it is joined to the next.
func window(toks []token.Token, i, words int) int {
	for j := i; j < len(toks); j++ {
		if toks[j].Kind == token.Word {
			if words--; words == 0 {
				return min(j+2, len(toks))
			}
		}
	}
	return len(toks)
}

// hyphenated reports whether w may hold a hyphen of some kind, after which
// a part of it may start a spelling.
func hyphenated(w string) bool {
	return strings.IndexByte(w, '-') >= 0 || strings.IndexByte(w, 0xE2) >= 0
}

// mayStart reports whether a spelling may start at word w, which has no
// hyphen (a subword): it has a capital or is the first word of a spelling
// in lower case.
func (m *matcher) mayStart(w string) bool {
	if c := w[0]; c >= 'a' && c <= 'z' && !m.lowerByte[c] {
		return false // the common case: a lower-case word that starts no spelling
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || m.lowerFirst[w]
}

// spellings returns, for each entity found, the spellings the text uses, in
// lower case (HANOÏ in a headline is Hanoï).
func spellings(found []match, text string) map[*names.Entity]map[string]bool {
	seen := map[*names.Entity]map[string]bool{}
	for _, mt := range found {
		if seen[mt.p.entity] == nil {
			seen[mt.p.entity] = map[string]bool{}
		}
		seen[mt.p.entity][strings.ToLower(text[mt.start:mt.end])] = true
	}
	return seen
}

func (m *matcher) run(p *pipeline.Pass, native bool) {
	text := p.Text
	keys := pipeline.Memo[string](p, "keys")
	found := m.find(p.Tokens(), text, keys)
	if len(found) == 0 {
		return
	}
	var seen map[*names.Entity]map[string]bool // the document's spellings, when first needed
	for _, mt := range found {
		e := mt.p.entity
		span := text[mt.start:mt.end]
		canonical := e.Name(p.Lang)
		if n := e.Canonical["native"]; native && n != "" {
			canonical = n
		}
		switch {
		case mt.glued != "" || isVariant(e, span):
			name := span // a canonical spelling glued to a word keeps its spelling
			if isVariant(e, span) {
				name = canonical
				if token.CaseOf(span) == token.Upper {
					name = strings.ToUpper(name) // TA COURU THANH MAN → TRAN THANH MAN
				}
			}
			repl, end := name, mt.end
			if mt.glued != "" {
				repl, end = name+" "+mt.glued, mt.end+len(mt.glued)
			}
			if repl == text[mt.start:end] {
				continue
			}
			p.Replace("names.variant", pipeline.Name, pipeline.Auto, 0.9,
				"known name misspelt: "+text[mt.start:end]+" → "+repl, mt.start, end, repl)
		case strings.EqualFold(span, canonical):
		default:
			if seen == nil {
				seen = m.documentSpellings(p, found)
			}
			if len(seen[e]) < 2 {
				continue
			}
			p.Replace("names.consistency", pipeline.Consistency, pipeline.Suggest, 0.6,
				"the document also writes "+canonical+": spell "+e.ID+" one way", mt.start, mt.end, canonical)
		}
	}
}

// documentSpellings returns the spellings of the entities in the whole
// document as the first pass that needed them saw it: the spellings found
// when the pass sees the whole text (the first round), else found again in
// the document. A later round sees the lines the previous one changed, and
// finding the names of the whole document again for each would cost more
// than the stage; a name it spells another way is compared with those.
func (m *matcher) documentSpellings(p *pipeline.Pass, found []match) map[*names.Entity]map[string]bool {
	return pipeline.DocMemo(p, "spellings", func() map[*names.Entity]map[string]bool {
		doc, docToks := p.Document()
		if doc == p.Text {
			return spellings(found, doc)
		}
		return spellings(m.find(docToks, doc, pipeline.Memo[string](p, "keys")), doc)
	})
}

// isVariant reports whether a span of text is a variant of the entity
// rather than one of its canonical spellings: it is a variant exactly, or it
// matches no canonical spelling letter for letter. A span in capitals
// (a headline) is compared without case.
func isVariant(e *names.Entity, span string) bool {
	upper := token.CaseOf(span) == token.Upper
	same := func(s string) bool { return s == span || upper && strings.EqualFold(s, span) }
	for _, c := range e.Canonical {
		if same(c) {
			return false
		}
	}
	for _, v := range e.Variants {
		if same(v) {
			return true
		}
	}
	return false
}

// at finds the longest spelling that starts at subword k. Only words with a
// capital, or the first words of spellings in lower case, can start one.
func (m *matcher) at(subs []subword, k int, text string) (match, bool) {
	if !m.mayStart(text[subs[k].start:subs[k].end]) {
		return match{}, false
	}
	for _, pt := range m.byFirst[keyOf(subs, k, text)] {
		if mt, ok := pt.matchAt(subs, k, text); ok {
			return mt, true
		}
	}
	return match{}, false
}

// matchAt matches the pattern at subword k: same keys, words joined by a
// space or a hyphen, a capital at the start (or the spelling's own case for
// ordinary words); the last word may carry a glued function word.
func (pt pattern) matchAt(subs []subword, k int, text string) (match, bool) {
	n := len(pt.keys)
	if k+n > len(subs) {
		return match{}, false
	}
	for i := 0; i < n; i++ {
		if i < n-1 && !subs[k+i].joinNext {
			return match{}, false
		}
		if i < n-1 && keyOf(subs, k+i, text) != pt.keys[i] {
			return match{}, false
		}
	}
	last := subs[k+n-1]
	lastKey := keyOf(subs, k+n-1, text)
	mt := match{p: pt, start: subs[k].start, end: last.end}
	if lastKey != pt.keys[n-1] {
		if n == 1 {
			return match{}, false // no glued word after a one-word name
		}
		rest, ok := strings.CutPrefix(lastKey, pt.keys[n-1])
		if !ok || !isGlue(rest) {
			return match{}, false
		}
		mt.end = last.end - len(rest)
		mt.glued = text[mt.end:last.end]
		if names.Key(mt.glued) != rest || !lowerWord(mt.glued) {
			return match{}, false
		}
	}
	span := text[mt.start:mt.end]
	first, _ := utf8.DecodeRuneInString(span)
	spellingFirst, _ := utf8.DecodeRuneInString(pt.spelling)
	switch {
	case pt.exact && span != pt.spelling:
		return match{}, false
	case unicode.IsUpper(spellingFirst) && !unicode.IsUpper(first):
		return match{}, false
	}
	return mt, true
}

func isGlue(s string) bool {
	for _, g := range glueWords {
		if s == g || s == names.Key(g) {
			return true
		}
	}
	return false
}

func lowerWord(s string) bool { return strings.ToLower(s) == s }
