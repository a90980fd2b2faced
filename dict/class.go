package dict

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Class is a set of word classes (a word form may have several: "été" is a
// noun and a past participle).
type Class uint16

// The word classes.
const (
	Noun         Class = 1 << iota // common noun
	ProperNoun                     // name of a person, place or organisation
	Adjective                      // adjective
	Adverb                         // adverb
	Infinitive                     // verb in the infinitive
	VerbForm                       // conjugated verb, participle
	Determiner                     // article, possessive, demonstrative…
	Pronoun                        // personal, relative, demonstrative…
	Preposition                    // preposition
	Conjunction                    // conjunction
	Interjection                   // interjection
	Locution                       // part of a fixed phrase
	Numeral                        // number word: deux, trois, vingt
	Masculine                      // a noun or adjective reading is masculine (is:mas or is:epi)
	Feminine                       // a noun or adjective reading is feminine (is:fem or is:epi)
)

// FunctionWord is the set of classes of grammatical words.
const FunctionWord = Determiner | Pronoun | Preposition | Conjunction

// Gender is the set of the gender bits of the nouns and adjectives: "cité"
// is Feminine, "marché" Masculine, "passe" (le passe, la passe) both; a
// participle carries none.
const Gender = Masculine | Feminine

// Parts returns the word classes of c without its gender bits: a form is a
// "verb form and nothing else" when c.Parts() == VerbForm.
func (c Class) Parts() Class { return c &^ Gender }

var classNames = []struct {
	c    Class
	name string
}{
	{Noun, "noun"}, {ProperNoun, "proper-noun"}, {Adjective, "adjective"}, {Adverb, "adverb"},
	{Infinitive, "infinitive"}, {VerbForm, "verb-form"}, {Determiner, "determiner"}, {Pronoun, "pronoun"},
	{Preposition, "preposition"}, {Conjunction, "conjunction"}, {Interjection, "interjection"}, {Locution, "locution"},
	{Numeral, "numeral"}, {Masculine, "masculine"}, {Feminine, "feminine"},
}

// String lists the classes, separated by "|".
func (c Class) String() string {
	var parts []string
	for _, n := range classNames {
		if c&n.c != 0 {
			parts = append(parts, n.name)
		}
	}
	if len(parts) == 0 {
		return "unknown"
	}
	return strings.Join(parts, "|")
}

// Has reports whether c includes any class of o.
func (c Class) Has(o Class) bool { return c&o != 0 }

// ClassOf reads the classes of a form from its Dicollecte morphological
// fields ("po:nom is:fem", "po:v1__t____a po:ipre"). A tense or mood field
// of a verb makes it a VerbForm, po:infi an Infinitive; is:mas, is:fem and
// is:epi (both) give the gender of a noun or an adjective.
func ClassOf(morph string) Class {
	var c, verb, gender Class
	for _, f := range strings.Fields(morph) {
		switch f {
		case "is:mas":
			gender |= Masculine
		case "is:fem":
			gender |= Feminine
		case "is:epi":
			gender |= Gender
		}
		po, ok := strings.CutPrefix(f, "po:")
		if !ok {
			continue
		}
		switch {
		case po == "nom":
			c |= Noun
		case po == "npr" || po == "prn" || po == "patr" || po == "titr":
			c |= ProperNoun
		case po == "adj":
			c |= Adjective
		case strings.HasSuffix(po, "adv") || po == "adv":
			c |= Adverb
		case po == "infi":
			verb = Infinitive
		case po == "ipre" || po == "iimp" || po == "ipsi" || po == "ifut" || po == "cond" ||
			po == "spre" || po == "simp" || po == "impe" || po == "ppre" || po == "ppas":
			if verb == 0 {
				verb = VerbForm
			}
		case strings.HasPrefix(po, "det"):
			c |= Determiner
		case strings.HasPrefix(po, "pro"):
			c |= Pronoun
		case strings.HasPrefix(po, "prep"):
			c |= Preposition
		case strings.HasPrefix(po, "cj"):
			c |= Conjunction
		case po == "interj":
			c |= Interjection
		case po == "loc":
			c |= Locution
		case po == "nb" || po == "nbro":
			c |= Numeral
		}
	}
	if c.Has(Noun | Adjective) {
		c |= gender // a participle's gender says nothing of the noun (marché is no feminine noun)
	}
	return c | verb
}

var ligatures = strings.NewReplacer("œ", "oe", "Œ", "OE", "æ", "ae", "Æ", "AE", "’", "'")

// Fold returns the diacritic-free, lower-case form of a word: NFD with the
// marks removed, œ → oe, æ → ae, ’ → '. Words that fold alike are the
// candidates of an accent restoration.
func Fold(word string) string {
	return strings.ToLower(ligatures.Replace(StripMarks(word)))
}

// HasMarks reports whether s has a letter with a diacritic (precomposed, or
// followed by a combining mark). It does not allocate.
func HasMarks(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Mn, r) {
			return true
		}
		if d := norm.NFD.PropertiesString(s[i:]).Decomposition(); d != nil && hasMn(d) {
			return true
		}
		i += n - 1
	}
	return false
}

// hasMn reports whether a decomposition holds a combining mark (and is not,
// say, a compatibility-free singleton).
func hasMn(d []byte) bool {
	for len(d) > 0 {
		r, n := utf8.DecodeRune(d)
		if unicode.Is(unicode.Mn, r) {
			return true
		}
		d = d[n:]
	}
	return false
}

// StripMarks removes the combining marks of a text after canonical
// decomposition (é → e, Ç → C), keeping its case. It is safe for concurrent
// use, unlike a shared transform.Chain.
func StripMarks(s string) string {
	if !HasMarks(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
