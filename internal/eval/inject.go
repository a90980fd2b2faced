package eval

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/token"
	"golang.org/x/text/encoding/charmap"
)

// InjectKinds lists the kinds of defect Injector knows, in order.
var InjectKinds = []string{"split", "accent", "headline", "contraction", "mojibake", "guillemet"}

// Injector puts one synthetic defect into a clean text.
type Injector struct {
	// Kinds are the defects to inject, from InjectKinds.
	Kinds []string
	// Rand chooses the kind and the place.
	Rand *rand.Rand
	// Known reports whether a lower-case form is a word of the language: a
	// glued or stripped form that is a word is not injected, since no
	// repair could tell it from a correct text.
	Known func(word string) bool
	// MaxHeadline is the longest headline, in characters (default 120).
	MaxHeadline int
}

// Inject returns a defective version of text (or, for a headline, of its
// first sentence), the correct text it should be repaired to, and the kind
// of defect; ok is false when no requested kind applies.
func (in *Injector) Inject(text string) (defective, corrected, kind string, ok bool) {
	order := slices.Clone(in.Kinds)
	in.Rand.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	for _, k := range order {
		var d, c string
		switch k {
		case "split":
			d, ok = in.split(text)
		case "accent":
			d, ok = in.accent(text)
		case "headline":
			c, d, ok = in.headline(text)
		case "contraction":
			d, ok = in.contraction(text)
		case "mojibake":
			d, ok = mojibake(text)
		case "guillemet":
			d, ok = in.guillemet(text)
		}
		if ok {
			if c == "" {
				c = text
			}
			return d, c, k, true
		}
	}
	return "", "", "", false
}

// pick returns a random element of candidates.
func pick[T any](r *rand.Rand, candidates []T) T { return candidates[r.IntN(len(candidates))] }

// isPlainWord reports whether a word token has letters only (no digit,
// apostrophe or hyphen) and at least n of them.
func isPlainWord(w string, n int) bool {
	count := 0
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) {
			return false
		}
		count++
	}
	return count >= n
}

// split glues two words by deleting the space between them.
func (in *Injector) split(text string) (string, bool) {
	toks := token.Tokenize(text, nil)
	var at []int
	for i := 0; i+2 < len(toks); i++ {
		a, sp, b := toks[i], toks[i+1], toks[i+2]
		if a.Kind != token.Word || sp.Kind != token.Space || b.Kind != token.Word || sp.Text(text) != " " {
			continue
		}
		wa, wb := a.Text(text), b.Text(text)
		if !isPlainWord(wa, 2) || !isPlainWord(wb, 2) || in.Known(strings.ToLower(wa+wb)) {
			continue
		}
		at = append(at, i+1)
	}
	if len(at) == 0 {
		return "", false
	}
	sp := toks[pick(in.Rand, at)]
	return text[:sp.Start] + text[sp.End:], true
}

// Fold returns s without its diacritics (é → e, Ç → C; œ stays).
func Fold(s string) string { return dict.StripMarks(s) }

// accent strips the diacritics of one word.
func (in *Injector) accent(text string) (string, bool) {
	toks := token.Tokenize(text, nil)
	var at []token.Token
	for _, t := range toks {
		w := t.Text(text)
		if t.Kind != token.Word || w == Fold(w) || in.Known(strings.ToLower(Fold(w))) {
			continue
		}
		at = append(at, t)
	}
	if len(at) == 0 {
		return "", false
	}
	t := pick(in.Rand, at)
	return text[:t.Start] + Fold(t.Text(text)) + text[t.End:], true
}

// headline takes the text, or its first sentence, when it is short, and
// strips all its accents; it returns the headline and its stripped form.
func (in *Injector) headline(text string) (string, string, bool) {
	limit := in.MaxHeadline
	if limit == 0 {
		limit = 120
	}
	h := text
	if utf8.RuneCountInString(h) > limit {
		i := strings.Index(h, ". ")
		if i < 0 {
			return "", "", false
		}
		h = h[:i+1]
	}
	if n := utf8.RuneCountInString(h); n > limit || n < 20 {
		return "", "", false
	}
	stripped := Fold(h)
	if stripped == h {
		return "", "", false
	}
	return h, stripped, true
}

// contractions maps a contracted article to the words it contracts.
var contractions = map[string]string{
	"des": "de les", "du": "de le", "aux": "à les", "au": "à le",
	"Des": "De les", "Du": "De le", "Aux": "À les", "Au": "À le",
}

// contraction undoes one contracted article followed by a word.
func (in *Injector) contraction(text string) (string, bool) {
	toks := token.Tokenize(text, nil)
	var at []token.Token
	for i := 0; i+2 < len(toks); i++ {
		if _, ok := contractions[toks[i].Text(text)]; ok && toks[i].Kind == token.Word &&
			toks[i+1].Kind == token.Space && toks[i+2].Kind == token.Word {
			at = append(at, toks[i])
		}
	}
	if len(at) == 0 {
		return "", false
	}
	t := pick(in.Rand, at)
	return text[:t.Start] + contractions[t.Text(text)] + text[t.End:], true
}

// mojibake reads the UTF-8 bytes of the text as Windows-1252, as a scraper
// that guessed the wrong encoding does. Texts with a byte that
// Windows-1252 leaves undefined are skipped.
func mojibake(text string) (string, bool) {
	if !strings.ContainsFunc(text, func(r rune) bool { return r >= utf8.RuneSelf }) || strings.ContainsRune(text, utf8.RuneError) {
		return "", false
	}
	out, err := charmap.Windows1252.NewDecoder().String(text)
	if err != nil || strings.ContainsRune(out, utf8.RuneError) {
		return "", false
	}
	return out, true
}

// guillemet deletes the opening « of a quotation closed later in the text,
// with the space after it.
func (in *Injector) guillemet(text string) (string, bool) {
	var at []int
	for i := 0; ; {
		j := strings.Index(text[i:], "«")
		if j < 0 {
			break
		}
		i += j
		if strings.Contains(text[i:], "»") {
			at = append(at, i)
		}
		i += len("«")
	}
	if len(at) == 0 {
		return "", false
	}
	i := pick(in.Rand, at)
	end := i + len("«")
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !token.IsHSpace(r) {
			break
		}
		end += n
	}
	return text[:i] + text[end:], true
}

// Vocabulary returns the set of lower-case word forms of the texts, to serve
// as Injector.Known when no lexicon is at hand.
func Vocabulary(texts []Text) map[string]bool {
	vocab := map[string]bool{}
	for _, t := range texts {
		for _, tok := range token.Tokenize(t.Text, nil) {
			if tok.Kind == token.Word {
				vocab[strings.ToLower(tok.Text(t.Text))] = true
			}
		}
	}
	return vocab
}

// CheckKinds returns an error naming a kind that InjectKinds lacks.
func CheckKinds(kinds []string) error {
	for _, k := range kinds {
		if !slices.Contains(InjectKinds, k) {
			return fmt.Errorf("unknown kind %q (want some of %s)", k, strings.Join(InjectKinds, ","))
		}
	}
	return nil
}
