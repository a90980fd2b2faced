// Package split defines the split stage, which puts back the spaces that
// scraping lost: between two words ("Poutineeffectuera" → "Poutine
// effectuera") and after punctuation ("russe.Il" → "russe. Il").
package split

import (
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

// New returns the stage, which reads the lexicon and the gazetteer from res.
func New(res *resources.Resources) *pipeline.Stage {
	return &pipeline.Stage{
		Name:      "split",
		Languages: dict.Languages,
		Doc: `insert the spaces lost between glued words and after punctuation

A word unknown to the lexicon (and not a name of the gazetteer, a number, an
acronym, or a word the document uses twice) is cut into known words by dynamic
programming over word probabilities: Zipf frequencies from the lexicon and the
--freq files, raised for words the same document uses ("Poutine" six times in an
article makes "Poutineeffectuera" easy). A capitalised word is only cut after a
word the document uses (Dupin is not "Du pin"), at the start of a sentence after
a function word (Lespatients; Le or La only before a common or abstract noun:
Laréaction, but Lacroix), or when a determiner is glued to a capitalised word
(LeMonde; not LaBeouf); after an article it is a name unless a verb is glued to it
(la Malibran, but le Marocpensait). Short parts must be function words or short verbs (va,
pu), and a word one letter away from a known word is a typo, not glued words.
Only cuts in two parts are made: applied (split.glued, auto) when each part is
common and the cut beats the next best clearly, suggested otherwise. An acronym glued
to a function word or a verb (HTTPet) and a word in capitals on a heading in capitals
are cut too, and so is a unit glued to the word after it, after a number (250
mgpoudre). The names of technical prose are only suggested: English compounds
(changelog, unzip, debuild), identifiers in camel case (typeDép) and names whose second
part is a common noun (LinuxJournal; but JeanneFortier is cut), a name after the noun
that introduces it (la commande lintian) and an argument after its command and
subcommand (la commande apt-cache showsrc monpaquet), an item of a list whose next item
is an identifier (dhelp ou doccentral); a word beside a slash (debian/changelog) is
left. A full stop or comma glued to the next word ("russe.Il",
"russe,il") gets its space back when both words are known (split.punct); "3.5",
"M.Dupont", "U.S.", NEWS.Debian and addresses are left alone.`,
		Run: func(p *pipeline.Pass) error {
			lex, err := res.Lexicon(p.Lang)
			if err != nil {
				return err
			}
			g, err := res.Gazetteer()
			if err != nil {
				return err
			}
			s := newSplitter(lex, g, p)
			if p.Lang != "en" {
				if s.foreign, err = res.Lexicon("en"); err != nil {
					return err
				}
			}
			s.known = pipeline.SharedMemo[bool](p, resources.ContainsMemo)
			s.run(p)
			return nil
		},
	}
}

type splitter struct {
	lex     *dict.Lexicon
	foreign *dict.Lexicon // English, for French text: English words are not cut
	names   *names.Gazetteer
	pass    *pipeline.Pass           // whose document state holds the words of
	state   *docState                // of the pass's document, as it is now; nil until needed
	known   *pipeline.WordMemo[bool] // Contains for the less frequent words, shared with accent
}

// docState is what the stage keeps of a document for all its rounds (a
// DocMemo): the counts of its words and the cuts found for them, as of
// text. A round that changed words changes the counts, and a cut may
// depend on them: a document that gains "Age" by "laAge" → "la Age" makes
// "aage" "a age" in the same run, as a second run would.
type docState struct {
	text   string
	counts *wordCounts
	cuts   map[string][2]cut // segment's results by word
}

// isKnown reports whether the lexicon (or a --freq file) knows w.
func (s *splitter) isKnown(w string) bool {
	return s.lex.Frequent(w) || s.known.Do(w, s.lex.Contains) || s.lex.InFreqFiles(w)
}

// wordCounts count the words of a document, but for the lower-case words
// of the lexicon's frequent forms at least docZipf common, whose counts
// change no decision (see doc).
type wordCounts struct {
	exact map[string]int // word as written → occurrences
}

// lower returns the occurrences of a lower-case word in lower case,
// capitalised or in capitals (chat, Chat, CHAT; not cHat).
func (c *wordCounts) lower(w string) int {
	n := c.exact[w]
	if t := token.Capitalize(w); t != w {
		n += c.exact[t]
		if u := strings.ToUpper(w); u != t {
			n += c.exact[u]
		}
	}
	return n
}

func newSplitter(lex *dict.Lexicon, g *names.Gazetteer, p *pipeline.Pass) *splitter {
	return &splitter{lex: lex, names: g, pass: p}
}

// doc returns the word counts of the document as it is now; a document
// whose words are all known never needs them.
func (s *splitter) doc() *wordCounts { return s.docState().counts }

// docState returns the state of the document, counted by the stage's first
// pass that needs it and brought up to date with the lines that the later
// rounds changed.
func (s *splitter) docState() *docState {
	if s.state != nil {
		return s.state
	}
	text, toks := s.pass.Document()
	st := pipeline.DocMemo(s.pass, "doc", func() *docState {
		return &docState{text: text, counts: s.countMarking(text, toks, nil), cuts: map[string][2]cut{}}
	})
	if st.text != text {
		if !pipeline.ChangedLines(st.text, text, func(old, cur string) {
			s.tally(st.counts, old, -1)
			s.tally(st.counts, cur, +1)
		}) {
			st.counts = s.countMarking(text, toks, nil)
		}
		st.text = text
		clear(st.cuts)
	}
	s.state = st
	return st
}

// tally adds delta to the counts of the words of a line.
func (s *splitter) tally(c *wordCounts, line string, delta int) {
	for _, t := range token.Tokenize(line, nil) {
		if t.Kind != token.Word {
			continue
		}
		w := t.Text(line)
		if s.counted(w, nil, 0) {
			if c.exact[w] += delta; c.exact[w] <= 0 {
				delete(c.exact, w)
			}
		}
	}
}

// countMarking counts the words of text and, when frequent is not nil,
// marks in it the tokens that are frequent forms of the lexicon, with the
// same lookup.
func (s *splitter) countMarking(text string, toks []token.Token, frequent []bool) *wordCounts {
	c := &wordCounts{exact: make(map[string]int, len(toks)/16+8)}
	for i, t := range toks {
		if t.Kind != token.Word {
			continue
		}
		if w := t.Text(text); s.counted(w, frequent, i) {
			c.exact[w]++
		}
	}
	return c
}

// counted reports whether the counts hold w and, when frequent is not nil,
// marks at i whether w is a frequent form of the lexicon. The counts matter
// for unknown words, capitalised first parts and parts less common than
// docZipf: not for "les" or "pour".
func (s *splitter) counted(w string, frequent []bool, i int) bool {
	z, ok := s.lex.FrequentZipf(w)
	if frequent != nil {
		frequent[i] = ok
	}
	return !ok || z < docZipf || w[0] < 'a' || w[0] > 'z'
}

// eagerCounts is the size from which a first pass counts the document's
// words before it looks at them, marking its frequent words as it goes:
// a large document always has a word that needs the counts, and the marks
// save glued a lookup per word. A shorter one (a JSON Lines record) is
// counted only when a word needs it, which most never do.
const eagerCounts = 64 << 10

func (s *splitter) run(p *pipeline.Pass) {
	toks := p.Tokens()
	var frequent []bool // marked by countMarking, when it runs first
	if doc, _ := p.Document(); len(doc) >= eagerCounts && doc == p.Text {
		pipeline.DocMemo(p, "doc", func() *docState {
			frequent = make([]bool, len(toks))
			return &docState{text: doc, counts: s.countMarking(doc, toks, frequent), cuts: map[string][2]cut{}}
		})
	}
	for i, t := range toks {
		if t.Kind != token.Word {
			continue
		}
		if frequent == nil || !frequent[i] {
			s.glued(p, toks, i)
		}
		if i+2 < len(toks) && toks[i+1].Kind == token.Punct && toks[i+2].Kind == token.Word {
			s.punct(p, t, toks[i+1], toks[i+2])
		}
	}
}

// Thresholds of the decision, in Zipf units (log10 of occurrences per
// billion words).
const (
	minAutoZipf = 3.0 // each part of an applied cut is at least this common
	minLongZipf = 2.0 // or this common when both parts have five letters or more
	minZipf     = 2.0 // each part of any cut
	margin      = 1.0 // an applied cut beats the next best by this much
	docZipf     = 5.0 // a word the document uses counts as this common
	minRunes    = 4   // shorter unknown words are not cut
)

// camel cuts a word whose second part starts with a capital: "deTrump" →
// "de Trump", "voyantMaria" → "voyant Maria" (applied after a known
// lower-case word); "FrançoisClerc" → "François Clerc" (suggested: brands
// write PowerPoint). It reports whether it handled the word.
func (s *splitter) camel(p *pipeline.Pass, t token.Token) bool {
	w := t.Text(p.Text)
	cut, upper := -1, 0
	prevLower := false
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
			if prevLower {
				if cut >= 0 {
					return false // more than one: McDonaldsBurger, not a glue
				}
				cut = i
			}
			prevLower = false
		case unicode.IsLower(r):
			prevLower = true
		default:
			return false
		}
	}
	if cut < 0 {
		return false
	}
	left, right := w[:cut], w[cut:]
	if utf8.RuneCountInString(left) < 2 || utf8.RuneCountInString(right) < 2 || s.lex.Contains(w) || s.names.HasWord(w) {
		return true
	}
	tier := pipeline.Auto
	switch caseOf := strings.ToLower(left) == left; {
	case caseOf && s.lex.Contains(left):
		if utf8.RuneCountInString(right) < 4 && !isUpperWord(right) && !s.lex.Contains(right) && !s.names.HasWord(right) {
			tier = pipeline.Suggest // typeDép, an identifier: a name or a word starts the second part of a glue
		}
	case camelDeterminers[left] && utf8.RuneCountInString(right) >= 4 && strings.ToUpper(right) != right &&
		(s.lex.Contains(strings.ToLower(right)) || s.isPlace(right)):
		// LeMonde, LesNouvelles, EnBelgique: a determiner or preposition,
		// then a capitalised word; LaBeouf and DeLorean stay whole.
	case !caseOf && utf8.RuneCountInString(left) >= 3 && s.lex.Contains(left) && utf8.RuneCountInString(right) >= 3:
		tier = pipeline.Suggest
		if s.lex.Class(left).Has(dict.ProperNoun) && utf8.RuneCountInString(right) >= 4 && strings.ToUpper(right) != right &&
			!s.strippedCommon(strings.ToLower(left)) && !s.productWord(right) {
			tier = pipeline.Auto // PatrickBalkany, JeanneFortier: a first name, then a name; not Pre (pré) in PreDepends
		}
	default:
		return true
	}
	out := left + " " + right
	p.Replace("split.glued", pipeline.Split, tier, 0.85, "words glued together: "+w+" → "+out, t.Start, t.End, out)
	return true
}

// acronym cuts an acronym glued to the word after it: "HTTPet" → "HTTP
// et", "DNSest" → "DNS est", "TNAImpact" → "TNA Impact" (the last capital
// starts the word). The acronym has three capitals or more, or two that
// make a known one (VIdu, IPne; QAnon is a name), the word two letters or
// more and is common (a plural, PMEs, or a derived word, HTMLisation, is no
// glue); the cut is applied before a function word or a verb, suggested
// before a noun, which makes product names as often (DECstations). It
// reports whether it handled the word.
func (s *splitter) acronym(p *pipeline.Pass, t token.Token) bool {
	elided, w := token.SplitElision(t.Text(p.Text)) // l'AUTHfonctionne
	caps := 0
	for caps < len(w) && 'A' <= w[caps] && w[caps] <= 'Z' {
		caps++
	}
	if caps < 2 || caps == len(w) || strings.HasPrefix(w, "OE") || strings.HasPrefix(w, "AE") {
		return false // OEil, OEuvre: Œ written in two capitals
	}
	for _, r := range w[caps:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	if s.lex.Contains(w) || s.lex.Contains(strings.ToLower(w)) || s.lex.Contains(token.Capitalize(strings.ToLower(w))) || s.names.HasWord(w) {
		return true // a word of its own
	}
	cut := caps
	if tail := w[caps:]; utf8.RuneCountInString(tail) < 2 || !s.lex.Contains(tail) || s.lex.Freq(tail) < minAutoZipf {
		// TNAImpact: the last capital starts a capitalised word
		if caps < 3 || len(w)-caps < 3 || !s.lex.Contains(w[caps-1:]) || s.lex.Freq(strings.ToLower(w[caps-1:])) < minAutoZipf {
			return true
		}
		cut = caps - 1
	}
	if cut < 3 && !s.lex.Contains(w[:cut]) {
		return true // QAnon: two capitals that no acronym known makes are a name's
	}
	// A function word or a verb glued to an acronym is glue (HTTPet, RECOpeut);
	// a noun makes product names as often (DECstations, SPARCStations).
	tier := pipeline.Suggest
	if tail := w[cut:]; cut == caps && (grammatical(tail) || s.lex.Class(tail).Has(dict.FunctionWord|dict.VerbForm) && !s.lex.Class(tail).Has(dict.Noun)) {
		tier = pipeline.Auto
	}
	out := elided + w[:cut] + " " + w[cut:]
	p.Replace("split.glued", pipeline.Split, tier, 0.85, "words glued together: "+elided+w+" → "+out, t.Start, t.End, out)
	return true
}

// unit cuts a unit of measure glued to the word after it, after a number:
// "250 mgpoudre" → "250 mg poudre", "1 mlcontient", "500 UIde". The glued
// word must be unknown (12 habits is no ha bits), and the word after the
// unit a known word, common or a function word. It reports whether it
// handled the word.
func (s *splitter) unit(p *pipeline.Pass, toks []token.Token, i int) bool {
	j := before(toks, i)
	if j < 0 || toks[j].Kind != token.Number {
		return false
	}
	t := toks[i]
	w := t.Text(p.Text)
	if s.isKnown(w) || s.names.HasWord(w) {
		return false // 12 habits, 3 mmes: a word of its own
	}
	for _, u := range units {
		rest, ok := strings.CutPrefix(w, u)
		if !ok || utf8.RuneCountInString(rest) < 2 || strings.ToLower(rest) != rest || !s.isKnown(rest) ||
			s.lex.Freq(rest) < minAutoZipf && !grammatical(rest) {
			continue
		}
		out := u + " " + rest
		p.Replace("split.glued", pipeline.Split, pipeline.Auto, 0.9, "unit glued to a word: "+w+" → "+out, t.Start, t.End, out)
		return true
	}
	return false
}

// units are the units of measure of two letters or more that follow a
// number (one letter, g or h, starts too many words).
var units = []string{"mg", "µg", "mcg", "kg", "ml", "cl", "dl", "km", "cm", "mm", "UI", "kW", "MW", "GW", "ha"}

// glued cuts an unknown word into known words.
func (s *splitter) glued(p *pipeline.Pass, toks []token.Token, i int) {
	t := toks[i]
	w := t.Text(p.Text)
	if s.lex.Frequent(w) {
		return // known, so neither camel case nor glued words
	}
	if slashed(p.Text, t) {
		return // debian/changelog, et/ou: one side of a pair that a slash joins, no glued words
	}
	if s.unit(p, toks, i) || s.camel(p, t) || s.acronym(p, t) {
		return
	}
	prefix, rest := token.SplitElision(w)
	heading := upperHeading(toks, p.Text, i, rest)
	if heading {
		rest = strings.ToLower(rest) // DENOMINATIONDU of a heading in capitals: cut as denominationdu
	}
	if !s.candidate(w, rest) || s.usedTwice(w) {
		return
	}
	sentenceStart := prefix == "" && token.SentenceStart(toks, p.Text, i)
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && !sentenceStart && !s.nameMayCut(rest) {
		return // a name inside a sentence that capitalOK would refuse whatever the cut
	}
	best, second, ok := s.segment(rest)
	if !ok || len(best.parts) != 2 || !s.plausible(best, rest, sentenceStart, wordBefore(toks, p.Text, i)) {
		return
	}
	if s.prepositionQue(best) {
		return
	}
	if first := best.parts[0]; first != strings.ToLower(first) && !sentenceStart && !grammatical(best.parts[1]) &&
		!s.lex.Class(best.parts[1]).Has(dict.VerbForm) && nameArticles[strings.ToLower(wordBefore(toks, p.Text, i))] {
		return // la Malibran: an article makes a name of what follows, not "Mali bran" (but le Marocpensait)
	}
	if first := best.parts[0]; first != strings.ToLower(first) && pluralDeterminers[strings.ToLower(first)] &&
		s.singularVerb(nextWordAfter(p.Text, t.End)) {
		return // Deschamps a gagné: the subject of a singular verb is a name, not "Des champs"
	}
	if second.parts != nil && (len(second.parts) != 2 || !s.grammaticalPair(second) || s.pronounAfterDeterminer(toks, p.Text, i, second)) {
		second = cut{} // "des on", "ces ont" are not French; three parts are a poorer reading
	}
	if second.parts != nil {
		if c, ok := s.numberAgrees(best, second, determinerBefore(toks, p.Text, i)); ok {
			best, second = c, cut{} // les soldatsont: soldats ont, not soldat sont
		}
	}
	if determiners[best.parts[1]] && !wordFollows(p.Text, t.End) {
		return // "la Chine impérialle." is not "impérial le": an article needs a word after it
	}
	if prefix != "" && !s.lex.Contains(prefix+best.parts[0]) {
		return
	}
	out := prefix + strings.Join(best.parts, " ")
	if heading {
		out = strings.ToUpper(out)
	}
	tier, conf := pipeline.Suggest, 0.5
	need := minAutoZipf
	n0, n1 := utf8.RuneCountInString(best.parts[0]), utf8.RuneCountInString(best.parts[1])
	switch {
	case n0 >= 5 && n1 >= 5:
		need = minLongZipf // two long words: less room for chance
	case grammatical(strings.ToLower(best.parts[0])) && n1 >= 5 || grammatical(best.parts[1]) && n0 >= 5:
		need = minZipf // a function word glued to a long word: passiblesde, cessuppressions
	}
	if best.min >= need && (second.parts == nil || best.score-second.score >= margin) && !s.englishCompound(rest, best) &&
		!s.englishWord(rest, best) &&
		!((technical.Named(toks, p.Text, i) || s.amongIdentifiers(toks, p.Text, i)) && !grammatical(best.parts[0]) && !grammatical(best.parts[1])) &&
		!s.commandArgument(toks, p.Text, i) {
		tier, conf = pipeline.Auto, 0.9
	}
	p.Replace("split.glued", pipeline.Split, tier, conf, "words glued together: "+w+" → "+out, t.Start, t.End, out)
}

// amongIdentifiers reports whether token i is an item of a list whose next
// item on either side, past a comma, "et" or "ou", is code or a lower-case
// word that French does not know, even without its accents: a glued word
// there is as likely one more identifier (dwww, dhelp ou doccentral; make,
// texinfo), so its cut into two words that are not function words is only
// suggested.
func (s *splitter) amongIdentifiers(toks []token.Token, text string, i int) bool {
	return s.identifierNext(toks, text, i, -1) || s.identifierNext(toks, text, i, 1)
}

// identifierNext is amongIdentifiers on one side of token i: step -1
// looks before it, 1 after it.
func (s *splitter) identifierNext(toks []token.Token, text string, i, step int) bool {
	listed := false // a comma, et or ou stands between
	for j := i + step; j >= 0 && j < len(toks); j += step {
		t := toks[j]
		switch {
		case t.Kind == token.Space:
			continue
		case t.Kind == token.Punct && t.Text(text) == ",":
			listed = true
			continue
		case t.Kind == token.Code:
			return listed
		case t.Kind != token.Word:
			return false
		}
		w := t.Text(text)
		if w == "et" || w == "ou" {
			listed = true
			continue
		}
		return listed && utf8.RuneCountInString(w) >= 3 && !strings.ContainsAny(w, "0123456789") && s.identifier(w)
	}
	return false
}

// identifier reports whether w is a lower-case word that French does not
// know, even without its accents: the name of a program, a package or a
// setting in technical prose.
func (s *splitter) identifier(w string) bool {
	return token.CaseOf(w) == token.Lower && !s.isKnown(w) && !s.strippedCommon(w)
}

// commandArgument reports whether token i is an argument of a command line
// that a noun introduces: two lower-case words that French does not know,
// a command and its subcommand, come between it and that noun (la commande
// apt-cache showsrc monpaquet): a placeholder or a name, whose cut is only
// suggested, even into a function word. Right after the name (le paquet
// bash etde) the glue is the sentence's and is cut.
func (s *splitter) commandArgument(toks []token.Token, text string, i int) bool {
	for k := 0; k < 2; k++ {
		j := i - 2
		if j < 0 || toks[i-1].Kind != token.Space || toks[j].Kind != token.Word {
			return false
		}
		w := toks[j].Text(text)
		if !s.identifier(w) {
			return false
		}
		if technical.Named(toks, text, j) {
			return k == 1 // le paquet bash etde: the name's own glue after it is cut
		}
		i = j
	}
	return false
}

// upperHeading reports whether w, token i, is a word in capitals of six
// letters or more on a line in capitals (a heading, RAPPORTEUROPÉEN): cut
// as the same word in lower case would be.
func upperHeading(toks []token.Token, text string, i int, w string) bool {
	return utf8.RuneCountInString(w) >= 6 && token.CaseOf(w) == token.Upper && capsLine(toks, text, i)
}

// capsLine reports whether the other words of the line of token i are in
// capitals: one at least, and three in five (a heading: LISTEDES
// EXCIPIENTS, MODEET VOIE D'ADMINISTRATION). token.UpperLine asks three,
// since it vouches for short acronyms; a cut of a long word needs less.
func capsLine(toks []token.Token, text string, i int) bool {
	upper, words := token.UpperWords(toks, text, i)
	return upper >= 1 && 5*upper >= 3*words
}

// slashed reports whether a slash touches token t.
func slashed(text string, t token.Token) bool {
	return t.Start > 0 && text[t.Start-1] == '/' || t.End < len(text) && text[t.End] == '/'
}

// candidate reports whether a word may be cut: unknown, made of letters,
// long enough, not an acronym, not a name of the gazetteer (usedTwice asks
// the document).
func (s *splitter) candidate(w, rest string) bool {
	if len(rest) < minRunes || utf8.RuneCountInString(rest) < minRunes {
		return false
	}
	for i, r := range rest {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) {
			return false
		}
		if i > 0 && unicode.IsUpper(r) {
			return false // camelCase or an acronym: not a glued pair of words
		}
	}
	// known, a name, or a word of a --freq file
	return !s.isKnown(w) && !s.names.HasWord(w)
}

// usedTwice reports whether the document uses w twice or more: a name or a
// term of its own rather than glued words, unless it is two short function
// words (dela, a glue a scraper repeats: de la).
func (s *splitter) usedTwice(w string) bool {
	if s.doc().exact[w] < 2 && s.doc().lower(strings.ToLower(w)) < 2 {
		return false
	}
	lw := strings.ToLower(w)
	for k := 1; k < len(lw); k++ {
		if shortWords[lw[:k]] && shortWords[lw[k:]] {
			return false
		}
	}
	return true
}

// plausible rules out the cuts that are more likely a name or a typo than
// glued words:
//   - a capitalised word is cut only as capitalOK allows: Dupin is not
//     "Du pin", Mesmer not "Mes mer";
//   - a part shorter than three letters must be a common function word
//     (technologiquesen → technologiques en, but recontre is not "re contre");
//   - a word one letter away from a much more common word is a typo
//     (recontre, pouquoi), not two words, and a word that is a known word
//     without its accents (designe) is the accent stage's, not a cut;
//   - an old oath (sangbleu), a short participle glued to anything but an
//     auxiliary (durillonné), a derived word (multimarques; but non before
//     an adjective: nonprivilégiés) are no glue.
func (s *splitter) plausible(c cut, w string, sentenceStart bool, prev string) bool {
	first, last := c.parts[0], c.parts[len(c.parts)-1]
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !s.capitalOK(first, last, sentenceStart) {
		return false
	}
	for _, part := range c.parts {
		if utf8.RuneCountInString(part) < 3 && !shortWords[strings.ToLower(part)] {
			return false
		}
	}
	if utf8.RuneCountInString(last) < 2 {
		return false // blanca, vitrea: a one-letter ending makes foreign words
	}
	if last == "bleu" {
		return false // sangbleu, corbleu, têtebleu: old oaths, like the lexicon's morbleu and ventrebleu
	}
	if participles[last] && !auxiliaryForms[strings.ToLower(first)] || strings.ToLower(first) == "eu" {
		return false // aeu is a eu, but durillonné no durillon né, qu'eune no qu'eu ne
	}
	lowerFirst := strings.ToLower(first)
	capital := lowerFirst != first
	if prefixes[lowerFirst] && !grammatical(last) && !s.lex.Class(last).Has(dict.Numeral|dict.Determiner|dict.Pronoun) &&
		!(lowerFirst == "non" && s.lex.Class(last).Has(dict.Adjective|dict.VerbForm)) ||
		suffixes[last] && !grammatical(lowerFirst) || capital && placeSuffixes[last] {
		return false // a derived word (multimarques, nocturnement), a place (Surville), not "sur un" or "où elle"
	}
	if utf8.RuneCountInString(last) <= 3 && derivedEndings.Match(w) && !grammatical(lowerFirst) &&
		!s.lex.Class(first).Has(dict.Adverb|dict.FunctionWord) {
		return false // claquade, frustesse: a suffix, not "claqua de", "frustes se"; but "ainsi que"
	}
	if s.foreign != nil && s.foreign.Freq(w) >= commonZipf {
		return false // a common English word in French text
	}
	if s.accentless(w, prev) {
		return false // designe is désigne or désigné without accents, not "de signe"
	}
	return !s.typo(w, c)
}

// englishCompound reports whether a lower-case word without diacritics
// cuts only into two bare nouns that English has too (changelog, manpage,
// reportbug, markauto): French seldom sets two nouns side by side without a
// preposition, while technical prose names English compounds in its
// sentences. Such a cut is suggested, not applied: on the seed-1 split set
// this costs 3 of 18,608 true repairs, and on the lines of four Debian
// manuals it leaves 4 to 18 more lines untouched (maint: 23 → 5 changed).
func (s *splitter) englishCompound(w string, c cut) bool {
	if s.foreign == nil || len(c.parts) != 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	for _, part := range c.parts {
		cl := s.lex.Class(part)
		if !cl.Has(dict.Noun) || cl.Has(dict.Adjective|dict.Adverb|dict.FunctionWord|dict.ProperNoun|dict.Numeral|dict.Infinitive) ||
			s.lex.Freq(part) >= auxiliaryZipf || !s.foreign.Contains(part) {
			return false
		}
	}
	return true
}

// englishWord reports whether a lower-case word without diacritics is an
// English word (unzip, of Zipf 2.5 or more in English, the rarer ones
// being French glues as often, nide) likelier than the glued French words
// (dele is de le), or "de" glued to a word far more English than French
// (debuild): the names of technical prose.
func (s *splitter) englishWord(w string, c cut) bool {
	if s.foreign == nil || strings.ToLower(w) != w || dict.HasMarks(w) {
		return false
	}
	if z := s.foreign.Freq(w); z >= englishWordZipf && z > c.score+9 {
		return true // unzip: more likely English than un zip glued (but dele is de le)
	}
	last := c.parts[len(c.parts)-1]
	return len(c.parts) == 2 && c.parts[0] == "de" && s.foreign.Freq(last) >= s.lex.Freq(last)+1
}

// englishWordZipf is how common in English a glued word must be to be
// taken for English.
const englishWordZipf = 2.5

// auxiliaryZipf is the frequency of the forms of être and avoir (est, été),
// which the lexicon also has as nouns: a part this common is no bare noun.
const auxiliaryZipf = 5.0

// numberAgrees chooses, between two cuts of a word that differ by where an
// s goes (soldats ont, soldat sont), the one whose first part takes the
// number of the determiner before it (after les, des, ces, the plural), or
// whose first part, a determiner, agrees with the second (ces tables, not
// ce stables).
func (s *splitter) numberAgrees(a, b cut, det string) (cut, bool) {
	if len(a.parts) != 2 || len(b.parts) != 2 {
		return cut{}, false
	}
	if pluralDeterminers[det] {
		pa, pb := plural(a.parts[0]), plural(b.parts[0])
		switch {
		case pa && !pb:
			return a, true
		case pb && !pa:
			return b, true
		}
	}
	// ces tables, not ce stables: a determiner that starts a cut agrees with
	// the word after it
	ga, gb := s.innerAgreement(a), s.innerAgreement(b)
	switch {
	case ga > 0 && gb < 0:
		return a, true
	case gb > 0 && ga < 0:
		return b, true
	}
	return cut{}, false
}

// innerAgreement tells whether a cut that starts with a determiner of a
// known number agrees with the noun or adjective after it: 1 if so, -1 if
// not, 0 when the first part is no such determiner or the second no noun
// or adjective (les en: en is a pronoun).
func (s *splitter) innerAgreement(c cut) int {
	if cl := s.lex.Class(c.parts[1]); !cl.Has(dict.Noun|dict.Adjective) || cl.Has(dict.FunctionWord) {
		return 0
	}
	det := strings.ToLower(c.parts[0])
	var wantPlural bool
	switch {
	case pluralDeterminers[det]:
		wantPlural = true
	case singularDeterminers[det]:
	default:
		return 0
	}
	if plural(c.parts[1]) == wantPlural {
		return 1
	}
	return -1
}

// singularDeterminers come only before a singular noun or adjective.
var singularDeterminers = wordlist.Set("le la un une ce cet cette mon ton son ma ta sa chaque au du")

// plural reports whether a noun's form ends like a plural.
func plural(w string) bool { return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") }

// pluralDeterminers come only before a plural noun.
var pluralDeterminers = wordlist.Set("les des ces mes tes ses nos vos leurs plusieurs quelques certains certaines divers diverses aux")

// derivedEndings are suffixes that a short last part of a cut may
// complete: such a word is more likely derived than glued.
var derivedEndings = wordlist.NewEndings("ade ades esse esses isme ismes euse euses ette ettes ique iques " +
	"able ables iste istes tion tions eur eurs age ages ité ités")

// pronounAfterDeterminer reports whether a cut of token i starts with a
// word that cannot follow the determiner before the token: "quelques
// moisauront" is not "moi sauront", a pronoun or a verb after quelques.
func (s *splitter) pronounAfterDeterminer(toks []token.Token, text string, i int, c cut) bool {
	j := before(toks, i)
	if j < 0 || toks[j].Kind != token.Word || !nounDeterminers[strings.ToLower(toks[j].Text(text))] {
		return false
	}
	return !s.lex.Class(c.parts[0]).Has(dict.Noun | dict.Adjective | dict.Numeral)
}

// nounDeterminers come before a noun or an adjective, never before a
// pronoun or a conjugated verb.
var nounDeterminers = wordlist.Set("le la les un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses " +
	"notre nos votre vos leurs quelques plusieurs chaque")

// nameArticles are the articles before a capitalised word glued to a noun
// that make it a name of its own (la Malibran): a place or a name with its
// article takes no noun right after it, only a verb (le Marocpensait).
var nameArticles = wordlist.Set("le la les l' l’ un une du des")

// determiners are the words that cannot end a phrase.
var determiners = wordlist.Set("le la les un une des du de au aux à l")

// singularVerb reports whether w is a conjugated verb, and nothing else, of
// the singular (its plural would end in -nt): a, est, rit; a plural noun
// phrase is not its subject.
func (s *splitter) singularVerb(w string) bool {
	if w == "a" || w == "est" {
		return true
	}
	c := s.lex.Class(w)
	return c.Has(dict.VerbForm) && !c.Has(dict.Noun|dict.Adjective|dict.Infinitive|dict.FunctionWord|dict.Adverb) &&
		!strings.HasSuffix(w, "nt") && !participleForms.Match(w)
}

// participleForms end past participles, which a plural subject may precede
// (Les champs labourés).
var participleForms = wordlist.NewEndings("é ée és ées")

// nextWordAfter returns the word after offset i, past spaces, or "".
func nextWordAfter(text string, i int) string {
	rest := strings.TrimLeft(text[i:], " \u00a0\u202f\t")
	end := strings.IndexFunc(rest, func(r rune) bool { return !token.IsWordRune(r) && r != '\'' && r != '’' })
	if end < 0 {
		end = len(rest)
	}
	return rest[:end]
}

// wordFollows reports whether a word follows offset i, after spaces and
// the marks that open a quotation or an aside (participer aux "Jeux").
func wordFollows(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " \u00a0\u202f\t\"«“‘'(")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// grammaticalPair rules out a cut of two words that French does not put
// side by side: a determiner before anything but a noun, an adjective or a
// number (des on, ces ont, des a).
func (s *splitter) grammaticalPair(c cut) bool {
	if !pairDeterminers[strings.ToLower(c.parts[0])] {
		return true
	}
	return utf8.RuneCountInString(c.parts[1]) > 1 && // des a: the letter, not a noun here
		s.lex.Class(c.parts[1]).Has(dict.Noun|dict.Adjective|dict.Numeral|dict.ProperNoun)
}

// prepositionQue reports whether a cut is a preposition followed by que,
// which French does not write outside the conjunctions of conjunctionHeads
// (pour que, sans que): avecque is an old spelling of avec, not "avec que".
func (s *splitter) prepositionQue(c cut) bool {
	first := strings.ToLower(c.parts[0])
	cl := s.lex.Class(first)
	return len(c.parts) == 2 && c.parts[1] == "que" && !conjunctionHeads[first] &&
		cl.Has(dict.Preposition) && !cl.Has(dict.Adverb|dict.Conjunction)
}

// conjunctionHeads are the prepositions that make a conjunction with que.
var conjunctionHeads = wordlist.Set("pour sans avant après dès depuis pendant malgré selon outre jusqu' attendu vu")

var pairDeterminers = wordlist.Set("des ces les mes tes ses une un le la du au aux")

// grammatical reports whether a part is a function word.
func grammatical(w string) bool { return shortWords[w] || functionWords[w] }

// accentless reports whether w is a known word of the same case with its
// accents lost, one that may follow prev (dela is no delà but after au, par
// or en) and that de glued to a word does not read far better (dedire: de
// dire, not dédire).
func (s *splitter) accentless(w, prev string) bool {
	lower := strings.ToLower(w) == w
	for _, c := range s.lex.Unfold(w) {
		if (!lower || strings.ToLower(c.Form) == c.Form) && !frwords.Unbound(c.Form, prev) && !frwords.DeGlue(s.lex, strings.ToLower(w), prev, c.Zipf) {
			return true
		}
	}
	return false
}

// before returns the index of the token before token i, past one run of
// spaces; -1 at the start of the text.
func before(toks []token.Token, i int) int {
	j := i - 1
	if j >= 0 && toks[j].Kind == token.Space {
		j--
	}
	return j
}

// wordBefore returns the word just before token i, past one run of
// spaces, or "".
func wordBefore(toks []token.Token, text string, i int) string {
	j := before(toks, i)
	if j < 0 || toks[j].Kind != token.Word {
		return ""
	}
	return toks[j].Text(text)
}

// determinerBefore returns the word before token i in lower case, or
// "des" after a number of 2 or more, which makes the next noun plural (17
// ansont: ans ont, not an sont; but 1,5 an).
func determinerBefore(toks []token.Token, text string, i int) string {
	j := before(toks, i)
	if j >= 0 && toks[j].Kind == token.Number {
		if n := toks[j].Text(text); n != "0" && n != "1" && !strings.HasPrefix(n, "0,") && !strings.HasPrefix(n, "1,") {
			return "des"
		}
	}
	return strings.ToLower(wordBefore(toks, text, i))
}

// strippedCommon reports whether w, written without diacritics, is a
// common word that lost its accents (pre for pré).
func (s *splitter) strippedCommon(w string) bool {
	if dict.StripMarks(w) != w {
		return false
	}
	for _, c := range s.lex.Unfold(w) {
		if c.Form != w && strings.ToLower(c.Form) == c.Form && c.Zipf >= minAutoZipf {
			return true
		}
	}
	return false
}

// commonCapital reports whether a capitalised word is a common word of at
// least the given letters written with a capital (Amélioration), and
// nothing that names a person or a place (Bernard, of Bernardet, is a
// name).
func (s *splitter) commonCapital(w string, letters int) bool {
	lw := strings.ToLower(w)
	if utf8.RuneCountInString(w) < letters || s.names.HasWord(w) || s.lex.Class(w).Has(dict.ProperNoun) {
		return false
	}
	info, ok := s.lex.Lookup(lw)
	return ok && info.Form == lw && info.Zipf >= minAutoZipf
}

// commonPhraseWord reports whether w, after a common word capitalised at
// the start of a sentence, makes a phrase with it rather than a name: a
// noun or an adjective of six letters or more, common, and no name: the
// short adjectives of place names (Maisonneuve, Champdeuil) are not cut.
func (s *splitter) commonPhraseWord(w string) bool {
	c := s.lex.Class(w)
	return utf8.RuneCountInString(w) >= 6 && c.Has(dict.Noun|dict.Adjective) && !c.Has(dict.ProperNoun) &&
		s.lex.Freq(w) >= commonAfterCapital
}

// commonAfterCapital is how common the word after a capitalised common word
// must be for commonPhraseWord: rare enough for the terms of medicine and
// law (Formepharmaceutique, Syndromecoronarien); 3.0 cut 8 fewer of the
// seed-1 pairs, and 2.4 no more false ones.
const commonAfterCapital = 2.4

// commonZipf is how common a word of another language must be for the
// stage to leave it whole.
const commonZipf = 3.0

// capitalOK decides for a capitalised word: after a word the document uses
// capitalised (Poutine), a name of the gazetteer or a word of the user's
// --freq files; at the start of a sentence, after a sentence opener and
// before a common word (Lespatients, Cedimanche) or a subject pronoun and
// before a verb (Ilfut), and after a common word and before a common noun or
// adjective (Réactionsallergiques); the rest must be a word of four letters
// or more, since short endings make names (Dupin, Lebon, Martinon).
func (s *splitter) capitalOK(first, last string, sentenceStart bool) bool {
	if sentenceStart && s.verbOpener(first) && grammatical(strings.ToLower(last)) && !diminutives[last] {
		return true // Notezque, Soyezbien, Importezle: a verb that opens a sentence, then a function word
	}
	if sentenceStart && first == "De" && !vosNos[last] && (grammatical(last) || s.lex.Class(last).Has(dict.Determiner|dict.Adverb) ||
		plural(last) && s.lex.Class(last).Has(dict.Adjective)) {
		return true // Deplus, Denombreux, Detels: but Devos is a surname
	}
	if sentenceStart && sentenceOpeners[first] {
		// Dansle, Ilest, Lespatients: a function word or a common word;
		// after Les, any plural noun or adjective (Lesastronomes).
		if first == "Les" && utf8.RuneCountInString(last) >= 4 && strings.ContainsAny(last[len(last)-1:], "sx") &&
			s.lex.Class(last).Has(dict.Noun|dict.Adjective) {
			return true
		}
		return grammatical(last) || utf8.RuneCountInString(last) >= 4 && s.lex.Freq(last) >= commonAfterOpener ||
			s.lex.Class(last).Has(dict.Numeral) || // Lessix, Cesdeux
			subjectOpeners[first] && s.lex.Class(last).Has(dict.VerbForm) && !s.lex.Class(last).Has(dict.ProperNoun) || // Ilfut, Jefus
			s.lex.Class(last).Parts() == dict.Pronoun || // Selonmoi
			determinerOpeners[first] && s.lex.Class(last).Has(dict.Noun) && s.lex.Freq(last) >= commonAfterOpener // Aucuncas
	}
	if sentenceStart && (first == "Le" || first == "La") && utf8.RuneCountInString(last) >= 5 {
		// Leministre, Lapolice; but Lenormand, Lafleur, Laroche, Lapierre,
		// Latour are names: a common noun of five letters or more that is
		// nothing else (not marche, a verb too: Lamarche).
		c := s.lex.Class(last)
		if c.Has(dict.Noun) && !c.Has(dict.Adjective|dict.ProperNoun|dict.VerbForm) && s.lex.Freq(last) >= 4.5 {
			return true
		}
		// Laréaction, Lecalvinisme: abstract nouns make no surnames.
		if c.Has(dict.Noun) && !c.Has(dict.ProperNoun) && utf8.RuneCountInString(last) >= 7 && abstractEndings.Match(last) {
			return true
		}
	}
	if glueAfterName[last] && s.isPlace(first) {
		return true // Romepar, Athènesest: a place of the gazetteer, then a function word
	}
	if glueAfterName[last] && !diminutives[last] && s.knownName(first) {
		return true // Bayonnede, Mussoliniest: a name the lexicon knows, then a function word (not Martinet)
	}
	if sentenceStart && (s.commonCapital(first, 6) && (s.commonPhraseWord(last) || glueAfterName[last]) ||
		s.commonCapital(first, 4) && glueAfterName[last] && !diminutives[last]) {
		// Améliorationde, Listedes, Réactionsallergiques: a common word capitalised at the start;
		// but Bruneau, Brunet, Blondeau are surnames, a short word and the -eau or -et of diminutives
		return true
	}
	if lf := strings.ToLower(first); utf8.RuneCountInString(last) < 4 || s.lex.Contains(lf) && s.lex.Freq(lf) >= commonAfterOpener {
		return false // Villefranche, Pierrefonds: a common word starts many place names
	}
	if utf8.RuneCountInString(first) < 4 {
		return false
	}
	userWord := !s.lex.Contains(first) && s.lex.Freq(first) > 0 // from the --freq files
	return s.doc().exact[first] > 0 || s.names.HasWord(first) || userWord
}

// nameMayCut reports whether some cut of w, a capitalised word inside a
// sentence, in two parts could pass capitalOK: one whose last part is a word
// of glueAfterName, or whose first part, of four letters or more before
// four or more, is a word of the document, the gazetteer or the --freq
// files. Most capitalised unknown words are names that no cut fits, and
// this costs a few lookups where segment costs one per substring.
func (s *splitter) nameMayCut(w string) bool {
	for g := range glueAfterName {
		if len(g) < len(w) && strings.HasSuffix(w, g) {
			return true
		}
	}
	n := utf8.RuneCountInString(w)
	k := 0 // runes of w[:i]
	for i := range w {
		if k >= 4 && n-k >= 4 {
			p := w[:i]
			if s.doc().exact[p] > 0 || s.names.HasWord(p) || s.lex.ExtraFreq(p) > 0 {
				return true
			}
		}
		k++
	}
	return false
}

// functionWords are the three-letter function words that may end a cut
// after a sentence opener (Ilest, Dansles).
var functionWords = wordlist.Set("est les des son ses une qui que pas ont sur par mon ton nos vos eux lui ils quand " +
	"lequel laquelle lesquels lesquelles dont mais donc pour sans avec dans chez vers sous elle elles nous vous leur leurs " +
	"sont était avait être avoir fait peut doit très bien plus moins tout tous toute toutes aussi ainsi alors encore comme")

// abstractEndings end abstract and agent nouns (réaction, déclenchement,
// compétence, débiteur, mandataire), which French surnames built on Le or
// La are not.
var abstractEndings = wordlist.NewEndings("tion sion ment ité ence ance isme ure age eur aire")

// productWord reports whether the capitalised second part of a name in
// camel case is a common French noun, which names a product or a title
// (LinuxJournal, DebianArchitecture) rather than a person (PatrickBalkany;
// English words make too many surnames: EmilyBlunt, SaulBass).
func (s *splitter) productWord(right string) bool {
	lw := strings.ToLower(right)
	return s.lex.Freq(lw) >= commonNoun && s.lex.Class(lw).Has(dict.Noun)
}

// commonNoun is how common a noun must be to name a thing rather than a
// family (journal, architecture; not boucher).
const commonNoun = 4.0

// camelDeterminers are the capitalised determiners and prepositions that
// glue to the capitalised word of a title or a name (LeMonde, EnBelgique).
var camelDeterminers = wordlist.Set("Le La Les Un Une Des Du Au Aux En Vos Nos Ses Son Sa Ces Cette")

// verbOpener reports whether a capitalised word is a verb and nothing
// else, of four letters or more (Notez, Soyez, Extraire): the imperatives
// and infinitives that open the sentences of instructions.
func (s *splitter) verbOpener(w string) bool {
	lw := strings.ToLower(w)
	c := s.lex.Class(lw)
	return utf8.RuneCountInString(w) >= 4 && c.Has(dict.VerbForm|dict.Infinitive) &&
		!c.Has(dict.Noun|dict.Adjective|dict.ProperNoun|dict.FunctionWord|dict.Adverb) && !s.lex.Class(w).Has(dict.ProperNoun)
}

// vosNos are the possessives that make surnames after De (Devos).
var vosNos = wordlist.Set("vos nos")

// sentenceOpeners are the capitalised words that a cut at the start of a
// sentence may produce. Le, La, Du, Au and De are not among them: with a
// noun they make French surnames and places (Lenormand, Latour, Dupuis).
var sentenceOpeners = wordlist.Set("Les Il Ils Elle Elles On Nous Vous Je Tu Ce Cet Cette Ces Mais Et Ou Donc Car " +
	"Pas Plus Tout Tous Toutes Une Un Des Son Sa Ses Leur Leurs Mon Ma Mes Si Quand Comme Pour Dans Sur Avec " +
	"Après Avant Depuis Selon Puis Ainsi Enfin Alors Cependant Pourtant Quel Quelle Quels Quelles Lorsque Chaque " +
	"Quelques Comment Pourquoi Parmi Contre Entre Sans Sous Vers Chez Dès Aucun Aucune Plusieurs Certains Certaines " +
	"Notre Votre Nos Vos Cet Lors Durant Pendant Malgré Outre Hors Toute Par Bien Cela Ceci Voici Voilà Grâce En " +
	"Peu Très Trop Assez Monsieur Madame Mademoiselle")

// determinerOpeners are the sentence openers that a noun follows, however
// short (Aucuncas, Chaquejour), and that start no surname (Mesmer is not
// Mes mer).
var determinerOpeners = wordlist.Set("Aucun Aucune Chaque Cet Cette Quelques Plusieurs Toute Toutes Tous")

// subjectOpeners are the subject pronouns among the sentence openers: a
// verb of any frequency may follow them (Ilfut, Onprétexta); the tiers of
// glued still ask a rare verb to be long to apply the cut.
var subjectOpeners = wordlist.Set("Il Ils Elle Elles On Nous Vous Je Tu")

// knownName reports whether w is a name that the lexicon knows, common
// enough not to be the first part of a longer name by chance.
func (s *splitter) knownName(w string) bool {
	info, ok := s.lex.Lookup(w)
	return ok && info.Form == w && info.Class.Has(dict.ProperNoun) && info.Zipf >= knownNameZipf
}

// knownNameZipf is how common a name must be for knownName.
const knownNameZipf = 3.5

// isPlace reports whether w is, letter for letter, a canonical spelling of
// a place of the gazetteer.
func (s *splitter) isPlace(w string) bool {
	e, ok := s.names.Lookup(w)
	if !ok || e.Kind != "place" {
		return false
	}
	for _, c := range e.Canonical {
		if c == w {
			return true
		}
	}
	return false
}

// diminutives are the function words that spell the diminutive endings of
// French surnames after a short common word (Brunet, Bruneau, Grandet).
var diminutives = wordlist.Set("et au")

// glueAfterName are the function words that machine translation and
// scraping glue to a name.
var glueAfterName = wordlist.Set("et est ont en de du des les la le au aux a à")

// commonAfterOpener is how common the word after a sentence opener must be.
const commonAfterOpener = 4.0

// typo reports whether w is more likely a typo of a known word one letter
// away (recontre for rencontre) than the words of the cut glued together:
// the typo reading, about a thousand times rarer than the word it misspells,
// wins when that word is that much more common than the pair of words.
func (s *splitter) typo(w string, c cut) bool {
	glued := c.score + 9 // log10 probability of the pair, in Zipf units
	if glued+3 >= maxZipf {
		return false // no word is common enough to make this a typo: skip the search
	}
	for _, n := range s.lex.Near(w, 10) {
		if s.lex.Freq(n)-3 > glued {
			return true
		}
	}
	return false
}

// maxZipf is above the frequency of the most common word of any language.
const maxZipf = 8.0

// prefixes and suffixes make derived words (and place names: Surville)
// that the lexicon may lack: a cut that separates one is more likely such a
// word than two glued words.
var prefixes = wordlist.Set("anti multi pré pro trans ultra extra pseudo super hyper inter intra micro macro mini maxi sur sous contre " +
	"néo post semi auto co re ré dé in mal électro bio éco géo télé vidéo radio photo proto poly " +
	"mono bi tri quadri uni omni méga giga nano euro franco anglo germano sino afro indo gréco judéo " +
	"non archi infra méta para péri rétro supra entre")

var suffixes = wordlist.Set("ment ments ais ait aient ante antes ant ants rie ries ion ions eur eurs euse euses age ages " +
	"isme ismes iste istes ique iques able ables ible ibles ette ettes elle elles aire aires ir ie ies es ent er " +
	"ée ées és ais ine ines ot ots on ons")

// placeSuffixes end place names made of a capitalised word and a common one.
var placeSuffixes = wordlist.Set("ville court mont bourg fort val champ")

// participles are the short participles among shortWords: a cut ends with
// one only after an auxiliary (aeu: a eu), since otherwise they are the
// endings of longer words (durillonné).
var participles = wordlist.Set("né eu su lu pu dû vu")

// auxiliaryForms are the forms of avoir and être before a participle.
var auxiliaryForms = wordlist.Set("a ai as avons avez ont avait avaient aura auront est sont était étaient fut furent " +
	"suis es sommes êtes être avoir ayant étant")

// shortWords are the words of one or two letters that a cut may produce.
var shortWords = map[string]bool{
	"à": true, "a": true, "y": true, "en": true, "et": true, "de": true, "du": true, "la": true, "le": true,
	"un": true, "au": true, "il": true, "on": true, "se": true, "ne": true, "ce": true, "je": true,
	"tu": true, "ou": true, "où": true, "si": true, "sa": true, "ma": true, "ta": true, "me": true, "te": true,
	"va": true, "pu": true, "dû": true, "vu": true, "ni": true, "es": true,
	"né": true, "eu": true, "su": true, "lu": true, "ai": true, "là": true,
}

// cut is a segmentation of a word.
type cut struct {
	parts []string
	score float64 // sum of log10 probabilities
	min   float64 // Zipf of the rarest part
}

// segment finds the best and the second best cut of w into known words,
// once per word of the document.
func (s *splitter) segment(w string) (best, second cut, ok bool) {
	cuts := s.docState().cuts
	if c, seen := cuts[w]; seen {
		return c[0], c[1], c[0].parts != nil
	}
	best, second, ok = s.segmentOnce(w)
	cuts[w] = [2]cut{best, second}
	return best, second, ok
}

func (s *splitter) segmentOnce(w string) (best, second cut, ok bool) {
	// at[k] is the byte offset of rune k of w, at[n] its length: a part is a
	// substring of w, not a new string.
	at := make([]int, 0, len(w)+1)
	for k := range w {
		at = append(at, k)
	}
	n := len(at)
	at = append(at, len(w))
	// top[j] holds the two best cuts of the first j runes.
	top := make([][]cut, n+1)
	top[0] = []cut{{min: 99}}
	for j := 1; j <= n; j++ {
		for i := max(0, j-30); i < j; i++ {
			if len(top[i]) == 0 {
				continue
			}
			part := w[at[i]:at[j]]
			z, known := s.zipf(part, i == 0)
			if !known {
				continue
			}
			for _, c := range top[i] {
				top[j] = keep2(top[j], cut{
					parts: append(append([]string(nil), c.parts...), part),
					score: c.score + z - 9,
					min:   min(c.min, z),
				})
			}
		}
	}
	if len(top[n]) == 0 {
		return cut{}, cut{}, false
	}
	best = top[n][0]
	if len(top[n]) > 1 {
		second = top[n][1]
	}
	return best, second, true
}

// keep2 inserts c into a list of at most two cuts, best first; among equal
// scores, fewer parts win.
func keep2(list []cut, c cut) []cut {
	better := func(a, b cut) bool {
		return a.score > b.score || a.score == b.score && len(a.parts) < len(b.parts)
	}
	list = append(list, c)
	for i := len(list) - 1; i > 0 && better(list[i], list[i-1]); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	if len(list) > 2 {
		list = list[:2]
	}
	return list
}

// zipf returns the frequency of a part of a cut, and whether it may be one:
// a known word of two letters or more (or à, a, y), or a word of four
// letters or more of the --freq files, lower case unless it is the first
// part, common enough.
func (s *splitter) zipf(part string, first bool) (float64, bool) {
	if utf8.RuneCountInString(part) < 2 && part != "à" && part != "a" && part != "y" || part == "es" && !first {
		return 0, false // es (tu es) ends no cut in two: déployéses is déployé ses, not déployés es
	}
	if !first {
		if r, _ := utf8.DecodeRuneInString(part); unicode.IsUpper(r) {
			return 0, false
		}
	}
	z := 0.0
	if info, ok := s.lex.LookupLetters(part); ok { // candidate: w is letters only
		z = info.Zipf
	} else if utf8.RuneCountInString(part) >= 4 {
		z = s.lex.ExtraFreq(part) // a word of the user's --freq files: their names and jargon
	}
	if z == 0 {
		return 0, false
	}
	if s.doc().lower(strings.ToLower(part)) > 0 {
		z = max(z, docZipf)
	}
	return z, z >= minZipf
}

// punct puts a space after a full stop or a comma glued to the next word:
// "russe.Il" → "russe. Il", "russe,il" → "russe, il".
func (s *splitter) punct(p *pipeline.Pass, a, mark, b token.Token) {
	if a.End != mark.Start || mark.End != b.Start {
		return
	}
	wa, m, wb := a.Text(p.Text), mark.Text(p.Text), b.Text(p.Text)
	if utf8.RuneCountInString(wa) < 2 || utf8.RuneCountInString(wb) < 2 || !s.lex.Contains(wa) || !s.lex.Contains(wb) {
		return // M.Dupont, U.S., unknown words
	}
	if m == "." && isUpperWord(wa) {
		return // NEWS.Debian, README.Debian: a file name, not a sentence's end
	}
	first, _ := utf8.DecodeRuneInString(wb)
	switch {
	case m == "." && unicode.IsUpper(first) && !isUpperWord(wb):
	case m == "," && !isUpperWord(wb):
	default:
		return
	}
	p.Replace("split.punct", pipeline.Split, pipeline.Auto, 0.85,
		"missing space after "+m+": "+wa+m+wb, mark.End, mark.End, " ")
}

func isUpperWord(w string) bool {
	return strings.ToUpper(w) == w && utf8.RuneCountInString(w) > 1
}
