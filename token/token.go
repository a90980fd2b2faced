// Package token splits text into Unicode-aware tokens shared by every stage of
// Retouche: words (letters with their combining marks, internal apostrophes and
// hyphens), numbers, spaces (including no-break spaces), line breaks,
// punctuation, and the spans that must never be edited (URLs, e-mail addresses,
// @handles, #hashtags, and the file paths, file names and identifiers of
// technical prose).
//
// Tokens are byte ranges of the source string and hold no pointer, so that a
// slice of a million tokens costs the garbage collector nothing to scan. The
// tokens of a string tile it exactly, byte for byte, including invalid UTF-8
// (each invalid byte is an Other token).
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// The kinds of token.
const (
	Other   Kind = iota // a symbol, control character or invalid byte, one rune
	Word                // letters, marks and digits with internal ' ’ and hyphens; at least one letter
	Number              // digits with internal . , or thin/no-break thousands separators
	Space               // a run of horizontal white space: space, tab, NBSP, NNBSP and other Zs
	Newline             // "\n", "\r\n", "\r", U+2028 or U+2029
	Punct               // one punctuation rune
	URL                 // http(s)://…, www.…, or a bare domain with a common top-level domain
	Email               // local@domain.tld
	Handle              // @name
	Hashtag             // #tag
	Code                // a file path or name, an identifier or a manual page: /etc/hosts, selections.txt, dh_make, grep(1)
)

var kindNames = [...]string{"Other", "Word", "Number", "Space", "Newline", "Punct", "URL", "Email", "Handle", "Hashtag", "Code"}

// String returns the name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Protected reports whether text of this kind must never be edited by a stage.
func (k Kind) Protected() bool {
	switch k {
	case Number, URL, Email, Handle, Hashtag, Code:
		return true
	}
	return false
}

// Token is a byte range [Start, End) of the tokenized text.
type Token struct {
	Kind  Kind
	Start int
	End   int
}

// Text returns the token's bytes in src, the string it was taken from.
func (t Token) Text(src string) string { return src[t.Start:t.End] }

// Special white-space runes that stages treat by name.
const (
	NBSP  = '\u00A0' // no-break space
	NNBSP = '\u202F' // narrow no-break space, used in French typography
	Thin  = '\u2009' // thin space
)

// IsHSpace reports whether r is horizontal white space: a space separator
// (Zs, which includes NBSP and NNBSP) or a tab.
func IsHSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t'
	}
	return unicode.Is(unicode.Zs, r)
}

// IsNewline reports whether r starts or is a line break.
func IsNewline(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029'
}

// IsApostrophe reports whether r is an apostrophe that may join two parts of a
// word: the typewriter ' and the typographic ’.
func IsApostrophe(r rune) bool { return r == '\'' || r == '’' }

// SplitElision cuts an elided word after its apostrophe: "l'Algérie" gives
// "l'" and "Algérie", "qu’il" gives "qu’" and "il". Only an apostrophe within
// the first seven bytes counts (jusqu', lorsqu', aujourd'); a word without
// one gives "" and w.
func SplitElision(w string) (prefix, rest string) {
	i := elisionMark(w)
	if i <= 0 || i > 7 {
		return "", w
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	return w[:i+n], w[i+n:]
}

// elisionMark returns the offset of the first ' or ’ in the first eight
// bytes of s, or -1.
func elisionMark(s string) int {
	for i := 0; i < len(s) && i < 8; i++ {
		if s[i] == '\'' || s[i] == 0xE2 && strings.HasPrefix(s[i:], "’") {
			return i
		}
	}
	return -1
}

// IsHyphen reports whether r is a hyphen that may join two parts of a word.
func IsHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// IsWordRune reports whether r can be part of a word: a letter, a combining
// mark or a digit. Word boundaries (what RE2's ASCII-only \b gets wrong) are
// the places where a word rune meets a rune that is not one.
func IsWordRune(r rune) bool { return isWordRune(r) }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.M, r) || unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// Tokenize returns the tokens of s in order. It appends to buf, which may be
// nil, so that callers can reuse memory across calls.
func Tokenize(s string, buf []Token) []Token {
	toks := buf[:0]
	if want := len(s)/3 + 16; cap(toks) < want {
		toks = make([]Token, 0, want) // about one token per three bytes of prose
	}
	for i := 0; i < len(s); {
		end, kind := next(s, i)
		toks = append(toks, Token{Kind: kind, Start: i, End: end})
		i = end
	}
	return toks
}

// next returns the end and kind of the token that starts at byte i of s.
func next(s string, i int) (int, Kind) {
	if c := s[i]; c < utf8.RuneSelf {
		// The common bytes of prose, without decoding a rune.
		switch asciiStart[c] {
		case startSpace:
			return scanSpace(s, i), Space
		case startPunct:
			return i + 1, Punct
		case startLetter:
			if c|0x20 != 'h' && c|0x20 != 'w' && c|0x20 != 'f' {
				return word(s, i)
			}
		}
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n <= 1:
		return i + 1, Other
	case r == '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return i + 2, Newline
		}
		return i + 1, Newline
	case IsNewline(r):
		return i + n, Newline
	case IsHSpace(r):
		return scanSpace(s, i), Space
	}
	switch r {
	case '/', '~', '.', '$', '-', '?', '{':
		if end := scanCodeStart(s, i); end > 0 {
			return end, Code
		}
	case '@':
		if end := scanTag(s, i, n); end > 0 {
			return end, Handle
		}
	case '#':
		if end := scanTag(s, i, n); end > 0 {
			return end, Hashtag
		}
	}
	if isWordRune(r) {
		if end := scanSchemeURL(s, i); end > 0 {
			return end, URL
		}
		return word(s, i)
	}
	if unicode.IsPunct(r) {
		return i + n, Punct
	}
	return i + n, Other
}

// word returns the end and kind of the word, number, address or code that
// starts with the word rune at byte i (a URL with a scheme excepted).
func word(s string, i int) (int, Kind) {
	end, kind := scanWord(s, i)
	if end < len(s) && mayJoinAddress(s[end]) {
		if e := scanEmail(s, i); e > 0 {
			return e, Email
		}
		if e := scanDomain(s, i); e > 0 {
			return e, URL
		}
	}
	if kind == Word && end < len(s) && mayContinueCode[s[end]] {
		if e := scanCodeAfterWord(s, i, end); e > 0 {
			return e, Code
		}
	}
	return end, kind
}

// The classes of asciiStart.
const (
	startOther  = iota // decoded and classified in full
	startSpace         // ' ', '\t'
	startPunct         // punctuation that starts no address or code
	startLetter        // a letter or a digit
)

// asciiStart classes the ASCII bytes by the token they start, for the fast
// path of next.
var asciiStart = func() (t [utf8.RuneSelf]uint8) {
	t[' '], t['\t'] = startSpace, startSpace
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case asciiWord[c] != 0:
			t[c] = startLetter
		case unicode.IsPunct(rune(c)) && !strings.ContainsRune("@#/~.$-?{", rune(c)):
			t[c] = startPunct
		}
	}
	return t
}()

// mayContinueCode holds the bytes after a word that may make it Code.
var mayContinueCode = func() (t [256]bool) {
	for _, c := range "_/:.(" {
		t[c] = true
	}
	return t
}()

func scanSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsHSpace(r) {
			break
		}
		i += n
	}
	return i
}

// scanWord scans a word or a number starting at i. Apostrophes and hyphens
// join two word runes; '.' and ',' join two digits; a thin or no-break space
// joins a digit to a group of exactly three digits ("1 000").
func scanWord(s string, start int) (int, Kind) {
	i := start
	hasLetter := false
	prevDigit := false
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && asciiWord[c] != 0 {
			// the common case, an ASCII letter or digit, without decoding
			hasLetter = hasLetter || asciiWord[c] == asciiLetter
			prevDigit = asciiWord[c] == asciiDigit
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if isLetter(r) {
				hasLetter = true
			}
			prevDigit = isDigit(r)
			i += n
			continue
		}
		j := i + n
		if j >= len(s) {
			break
		}
		r2, _ := utf8.DecodeRuneInString(s[j:])
		switch {
		case (IsApostrophe(r) || IsHyphen(r)) && isWordRune(r2) && !(prevDigit && IsApostrophe(r)):
			i = j
			continue
		case (r == '.' || r == ',') && prevDigit && isDigit(r2):
			i = j
			continue
		case (r == NBSP || r == NNBSP || r == Thin) && prevDigit && !hasLetter && threeDigits(s, j):
			i = j
			continue
		}
		break
	}
	if hasLetter {
		return i, Word
	}
	return i, Number
}

// asciiWord classes the ASCII bytes that are word runes.
var asciiWord = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = asciiLetter, asciiLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiDigit
	}
	return t
}()

// The classes of asciiWord; 0 is any other byte.
const (
	asciiLetter = 1
	asciiDigit  = 2
)

// threeDigits reports whether s[j:] starts with exactly three ASCII digits
// not followed by another word rune.
func threeDigits(s string, j int) bool {
	if j+3 > len(s) || !isDigit(rune(s[j])) || !isDigit(rune(s[j+1])) || !isDigit(rune(s[j+2])) {
		return false
	}
	if j+3 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j+3:])
	return !isWordRune(r)
}
