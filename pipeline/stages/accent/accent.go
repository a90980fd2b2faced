// Package accent defines the accent stage, which restores the diacritics
// that scraping lost: an unknown word whose letters, without accents, are
// those of a known word ("Coree" → "Corée", "prepare" → "prépare").
package accent

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/dict/names"
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages/internal/frwords"
	"github.com/retouche/retouche/pipeline/stages/internal/technical"
	"github.com/retouche/retouche/pipeline/stages/internal/wordlist"
	"github.com/retouche/retouche/pipeline/stages/resources"
	"github.com/retouche/retouche/token"
)

// New returns the stage, which reads the lexicon from res.
func New(res *resources.Resources) *pipeline.Stage {
	return &pipeline.Stage{
		Name:      "accent",
		Languages: dict.Languages,
		Doc: `restore lost diacritics on words the lexicon does not know

A word unknown to the lexicon is compared with the known words that have the same
letters once accents are removed (Unfold). With one candidate, it is restored in the
word's own case (COREE → CORÉE). With several (prepare: prépare, préparé), the
previous word decides when it can: after an auxiliary (a, est, ont…) the past
participle, after a subject (il, elle, a name) the conjugated form, after a
determiner a noun or an adjective (le précédent, not précèdent); else the most
frequent candidate wins if it is clearly more frequent (Zipf margin 1.0, or 0.5 on a
line with several accentless words, like a headline scraped without accents), or
the repair is only suggested. On such a headline, known words take the accents the
context calls for too (a la maison → à la maison, il a ete → il a été, ou il vit →
où il vit, connaitre → connaître); on a line of eight words or more without any
diacritic, only "a" (à, not after a word that may be its subject), "ou" after a
noun of place or time (où), and a participle after an auxiliary do. A hyphenated
word is restored part by part (s'ecria-t-il → s'écria-t-il). Words that already carry an accent are variant
spellings, not lost accents, and are left alone; a capitalised word inside a
sentence is only restored to a name (Coree → Corée, not Gates → gâtes). An accent
that only goes on a capital (Etats-Unis → États-Unis) is style in running text:
suggested, except in headlines and capitals; in a document whose capitals go without
accents as a rule (DENOMINATION DU MEDICAMENT, over accented lower-case text) they
are suggested too. The terms of technical prose stay: an
English word quoted alone, after the noun that introduces a name (la commande, le
paquet) or near English or code, and a word the document keeps writing without
accents on lines that have them. So does a word among three or more words, in its
clause, that French does not know even without accents: a passage in another
language (the udev system starts a user process), and a word whose only readings are
verb forms of je or tu (depends: dépends) without je, tu or vous before it, unless it
opens its clause as an imperative. Rules: accent.restore (auto), accent.capital and
accent.ambiguous (suggest).`,
		Run: func(p *pipeline.Pass) error {
			lex, err := res.Lexicon(p.Lang)
			if err != nil {
				return err
			}
			c := &checker{lex: lex, english: pipeline.Memo[bool](p, "english"), cands: pipeline.Memo[[]candidate](p, "candidates"),
				known: pipeline.SharedMemo[bool](p, resources.ContainsMemo)}
			if p.Lang != "en" {
				if c.foreign, err = res.Lexicon("en"); err != nil {
					return err
				}
			}
			if c.names, err = res.Gazetteer(); err != nil {
				return err
			}
			run(p, c)
			return nil
		},
	}
}

// candidate is one restoration of a word.
type candidate struct {
	text  string
	form  string // the lexicon form it comes from
	zipf  float64
	class dict.Class
	// participle: form is a past participle (créé, créée), not a
	// conjugated form that ends like one (crée).
	participle bool
}

// checker holds what the stage consults.
type checker struct {
	lex     *dict.Lexicon
	foreign *dict.Lexicon            // English, to recognise English words in French text; nil for English
	english *pipeline.WordMemo[bool] // foreign's answers
	names   *names.Gazetteer
	cands   *pipeline.WordMemo[[]candidate] // candidates of a word, computed once each
	known   *pipeline.WordMemo[bool]        // lex.Contains, asked once per word for all stages
}

// isKnown reports whether the lexicon knows w, with one lookup for the
// frequent words and a memo for the others.
func (c *checker) isKnown(w string) bool {
	return c.lex.Frequent(w) || c.known.Do(w, c.lex.Contains)
}

// candidates returns the candidates of w, computed once per word.
func (c *checker) candidates(w string) []candidate {
	return c.cands.Do(w, func(w string) []candidate { return candidates(c.lex, w) })
}

// Frequencies above which a word is common (in the ranked lists of common
// words), and very common (President is président, not a name).
const (
	commonZipf     = 3.0
	veryCommonZipf = 4.5
)

// neverRight are accentless forms that the lexicon accepts (jusqu' + the
// verb a) but that are always the accented word.
var neverRight = map[string]string{"jusqu'a": "jusqu'à", "Jusqu'a": "Jusqu'à", "jusqu’a": "jusqu’à", "Jusqu’a": "Jusqu’à"}

// accentlessOnly are known words that are, on a line without any
// diacritic, the accented word that lost its accent: the lexicon's
// "voila" is the literary past of voiler, voilà all but always (247 to 1
// in fr_clean.txt, where the one "Voila" is a typo on an accented line),
// but after a subject (elle voila son visage).
var accentlessOnly = map[string]string{"voila": "voilà", "Voila": "Voilà"}

func run(p *pipeline.Pass, c *checker) {
	toks := p.Tokens()
	text := p.Text
	type hit struct {
		i     int
		cands []candidate
	}
	var hits []hit
	// The lines of a short text (a record of a feed) need no allocation.
	var short [4]line
	lines := lineInfo(toks, text, short[:0])
	c.markForeign(lines, toks, text)
	li := 0 // the line of token i: lineInfo starts one after each newline
	for i, t := range toks {
		if t.Kind == token.Newline {
			li++
		}
		if t.Kind != token.Word || lines[li].foreign && !inGuillemets(toks, text, i) {
			continue // an English line, but for the French it quotes in « »
		}
		w := t.Text(text)
		if strings.IndexByte(w, 'a') == len(w)-1 && p.Lang == "fr" {
			if fixed, ok := neverRight[w]; ok {
				hits = append(hits, hit{i, settled(fixed, fixed)})
				continue
			}
		}
		if c.isKnown(w) {
			if !lines[li].marks {
				if fixed, ok := accentlessOnly[w]; ok && !subjects[strings.ToLower(previousWord(toks, text, i))] {
					hits = append(hits, hit{i, settled(fixed, fixed)})
					continue
				}
			}
			if lines[li].marks {
				continue
			}
			if cd, ok := c.knownParticiple(p, toks, i, w, lines[li].bare()); ok {
				hits = append(hits, hit{i, []candidate{cd}})
			}
			continue
		}
		if !eligible(w, toks, text, i) {
			continue
		}
		cs := c.candidates(w)
		if cands := c.filter(cs, w, toks, text, i, false); len(cands) > 0 {
			hits = append(hits, hit{i, cands})
			lines[li].unknown++
		} else if len(cs) > 0 && len(c.filter(cs, w, toks, text, i, true)) > 0 {
			// A word that reads as English only next to accentless French
			// (tres tres bon) still counts towards a headline.
			lines[li].unknown++
		}
	}
	// Words with candidates, and on lines scraped without accents, the
	// known words too.
	onHeadline := map[int][]candidate{}
	var decided map[int]bool // tokens of bare lines already decided
	var asked []string       // the words of hits on lines with diacritics
	for _, h := range hits {
		if lines[lineOf(lines, toks[h.i].Start)].marks {
			asked = append(asked, toks[h.i].Text(text))
		}
	}
	again := writtenAgain(p, asked)
	for _, h := range hits {
		ln := lines[lineOf(lines, toks[h.i].Start)]
		if ln.headline() {
			onHeadline[h.i] = h.cands
			continue
		}
		if ln.bare() {
			if decided == nil {
				decided = map[int]bool{}
			}
			decided[h.i] = true
		}
		if ln.marks && again[toks[h.i].Text(text)] {
			continue
		}
		c.decide(p, toks, h.i, h.cands, 1.0, false)
	}
	for l, ln := range lines {
		if !ln.headline() {
			if !ln.marks && !ln.foreign && ln.words > 1 {
				first, last := tokensOf(toks, text, lines, l)
				c.accentlessLine(p, toks, first, last, ln.bare(), decided)
			}
			continue
		}
		first, last := tokensOf(toks, text, lines, l)
		for i := first; i < last; i++ {
			if toks[i].Kind != token.Word {
				continue
			}
			cands, ok := onHeadline[i]
			if fixed, sure := homograph(c.lex, toks, text, i, true); sure {
				cands, ok = settled(fixed, fixed), true
			} else if !ok && !ruledHomographs[strings.ToLower(toks[i].Text(text))] {
				cands, ok = c.knownInHeadline(toks, text, i)
			}
			if ok {
				c.decide(p, toks, i, cands, 0.5, true)
			}
		}
	}
}

// writtenAgain returns those of the words that the document writes twice
// or more on lines that carry diacritics, in lower case or capitalised
// alike (Experimental opens a sentence about experimental): a word that an accented text
// keeps writing without its accents is a term or a spelling of its own
// (experimental, a suite of Debian; Quebec), not an accident of scraping,
// which strikes a word here and there. The document is read once, by the
// stage's first pass over it, for the words that pass asks; a word that
// only a later round asks about is taken as written once.
func writtenAgain(p *pipeline.Pass, words []string) map[string]bool {
	if len(words) == 0 {
		return nil
	}
	counts := pipeline.DocMemo(p, "terms", func() map[string]int {
		doc, toks := p.Document()
		return countTerms(doc, toks, withCases(words))
	})
	again := map[string]bool{}
	for _, w := range words {
		n := counts[w]
		if lw, tw, ok := bothCases(w); ok {
			n = counts[lw] + counts[tw] // Experimental at the start of a sentence, experimental elsewhere
		}
		if rest, ok := elidedTerm(w); ok {
			lw, tw, _ := bothCases(rest)
			n += counts[lw] + counts[tw] // d'experimental: experimental again
		}
		if n >= 2 {
			again[w] = true
		}
	}
	return again
}

// bothCases returns the lower-case and the capitalised forms of a word
// written in one of them.
func bothCases(w string) (lower, title string, ok bool) {
	if c := token.CaseOf(w); c != token.Lower && c != token.Title {
		return "", "", false
	}
	lower = strings.ToLower(w)
	return lower, token.Capitalize(lower), true
}

// withCases returns the words with both cases of those written in lower
// case or capitalised, and of the words that an elided one stands for.
func withCases(words []string) []string {
	out := slices.Clone(words)
	for _, w := range words {
		if lw, tw, ok := bothCases(w); ok {
			out = append(out, lw, tw)
		}
		if rest, ok := elidedTerm(w); ok {
			lw, tw, _ := bothCases(rest)
			out = append(out, lw, tw)
		}
	}
	return out
}

// elidedTerm returns the word of four letters or more, in lower case or
// capitalised, that an elided word stands for (d'experimental:
// experimental; not jusqu'a, whose a any text writes again).
func elidedTerm(w string) (string, bool) {
	prefix, rest := token.SplitElision(w)
	if prefix == "" || utf8.RuneCountInString(rest) < 4 {
		return "", false
	}
	_, _, ok := bothCases(rest)
	return rest, ok
}

// countTerms counts the occurrences of the words on the lines of doc that
// carry diacritics.
func countTerms(doc string, toks []token.Token, words []string) map[string]int {
	// A token is looked up only when its first two bytes and its length are
	// those of an asked word: most go no further than these tests.
	var heads termHeads
	counts := make(map[string]int, len(words))
	for _, w := range words {
		heads.add(w)
		counts[w] = 0
	}
	var pending []string // the words asked on the current line
	start := 0           // the first token of the current line
	flush := func(end int) {
		if len(pending) > 0 && lineMarks(doc, toks[start:end]) {
			for _, w := range pending {
				counts[w]++
			}
		}
		pending, start = pending[:0], end
	}
	for i, t := range toks {
		if t.Kind == token.Newline {
			flush(i + 1)
			continue
		}
		if t.Kind != token.Word {
			continue
		}
		w := t.Text(doc)
		if heads.may(w) {
			if _, ok := counts[w]; ok {
				pending = append(pending, w)
			}
		} else if len(w) > 3 && (w[1] == '\'' || w[1] == 0xE2 || w[2] == '\'' || w[2] == 0xE2) {
			if rest := unelided(w); heads.may(rest) {
				if _, ok := counts[rest]; ok {
					pending = append(pending, rest) // d'experimental is experimental again
				}
			}
		}
	}
	flush(len(toks)) // the last line, when no newline ends the document
	return counts
}

// lineMarks reports whether a word of the tokens carries a diacritic.
func lineMarks(doc string, toks []token.Token) bool {
	for _, t := range toks {
		if t.Kind == token.Word && dict.HasMarks(t.Text(doc)) {
			return true
		}
	}
	return false
}

// termHeads is a set of the first two bytes of words, with their lengths.
type termHeads struct {
	pairs   [1 << 16 / 64]uint64
	lengths uint64 // bit n: a word of n bytes, n < 63; bit 63: longer
}

func (h *termHeads) add(w string) {
	k := headOf(w)
	h.pairs[k/64] |= 1 << (k % 64)
	h.lengths |= 1 << min(len(w), 63)
}

// may reports whether w may be one of the words added.
func (h *termHeads) may(w string) bool {
	k := headOf(w)
	return h.lengths&(1<<min(len(w), 63)) != 0 && h.pairs[k/64]&(1<<(k%64)) != 0
}

func headOf(w string) uint {
	if len(w) < 2 {
		return uint(w[0]) << 8
	}
	return uint(w[0])<<8 | uint(w[1])
}

// unelided returns w without the elided word before it (experimental of
// d'experimental), or w.
func unelided(w string) string {
	if _, rest := token.SplitElision(w); rest != "" {
		return rest
	}
	return w
}

// knownParticiple finds, on a line without diacritics, a known word that
// lost the accent of its participle after an auxiliary (ils ont arrache →
// arraché): written without its accent there, the word is not French. Only
// words ending in e or es are looked at, and not adjectives or function
// words, nor a word far more common than its participle (j'en ai marre); a
// noun only after avoir and when not more common than its participle
// (nounLead). On a line shorter than a bare one (bare false), "a" may be à
// that lost more than its accent (a pare for à part): it is avoir only
// after a subject and before a common participle.
func (c *checker) knownParticiple(p *pipeline.Pass, toks []token.Token, i int, w string, bare bool) (candidate, bool) {
	if !(strings.HasSuffix(w, "e") || strings.HasSuffix(w, "es")) || len(w) < 4 || i < 2 || toks[i-2].Kind != token.Word || token.CaseOf(w) != token.Lower {
		return candidate{}, false
	}
	cl := c.lex.Class(w)
	if cl.Has(dict.FunctionWord) {
		return candidate{}, false // il y a entre
	}
	aux, j, ok := auxiliaryBefore(toks, p.Text, i)
	if !ok || aux == "être" || aux == "etre" || aux == "avoir" || cl.Has(dict.Noun) && !avoirForms[aux] {
		return candidate{}, false // ce qu'être signifie, sont cause de
	}
	// A form of avoir but a, which may be à, takes neither an adjective nor
	// a noun without its determiner but those of avoirNouns (ont joue, avait
	// quitte, ont force de loi).
	strict := avoirForms[aux] && aux != "a" && !existentialY(toks, p.Text, j)
	if cl.Has(dict.Adjective) && !strict {
		return candidate{}, false // est juste, a juste titre
	}
	cs := c.candidates(w)
	if len(cs) == 0 {
		return candidate{}, false
	}
	own := c.lex.Freq(w)
	cd, ok := c.participle(toks, p.Text, aux, j, i, w, own, c.filter(cs, w, toks, p.Text, i, false))
	if !ok || own-cd.zipf > 1 {
		return candidate{}, false // j'en ai marre: a word far more common than the participle is itself
	}
	if cl.Has(dict.Noun) && (strict && own-cd.zipf > strictNounLead || !strict && own-cd.zipf > nounLead || avoirNouns[w]) {
		return candidate{}, false // a demande: the noun (à demande), more common than demandé; ont force de loi
	}
	if !bare && aux == "a" && !(cd.zipf >= minAZipf && subjectOfA(toks, p.Text, j)) {
		return candidate{}, false // a pare, a fleure de: à part, à fleur de that lost more than an accent
	}
	return cd, true
}

// minAZipf is how common the participle after "a" must be on a short line
// without diacritics for knownParticiple.
const minAZipf = 3.0

// subjectOfA reports whether the word before "a" at token j is a subject
// pronoun or a capitalised word (il a, La Suisse a), which makes it avoir.
func subjectOfA(toks []token.Token, text string, j int) bool {
	prev := previousWord(toks, text, j)
	return subjects[strings.ToLower(prev)] || token.CaseOf(prev) == token.Title
}

// headlineNameZipf is how common the lower-case reading of a capitalised
// word inside a sentence must be to be restored on a headline (Presidente:
// Présidente, Conference: Conférence), where every word lost its accents;
// elsewhere it must be veryCommonZipf (Gates is no gâtes). On the headline
// pairs of fr_clean.txt (seed 1), 3.0, 3.5 and 4.0 give 56, 44 and 23 more
// true edits and 10, 3 and 1 more false ones, and one more clean line
// changed each (entre X et Zero).
const headlineNameZipf = 3.5

// headlineLead is how much more frequent (in Zipf units) than a known
// word its accented reading must be to replace it on a headline, a line
// that lost every accent: marche (4.84) is marché (5.72) there, situe
// (4.68) situé (5.32). On the headline pairs of fr_clean.txt, leads of 1,
// 0.6, 0.5, 0.4 and 0.3 give 73.8%, 74.3%, 74.3%, 74.5% and 74.7% of lines
// exact, and a precision of 0.985, 0.984, 0.984, 0.983 and 0.982: F0.5 is
// highest (0.962) from 0.6 to 0.4.
const headlineLead = 0.5

// nounLead is how much more frequent (in Zipf units) than its participle a
// noun after avoir may be and still be read as the participle on a bare
// line: j'y ai passe (passe 5.16, passé 5.24), a demande (5.08, 4.96), but
// not ont force (4.80, 4.08).
const nounLead = 0.2

// strictNounLead is nounLead after a form of avoir other than a (and not
// after y: il y avait foule), which takes no noun without its determiner
// but in set phrases, whose noun is far more common than the participle
// (ont force de loi, avaient barre sur, ont forme humaine: leads of 0.72,
// 0.60, 0.76), unlike ont joue, ai rencontre (0.44 each). At 1.0 the
// negatives of fr_negatives.tsv lose those three phrases.
const strictNounLead = 0.5

// line describes one line of the text for the stage.
type line struct {
	start   int  // byte offset
	marks   bool // some letter carries a diacritic
	foreign bool // no diacritic, and English words French does not know (see markForeign)
	words   int  // words on the line
	unknown int  // unknown words that have an accented reading
}

// headline reports whether the line looks scraped without accents: no
// diacritic anywhere, and two unknown words that have one, or one on a line
// of five words or more. On the headline pairs of fr_clean.txt (seed 1),
// five rather than six gives 11 more true edits and no more false one; four
// changes one more clean line and one more fr_pairs sentence.
func (l line) headline() bool {
	return !l.marks && (l.unknown >= 2 || l.unknown == 1 && l.words >= 5)
}

// bare reports whether the line has no diacritic on enough words that
// French prose would almost always carry one: its "a" may be an "à" that
// lost its accent even when every word is known.
func (l line) bare() bool {
	return !l.marks && l.words >= bareWords
}

// bareWords is the fewest words of a bare line. On fr_clean.txt, 378 of the
// 19,440 lines of 8 words or more (1.9%) have no diacritic, and 34 of those
// have an "a" (words counted between spaces).
const bareWords = 8

// accentlessLine restores, on a line without any diacritic that is no
// headline, the preposition "à" and, on a bare line, the homographs that
// homograph settles (là, dès, dû, né, eût, and où where the words around
// make the clause relative). On a bare line "a" is "à" where the words
// around call for it (a la maison, a partir de, a 15h) and no subject comes
// before it; on any line where a common noun comes before it and a
// determiner after it (la voiture a la gare: articleAfterNoun); on a
// shorter line otherwise only where they leave no other reading (sureA:
// une adresse à connaître, à ne pas manquer, il participe à). The
// participles of a bare line are found with the unknown words
// (knownParticiple); its other known words, but those already decided, are
// knownOnBare's.
func (c *checker) accentlessLine(p *pipeline.Pass, toks []token.Token, first, last int, bare bool, decided map[int]bool) {
	text := p.Text
	for i := first; i < last; i++ {
		if toks[i].Kind != token.Word {
			continue
		}
		if fixed, ok := graveA(toks[i].Text(text)); ok && strings.HasSuffix(fixed, "à") {
			if c.foreignPassage(toks, text, i) {
				continue // the udev system starts a user process: English
			}
			if prepositionA(c.lex, toks, text, i) && (bare && !c.subjectBefore(toks, text, i) || c.articleAfterNoun(toks, text, i, bare)) ||
				!bare && c.sureA(toks, text, i) {
				c.decide(p, toks, i, settled(fixed, "à"), 0.5, true)
			}
			continue
		}
		if !bare {
			continue
		}
		if fixed, ok := homograph(c.lex, toks, text, i, false); ok {
			c.decide(p, toks, i, settled(fixed, fixed), 0.5, true)
		} else if !decided[i] {
			if cands, ok := c.knownOnBare(toks, text, i); ok {
				c.decide(p, toks, i, cands, 0.5, true)
			}
		}
	}
}

// articleAfterA are the determiners after which "a" is à even after a noun
// that could be its subject: in fr_clean.txt, "a" or "à" after a noun
// and before la is à 576 times out of 586, before l' 468 of 470, before son
// 78 of 83, before un 69 of 72, une 70 of 72, ses 51 of 52, ce and cette
// every time; before le only 12 of 39 (il a le droit).
var articleAfterA = wordlist.Set("la l' l’ son sa ses ce cet cette un une leur leurs mon ma mes notre votre nos vos")

// articleAfterNoun reports whether "a" at token i comes between a common
// noun and one of articleAfterA: a name before it is rather its subject
// (Clitandre a l'heur de vous plaire), and so is the noun of a question
// (quel sens a cette affirmation ?); before l'air, a is avoir (a l'air
// correct). On a line shorter than a bare one, un and une are left out:
// la robe a un style, une suite a une vue are the 3% of avoir.
func (c *checker) articleAfterNoun(toks []token.Token, text string, i int, bare bool) bool {
	next := nextWord(toks, text, i)
	if !articleAfterA[next] || !bare && (next == "un" || next == "une") || airAfterA(toks, text, i) {
		return false
	}
	j := before(toks, i)
	prev := previousWord(toks, text, i)
	if interrogatives[strings.ToLower(previousWord(toks, text, j))] {
		return false // quel sens a cette affirmation: the question's avoir
	}
	return token.CaseOf(prev) == token.Lower || token.SentenceStart(toks, text, j) && !c.lex.Class(prev).Has(dict.ProperNoun)
}

// interrogatives ask a question whose verb comes before its subject.
var interrogatives = wordlist.Set("quel quelle quels quelles")

// airAfterA reports whether "a" at token i is followed by l'air, which
// is avoir l'air (le chien a l'air content).
func airAfterA(toks []token.Token, text string, i int) bool {
	_, rest := token.SplitElision(strings.ToLower(nextFull(toks, text, i)))
	return rest == "air"
}

// bareCommonZipf is how common a word of a bare line must be for
// knownOnBare to skip it without looking its readings up.
const bareCommonZipf = 5.5

// knownOnBare proposes accents for a known word of a bare line that has no
// unknown word with an accented reading, as knownInHeadline does on a
// headline (le comite, le gout, aout), but not after an auxiliary, which
// knownParticiple has decided with its guards (être takes adjectives: est
// double, est valide), nor a verb after a capitalised subject (le Code civil
// traite de), nor the classic spelling of a reformed verb (connait,
// entrainer are French), nor a word in capitals, which French often writes
// without accents (MISE SUR LE MARCHE).
func (c *checker) knownOnBare(toks []token.Token, text string, i int) ([]candidate, bool) {
	w := toks[i].Text(text)
	lw := strings.ToLower(w)
	if ruledHomographs[lw] || token.CaseOf(w) == token.Upper || !eligible(w, toks, text, i) {
		return nil, false
	}
	if z, ok := c.lex.FrequentZipf(w); ok && z >= bareCommonZipf {
		return nil, false // de, les, pour: no reading of a word this common is far more common
	}
	if _, _, ok := auxiliaryBefore(toks, text, i); ok {
		return nil, false // knownParticiple's, with its guards (ont force de loi, n'ai cure)
	}
	if prev := previousWord(toks, text, i); token.CaseOf(prev) == token.Title && c.lex.Class(w).Has(dict.VerbForm) {
		return nil, false // le Code civil traite de
	}
	cands, ok := c.knownInHeadline(toks, text, i)
	var out []candidate
	for _, cd := range cands {
		if !reformedCircumflex(w, cd.text) || !c.lex.Class(w).Has(dict.VerbForm|dict.Infinitive) {
			out = append(out, cd)
		}
	}
	return out, ok && len(out) > 0
}

// settled is the one reading of a word that a rule settled, as decide
// takes it: text is the restored token, form the word it reads as.
func settled(text, form string) []candidate {
	return []candidate{{text: text, form: form, zipf: 6}}
}

// sureA reports whether "a" at token i is the preposition whatever the
// line: before an infinitive that is no noun, a negation or a locution of
// à, after a verb and its subject, between a word and itself (petit à
// petit, côte à côte), and never after a subject itself.
func (c *checker) sureA(toks []token.Token, text string, i int) bool {
	_, prev := token.SplitElision(strings.ToLower(previousWord(toks, text, i)))
	if prev == "y" || prev == "en" || subjects[prev] || c.englishBefore(toks, text, i) {
		return false
	}
	if latinA[nextFull(toks, text, i)] {
		return false
	}
	return verbExcluded(c.lex, toks, text, i) || sureLocutions[nextFull(toks, text, i)] || negationAfter(toks, text, i) ||
		phraseA(toks, text, i) || rangeA(c.lex, toks, text, i) || c.finiteBefore(toks, text, i)
}

// finiteBefore reports whether "a" at token i follows a conjugated verb
// that is nothing else (retourna à Paris, se retire à Paris, montait à
// cent francs): a verb is not followed by the verb a, but when the verb
// ends a clause that is the subject (ce que je dis a changé).
func (c *checker) finiteBefore(toks []token.Token, text string, i int) bool {
	j := before(toks, i)
	if j < 0 || toks[j].Kind != token.Word {
		return false
	}
	_, prev := token.SplitElision(strings.ToLower(toks[j].Text(text)))
	return conjugatedOnly(c.lex, prev, dict.Infinitive) && !relativeBefore(toks, text, j)
}

// conjugatedOnly reports whether w, in lower case, is a verb form and none
// of the classes of noun, adjective, pronoun, function word or also, no
// auxiliary and no form ending like a participle: a verb that the verb a
// cannot follow (commence, parla).
func conjugatedOnly(lex *dict.Lexicon, w string, also dict.Class) bool {
	c := lex.Class(w)
	return c.Has(dict.VerbForm) && !c.Has(dict.Noun|dict.Adjective|dict.Pronoun|dict.FunctionWord|also) &&
		!auxiliaries[w] && !participleEndings.Match(w)
}

// phraseA reports whether "a" at token i begins a set phrase of the
// preposition à that the verb avoir never begins: à peu près, à long terme,
// à haute voix, à mi-chemin, tout à coup, à genoux. In fr_clean.txt these
// words follow "à" 372 times and "a" 5 times, none of them more than once
// (à plusieurs reprises 13, a 1).
func phraseA(toks []token.Token, text string, i int) bool {
	next := dict.StripMarks(nextWord(toks, text, i))
	if aWords[next] || strings.HasPrefix(next, "mi-") {
		return true
	}
	then := dict.StripMarks(nextWord(toks, text, after(toks, i)))
	return then != "" && aPairs[next+" "+then]
}

// aWords begin a set phrase of à on their own; aPairs with the next word.
// Both are written without accents: headlines lose them.
var (
	aWords = wordlist.Set("coup genoux moitie merveille loisir outrance regret contrecoeur contre-coeur dessein cela tue-tete")
	aPairs = func() map[string]bool {
		m := map[string]bool{}
		for _, p := range strings.Split("peu pres,long terme,court terme,moyen terme,haute voix,voix basse,bas prix,bas cout,"+
			"tel point,bon compte,deux reprises,plusieurs reprises,maintes reprises,petits pas,grands pas,usage unique,"+
			"toute vitesse,tout prix,bout portant,juste titre,vrai dire,premiere vue", ",") {
			m[p] = true
		}
		return m
	}()
)

// verbExcluded reports whether the words around "a" at token i leave no
// room for the verb a, whatever comes before: an infinitive that is no noun
// after it, a verb and its subject pronoun before it, the same word on both
// sides (petit à petit), or a word before it that governs à (supérieure à).
func verbExcluded(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	_, prev := token.SplitElision(strings.ToLower(previousWord(toks, text, i)))
	return infinitiveAfter(lex, toks, text, i) || verbAfterSubject(lex, toks, text, i) || sameAround(toks, text, i) ||
		takesA(prev, nextFull(toks, text, i))
}

// participleBefore reports whether the word before "a" at token i follows
// an auxiliary (il me l'a dit a la Haye, le mariage fut fixe a la fin, on a
// frappe a ma porte): a participle, which the verb a does not follow, but in
// a relative clause that is the subject (ce qu'il a dit a été).
func participleBefore(toks []token.Token, text string, i int) bool {
	j := before(toks, i)
	if j < 0 || toks[j].Kind != token.Word {
		return false
	}
	aux, k, ok := auxiliaryBefore(toks, text, j)
	if !ok || aux == "avoir" || aux == "être" || aux == "etre" {
		return false // avoir dit, être allé: an infinitive may be the subject
	}
	if aux == "a" && !verbA(toks, text, k) {
		return false // l'homme a moustaches a faim: that a may be à itself
	}
	return !relativeBefore(toks, text, k) // ce qu'il a dit a été, ce que j'ai fait a changé
}

// relativeBefore reports whether que, qu' or a relative pronoun is among
// the word at token k and the two words before it: the verb there may end a
// relative clause that is the subject of the next verb (ce que j'ai fait a
// changé, celui qui travaille a droit au repos).
func relativeBefore(toks []token.Token, text string, k int) bool {
	for n, m := 0, k; n < 3; n++ {
		tok := strings.ToLower(toks[m].Text(text))
		if prefix, _ := token.SplitElision(tok); strings.HasPrefix(prefix, "qu") || thatWords[tok] || relatives[tok] {
			return true
		}
		if m = before(toks, m); m < 0 || toks[m].Kind != token.Word {
			break
		}
	}
	return false
}

// verbA reports whether "a" at token k is surely the verb: elided with its
// pronoun or negation (l'a, n'a, m'a), or after a subject pronoun or a name.
func verbA(toks []token.Token, text string, k int) bool {
	if prefix, _ := token.SplitElision(toks[k].Text(text)); prefix != "" {
		return true
	}
	prev := previousWord(toks, text, k)
	return subjects[strings.ToLower(prev)] || token.CaseOf(prev) == token.Title && !token.SentenceStart(toks, text, before(toks, k))
}

// sameAround reports whether the same word, in any case, comes before and
// after token i (petit a petit, Face a face).
func sameAround(toks []token.Token, text string, i int) bool {
	prev := previousWord(toks, text, i)
	return prev != "" && strings.EqualFold(prev, nextFull(toks, text, i))
}

// sureLocutions follow the preposition à and are no noun that avoir takes
// (à partir de, à laquelle; but a force de loi, a droit à).
var sureLocutions = wordlist.Set("qui partir celui celle ceux celles laquelle lequel lesquels lesquelles maintes chacun chacune se s' s’ me m' m’ te t' t’")

// latinA are the words after which "a" is the Latin or Italian
// preposition, written without an accent (a priori, a cappella).
var latinA = wordlist.Set("priori posteriori fortiori contrario minima maxima cappella capella giorno tempo")

// graveA returns w with the accent of the preposition à when w is "a",
// "A" or an elided "a" (qu'a: n'avez qu'à partir); ok is false otherwise.
func graveA(w string) (string, bool) {
	prefix, rest := token.SplitElision(w)
	if prefix != "" && !strings.HasSuffix(strings.TrimRight(prefix, "'’"), "qu") {
		return "", false // l'a is the verb with its pronoun: only qu' elides before à
	}
	switch rest {
	case "a":
		return prefix + "à", true
	case "A":
		return prefix + "À", true
	}
	return "", false
}

// subjectBefore reports whether the word before "a" at token i may be its
// subject, which leaves "a" the verb when what follows could follow either
// (l'acheteur a le choix, le commerce a tout son sens): a noun, a name, a
// pronoun, a number or an English word. A locution or a number after "a"
// settles it anyway (le cheval a travers champs, la hausse a 3 %).
func (c *checker) subjectBefore(toks []token.Token, text string, i int) bool {
	if j := after(toks, i); locutionA(toks, text, i) || bareNounAfter(c.lex, toks, text, i) || verbBeforeAdverbs(c.lex, toks, text, i) ||
		j < len(toks) && toks[j].Kind == token.Number || nameAfter(toks, text, i) && !c.englishBefore(toks, text, i) ||
		participleBefore(toks, text, i) || verbExcluded(c.lex, toks, text, i) {
		return false
	}
	j := before(toks, i)
	if j < 0 {
		return false
	}
	if toks[j].Kind == token.Number {
		return true
	}
	if toks[j].Kind != token.Word {
		return false
	}
	_, prev := token.SplitElision(toks[j].Text(text))
	if invertedSubject(prev) || etre[strings.ToLower(prev)] {
		return false // dit-il à; il est à la maison (est, a noun too, is no subject there)
	}
	if token.CaseOf(prev) != token.Lower || c.foreign != nil && c.english.Do(prev, c.foreign.Contains) && c.lex.Freq(prev) < commonZipf {
		return true
	}
	return c.lex.Class(prev).Has(dict.Noun | dict.Pronoun)
}

// lineInfo appends the lines of the text to buf.
func lineInfo(toks []token.Token, text string, buf []line) []line {
	lines := append(buf, line{start: 0})
	for _, t := range toks {
		switch t.Kind {
		case token.Newline:
			lines = append(lines, line{start: t.End})
		case token.Word:
			ln := &lines[len(lines)-1]
			ln.words++
			ln.marks = ln.marks || dict.HasMarks(t.Text(text))
		}
	}
	return lines
}

// markForeign marks the lines without diacritics that are English: at
// least foreignLineWords lower-case words, and a quarter of their words,
// that English knows and French does not, even without accents (a
// reference: "Lies, damn lies and war, Daily Mirror of Sri Lanka, 2001 (no
// more precise date provided)"; capitalised words are names and titles, Can
// You Feel It, in French lines too). Lines with diacritics are French
// enough; their English passages are foreignPassage's.
func (c *checker) markForeign(lines []line, toks []token.Token, text string) {
	if c.foreign == nil {
		return
	}
	for l := range lines {
		if lines[l].marks || lines[l].words < foreignLineWords {
			continue
		}
		first, last := tokensOf(toks, text, lines, l)
		english := 0
		for _, t := range toks[first:last] {
			if t.Kind != token.Word {
				continue
			}
			w := t.Text(text)
			if c.foreignWord(w, true) {
				english++
			}
		}
		lines[l].foreign = english >= foreignLineWords && 4*english >= lines[l].words
	}
}

// inGuillemets reports whether token i stands between « and », on its line.
func inGuillemets(toks []token.Token, text string, i int) bool {
	for j := i - 1; j >= 0 && toks[j].Kind != token.Newline; j-- {
		if toks[j].Kind == token.Punct {
			switch toks[j].Text(text) {
			case "«":
				return true
			case "»":
				return false
			}
		}
	}
	return false
}

// foreignLineWords is the fewest English words of a foreign line.
const foreignLineWords = 3

// tokensOf returns the tokens of line l, toks[first:last].
func tokensOf(toks []token.Token, text string, lines []line, l int) (first, last int) {
	end := len(text)
	if l+1 < len(lines) {
		end = lines[l+1].start
	}
	first = sort.Search(len(toks), func(k int) bool { return toks[k].Start >= lines[l].start })
	last = first + sort.Search(len(toks)-first, func(k int) bool { return toks[first+k].Start >= end })
	return first, last
}

// lineOf returns the index of the line holding byte offset off.
func lineOf(lines []line, off int) int {
	i := sort.Search(len(lines), func(i int) bool { return lines[i].start > off })
	return i - 1
}

// knownInHeadline proposes accents for a word the lexicon knows, on a line
// scraped without accents: "a" before what follows a preposition is "à";
// a known word whose accented reading is ten times as frequent ("aout",
// reformed spelling, is "août" in a classic text) takes it.
func (c *checker) knownInHeadline(toks []token.Token, text string, i int) ([]candidate, bool) {
	w := toks[i].Text(text)
	if fixed, ok := graveA(w); ok {
		if prepositionA(c.lex, toks, text, i) {
			return settled(fixed, "à"), true
		}
		return nil, false
	}
	if !eligible(w, toks, text, i) {
		return nil, false
	}
	own, cl := c.lex.Freq(w), c.lex.Class(w)
	cands := c.candidates(w)
	if strings.IndexByte(w, '-') > 0 {
		// The lexicon knows la-bas and soir-la by their parts, with the
		// frequency of a part: là-bas and soir-là are the words.
		own = 0
		if len(cands) == 0 {
			prefix, rest := token.SplitElision(w)
			if cd, ok := compound(c.lex, prefix, rest); ok {
				cands = []candidate{cd}
			}
		}
	}
	// After an auxiliary the word is French whatever English has (a été
	// compare is comparé): the participle is chosen among all readings.
	var readings []candidate
	for _, cd := range cands {
		if accentOnly(cd, w) {
			readings = append(readings, cd)
		}
	}
	if aux, j, ok := auxiliaryBefore(toks, text, i); ok {
		if cd, ok := c.participle(toks, text, aux, j, i, w, own, readings); ok {
			return []candidate{cd}, true
		}
	} else if cl.Parts() == dict.VerbForm && participleAfterNoun(c.lex, toks, text, i) || c.passiveBefore(toks, text, i) {
		if cd, ok := masculine(participlesOf(readings)); ok {
			return []candidate{cd}, true // un roman publie en 1758: publié
		}
	}
	prev := strings.ToLower(previousWord(toks, text, i))
	prefix, _ := token.SplitElision(w)
	clitic := (finiteClitics[prev] || subjects[prev] && prev != "ce" || prev == "ca" || objectPronoun(toks, text, i)) && cl.Has(dict.VerbForm) ||
		articleL(prefix) && cl.Has(dict.Noun) // ça marche; c'est l'adresse
	_, det := token.SplitElision(prev)
	feminine := feminineDeterminers[det] || c.lex.Class(prev)&(dict.Gender|dict.Adjective) == dict.Feminine|dict.Adjective // la, d'une, une longue marche
	filtered := c.filter(cands, w, toks, text, i, true)
	if finiteOnly(c.lex, w) {
		if cd, ok := afterPreposition(append(filtered, candidate{text: w, form: w, class: cl}), prev); ok && cd.text != w {
			return []candidate{cd}, true // sous reserve: réserve; a w that no preposition takes
		}
	}
	if cd, ok := c.genderOnly(filtered, w, det, toks, text, i); ok {
		return []candidate{cd}, true // le cure: curé, the feminine cure cannot follow le
	}
	var out []candidate
	for _, cd := range filtered {
		if clitic && cd.participle {
			continue // se situe, se nomme: the conjugated verb (but vous plaît)
		}
		if feminine && (strings.HasSuffix(cd.form, "é") || strings.HasSuffix(cd.form, "és")) && !cd.class.Has(dict.Feminine) {
			continue // la marche is not la marché, but la gravite is la gravité
		}
		if cd.zipf >= own+headlineLead || reformedCircumflex(w, cd.text) && cd.zipf > own {
			out = append(out, cd)
		}
	}
	return out, len(out) > 0
}

// passiveBefore reports whether the verb form at token i comes before par
// without a subject or a clitic before it: dirige par, seconde par are the
// participles of a passive (85% of "-é par" and "-e par" in fr_clean.txt).
func (c *checker) passiveBefore(toks []token.Token, text string, i int) bool {
	w := toks[i].Text(text)
	if nextWord(toks, text, i) != "par" || !c.lex.Class(w).Has(dict.VerbForm) || participleLike.Match(strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e")) ||
		strings.EqualFold(nextWord(toks, text, after(toks, i)), w) || parVerb(w) {
		return false // prises par, a participle already; couche par couche; la chatte passe par
	}
	if prefix, _ := token.SplitElision(w); prefix != "" {
		return false // d'acte par: a noun after de
	}
	prev := strings.ToLower(previousWord(toks, text, i))
	return !subjects[prev] && !finiteClitics[prev] && !thatWords[prev] && !determiners[prev] && !prepositions[prev] && prev != "en" &&
		!objectPronoun(toks, text, i) // not le titre par équipe, en place par, en divorce par
}

// parVerb reports whether w is a form of a verb whose complement is
// introduced by par (passer par, commencer par, terminer par, débuter par),
// which is as often conjugated as a participle before par.
func parVerb(w string) bool {
	f := dict.Fold(w)
	return strings.HasPrefix(f, "pass") || strings.HasPrefix(f, "commenc") || strings.HasPrefix(f, "termin") || strings.HasPrefix(f, "debut")
}

// genderOnly returns the reading of the known noun w at token i that the
// determiner before it calls for when w itself cannot follow it: after le,
// un, du, au, ce, a noun that is feminine only (le cure, le fosse) is the
// masculine reading (curé, fossé), after la, une, cette a masculine one
// the feminine reading; not when le or la is an object pronoun (il le trace,
// pour lui le laisse).
func (c *checker) genderOnly(cands []candidate, w, det string, toks []token.Token, text string, i int) (candidate, bool) {
	cl := c.lex.Class(w)
	if !cl.Has(dict.Noun) || cl.Has(dict.Adjective) || agrees(cl, det) || objectPronoun(toks, text, i) {
		return candidate{}, false
	}
	if d := before(toks, i); cl.Has(dict.VerbForm) && c.subjectBeforeDeterminer(toks, text, d) {
		return candidate{}, false // pour lui le laisse libre, Bergman le visite, le pousse, le renverse: le, the pronoun, before the verb
	}
	var fit []candidate
	for _, cd := range cands {
		if cd.class.Has(dict.Noun|dict.Adjective) && cd.class&dict.Gender != 0 && agrees(cd.class, det) {
			fit = append(fit, cd)
		}
	}
	return dominant(fit)
}

// subjectBeforeDeterminer reports whether the determiner at token d may be
// an object pronoun after its verb's subject: after a pronoun, a
// capitalised name (Amédée VI le donne) or a comma (le pousse, le
// renverse); not at the start of a sentence, after a common word
// (monsieur le curé) or a verb (répliqua le curé).
func (c *checker) subjectBeforeDeterminer(toks []token.Token, text string, d int) bool {
	j := before(toks, d)
	if j < 0 || token.SentenceStart(toks, text, d) {
		return false
	}
	if toks[j].Kind == token.Punct {
		return toks[j].Text(text) == ","
	}
	prev := toks[j].Text(text)
	return token.CaseOf(prev) != token.Lower || c.lex.Class(prev).Has(dict.Pronoun)
}

// agrees reports whether a noun or adjective of class cl may follow the
// determiner det: not after a feminine determiner when it is masculine
// only, nor after a masculine one when it is feminine only. A class without
// gender (no Hunspell gender) agrees with any determiner.
func agrees(cl dict.Class, det string) bool {
	g := cl & dict.Gender
	switch {
	case g == 0 || g == dict.Gender:
		return true
	case feminineDeterminers[det]:
		return g == dict.Feminine
	case masculineDeterminers[det]:
		return g == dict.Masculine
	}
	return true
}

// masculineDeterminers come only before a masculine noun or adjective (son,
// mon, ton come before feminine words that begin with a vowel too).
var masculineDeterminers = wordlist.Set("le un du au ce cet")

// feminineDeterminers come only before a feminine noun or adjective, which
// a reading in -é or -és is not.
var feminineDeterminers = wordlist.Set("la une cette sa ma ta")

// participle returns the past participle among the candidates of the
// known word w after the auxiliary aux at token j (auxiliaryBefore): "ont
// vise" is "ont visé", "n'a pas donne" is "n'a pas donné"; not after être
// when w is an adjective itself (était invalide), unless par follows. w is
// token i; own is its frequency.
func (c *checker) participle(toks []token.Token, text string, aux string, j, i int, w string, own float64, cands []candidate) (candidate, bool) {
	if aux == "a" && prepositionA(c.lex, toks, text, j) {
		return candidate{}, false
	}
	participles := participlesOf(cands)
	// "a terre", "a mesure": a noun far more common than the participle
	// is the noun after the preposition à, not "a terré".
	cd, ok := dominant(participles)
	if !ok || participleEndings.Match(w) || c.lex.Class(w).Has(dict.Noun) && own-cd.zipf > 1 && !c.finiteAfterEtre(aux, w) {
		return candidate{}, false
	}
	if prefix, _ := token.SplitElision(w); prefix != "" || c.lex.Class(w).Has(dict.Noun) && own-cd.zipf > 2 || aux == "a" && existentialY(toks, text, j) {
		return candidate{}, false // c'est l'adresse; pas chose (5.56), not the rare chosé (2.40); il n'y a plus trace de
	}
	if cl := c.lex.Class(w); !avoirForms[aux] && !passiveAux[aux] && cl.Has(dict.Adjective) && nextWord(toks, text, i) != "par" && agreesWithSubject(cl, toks, text, j) {
		return candidate{}, false // était invalide, est meuble: être takes the adjective, but not before par (est fixe par)
	}
	return cd, true
}

// existentialY reports whether y comes before the form of avoir at token j
// (il y a, il n'y avait): the verb is then il y a, which takes a noun
// without its determiner (il y a foule, il n'y a plus trace).
func existentialY(toks []token.Token, text string, j int) bool {
	_, y := token.SplitElision(strings.ToLower(previousWord(toks, text, j)))
	return y == "y"
}

// agreesWithSubject reports whether an adjective of class cl may be the
// attribute of the subject pronoun before the auxiliary at token j: il
// sera tue is il sera tué, tue being a feminine adjective only. Without a
// subject pronoun, or without gender, it may.
func agreesWithSubject(cl dict.Class, toks []token.Token, text string, j int) bool {
	_, subj := token.SplitElision(strings.ToLower(previousWord(toks, text, j)))
	g := cl & dict.Gender
	switch {
	case g == 0:
		return true
	case subj == "il" || subj == "ils":
		return g&dict.Masculine != 0
	case subj == "elle" || subj == "elles":
		return g&dict.Feminine != 0
	}
	return true
}

// finiteAfterEtre reports whether w, after a form of être, can only be a
// conjugated verb or a noun, neither of which être takes, so that it lost
// the accent of its participle (est reste: resté; sont places: placés): it
// is no adjective and not the feminine of a participle or an adjective
// (mise of mis, contente of content), which être takes as it is.
func (c *checker) finiteAfterEtre(aux, w string) bool {
	if avoirForms[aux] || c.lex.Class(w).Has(dict.Adjective|dict.FunctionWord) || strings.ContainsAny(w, "'’") {
		return false // est contre, est l'acte: a preposition, an article
	}
	stem := strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e")
	return stem != w && !c.lex.Contains(stem)
}

// reformedCircumflex reports whether w is the 1990 reformed spelling of
// accented, which only drops circumflexes on i and u (connaitre:
// connaître, aout: août). On a line that lost every accent, the more
// frequent classic spelling is the likelier original.
func reformedCircumflex(w, accented string) bool {
	a, b := []rune(w), []rune(accented)
	if len(a) != len(b) {
		return false
	}
	diff := false
	for i := range a {
		switch {
		case a[i] == b[i]:
		case a[i] == 'i' && b[i] == 'î', a[i] == 'u' && b[i] == 'û':
			diff = true
		default:
			return false
		}
	}
	return diff
}

// auxiliaryBefore finds the auxiliary that token i may be the participle
// of: the word before it ("ont vise"), past an elision ("n'a", "s'est") and
// up to two adverbs ("n'a pas donne", "a immediatement relance"). It returns
// the auxiliary in lower case and its token.
func auxiliaryBefore(toks []token.Token, text string, i int) (string, int, bool) {
	j := before(toks, i)
	for skipped := 0; j >= 0 && toks[j].Kind == token.Word; skipped++ {
		_, w := token.SplitElision(strings.ToLower(toks[j].Text(text)))
		w = withoutInvertedSubject(w)
		if auxiliaries[w] {
			return w, j, true
		}
		if skipped == 2 || !participleAdverbs[w] && !(strings.HasSuffix(w, "ment") && utf8.RuneCountInString(w) > 6) {
			break
		}
		j = before(toks, j)
	}
	return "", -1, false
}

// withoutInvertedSubject cuts the subject pronoun after a verb: est-il →
// est, a-t-elle → a.
func withoutInvertedSubject(w string) string {
	if !invertedSubject(w) {
		return w
	}
	w = w[:strings.LastIndexByte(w, '-')]
	return strings.TrimSuffix(w, "-t")
}

// participleAdverbs come between an auxiliary and its participle, also
// without their accents.
var participleAdverbs = wordlist.Set("pas plus jamais rien point guère guere déjà deja aussi bien toujours encore souvent " +
	"ensuite alors enfin vite mal très tres trop peu beaucoup ainsi également egalement longtemps tant tout " +
	"presque même meme donc mieux plutôt plutot parfois bientôt bientot aussitôt aussitot certes davantage " +
	"peut-être peut-etre toutefois cependant d'abord d’abord")

// before returns the index of the token before token i, past the spaces
// between them; -1 at the start of the text.
func before(toks []token.Token, i int) int {
	j := i - 1
	if j >= 0 && toks[j].Kind == token.Space {
		j--
	}
	return j
}

// after returns the index of the token after token i, past the spaces
// between them; len(toks) at the end of the text.
func after(toks []token.Token, i int) int {
	j := i + 1
	if j < len(toks) && toks[j].Kind == token.Space {
		j++
	}
	return j
}

// nextWord returns the word after token i in lower case, cut after an
// elision (l'heure → l'); "" if another token (punctuation) comes first.
func nextWord(toks []token.Token, text string, i int) string {
	return elisionCut(nextFull(toks, text, i))
}

// elisionCut returns w up to its elision, if it has one: l'heure → l'.
func elisionCut(w string) string {
	if k := strings.IndexAny(w, "'’"); k > 0 {
		_, n := utf8.DecodeRuneInString(w[k:])
		return w[:k+n]
	}
	return w
}

// homograph settles, by the words around it, a word that lost the accent of
// its homograph on a line scraped without accents (headline) or a bare line:
//   - ou before a subject pronoun is où (la ville ou il vit), on a headline
//     only: on a bare line only the contexts of a relative clause below
//     make it où (ou tu restes is "or");
//   - des before le, la, les, l', lors, que is dès (des le début);
//   - du after an auxiliary and before an infinitive is dû (a du partir);
//   - sur after être and before que, de or the end of a clause is sûr;
//   - ne after être, or before a date or a place, is né (né le 17 mai);
//   - ou after a noun of place or time before a clause (whenNouns), after
//     a noun before a conjugated verb, after a place and a comma, after
//     savoir, before a verb with its subject after it, or between a noun
//     and a subject pronoun is où;
//   - la before the end of a clause, between être and pour, before a
//     determiner la cannot precede, before que after être, or before un,
//     une after être or avoir (but la une des journaux), is là;
//   - sur after bien before the end of a clause, or after coup, is sûr;
//   - cote after du, son, ce... or before de after à, is côté;
//   - pres before de or after peu, tout, à is près (not prés, meadows);
//   - eut, fut after a conjunction that takes the subjunctive are eût, fût.
func homograph(lex *dict.Lexicon, toks []token.Token, text string, i int, headline bool) (string, bool) {
	w := toks[i].Text(text)
	prev := strings.ToLower(previousWord(toks, text, i))
	next := nextWord(toks, text, i)
	switch strings.ToLower(w) {
	case "ou":
		if headline && (subjects[next] && next != "qui" && next != "ce" && next != "cela" && next != "ça" || lOn[nextFull(toks, text, i)]) {
			return keepCapital(w, "où"), true // on a headline; on a bare line "ou tu restes" is "or"
		}
		if whenNoun(prev) && (next == "" || determiners[next] || subjects[next] || lOn[nextFull(toks, text, i)] || capitalisedAfter(toks, text, i)) {
			return keepCapital(w, "où"), true // au moment où le, au cas où
		}
		if placeCommaOu(lex, toks, text, i) {
			return keepCapital(w, "où"), true // à Bourges, où elle avait affaire
		}
		if finiteAfterOu(lex, toks, text, i) {
			return keepCapital(w, "où"), true // la ruine où coule une source, où s'égarait le tyran
		}
		if knowVerbs[prev] && (determiners[next] || subjects[next] || lex.Class(next).Has(dict.Infinitive)) {
			return keepCapital(w, "où"), true // je sais où il est, sans savoir où aller
		}
		if invertedSubject(next) {
			return keepCapital(w, "où"), true // où courez-vous, où sont-ils: a question's verb follows where
		}
		if nounBeforeOu(lex, toks, text, i) && subjects[next] && next != "qui" && next != "ce" && next != "cela" && next != "ça" {
			return keepCapital(w, "où"), true // ce silence où nous songions
		}
	case "la":
		if next == "" && clauseEnd(toks, text, i) && !trailsOff(toks, text, i) || (etre[prev] || prev == "pas") && next == "pour" || next == "encore" {
			return keepCapital(w, "là"), true // c'est là, ; il est là pour, n'est pas là pour; là encore
		}
		if _, verb := token.SplitElision(prev); determiners[next] && !laDeterminers[next] && !nextCapitalised(toks, text, i) || etre[next] ||
			(etre[verb] || prev == "pas" || prev == "point") && thatWords[next] {
			return keepCapital(w, "là"), true // il prononçait là les paroles, là est le salut, c'est là que
		}
		if _, verb := token.SplitElision(prev); (etre[verb] || avoirForms[verb] && verb != "a" || invertedSubject(verb)) && (next == "un" || next == "une") &&
			!ofWords[nextWord(toks, text, after(toks, i))] {
			return keepCapital(w, "là"), true // c'est là une priorité, vous avez là une pensée; not la une des journaux
		}
	case "des":
		switch next {
		case "le", "la", "les", "l'", "l’", "lors", "que", "qu'", "qu’":
			return keepCapital(w, "dès"), true
		}
	case "du":
		if auxiliaries[prev] && (foldedClass(lex, next).Has(dict.Infinitive) && !infinitiveNouns[next] || clitics[next]) {
			return keepCapital(w, "dû"), true // a dû partir, ont dû se battre
		}
		if etre[prev] && (next == "a" || next == "à" || next == "" && clauseEnd(toks, text, i)) {
			return keepCapital(w, "dû"), true // est dû à, qui lui est dû ;
		}
	case "sur":
		if etre[prev] && (next == "" || next == "que" || next == "qu'" || next == "qu’" || next == "de" || next == "d'" || next == "d’") {
			return keepCapital(w, "sûr"), true
		}
		if prev == "coup" && next != "coup" || prev == "bien" && (clauseEnd(toks, text, i) || next == "que" || next == "qu'" || next == "qu’") {
			return keepCapital(w, "sûr"), true // à coup sûr, bien sûr; but coup sur coup
		}
	case "cote", "cotes":
		end := clauseEnd(toks, text, i)
		if coteDeterminers[prev] || sideOf[prev] && (end || ofWords[next]) || eitherGender[prev] && end {
			side := "côté"
			if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "S") {
				side = "côtés"
			}
			return keepCapital(w, side), true
		}
	case "pres":
		if ofWords[next] || prev == "peu" || prev == "tout" || prev == "a" || prev == "à" {
			return keepCapital(w, "près"), true // près de, à peu près, tout près
		}
	case "eut", "fut":
		if prev == "on" && next == "dit" || subjunctiveBefore(toks, text, i) {
			return keepCapital(w, strings.Replace(strings.ToLower(w), "u", "û", 1)), true // comme s'il eût été, bien qu'il n'y eût, on eût dit
		}
	case "ne":
		if etre[prev] || bornBefore(toks, text, i) {
			return keepCapital(w, "né"), true // il est né; cycliste né le 17 mai, né en 1950, né à Lyon
		}
	}
	return "", false
}

// nounBeforeOu reports whether ou at token i follows a common noun with no
// punctuation between them: a subject pronoun after it (ce silence ou nous
// songions) makes it the relative où, as "or" would join a clause to a
// noun. An infinitive after it does not (la validité ou exiger l'exécution:
// two infinitive phrases).
func nounBeforeOu(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	_, prev := token.SplitElision(previousWord(toks, text, i))
	if prev == "" || token.CaseOf(prev) != token.Lower {
		return false
	}
	cl := foldedClass(lex, prev)
	return cl.Has(dict.Noun) && !cl.Has(dict.VerbForm|dict.Adjective|dict.Pronoun|dict.FunctionWord|dict.Adverb|dict.Infinitive)
}

// placeCommaOu reports whether "ou" at token i follows a comma after a
// capitalised word inside the sentence, a place (à Lorient, en France, ou
// sont construites; à Bourges, ou elle avait affaire), and comes before a
// subject pronoun or a conjugated verb: the relative où. Or joins two
// names (Paris, ou Lyon), not a name and a clause.
func placeCommaOu(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	j := before(toks, i)
	if j < 0 || toks[j].Text(text) != "," {
		return false
	}
	k := before(toks, j)
	if k < 0 || toks[k].Kind != token.Word || token.SentenceStart(toks, text, k) {
		return false
	}
	_, place := token.SplitElision(toks[k].Text(text))
	if r, _ := utf8.DecodeRuneInString(place); !unicode.IsUpper(r) || token.CaseOf(place) == token.Upper {
		return false
	}
	return relativeSubjects[nextFull(toks, text, i)] || finiteVerbAfter(lex, toks, text, i)
}

// finiteVerbAfter reports whether the word after token i, past a reflexive
// pronoun (s'égarait, m'attendait), is a conjugated verb and nothing else:
// no noun, adjective, infinitive, participle, pronoun, adverb or function
// word, read through its accents (recoit: reçoit).
func finiteVerbAfter(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	next := nextFull(toks, text, i)
	if prefix, rest := token.SplitElision(next); prefix != "" {
		if p := strings.ToLower(strings.TrimRight(prefix, "'’")); p != "s" && p != "m" && p != "t" {
			return false // l'homme, d'autres: an article, a preposition
		}
		next = rest
	}
	if participleEndings.Match(next) {
		return false
	}
	nc := foldedClass(lex, next)
	return nc.Has(dict.VerbForm) && !nc.Has(dict.Noun|dict.Adjective|dict.Infinitive|dict.FunctionWord|dict.Pronoun|dict.Adverb)
}

// relativeSubjects are the subject pronouns of a clause after où (où il
// vivait); tu and je, which follow "ou" in questions (ou tu restes), are not
// among them.
var relativeSubjects = wordlist.Set("il elle ils elles on nous vous")

// finiteAfterOu reports whether "ou" at token i comes after a noun (no
// adjective or verb) and before a conjugated verb (with its reflexive pronoun, if
// any): the relative où, whose subject follows the verb (la fontaine où
// coule une source); the conjunction joins the noun to another noun.
func finiteAfterOu(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	_, prev := token.SplitElision(strings.ToLower(previousWord(toks, text, i)))
	pc := foldedClass(lex, prev)
	if !pc.Has(dict.Noun) || pc.Has(dict.VerbForm|dict.Adjective) {
		return false // est complémentaire ou s'oppose: two predicates
	}
	return finiteVerbAfter(lex, toks, text, i)
}

// knowVerbs ask or know a place: after them "ou" before a clause or an
// infinitive is où (je ne sais où aller, il ignorait où elle était).
var knowVerbs = wordlist.Set("sais sait savons savez savent savais savait savions saviez savaient savoir su sachant saura " +
	"ignore ignorais ignorait ignorent ignoraient ignorer")

// trailsOff reports whether an ellipsis follows token i: a sentence left
// unfinished (ce village, la… comment dit-on), where "la" may be the article.
func trailsOff(toks []token.Token, text string, i int) bool {
	j := after(toks, i)
	return j < len(toks) && (toks[j].Text(text) == "…" || strings.HasPrefix(text[toks[j].Start:], "..."))
}

// laDeterminers may follow the article la (la une, la leur, la toute
// première, la nôtre without its accent).
var laDeterminers = wordlist.Set("un une le la leur leurs tout toute tous toutes notre votre chaque")

// nextCapitalised reports whether the word after token i starts with a
// capital: la Du Barry, a name, not a determiner.
func nextCapitalised(toks []token.Token, text string, i int) bool {
	j := after(toks, i)
	return j < len(toks) && toks[j].Kind == token.Word && token.CaseOf(toks[j].Text(text)) != token.Lower
}

// subjunctiveBefore reports whether a conjunction that takes the
// subjunctive comes before token i in its clause, within six words: comme
// si, bien que, quoique, sans que, pour que, afin que, avant que, à moins
// que, pourvu que (comme s'il eût été, bien qu'il n'y eût que). After them
// the past of avoir and être is eût and fût, not the eut and fut of
// quand il eut fini.
func subjunctiveBefore(toks []token.Token, text string, i int) bool {
	j := i
	for n := 0; n < 6; n++ {
		j = before(toks, j)
		if j < 0 || toks[j].Kind != token.Word {
			return false
		}
		w := strings.ToLower(toks[j].Text(text))
		prefix, rest := token.SplitElision(w)
		if prefix != "" {
			w = strings.TrimRight(prefix, "'’")
		} else {
			w = rest
		}
		switch w {
		case "quoique", "quoiqu":
			return true
		case "si", "s":
			return strings.EqualFold(previousWord(toks, text, j), "comme")
		case "que", "qu":
			switch strings.ToLower(previousWord(toks, text, j)) {
			case "bien", "sans", "pour", "afin", "avant", "moins", "pourvu":
				return true
			}
			return false
		}
	}
	return false
}

// bornBefore reports whether "ne" at token i is followed by what follows
// né and never the negation ne, which elides before a vowel: a date (le 17
// mai, en 1950, vers 1500) or a place (à Lyon, a Paris, dans le Jura).
func bornBefore(toks []token.Token, text string, i int) bool {
	j := after(toks, i)
	if j >= len(toks) || toks[j].Kind != token.Word {
		return false
	}
	next := strings.ToLower(toks[j].Text(text))
	k := after(toks, j)
	numberNext := k < len(toks) && toks[k].Kind == token.Number
	switch next {
	case "le", "en", "vers":
		return numberNext
	case "a", "à", "au", "aux", "dans":
		return true
	}
	return false
}

// ruledHomographs are the words that homograph settles by rules; where
// they do not, the frequencies of the readings decide nothing either (la
// cote de popularité, not côté).
var ruledHomographs = wordlist.Set("ou la des du sur cote cotes pres ne eut fut")

// clitics are the pronouns between a modal and its infinitive (a dû se
// battre, a dû le faire); never after the article du.
var clitics = frwords.Clitics

// lOn is "l'on", the subject after où (là où l'on vit) and seldom after ou.
var lOn = wordlist.Set("l'on l’on")

// nextFull returns the word after token i in lower case, "" if another
// token (punctuation) comes first.
func nextFull(toks []token.Token, text string, i int) string {
	j := after(toks, i)
	if j >= len(toks) || toks[j].Kind != token.Word {
		return ""
	}
	return strings.ToLower(toks[j].Text(text))
}

// coteDeterminers come before côté and never before the feminine cote (du
// côté, de son côté, aux côtés de); after sideOf, côté when "de" or the end
// of the clause follows (à côté de, de côté); after eitherGender, only at the
// end of a clause (de leur côté, but leur cote de popularité).
var (
	coteDeterminers = wordlist.Set("du au aux son mon ton ce cet un autre deux")
	sideOf          = wordlist.Set("à a de")
	eitherGender    = wordlist.Set("leur notre votre chaque")
	ofWords         = wordlist.Set("de du des d' d’")
)

// whenNouns are the nouns of time and place after which "ou" before a
// clause is the relative où (au moment où, au cas où, le jour où, l'endroit
// où): in fr_clean.txt, 85% (pays) to 100% of "NOUN ou/où" before a
// determiner or a subject are où; commune and maison (75%, 88%) are left out.
var whenNouns = wordlist.Set("moment instant cas époque epoque jour jours soir soirs matin nuit heure temps année annee " +
	"période periode endroit endroits lieu lieux ville villes pays quartier pièce piece salle monde " +
	"heures minute mois nuits instants moments époques epoques siècle siecle table chambre gare coin place lac " +
	"carrefour cachette grenier région region village rue route")

// whenNoun reports whether w, in lower case and past an elided article, is
// one of whenNouns (l'endroit, jour).
func whenNoun(w string) bool {
	_, rest := token.SplitElision(strings.ToLower(w))
	return whenNouns[rest]
}

// clauseEnd reports whether punctuation that ends a clause follows token i.
func clauseEnd(toks []token.Token, text string, i int) bool {
	j := after(toks, i)
	if j >= len(toks) || toks[j].Kind == token.Newline {
		return true
	}
	switch toks[j].Text(text) {
	case ",", ".", ";", ":", "!", "?", "…", ")":
		return true
	}
	return false
}

var etre = wordlist.Set("est sont suis es sommes êtes était étaient fut furent sera seront serait être étant " +
	"etes etait etaient etre etant")

// keepCapital writes accented in the case of w's first letter.
func keepCapital(w, accented string) string {
	if token.CaseOf(w) == token.Title {
		return applyCase(accented, token.Title)
	}
	return accented
}

// prepositionA reports whether "a" at token i reads as the preposition à:
// never after a subject pronoun (il a, qu'on a, il y a); always after être,
// a verb that is nothing else (commence à) or a word of aAfter (quant à);
// otherwise before a determiner, a number, an infinitive, a capitalised name
// or a word of aLocutions. Measured on fr_clean.txt, "à" is 92% to 100% of
// the determiner, number, infinitive and name contexts.
func prepositionA(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	if rangeA(lex, toks, text, i) {
		return true
	}
	if next := nextFull(toks, text, i); latinA[next] || next == "ete" || next == "été" {
		return false // a priori, a cappella; a été, whatever comes before (reconstitue a ete)
	}
	prev := strings.ToLower(previousWord(toks, text, i))
	if k := strings.LastIndexAny(prev, "'’"); k >= 0 {
		_, n := utf8.DecodeRuneInString(prev[k:])
		prev = prev[k+n:] // qu'on a, s'il a: the subject after the elision
	}
	if prev == "y" || prev == "en" || subjects[prev] {
		return false // il a, il y a, il y en a, qui a
	}
	if etre[prev] || invertedSubject(prev) || verbExcluded(lex, toks, text, i) {
		return true // il est à; dit-il à; quant à, mise à jour, salle à manger, petit à petit, il participe à
	}
	if conjugatedOnly(lex, prev, 0) {
		return true // commence à, parla à: a verb is not followed by the verb a
	}
	if verbBeforeAdverbs(lex, toks, text, i) || participleBefore(toks, text, i) {
		return true // je ne pensais plus à, n'est pas à, n'a pas à faire; il l'a dit à
	}
	j := after(toks, i)
	if j >= len(toks) {
		return false
	}
	if toks[j].Kind == token.Number {
		return true
	}
	if toks[j].Kind != token.Word {
		return false
	}
	word := toks[j].Text(text)
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsDigit(r) {
		return true // à 15h, à 10h30
	}
	next := nextWord(toks, text, i)
	cl := foldedClass(lex, elisionCut(word))
	switch {
	case next == "le" || next == "les":
		// à le, à les contract to au, aux before a noun: "a le droit" is
		// avoir, "a le faire" à with the pronoun.
		return foldedClass(lex, nextWord(toks, text, j)).Has(dict.Infinitive)
	case determiners[next] || locutionA(toks, text, i) || bareNounAfter(lex, toks, text, i) || adjectiveNounAfter(lex, toks, text, i):
		return true
	case lex.Class(prev).Has(dict.Numeral) && (toks[j].Kind == token.Number || cl.Has(dict.Numeral)):
		return true // deux à trois, trente à quarante
	case cl.Has(dict.Infinitive) && !infinitiveNouns[next]:
		return true
	case token.CaseOf(word) == token.Title || nameAfter(toks, text, i):
		return true
	}
	return false
}

// rangeA reports whether "a" at token i joins two numbers, a range (20 a
// 30, 1/1000 a 1/100); 1902 a été, where the year is the subject, is no
// range.
func rangeA(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	if j := i - 2; j < 0 || toks[j].Kind != token.Number || toks[i-1].Kind != token.Space {
		return false
	}
	k := after(toks, i)
	return k < len(toks) && (toks[k].Kind == token.Number || lex.Class(toks[k].Text(text)).Has(dict.Numeral))
}

// infinitiveAfter reports whether "a" at token i comes before an
// infinitive that is no noun: the verb avoir takes a participle, never an
// infinitive, so that even after a noun it is à (une solution à diluer,
// quelque chose à offrir); il a pouvoir, il a le dîner are nouns.
func infinitiveAfter(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	next := nextFull(toks, text, i)
	if next == "" || infinitiveNouns[next] {
		return false
	}
	cl := foldedClass(lex, next)
	return cl.Has(dict.Infinitive) && !cl.Has(dict.Noun) || cliticInfinitive(lex, toks, text, i)
}

// cliticInfinitive reports whether "a" at token i comes before one or two
// object pronouns, or tout, rien, bien, and then an infinitive: à nous
// consacrer, à lui répondre, à y entrer, à tout excuser, à bien
// l'observer. Avoir takes a participle there (il a tout fait), never an
// infinitive. Le, la, les are prepositionA's (a le faire; il a la ferme is
// avoir).
func cliticInfinitive(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	infinitive := func(w string) bool {
		cl := foldedClass(lex, w)
		return cl.Has(dict.Infinitive) && !cl.Has(dict.Noun) && !infinitiveNouns[w]
	}
	k := after(toks, i)
	for n := 0; n < 3 && k < len(toks) && toks[k].Kind == token.Word; n++ {
		w := strings.ToLower(toks[k].Text(text))
		switch prefix, rest := token.SplitElision(w); {
		case prefix != "":
			return clitics[prefix] && infinitive(rest) // à l'observer, à bien s'entendre
		case n > 0 && infinitive(w):
			return true
		case infinitiveClitics[w]:
			k = after(toks, k)
		default:
			return false
		}
	}
	return false
}

// infinitiveClitics come between à and its infinitive: object pronouns,
// and tout, rien, bien (à tout excuser, à ne rien dire is negationAfter's).
var infinitiveClitics = wordlist.Set("nous vous lui leur y en me te tout rien bien")

// nameAfter reports whether "a" at token i comes before a capitalised
// word inside the sentence: the verb seldom takes a bare name as its
// object, the preposition often does (né en 1975 à Johannesburg, la
// victoire à New York, plombier à Bar-le-Duc).
func nameAfter(toks []token.Token, text string, i int) bool {
	return toks[i].Text(text) == "a" && capitalisedAfter(toks, text, i)
}

// capitalisedAfter reports whether the word after token i is capitalised
// (a name: Lina, Bar-le-Duc, TNA) and no determiner or pronoun.
func capitalisedAfter(toks []token.Token, text string, i int) bool {
	j := after(toks, i)
	if j >= len(toks) || toks[j].Kind != token.Word {
		return false
	}
	w := toks[j].Text(text)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && token.CaseOf(w) != token.Lower && !determiners[strings.ToLower(w)] && !subjects[strings.ToLower(w)]
}

// verbAfterSubject reports whether the word before "a" at token i is a
// verb after its subject pronoun (il participe a un match, qui travaille a
// la mairie): a verb is not followed by the verb a, and the word cannot be
// the subject. The word must be a verb form that is no adjective, adverb,
// pronoun or function word (elle seule a, elle aussi a, on les a).
func verbAfterSubject(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	j := before(toks, i)
	if j < 0 || toks[j].Kind != token.Word {
		return false
	}
	k := before(toks, j)
	if k < 0 || toks[k].Kind != token.Word {
		return false
	}
	prefix, subject := token.SplitElision(strings.ToLower(toks[k].Text(text)))
	if !subjects[subject] || subject == "ce" || subject == "qui" || strings.HasPrefix(prefix, "qu") {
		return false // ce que tu dis a l'air, celui qui travaille a droit: the clause is the subject
	}
	if m := before(toks, k); m >= 0 && toks[m].Kind == token.Word && thatWords[strings.ToLower(toks[m].Text(text))] {
		return false
	}
	w := strings.ToLower(toks[j].Text(text))
	cl := lex.Class(w)
	return cl.Has(dict.VerbForm) && !cl.Has(dict.Adjective|dict.Adverb|dict.Pronoun|dict.FunctionWord) && !auxiliaries[w] && !participleEndings.Match(w)
}

// englishBefore reports whether the word before token i is English and
// not French (On a Wing and a Prayer).
func (c *checker) englishBefore(toks []token.Token, text string, i int) bool {
	prev := previousWord(toks, text, i)
	return prev != "" && c.foreign != nil && c.english.Do(prev, c.foreign.Contains) && !c.lex.Contains(prev)
}

// locutionA reports whether "a" at token i begins a locution of the
// preposition à: a word of aLocutions after it (à partir, à travers), tout
// à fait, à cause de, à moins que.
func locutionA(toks []token.Token, text string, i int) bool {
	next := nextWord(toks, text, i)
	switch {
	case aLocutions[next] || phraseA(toks, text, i):
		return true
	case next == "fait":
		return strings.EqualFold(previousWord(toks, text, i), "tout")
	case next == "peu":
		return strings.EqualFold(previousWord(toks, text, i), "peu") // peu à peu
	case next == "cause":
		return ofWords[nextWord(toks, text, after(toks, i))]
	case next == "moins":
		return thatWords[nextWord(toks, text, after(toks, i))]
	case next == "ne":
		return negationAfter(toks, text, i)
	case next == "la":
		return articleLocutions[dict.StripMarks(nextFull(toks, text, after(toks, i)))] // à la fois, à la suite
	case next == "l'" || next == "l’":
		_, rest := token.SplitElision(nextFull(toks, text, i))
		return articleLocutions[dict.StripMarks(rest)] // à l'issue, à l'égard
	}
	return false
}

// negationAfter reports whether a negation follows "a" at token i (à ne
// pas manquer, à ne rien dire): the verb's negation is n'a pas, never a ne.
func negationAfter(toks []token.Token, text string, i int) bool {
	if nextWord(toks, text, i) != "ne" {
		return false
	}
	after2 := nextWord(toks, text, after(toks, i))
	return negationAdverbs[after2] || after2 == "rien"
}

// articleLocutions are the nouns of the locutions "à la …" and "à l'…"
// that the verb a with an article does not take (à la fois, à la suite de,
// à l'issue de, à l'instar de; but il a la main, il a la tête dure),
// without their accents.
var articleLocutions = wordlist.Set("fois suite fin veille hauteur recherche demande instar egard encontre issue " +
	"occasion exception interieur exterieur etranger epoque image ecart avenir inverse origine aube lumiere " +
	"faveur merci portee")

// bareNounAfter reports whether "a" at token i is followed by a noun
// without a determiner that is not one of the nouns the verb avoir takes so
// (il a faim, il a lieu): à terre, à table, à moustaches, à clé. The noun
// must not be read as a participle without its accent (a passe: a passé),
// unless it is ten times as frequent (terre, not terré); a form of a verb
// that keeps its participle's spelling (a fini, a permis) is not a noun
// there.
func bareNounAfter(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	j := after(toks, i)
	if j >= len(toks) || toks[j].Kind != token.Word {
		return false
	}
	w := toks[j].Text(text)
	if token.CaseOf(w) != token.Lower || strings.ContainsAny(w, "'’-") || avoirNouns[w] {
		return false
	}
	cl, own := lex.Class(w), lex.Freq(w)
	readings := lex.Unfold(w)
	if cl == 0 {
		for _, c := range readings {
			if c.Form != w && c.Zipf > own {
				cl, own = lex.Class(c.Form), c.Zipf // cle: clé
			}
		}
	}
	if !cl.Has(dict.Noun) || cl.Has(dict.Adjective|dict.Adverb|dict.FunctionWord|dict.Numeral|dict.Infinitive) {
		return false
	}
	for _, c := range readings {
		if c.Form != w && isParticiple(lex, c.Form, lex.Class(c.Form)) && own-c.Zipf <= 1 {
			return false // a passe: a passé
		}
	}
	if cl.Has(dict.VerbForm) && participleLike.Match(w) {
		return false // a fini, a permis
	}
	return true
}

// adjectiveNounAfter reports whether "a" at token i comes before an
// adjective and a noun without a determiner: à longs cheveux, à forte
// liaison, à faible technicité. Avoir takes a determiner there, but in the
// set phrases of avoirAdjectives (avoir grand besoin, bonne mine).
func adjectiveNounAfter(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	j := after(toks, i)
	if j >= len(toks) || toks[j].Kind != token.Word {
		return false
	}
	adj := strings.ToLower(toks[j].Text(text))
	ac := foldedClass(lex, adj)
	if !ac.Has(dict.Adjective) || ac.Has(dict.VerbForm|dict.FunctionWord|dict.Infinitive|dict.Numeral|dict.Adverb) || avoirAdjectives[dict.StripMarks(adj)] {
		return false
	}
	k := after(toks, j)
	if k >= len(toks) || toks[k].Kind != token.Word {
		return false
	}
	noun := toks[k].Text(text)
	if prefix, _ := token.SplitElision(noun); prefix != "" {
		return false // a bien l'intention: l' is the noun's determiner
	}
	nc := foldedClass(lex, noun)
	return nc.Has(dict.Noun) && !nc.Has(dict.Adjective|dict.VerbForm|dict.FunctionWord)
}

// avoirAdjectives begin the set phrases of avoir without a determiner
// (avoir grand besoin, bonne mine, beau jeu, pleine conscience, double
// nationalité, forte fièvre, petite mine), written without accents.
var avoirAdjectives = wordlist.Set("grand grande grands grandes bon bonne bons bonnes mauvais mauvaise beau belle plein pleine " +
	"double meilleur meilleure pire juste vrai vraie forte petite nouveau nouvelle")

// participleLike are the endings of past participles that keep their
// spelling without accents (fini, permis, fait, ouvert, peint).
var participleLike = wordlist.NewEndings("i is it u us ert int")

// avoirNouns are the nouns that follow the verb avoir without a determiner
// (avoir faim, avoir lieu, avoir affaire à).
var avoirNouns = wordlist.Set("faim soif peur froid chaud raison tort besoin envie lieu hâte hate honte mal droit " +
	"accès acces cours trait soin confiance conscience affaire recours part horreur pitié pitie coutume " +
	"tendance intérêt interet vocation mission charge rendez-vous connaissance foi espoir beau priorité priorite " +
	"sommeil horreur mauvaise bonne cure")

// invertedSubject reports whether w is a verb with its subject pronoun
// after it (dit-il, demanda-t-elle): the next word cannot be the verb a.
func invertedSubject(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && k < len(w)-1 && invertedPronouns[w[k+1:]]
}

var invertedPronouns = wordlist.Set("je tu il elle on nous vous ils elles")

// thatWords introduce a clause: à moins que, à moins qu'il.
var thatWords = wordlist.Set("que qu' qu’")

// relatives are the relative pronouns that may begin a subject clause.
var relatives = wordlist.Set("qui dont lequel laquelle lesquels lesquelles")

// infinitiveNouns are infinitives that are also nouns the verb a takes
// without a determiner (il a pouvoir de, il a devoir de).
var infinitiveNouns = wordlist.Set("pouvoir devoir savoir vouloir souvenir plaisir loisir rire sourire diner dîner déjeuner dejeuner souper")

// foldedClass returns the classes of w, or when the lexicon does not know
// it, those of its readings with accents (etre: être, an infinitive).
func foldedClass(lex *dict.Lexicon, w string) dict.Class {
	if cl := lex.Class(w); cl != 0 {
		return cl
	}
	var cl dict.Class
	for _, c := range lex.Unfold(w) {
		cl |= lex.Class(c.Form)
	}
	return cl
}

// verbBeforeAdverbs reports whether "a" at token i follows a verb and
// adverbs of negation or time (ne pensais plus a, n'est pas a, n'a jamais
// a): the verb a never comes after them, while à does.
func verbBeforeAdverbs(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	j, adverbs := before(toks, i), 0
	for ; j >= 0 && toks[j].Kind == token.Word; j = before(toks, j) {
		w := strings.ToLower(toks[j].Text(text))
		if !negationAdverbs[w] {
			break
		}
		adverbs++
	}
	if adverbs == 0 || j < 0 || toks[j].Kind != token.Word {
		return false
	}
	_, w := token.SplitElision(strings.ToLower(toks[j].Text(text)))
	return auxiliaries[w] || lex.Class(w).Has(dict.VerbForm) && !lex.Class(w).Has(dict.Noun|dict.Pronoun|dict.FunctionWord)
}

// negationAdverbs come between a verb and the preposition à (ne pense plus
// à, n'est pas à, a toujours à cœur).
var negationAdverbs = wordlist.Set("pas plus jamais point guère guere toujours encore déjà deja")

// aLocutions are the words that follow the preposition à and never the verb
// a (à partir, à travers, à celui, à laquelle, tout à coup; à se faire: a
// reflexive pronoun comes before its verb, never after avoir).
var aLocutions = wordlist.Set("qui celui celle ceux celles laquelle lequel lesquels lesquelles quoi partir travers coup titre " +
	"nouveau propos condition cote peine jour force terme concurrence droite gauche maintes chacun chacune moi toi eux " +
	"bord pied cheval vapeur voix present présent savoir " +
	"se s' s’ me m' m’ te t' t’")

// aAfter are the words after which "a" is the preposition à (quant à, mise
// à jour, grâce à, salle à manger).
var aAfter = wordlist.Set("quant mise grace grâce face salle machine celui celle ceux celles " +
	"superieur superieure superieurs superieures inferieur inferieure inferieurs inferieures egal egale egaux egales " +
	"relatif relative relatifs relatives conforme conformes anterieur anterieure anterieurs anterieures " +
	"posterieur posterieure posterieurs posterieures identique identiques applicable applicables opposable opposables " +
	"imputable imputables recevable recevables destine destinee destines destinees")

// takesA reports whether "a" after prev (in lower case) is the preposition
// that the word governs: quant à, celui à qui, supérieure à cinq ans, relatif
// à (compared without accents, which a headline lost), garde à vue.
func takesA(prev, next string) bool {
	return aAfter[dict.StripMarks(prev)] || prev == "garde" && next == "vue"
}

var determiners = wordlist.Set("le la les l' l’ un une des du au aux ce cet cette ces son sa ses mon ma mes ton ta tes leur leurs notre nos votre vos chaque tout toute tous toutes quelques plusieurs")

// eligible rules out words the stage must not touch: with an accent
// already (a variant spelling, not a lost accent), with digits, too short,
// mixed case, or short acronyms outside an upper-case line.
func eligible(w string, toks []token.Token, text string, i int) bool {
	if utf8.RuneCountInString(w) < 2 || strings.IndexFunc(w, unicode.IsDigit) >= 0 || dict.HasMarks(w) {
		return false
	}
	if prefix, rest := token.SplitElision(w); prefix != "" {
		w = rest // l'Algerie: the case of Algerie
		if utf8.RuneCountInString(w) < 2 {
			return false
		}
	}
	switch token.CaseOf(w) {
	case token.Mixed:
		return false
	case token.Upper:
		return utf8.RuneCountInString(w) >= 5 || token.UpperLine(toks, text, i)
	}
	return !dotted(text, toks[i])
}

// dotted reports whether a full stop joins token t to a lower-case letter
// after it, or a letter before it to t: a file or setting name (zero.file,
// apt.conf), not a sentence's end, which a space or a capital follows.
func dotted(text string, t token.Token) bool {
	if t.End+1 < len(text) && text[t.End] == '.' {
		if r, _ := utf8.DecodeRuneInString(text[t.End+1:]); unicode.IsLower(r) {
			return true
		}
	}
	if t.Start >= 2 && text[t.Start-1] == '.' {
		if r, _ := utf8.DecodeLastRuneInString(text[:t.Start-1]); unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// candidates lists the known words that w could be with its accents, in
// w's case, most frequent first. An elided word ("l'economie") keeps its
// elision.
func candidates(lex *dict.Lexicon, w string) []candidate {
	prefix, rest := token.SplitElision(w)
	if prefix != "" && rest == "" {
		return nil
	}
	wc := token.CaseOf(rest)
	var out []candidate
	for _, c := range lex.Unfold(rest) {
		if c.Form == rest {
			continue
		}
		fc := token.CaseOf(c.Form)
		if fc != token.Lower && wc == token.Lower {
			continue // a name is not restored from a lower-case word
		}
		if (fc == token.Upper || fc == token.Mixed) && wc != token.Upper {
			continue // an acronym or a brand (ADA, YouTube): not a lost accent
		}
		restored := applyCase(c.Form, wc)
		if restored == "" || restored == rest {
			continue
		}
		if prefix != "" && !lex.Contains(prefix+restored) {
			continue
		}
		dup := false
		for _, o := range out {
			dup = dup || o.text == prefix+restored
		}
		if !dup {
			cl := lex.Class(c.Form)
			out = append(out, candidate{text: prefix + restored, form: c.Form, zipf: c.Zipf, class: cl, participle: isParticiple(lex, c.Form, cl)})
		}
	}
	if len(out) == 0 && strings.IndexByte(rest, '-') > 0 && !lex.Contains(rest) {
		if cd, ok := compound(lex, prefix, rest); ok {
			out = append(out, cd)
		}
	}
	return out
}

// compound restores a hyphenated word that the lexicon does not know as a
// whole, part by part (s'ecria-t-il: s'écria-t-il, grand-mere: grand-mère,
// ce soir-la: soir-là): each part is known as it is or has one clear
// reading with accents, and at least one part changes. Its frequency is that
// of its rarest restored part.
func compound(lex *dict.Lexicon, prefix, w string) (candidate, bool) {
	parts := strings.Split(w, "-")
	restored := make([]string, len(parts))
	best := candidate{zipf: 10}
	changed := false
	for k, part := range parts {
		switch {
		case part == "":
			return candidate{}, false
		case k > 0 && (part == "la" || part == "La" || part == "LA") && thereAfter(lex, parts[k-1]):
			restored[k] = applyCase("là", token.CaseOf(part)) // soir-là, celle-là
		case lex.Contains(part) || k == 0 && prefix != "" && lex.Contains(prefix+part):
			restored[k] = part
			continue
		default:
			cs := candidates(lex, part)
			cd, ok := leader(cs, 1)
			if !ok || k == 0 && prefix != "" && !lex.Contains(prefix+cd.text) {
				return candidate{}, false
			}
			if capitalOnly(part, cd.text) {
				restored[k] = part // Etat-cle: État is style (accent.capital), clé a lost accent
				continue
			}
			restored[k] = cd.text
			if cd.zipf < best.zipf {
				best = cd
			}
		}
		changed = true
	}
	if !changed {
		return candidate{}, false
	}
	best.text = prefix + strings.Join(restored, "-")
	if best.zipf == 10 {
		best.zipf = commonZipf
	}
	return best, true
}

// thereAfter reports whether "-la" after w is the adverb là (ce soir-là,
// celle-là), not the pronoun of an imperative (donne-la): w is a noun that
// is not a verb, or a demonstrative pronoun.
func thereAfter(lex *dict.Lexicon, w string) bool {
	switch strings.ToLower(w) {
	case "celui", "celle", "ceux", "celles":
		return true
	}
	cl := foldedClass(lex, w) // annee-la: année-là
	return cl.Has(dict.Noun) && !cl.Has(dict.VerbForm|dict.Infinitive)
}

// filter removes the candidates that would damage correct text:
//   - a capitalised word inside a sentence is a name: it is restored only to
//     a common name ("Coree" → "Corée") or a very common word ("President"),
//     and not when it is a name as it is (an English word, a word of a
//     spelling of the gazetteer: Gerard, Taiwan, Sao of Sao Tomé);
//   - a word of English in French text is left when an English word is next
//     to it (heavy metal, University of the…) or its French reading is rare
//     (beats is not béats); and, when it is at least as common in English as
//     its French reading, when it is quoted alone (« Depends »), follows the
//     noun that introduces a name of software (l'archive experimental), or
//     has an English word or code within four words of its sentence (ou même
//     experimental, echo $?): the terms of technical prose;
//   - an adjective does not take a gender that the noun before it, settled
//     by its determiner, refuses (la version experimental);
//   - delà stands only after au, par or en (dela is de la glued), and de
//     glued to a word that reads far better than the accented word (dedire:
//     de dire) is the split stage's;
//   - a ligature is not a lost accent (coeur is a spelling of cœur).
//
// On a line scraped without accents (headline), a capitalised word that is
// also English is a French name that lost its accents (Frederic, President)
// unless its French reading is rare or an English word is next to it.
func (c *checker) filter(cands []candidate, w string, toks []token.Token, text string, i int, headline bool) []candidate {
	english := c.foreign != nil && c.english.Do(w, c.foreign.Contains)
	midName := token.CaseOf(w) == token.Title && !token.SentenceStart(toks, text, i)
	if token.CaseOf(w) == token.Title && c.names.HasWord(w) || midName && english && !headline {
		return nil
	}
	if midName && letterAfter(toks, text, i) {
		return nil // Serie A, Formula E: a name that a letter ends
	}
	if english && c.englishNeighbour(toks, text, i, headline) {
		return nil
	}
	if english && len(cands) > 0 && c.foreign.Freq(w) >= cands[0].zipf &&
		(technical.Quoted(toks, text, i) || technical.Named(toks, text, i) || token.CaseOf(w) == token.Lower && c.englishNear(toks, text, i)) {
		return nil // « Depends », l'archive experimental, experimental near unstable: an English term of technical prose
	}
	gender, prev := c.nounGender(toks, text, i), previousWord(toks, text, i)
	var out []candidate
	for _, cd := range cands {
		switch {
		case !accentOnly(cd, w):
			continue // œ, æ: not an accent
		case midName && token.CaseOf(cd.form) != token.Lower && cd.zipf < commonZipf:
			continue // a rare name: Gerard is not Gérard here
		case midName && token.CaseOf(cd.form) == token.Lower && cd.zipf < veryCommonZipf && !(headline && cd.zipf >= headlineNameZipf):
			continue // a name, not a word: Gates is not gâtes; on a headline, Presidente is Présidente
		case english && cd.zipf < commonZipf:
			continue // beats is not béats
		case english && c.foreign.Freq(w) > cd.zipf+1:
			continue // the is far more likely English than thé
		case gender != 0 && cd.class.Parts() == dict.Adjective && cd.class&dict.Gender != 0 && cd.class&gender == 0:
			continue // la version experimental: the masculine expérimental cannot follow it
		case frwords.Unbound(cd.form, prev):
			continue // dela is de la glued but after au, par, en: delà stands nowhere else
		case frwords.DeGlue(c.lex, strings.ToLower(w), prev, cd.zipf):
			continue // dedire is de dire glued, far likelier than dédire (the split stage's)
		}
		out = append(out, cd)
	}
	if len(out) > 0 && !slices.ContainsFunc(out, func(cd candidate) bool { return !personalOnly(cd) }) && !jeTuBefore(toks, text, i) {
		return nil // par défaut : depends is no dépends without je or tu
	}
	if len(out) > 0 && c.foreignPassage(toks, text, i) {
		return nil // the udev system starts a user process: English, not a lost accent
	}
	return out
}

// personalOnly reports whether a candidate is only a verb form of the
// first or second person singular, by its ending: dépends, répètes,
// préférais, which only je or tu may conjugate (a participle in -és, -is or
// -us is not one).
func personalOnly(cd candidate) bool {
	if cd.class.Parts() != dict.VerbForm {
		return false
	}
	f := cd.form
	switch {
	case strings.HasSuffix(f, "ées") || strings.HasSuffix(f, "és") || strings.HasSuffix(f, "mes"):
		return false // a participle; fîmes, passâmes: nous
	case strings.HasSuffix(f, "es"), strings.HasSuffix(f, "ds"), strings.HasSuffix(f, "ais"):
		return true
	}
	return false
}

// jeTuBefore reports whether je, tu or vous (j', t' elided) comes among the
// three words before token i, or elided to it, in its clause (je ne
// dépends, tu les répètes, t'espères, vous êtes), or whether token i opens
// its clause, as an imperative does (Enfin, réponds).
func jeTuBefore(toks []token.Token, text string, i int) bool {
	if w := strings.ToLower(toks[i].Text(text)); strings.Contains(w, "-je") || strings.Contains(w, "-tu") ||
		strings.Contains(w, "-toi") || strings.Contains(w, "-moi") {
		return true // bénirais-je, défends-toi: the subject comes after
	}
	if prefix, _ := token.SplitElision(strings.ToLower(toks[i].Text(text))); prefix != "" {
		if r := prefix[:1]; r == "j" || r == "t" {
			return true
		}
	}
	seen := 0
	for j := i - 1; j >= 0 && seen < 3; j-- {
		t := toks[j]
		if t.Kind == token.Newline || t.Kind == token.Punct {
			// An imperative opens its clause: Enfin, réponds ; — Réponds.
			// Not after a colon or an opening quote, which cite a term
			// (par défaut : depends, « Depends: »).
			return seen == 0 && (t.Kind == token.Newline || strings.ContainsAny(t.Text(text), ".!?…,—–-"))
		}
		if t.Kind != token.Word {
			continue
		}
		seen++
		w := strings.ToLower(t.Text(text))
		if w == "je" || w == "tu" || w == "vous" {
			return true // vous êtes: -es is the second person plural's too
		}
		if prefix, _ := token.SplitElision(w); prefix != "" && (prefix[:1] == "j" || prefix[:1] == "t") {
			return true // j'en dépends, t'y prépares
		}
	}
	return seen == 0 // the text starts with it
}

// letterAfter reports whether the word after token i is a single capital
// letter that ends its phrase (Serie A), not an initial (Jean F. Kennedy)
// nor the article or preposition A of a title.
func letterAfter(toks []token.Token, text string, i int) bool {
	k := after(toks, i)
	if k >= len(toks) || toks[k].Kind != token.Word || k != i+2 {
		return false
	}
	l := toks[k].Text(text)
	if r, n := utf8.DecodeRuneInString(l); n != len(l) || !unicode.IsUpper(r) {
		return false
	}
	m := k + 1
	return m >= len(toks) || toks[m].Kind == token.Newline || toks[m].Kind == token.Punct && toks[m].Text(text) != "." ||
		toks[m].Kind == token.Space && (m+1 >= len(toks) || toks[m+1].Kind != token.Word || unicode.IsLower(firstRune(toks[m+1].Text(text))))
}

// firstRune returns the first rune of w.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// accentOnly reports whether a candidate differs from w by accents only,
// not by a ligature (cœur is not coeur with an accent).
func accentOnly(cd candidate, w string) bool {
	return strings.EqualFold(dict.StripMarks(cd.form), w) || strings.EqualFold(dict.StripMarks(cd.text), w)
}

// englishNeighbour reports whether the word before or after token i is
// English and not a common French word (king, of, heavy). On a headline, a
// word that is a French word without its accents (varies: variés) is not
// evidence of English: in "tres varies", tres is très.
func (c *checker) englishNeighbour(toks []token.Token, text string, i int, headline bool) bool {
	for _, j := range []int{i - 2, i + 2} {
		if j < 0 || j >= len(toks) || toks[j].Kind != token.Word || toks[(i+j)/2].Kind != token.Space {
			continue
		}
		n := toks[j].Text(text)
		if c.english.Do(n, c.foreign.Contains) && c.lex.Freq(n) < commonZipf && !(headline && c.frenchUnaccented(n)) {
			return true // English, and not a common French word
		}
	}
	return false
}

// englishNear reports whether a lower-case word that is English and no
// French word, or code (a path, an option), comes within nearWords words of
// token i, in its sentence: technical prose names English settings and
// suites in French sentences (la cible unstable (ou même experimental),
// echo $?).
func (c *checker) englishNear(toks []token.Token, text string, i int) bool {
	return c.englishOnSide(toks, text, i, -1) || c.englishOnSide(toks, text, i, 1)
}

// englishOnSide is englishNear on one side of token i: step -1 looks
// before it, 1 after it.
func (c *checker) englishOnSide(toks []token.Token, text string, i, step int) bool {
	seen := 0
	for j := i + step; j >= 0 && j < len(toks) && seen < nearWords; j += step {
		t := toks[j]
		if t.Kind == token.Newline || t.Kind == token.Punct && strings.ContainsAny(t.Text(text), ".!?;") {
			return false // the sentence ends
		}
		if t.Kind == token.Code {
			return true // a path, an option, an identifier: echo $?, aptitude -t experimental
		}
		if t.Kind != token.Word {
			continue
		}
		seen++
		n := t.Text(text)
		if c.foreignWord(n, true) {
			return true
		}
	}
	return false
}

// nearWords is how far englishNear and foreignPassage look, in words.
const nearWords = 4

// foreignPassage reports whether token i stands in a passage of another
// language: foreignWords or more of the nearWords words on each side of it,
// in its clause (not past a bracket or a quotation mark), are lower-case
// words that French does not know even without their accents. A French
// word there is a word
// of a quotation (per praecepta, breve et efficax; the udev system starts a
// user process), not a word that lost its accents.
func (c *checker) foreignPassage(toks []token.Token, text string, i int) bool {
	return c.foreignOnSide(toks, text, i, -1)+c.foreignOnSide(toks, text, i, 1) >= foreignWords
}

// foreignWord reports whether n is a lower-case word that French does not
// know, even without its accents, and, with english, one that English
// knows. The cheap tests come first: most words are known, and unfolding a
// word costs microseconds.
func (c *checker) foreignWord(n string, english bool) bool {
	if !lowerStart(n) || c.isKnown(n) || token.CaseOf(n) != token.Lower {
		return false
	}
	if english && !c.english.Do(n, c.foreign.Contains) {
		return false
	}
	return !c.frenchUnaccented(n)
}

// lowerStart reports whether w starts with a lower-case letter, looking at
// its first byte when it is ASCII.
func lowerStart(w string) bool {
	if b := w[0]; b < utf8.RuneSelf {
		return b >= 'a' && b <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// foreignWords is how many foreign words around a word make its passage
// foreign.
const foreignWords = 3

// foreignOnSide counts the foreign words of foreignPassage on one side of
// token i: step -1 looks before it, 1 after it.
func (c *checker) foreignOnSide(toks []token.Token, text string, i, step int) int {
	seen, foreign := 0, 0
	for j := i + step; j >= 0 && j < len(toks) && seen < nearWords; j += step {
		t := toks[j]
		if t.Kind == token.Newline || t.Kind == token.Punct && strings.ContainsAny(t.Text(text), ".!?;:,()[]«»\"“”") {
			break // the clause ends, or a bracket or a quotation does
		}
		if t.Kind != token.Word {
			continue
		}
		seen++
		n := t.Text(text)
		if len(n) >= 2 && !strings.ContainsAny(n, "0123456789") && c.foreignWord(n, false) {
			foreign++ // not 10h, 14h: de 10h a 12h et 14h a 17h is French
		}
	}
	return foreign
}

// nounGender returns the genders that an adjective restored at token i
// may take: that of the noun before it when a singular determiner settles
// it (la version), and, when that noun's phrase follows a preposition (la
// gravité du moment, un pot de la cave), that of the noun before the
// preposition too, which the adjective may qualify instead. It returns 0
// when nothing settles the first noun (des résultats, a word that is not
// only a noun).
func (c *checker) nounGender(toks []token.Token, text string, i int) dict.Class {
	n := before(toks, i)
	if n < 0 || toks[n].Kind != token.Word {
		return 0
	}
	d := before(toks, n)
	if d < 0 || toks[d].Kind != token.Word {
		return 0
	}
	cl := c.lex.Class(toks[n].Text(text))
	if cl.Parts() != dict.Noun {
		return 0
	}
	det, g := strings.ToLower(toks[d].Text(text)), cl&dict.Gender
	if g == 0 || g == dict.Gender || !agrees(cl, det) || !feminineDeterminers[det] && !masculineDeterminers[det] {
		return 0
	}
	q := -1 // the token before the preposition, when there is one
	if det == "du" || det == "au" {
		q = before(toks, d) // the preposition is in the determiner
	} else if p := before(toks, d); p >= 0 && toks[p].Kind == token.Word && c.lex.Class(toks[p].Text(text)).Parts() == dict.Preposition {
		q = before(toks, p)
	}
	if q >= 0 && toks[q].Kind == token.Word {
		if qc := c.lex.Class(toks[q].Text(text)); qc.Has(dict.Noun) {
			if qc&dict.Gender == 0 {
				return 0
			}
			g |= qc & dict.Gender
		}
	}
	return g
}

// frenchUnaccented reports whether w is a French word once accents are
// restored: a lower-case reading that is common (varies: variés).
func (c *checker) frenchUnaccented(w string) bool {
	for _, cd := range c.lex.Unfold(strings.ToLower(w)) {
		if cd.Form != w && token.CaseOf(cd.Form) == token.Lower && cd.Zipf >= commonZipf {
			return true
		}
	}
	return false
}

// decide reports the restoration of token i. A restoration that only puts
// an accent on a capital ("Etats" → "États") is a matter of style in French
// running text: it is applied in headlines and capitals (but for a lone A),
// suggested elsewhere.
func (c *checker) decide(p *pipeline.Pass, toks []token.Token, i int, cands []candidate, margin float64, headline bool) {
	lex := c.lex
	t := toks[i]
	w := t.Text(p.Text)
	best, sure := cands[0], len(cands) == 1
	if !sure {
		prev := previousWord(toks, p.Text, i)
		if aux, _, ok := auxiliaryBefore(toks, p.Text, i); ok && headline {
			prev = aux // n'a pas cree: the participle, past the adverbs
		} else if _, rest := token.SplitElision(prev); rest != prev && subjects[strings.ToLower(rest)] {
			prev = rest // qu'il redige: the subject after the elision
		}
		if j := before(toks, i); prev != "" && token.SentenceStart(toks, p.Text, j) && lex.Freq(strings.ToLower(prev)) >= veryCommonZipf &&
			!lex.Class(prev).Has(dict.ProperNoun) {
			prev = strings.ToLower(prev) // Page accédé le: a common word at the start, not a name (Pierre, Poutine)
		}
		if c, ok := elidedArticle(cands, w, prev); ok {
			best, sure = c, true
		} else if c, ok := afterPreposition(cands, prev); ok {
			best, sure = c, true // par arrete du 19 mai: arrêté
		} else if objectPronoun(toks, p.Text, i) {
			if c, ok := dominant(finiteOf(cands)); ok {
				best, sure = c, true // je le repete: répète
			}
		} else if c, ok := byContext(cands, prev, nextWord(toks, p.Text, i), objectAfter(lex, toks, p.Text, i), participleAfterNoun(lex, toks, p.Text, i)); ok {
			best, sure = c, true
		} else if cands[0].zipf-cands[1].zipf >= margin {
			sure = true
		}
	}
	// A lone capital A is as often left without its accent by the writer
	// as it is lost: À stays a suggestion even on a headline.
	if sure && (!headline || w == "A") && token.CaseOf(w) != token.Upper && capitalOnly(w, best.text) {
		p.Replace("accent.capital", pipeline.Accent, pipeline.Suggest, 0.6, "accent on a capital: "+w+" → "+best.text, t.Start, t.End, best.text)
		return
	}
	if sure && token.CaseOf(w) == token.Upper && bareCapitals(p, c) {
		p.Replace("accent.capital", pipeline.Accent, pipeline.Suggest, 0.6,
			"accent on a capital: "+w+" → "+best.text+" (the document writes its capitals without accents)", t.Start, t.End, best.text)
		return
	}
	if sure {
		p.Replace("accent.restore", pipeline.Accent, pipeline.Auto, 0.9, "accents lost: "+w+" → "+best.text, t.Start, t.End, best.text)
		return
	}
	var alts []string
	for _, c := range cands {
		alts = append(alts, c.text)
	}
	p.Replace("accent.ambiguous", pipeline.Accent, pipeline.Suggest, 0.5,
		"accents lost: "+w+" could be "+strings.Join(alts, ", "), t.Start, t.End, best.text)
}

// bareCapitals reports whether the document writes its capitals without
// accents as a rule, while its lower-case words carry theirs: three words
// in capitals or more that would take an accent, at least three times as
// many as the words in capitals that carry one (the headings of a drug
// leaflet: DENOMINATION DU MEDICAMENT, PROPRIETES PHARMACOLOGIQUES). An
// accent on a capital is then the writer's style, and restoring it is only
// suggested. A line alone in capitals (L'ECONOMIE DE LA COREE) shows no
// such rule. The document is read once, by the first pass that asks.
func bareCapitals(p *pipeline.Pass, c *checker) bool {
	return pipeline.DocMemo(p, "capitals", func() bool {
		doc, toks := p.Document()
		return c.capitalsBare(doc, toks)
	})
}

// capitalsBare is bareCapitals on a text. Most words start with a
// lower-case ASCII letter and need no more than a look at their bytes; the
// words in capitals without accents are looked up last, until there are
// enough.
func (c *checker) capitalsBare(text string, toks []token.Token) bool {
	accented, lowerMarks := 0, false
	var bare []string // words in capitals without accents
	for _, t := range toks {
		if t.Kind != token.Word {
			continue
		}
		w := t.Text(text)
		if b := w[0]; b < utf8.RuneSelf && (b < 'A' || b > 'Z') {
			lowerMarks = lowerMarks || dict.HasMarks(w)
			continue // a lower-case word, or a number
		}
		if len(w) > 1 && w[1] >= 'a' && w[1] <= 'z' {
			continue // capitalised, not in capitals
		}
		_, rest := token.SplitElision(w)
		switch token.CaseOf(rest) {
		case token.Upper:
			switch {
			case utf8.RuneCountInString(rest) < 2: // À, a lone capital
			case dict.HasMarks(rest):
				accented++
			default:
				bare = append(bare, w)
			}
		case token.Lower: // été
			lowerMarks = lowerMarks || dict.HasMarks(w)
		}
	}
	if !lowerMarks {
		return false
	}
	need, n := max(3, 3*accented), 0
	for _, w := range bare {
		if !c.isKnown(w) && len(c.candidates(w)) > 0 {
			n++ // DONNEES; not DES or DE, words without their accents too
			if n >= need {
				return true
			}
		}
	}
	return false
}

// elidedArticle chooses among the readings of a word elided after l': a
// noun or an adjective after the article (à l'écoute, à l'étage, not
// l'écouté, l'étagé), a conjugated verb after a subject, where l' is the
// pronoun (je l'écoute).
func elidedArticle(cands []candidate, w, prev string) (candidate, bool) {
	if prefix, _ := token.SplitElision(w); !articleL(prefix) {
		return candidate{}, false
	}
	if subjects[strings.ToLower(prev)] {
		return dominant(rankedFinite(cands))
	}
	return afterDeterminer(cands, "")
}

// previousWord returns the word before token i on the same line, "" if
// another token (punctuation) comes first.
func previousWord(toks []token.Token, text string, i int) string {
	j := before(toks, i)
	if j >= 0 && toks[j].Kind == token.Word {
		return toks[j].Text(text)
	}
	return ""
}

// auxiliaries are the forms of avoir and être, also without their accents:
// on a line that lost them, "a ete construit", "etre utilise".
var auxiliaries = wordlist.Set(avoirWords + " " +
	"est sont suis es sommes êtes était étaient étais sera seront serait seraient été étant être fut furent soit soient " +
	"fus fûmes fûtes fût serai seras serons serez serais serions seriez sois soyons soyez étions étiez " +
	"etes etait etaient etais ete etant etre fumes futes etions etiez")

// avoirForms are the forms of avoir among the auxiliaries.
var avoirForms = wordlist.Set(avoirWords)

const avoirWords = "a ai as avons avez ont avait avaient avais aurait auraient aura auront eu ayant avoir " +
	"avions aviez eut eurent eût eusse aurai auras aurons aurez aurions auriez aie aies ait ayons ayez aient"

var subjects = wordlist.Set("je j' tu il elle on nous vous ils elles qui ce cela ça")

// byContext chooses between a past participle and a conjugated form from
// the previous word: an auxiliary calls for the participle, a subject
// pronoun or a capitalised name for the conjugated verb.
func byContext(cands []candidate, prev, next string, object, afterNoun bool) (candidate, bool) {
	if determiners[strings.ToLower(prev)] {
		return afterDeterminer(cands, strings.ToLower(prev))
	}
	var participle, finite []candidate
	for _, c := range cands {
		if !c.class.Has(dict.VerbForm) {
			continue
		}
		if c.participle {
			participle = append(participle, c)
		} else if c.zipf > rareZipf {
			finite = append(finite, c) // not the unranked jetè, créè
		}
	}
	if len(participle) == 0 || prev == "" && next != "par" {
		return candidate{}, false
	}
	lower := strings.ToLower(prev)
	switch {
	case avoirForms[lower]:
		// After avoir the participle agrees only with an object before it:
		// n'a pas cree is créé, not crée, most of the time.
		return masculine(participle)
	case auxiliaries[lower]:
		for _, c := range cands {
			if !c.participle && c.class.Has(dict.Adjective) && c.zipf > rareZipf && next != "par" && !passiveAux[lower] {
				return candidate{}, false // est inquiete: inquiète or inquiété, être takes both (but est inquiete par, a été presente: the passive)
			}
		}
		return dominant(participle)
	case afterNoun && onlyVerbForms(cands):
		// un roman publie en 1758, le mineur emancipe est
		// (participleAfterNoun), even with no common conjugated form.
		return masculine(participle)
	case len(finite) == 0:
		return candidate{}, false // cree is créé or crée: no conjugated form to weigh
	case subjects[lower] || token.CaseOf(prev) == token.Title || finiteClitics[lower] || thatWords[lower]:
		// il prépare, se révèle, rien ne lui échappe; ce que concède
		// l'industrie (que before a verb form: 27 of 29 conjugated in
		// fr_clean.txt)
		return dominant(finite)
	case object:
		// le gouvernement prepare la réforme, l'orchestre decide
		// d'abandonner: a verb with its object.
		return dominant(finite)
	case next == "par":
		// recompense par, concerne par: before par, the participle of a
		// passive (85% of "-é par" and "-e par" in fr_clean.txt).
		return masculine(participle)
	}
	return candidate{}, false
}

// onlyVerbForms reports whether every candidate is a participle or a verb
// form that is nothing else: étage, a noun, is not the rare étagé after
// deuxième.
func onlyVerbForms(cands []candidate) bool {
	for _, c := range cands {
		if !c.participle && c.class.Parts()&^dict.VerbForm != 0 {
			return false
		}
	}
	return true
}

// participleAfterNoun reports whether token i, a verb form that may be a
// past participle, reads as one by the words around it: after un, or after
// a noun and before the end of a sentence, par, en, et, qui or dans (un
// roman publie en 1758, le notaire charge.). Of the verb forms of
// fr_clean.txt that are nothing else and have a participle with the same
// letters, those after a noun are participles in 82% of cases before a
// punctuation mark, 95% before par, 89% before en, 96% before et, 78%
// before dans; after un, all 42 are; before a determiner, 15% at most. A
// comma after the word, an object pronoun before it (l'exige) or que before
// the noun's determiner (ce que la loi autorise) make it the verb of that
// noun.
func participleAfterNoun(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	w := toks[i].Text(text)
	if prefix, _ := token.SplitElision(w); prefix != "" || token.CaseOf(w) != token.Lower {
		return false
	}
	prev := previousWord(toks, text, i)
	if strings.EqualFold(prev, "un") {
		return true
	}
	_, prev = token.SplitElision(prev)
	next := nextWord(toks, text, i)
	if prev == "" || token.CaseOf(prev) != token.Lower || !sentenceEndOrWord(toks, text, i) ||
		!participleNext[next] && !(etre[next] && next != "être" && next != "etre" || finiteOnly(lex, next)) {
		return false
	}
	if cl := foldedClass(lex, prev); !cl.Has(dict.Noun) || cl.Has(dict.VerbForm|dict.Adverb|dict.FunctionWord) {
		return false
	}
	d := before(toks, before(toks, i))
	return d < 0 || !determiners[strings.ToLower(toks[d].Text(text))] || !thatWords[strings.ToLower(previousWord(toks, text, d))]
}

// sentenceEndOrWord reports whether token i is followed by a word, the end
// of the line or a full stop, not by another punctuation mark.
func sentenceEndOrWord(toks []token.Token, text string, i int) bool {
	j := after(toks, i)
	if j >= len(toks) || toks[j].Kind != token.Punct {
		return true
	}
	return toks[j].Text(text) == "."
}

// finiteOnly reports whether w is a conjugated verb and nothing else, not
// a participle: after a noun and a verb form, it makes that verb form the
// noun's participle (le mineur emancipe cesse: émancipé).
func finiteOnly(lex *dict.Lexicon, w string) bool {
	cl := lex.Class(w)
	return cl.Parts() == dict.VerbForm && !participleEndings.Match(w)
}

// participleNext are the words after which a verb form that follows a
// noun is most often its participle; "" stands for the end of a clause.
var participleNext = map[string]bool{"": true, "par": true, "en": true, "et": true, "qui": true, "dans": true}

// afterPreposition chooses, after a preposition, among the candidates that
// are not a conjugated verb and nothing else, which no preposition takes
// (par arrete: arrêté, not arrête; en refere: référé); the one left, or the
// dominant one. En, also a pronoun (il en parle), is left out.
func afterPreposition(cands []candidate, prev string) (candidate, bool) {
	if !prepositions[strings.ToLower(prev)] {
		return candidate{}, false
	}
	var rest []candidate
	for _, c := range cands {
		if c.participle || c.class.Parts() != dict.VerbForm {
			rest = append(rest, c)
		}
	}
	if len(rest) == len(cands) {
		return candidate{}, false
	}
	return dominant(rest)
}

// prepositions take a noun, an infinitive or a participle, never a
// conjugated verb.
var prepositions = wordlist.Set("à a de par pour sans avec dans sur sous contre vers chez après apres avant depuis " +
	"pendant selon malgré malgre dès des parmi")

// participlesOf returns the participles among the candidates.
func participlesOf(cands []candidate) []candidate {
	var participles []candidate
	for _, c := range cands {
		if c.participle {
			participles = append(participles, c)
		}
	}
	return participles
}

// rankedFinite returns the ranked conjugated forms among the candidates,
// not the participles nor the unranked forms (jetè, créè).
func rankedFinite(cands []candidate) []candidate {
	var finite []candidate
	for _, c := range cands {
		if c.class.Has(dict.VerbForm) && !c.participle && c.zipf > rareZipf {
			finite = append(finite, c)
		}
	}
	return finite
}

// finiteOf returns the conjugated forms among the candidates, not the
// participles: the ranked ones, or when none is ranked the unranked ones
// but those in -è, which no text writes (évince, not évincè).
func finiteOf(cands []candidate) []candidate {
	if ranked := rankedFinite(cands); len(ranked) > 0 {
		return ranked
	}
	var unranked []candidate
	for _, c := range cands {
		if c.class.Has(dict.VerbForm) && !c.participle && !strings.HasSuffix(c.form, "è") && !strings.HasSuffix(c.form, "ès") {
			unranked = append(unranked, c)
		}
	}
	return unranked
}

// rareZipf is the frequency of the unranked forms of the lexicon, such as
// the conjugated forms in -è (jetè, créè) that no text writes.
const rareZipf = 2.0

// objectPronoun reports whether token i follows an object pronoun: le,
// la, les after a subject, qui, que, ne or comme (je le repete, comme le
// demontre), or its own elided l' after one of them (celui qui l'appose):
// the word is then a conjugated verb.
func objectPronoun(toks []token.Token, text string, i int) bool {
	j := i
	if prefix, _ := token.SplitElision(toks[i].Text(text)); !articleL(prefix) {
		j = before(toks, i)
		if j < 0 || toks[j].Kind != token.Word || !objectPronouns[strings.ToLower(toks[j].Text(text))] {
			return false
		}
	}
	return pronounHosts[strings.ToLower(previousWord(toks, text, j))]
}

// articleL reports whether an elision prefix is l' (either apostrophe),
// the article or the pronoun.
func articleL(prefix string) bool {
	return strings.EqualFold(prefix, "l'") || strings.EqualFold(prefix, "l’")
}

// objectPronouns are the object pronouns that are also articles.
var objectPronouns = wordlist.Set("le la les")

// pronounHosts come before an object pronoun, never before an article.
var pronounHosts = wordlist.Set("je j' j’ tu il elle on nous vous ils elles qui que qu' qu’ ne n' n’ comme")

// passiveAux are the forms of être after which a participle is far more
// common than an adjective: a été présenté, ne pourra être célébré.
var passiveAux = wordlist.Set("été ete être etre étant etant")

// finiteClitics come before a conjugated verb and never before a
// participle but with an auxiliary between (se révèle, ne gâte, lui
// échappe; s'est révélé has est after se).
var finiteClitics = wordlist.Set("se s' s’ me m' m’ te t' t’ ne n' n’ lui leur nous vous")

// objectAfter reports whether token i, a verb, is followed by what reads as
// its object: a determiner, not one that begins a date or a span of time
// (créé le 5 mars, publié la semaine dernière), or de and an infinitive
// (décide de partir).
func objectAfter(lex *dict.Lexicon, toks []token.Token, text string, i int) bool {
	next := nextWord(toks, text, i)
	j := after(toks, i)
	if j >= len(toks) || contracted[next] || !determiners[next] && !ofWords[next] {
		return false // conférés au conseil, détournés aux frais
	}
	if _, _, aux := auxiliaryBefore(toks, text, i); aux {
		return false // a également appelé les autorités
	}
	_, prev := token.SplitElision(previousWord(toks, text, i))
	if prev == "" || token.CaseOf(prev) != token.Lower || !lex.Class(prev).Has(dict.Noun) || avoirForms[prev] {
		return false // the subject, a noun, comes before: et amélioré l'infrastructure, pas éloigné de supposer
	}
	k := j
	if !strings.ContainsAny(toks[j].Text(text), "'’") {
		k = after(toks, j)
	}
	if k >= len(toks) || toks[k].Kind != token.Word {
		return false // le 5 mars: a number
	}
	_, w := token.SplitElision(strings.ToLower(toks[k].Text(text)))
	if ofWords[next] {
		return foldedClass(lex, w).Has(dict.Infinitive)
	}
	return !timeNouns[w] && !foldedClass(lex, w).Has(dict.Numeral)
}

// contracted are the articles that contract à or de, which follow a
// participle as often as a verb (conférés au conseil, chargé des travaux).
var contracted = wordlist.Set("au aux du des")

// timeNouns follow a determiner that begins a span of time after a
// participle (publié la semaine dernière, créé l'an passé).
var timeNouns = wordlist.Set("semaine semaines mois an ans année annee années annees jour jours lendemain veille soir matin " +
	"nuit été ete hiver printemps automne siècle siecle décennie decennie week-end")

// masculine returns the masculine singular participle of the group (créé,
// not crée), or the dominant one.
func masculine(participle []candidate) (candidate, bool) {
	for _, c := range participle {
		if strings.HasSuffix(c.form, "é") {
			return c, true
		}
	}
	return dominant(participle)
}

// afterDeterminer chooses among the candidates that can follow a
// determiner (nouns and adjectives, not conjugated verbs): le precedent is
// le précédent, not précèdent; la reserve is la réserve; and, after a
// determiner of one gender (det), not a noun of the other only (le modele,
// la tete). The one ranked noun among them wins over adjectives and
// participles, which a determiner seldom takes alone: les eleves are
// élèves, not élevés.
func afterDeterminer(cands []candidate, det string) (candidate, bool) {
	var nominal, nouns []candidate
	for _, c := range cands {
		if c.class.Has(dict.Noun|dict.Adjective) && agrees(c.class, det) {
			nominal = append(nominal, c)
		}
		if c.class.Has(dict.Noun) && c.zipf > rareZipf {
			nouns = append(nouns, c)
		}
	}
	if len(nouns) == 1 && len(nominal) > 1 && nouns[0].zipf >= nominal[0].zipf-1 {
		return nouns[0], true // l'eleve is l'élève, les recoltes les récoltes: a noun, not the adjective élevé; but la même, not mème
	}
	return leader(nominal, 0.25)
}

// dominant returns the only candidate of a group, or the most frequent one
// when it is ten times as frequent as the next (prépare, not the rare
// préparè).
func dominant(group []candidate) (candidate, bool) { return leader(group, 1) }

// leader returns the only candidate of a group sorted by frequency, or the
// first one when it leads the second by margin (in Zipf units).
func leader(group []candidate, margin float64) (candidate, bool) {
	switch {
	case len(group) == 1:
		return group[0], true
	case len(group) > 1 && group[0].zipf-group[1].zipf >= margin:
		return group[0], true
	}
	return candidate{}, false
}

// capitalOnly reports whether restored differs from w only by accents on
// capital letters.
func capitalOnly(w, restored string) bool {
	a, b := []rune(w), []rune(restored)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !unicode.IsUpper(b[i]) {
			return false
		}
	}
	return true
}

// participleEndings end the past participles whose accent can be lost.
var participleEndings = wordlist.NewEndings("é ée és ées")

// isParticiple reports whether form, of class cl, is a past participle
// whose accent can be lost: a verb form in -é or -és, or in -ée or -ées
// when its masculine is a verb form too (créée of créé), so that crée, a
// conjugated form of créer, is not read as one.
func isParticiple(lex *dict.Lexicon, form string, cl dict.Class) bool {
	if !cl.Has(dict.VerbForm) || !participleEndings.Match(form) {
		return false
	}
	switch {
	case strings.HasSuffix(form, "ée"):
		return lex.Class(form[:len(form)-1]).Has(dict.VerbForm)
	case strings.HasSuffix(form, "ées"):
		return lex.Class(form[:len(form)-2] + "s").Has(dict.VerbForm)
	}
	return true
}

// applyCase writes form in the case of a word: as it is for lower case,
// capitalised for Title, all capitals for UPPER.
func applyCase(form string, c token.Case) string {
	switch c {
	case token.Lower:
		return form
	case token.Title:
		return token.Capitalize(form)
	case token.Upper:
		return strings.ToUpper(form)
	}
	return ""
}
