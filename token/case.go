package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case is the capitalisation of a word.
type Case int

// The kinds of capitalisation.
const (
	Mixed Case = iota // iPhone, McDonald
	Lower             // all lower case (or no letter)
	Title             // first letter upper case, the rest lower; each hyphenated part so (Etats-Unis)
	Upper             // all upper case, two letters or more
)

// CaseOf classifies the letters of a word.
func CaseOf(w string) Case {
	upper, lower, letters, firstUpper := 0, 0, 0, false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
			firstUpper = firstUpper || letters == 1
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	switch {
	case upper == 0:
		return Lower
	case lower == 0 && letters > 1:
		return Upper
	case firstUpper && (upper == 1 || titleParts(w)):
		return Title
	}
	return Mixed
}

// titleParts reports whether each hyphenated part of w is capitalised.
func titleParts(w string) bool {
	for _, part := range strings.Split(w, "-") {
		r, n := utf8.DecodeRuneInString(part)
		if !unicode.IsUpper(r) || strings.ToLower(part[n:]) != part[n:] {
			return false
		}
	}
	return true
}

// UpperLine reports whether the line of toks[i] is written in capitals (a
// heading): at least three of its other words are in upper case, and six in
// ten of all of them.
func UpperLine(toks []Token, src string, i int) bool {
	upper, words := UpperWords(toks, src, i)
	return upper >= 3 && 10*upper >= 6*words
}

// UpperWords counts the other words of the line of toks[i], and those of
// them written in capitals.
func UpperWords(toks []Token, src string, i int) (upper, words int) {
	for _, dir := range []int{-1, 1} {
		for j := i + dir; j >= 0 && j < len(toks) && toks[j].Kind != Newline; j += dir {
			if toks[j].Kind == Word {
				words++
				if CaseOf(toks[j].Text(src)) == Upper {
					upper++
				}
			}
		}
	}
	return upper, words
}

// SentenceStart reports whether toks[i] starts a sentence of src: it is
// first on its line, or follows . ! ? … an opening quote, a dash, a colon, a
// cut marked "[...]" or "(…)", or a numbered item that opens its line ("1°",
// "2)"). An index before the first token counts as a start.
func SentenceStart(toks []Token, src string, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].Kind == Space {
		j--
	}
	if j < 0 || toks[j].Kind == Newline {
		return true
	}
	switch toks[j].Text(src) {
	case ".", "!", "?", "…", "«", "\"", "“", "—", "-", ":":
		return true
	case ")", "]":
		before := src[:toks[j].Start]
		if strings.HasSuffix(before, "...") || strings.HasSuffix(before, "…") {
			return true // [...] and (…) mark a cut in a quotation
		}
		return j > 0 && toks[j-1].Kind == Number && SentenceStart(toks, src, j-1)
	case "°":
		return j > 0 && toks[j-1].Kind == Number && SentenceStart(toks, src, j-1)
	}
	return false
}

// Capitalize returns w with its first letter in upper case (the rest as it
// is): corée → Corée.
func Capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if u := unicode.ToUpper(r); u != r {
		return string(u) + w[n:]
	}
	return w
}
