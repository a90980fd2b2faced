// Package whitespace defines the whitespace stage, which repairs the spacing
// defects that scraping leaves inside lines.
package whitespace

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/token"
)

// Stage repairs spacing inside lines.
var Stage = &pipeline.Stage{
	Name: "whitespace",
	Doc: `repair doubled, trailing and misplaced spaces

The whitespace stage reports, with these rules:
  space.trailing      spaces at the end of a line (removed)
  space.double        a run of plain spaces between two words (made one)
  space.double-nbsp   a run that mixes plain and no-break spaces (suggested: the
                      no-break one; sources often pair them on purpose, so
                      this is not applied by default)
  space.before-punct  a space before a comma or a full stop that ends a clause
                      ("dort ." becomes "dort."; ".5", ".fr", "..." and a quoted
                      mark, « . », are left;
                      after a bracket or a mark, "(1) ." or ", .", it is only
                      suggested)
  space.guillemet-mix « » whose inner spaces mix a no-break and a plain space
                      (the plain one becomes the no-break one)
  space.tab           a tab between two words (suggested: a space)
Indentation at the start of a line is left alone.`,
	Run: run,
}

func run(pass *pipeline.Pass) error {
	toks := pass.Tokens()
	for i, t := range toks {
		if t.Kind != token.Space {
			continue
		}
		var prev, next *token.Token
		if i > 0 {
			prev = &toks[i-1]
		}
		if i+1 < len(toks) {
			next = &toks[i+1]
		}
		checkSpace(pass, t, prev, next)
	}
	checkGuillemets(pass, toks)
	return nil
}

// checkSpace reports the defects of one run of spaces between prev and next
// (nil at the ends of the text).
func checkSpace(pass *pipeline.Pass, t token.Token, prev, next *token.Token) {
	switch {
	case next == nil || next.Kind == token.Newline:
		pass.Replace("space.trailing", pipeline.Whitespace, pipeline.Auto, 0.99,
			"trailing white space", t.Start, t.End, "")
	case prev == nil || prev.Kind == token.Newline:
		// Indentation: a choice of the author.
	case punctIn(pass.Text, *prev, openingMarks):
		// « . », ( , ): the mark is quoted, the name of a directory or of
		// itself, and ends no clause.
	case endsClause(pass.Text, *next):
		if prev.Kind == token.Word && openEnded[strings.ToLower(prev.Text(pass.Text))] {
			break // "appuyez sur . et ,": no clause ends on "sur" or "et"; the mark is a key or a character named
		}
		tier, conf := pipeline.Auto, 0.95
		if punctIn(pass.Text, *prev, closingMarks) {
			// After a bracket ("(1) .", "[2] ,") the space is as often the
			// layout of a footnote call as a defect, and after a mark of
			// punctuation (", .", ": .") removing it only glues two marks.
			tier, conf = pipeline.Suggest, 0.6
		}
		pass.Replace("space.before-punct", pipeline.Whitespace, tier, conf,
			"space before "+quote(next.Text(pass.Text)), t.Start, t.End, "")
	case utf8.RuneCountInString(t.Text(pass.Text)) > 1:
		run := t.Text(pass.Text)
		if one := collapse(run); one != " " {
			pass.Replace("space.double-nbsp", pipeline.Whitespace, pipeline.Suggest, 0.7,
				"plain space next to a no-break space", t.Start, t.End, one)
		} else {
			pass.Replace("space.double", pipeline.Whitespace, pipeline.Auto, 0.98,
				"doubled space", t.Start, t.End, one)
		}
	case t.Text(pass.Text) == "\t":
		pass.Replace("space.tab", pipeline.Whitespace, pipeline.Suggest, 0.6,
			"tab between words", t.Start, t.End, " ")
	}
}

// endsClause reports whether tok is a comma or a full stop that ends a clause:
// followed by white space, a line break, the end of the text, or closing
// punctuation. That leaves decimals (",5"), extensions (".fr"), ellipses,
// and a full stop before a lower-case word, a key or a symbol (appuyez sur
// . pendant).
func endsClause(text string, tok token.Token) bool {
	if tok.Kind != token.Punct || (text[tok.Start] != ',' && text[tok.Start] != '.') {
		return false
	}
	if tok.End == len(text) {
		return true
	}
	r, n := utf8.DecodeRuneInString(text[tok.End:])
	if token.IsHSpace(r) && text[tok.Start] == '.' {
		// "appuyez sur . pendant", "un seul . (point)": a full stop that a
		// lower-case word follows, bracketed or not, ends no sentence; it
		// is a key or a symbol named.
		after := strings.TrimLeft(text[tok.End+n:], "([")
		if next, _ := utf8.DecodeRuneInString(after); unicode.IsLower(next) {
			return false
		}
	}
	return token.IsHSpace(r) || token.IsNewline(r) || strings.ContainsRune(")]}»”\"", r)
}

// openEnded holds the words on which no clause ends, prepositions,
// conjunctions and articles: a comma or a full stop after them, and a space,
// is a character named (appuyez sur . et ,), not punctuation.
var openEnded = map[string]bool{
	"et": true, "ou": true, "ni": true, "sur": true, "de": true, "du": true, "des": true,
	"le": true, "la": true, "les": true, "un": true, "une": true, "à": true, "au": true,
	"aux": true, "par": true, "pour": true, "avec": true, "dans": true, "sans": true,
	"sous": true, "vers": true, "chez": true, "entre": true,
	"and": true, "or": true, "the": true, "a": true, "an": true, "of": true, "with": true,
}

// closingMarks end the token before a space that is only suggested away:
// a closing bracket or a mark of punctuation (not a closing quote: "» ," is
// a defect). openingMarks quote the mark after the space (« . », ( , )).
const (
	closingMarks = ")]}.,;:!?…"
	openingMarks = "«“‘([{"
)

// punctIn reports whether tok is punctuation, one rune, among marks.
func punctIn(text string, tok token.Token, marks string) bool {
	if tok.Kind != token.Punct {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[tok.Start:tok.End])
	return strings.ContainsRune(marks, r)
}

// collapse returns the one space that should replace a run: a narrow no-break
// space or a no-break space when the run has one (it was chosen), else a
// plain space.
func collapse(run string) string {
	switch {
	case strings.ContainsRune(run, token.NNBSP):
		return string(token.NNBSP)
	case strings.ContainsRune(run, token.NBSP):
		return string(token.NBSP)
	}
	return " "
}

// checkGuillemets reports « » pairs, on one line, whose two inner spaces are
// one plain and one no-break: the plain one is made like the other.
func checkGuillemets(pass *pipeline.Pass, toks []token.Token) {
	open := -1
	for i, t := range toks {
		switch {
		case t.Kind == token.Newline:
			open = -1
		case t.Kind == token.Punct && t.Text(pass.Text) == "«":
			open = i
		case t.Kind == token.Punct && t.Text(pass.Text) == "»" && open >= 0:
			if open+1 < i-1 {
				mixedPair(pass, toks[open+1], toks[i-1])
			}
			open = -1
		}
	}
}

func mixedPair(pass *pipeline.Pass, after, before token.Token) {
	if after.Kind != token.Space || before.Kind != token.Space {
		return
	}
	nb := func(s string) bool { return s == string(token.NBSP) || s == string(token.NNBSP) }
	fix := func(plain token.Token, model string) {
		pass.Replace("space.guillemet-mix", pipeline.Whitespace, pipeline.Auto, 0.9,
			"« » pair mixes a plain and a no-break space", plain.Start, plain.End, model)
	}
	a, b := after.Text(pass.Text), before.Text(pass.Text)
	switch {
	case a == " " && nb(b):
		fix(after, b)
	case b == " " && nb(a):
		fix(before, a)
	}
}

// quote shows a short text between typographic quotes.
func quote(s string) string { return "“" + s + "”" }
