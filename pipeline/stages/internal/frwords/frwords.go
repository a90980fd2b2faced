// Package frwords holds facts about French words that more than one stage
// needs.
package frwords

import (
	"strings"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/pipeline/stages/internal/wordlist"
)

// boundAfter maps the words that French writes only after certain others
// to those words: delà and deçà follow au, par or en (au-delà, par-delà,
// en deçà), and stand alone nowhere else.
var boundAfter = map[string][]string{
	"delà": {"au", "par", "en", "deçà", "deca"},
	"deçà": {"au", "par", "en", "delà", "dela"},
}

// Unbound reports whether form, a word that French writes only after some
// others (delà), cannot be read after prev: "dela" after "volontaires" is
// "de la" glued, not "delà", which only "au", "par" or "en" precede.
func Unbound(form, prev string) bool {
	heads, ok := boundAfter[strings.ToLower(form)]
	if !ok {
		return false
	}
	prev = strings.ToLower(prev)
	for _, h := range heads {
		if prev == h {
			return false
		}
	}
	return true
}

// deZipf is the frequency of "de", the most common French word, in Zipf
// units.
const deZipf = 7.5

// glueLead is how much more likely, in Zipf units, "de" glued to the next
// word must be than the accented reading of the glued form for the glue to
// win: deces stays décès (de ces is as likely), demettre is de mettre.
const glueLead = 1.0

// DeGlue reports whether w, a lower-case form that starts with "de", reads
// far better as "de" glued to a known word (dedire: de dire, demanger: de
// manger) than as the accented word of accentZipf that it also spells
// without accents (dédire, démanger); not after prev, an object or
// reflexive pronoun, which a verb follows (se dedire: se dédire), nor when
// the word is a conjugated verb, which de never precedes (fais et defais).
func DeGlue(lex *dict.Lexicon, w, prev string, accentZipf float64) bool {
	if !strings.HasPrefix(w, "de") || len(w) < 5 || beforeVerb[strings.ToLower(prev)] {
		return false
	}
	rest := w[2:]
	if c := lex.Class(rest); c.Parts() == dict.VerbForm {
		return false
	}
	z := lex.Freq(rest)
	return z > 0 && deZipf+z-9 >= accentZipf+glueLead
}

// Clitics are the object and reflexive pronouns, which come before their
// verb (se déclare, le voit).
var Clitics = wordlist.Set("se s' s’ me m' m’ te t' t’ le la les l' l’ lui leur y en nous vous")

// beforeVerb are the words that only a verb follows: the clitics, the
// negation, elided clitics with en, and the subject pronouns.
var beforeVerb = func() map[string]bool {
	m := wordlist.Set("ne n' n’ s'en s’en m'en m’en t'en t’en je j' j’ tu il elle on ils elles")
	for w := range Clitics {
		m[w] = true
	}
	return m
}()
