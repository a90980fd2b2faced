package rules

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/retouche/retouche/token"
)

// wordClass is what \w means in a rule: a letter, a mark, a digit or _, in
// any script. RE2's own \w is [0-9A-Za-z_].
const wordClass = `\p{L}\p{M}\p{N}_`

// pattern is a compiled regex rule: RE2 with the \b at its ends checked by
// the engine with Unicode word runes.
type pattern struct {
	re                 *regexp.Regexp
	wordStart, wordEnd bool // the pattern began or ended with \b
	// endGroup, when positive, is the index of an empty group that marks
	// the end of the match: a pattern that ends with a word rune and \b is
	// compiled with a trailing "not a word rune" that the regex engine can
	// backtrack on ("impact(?:e|ent)\b" must match all of "impactent").
	endGroup int
}

// compilePattern compiles a rule's regex. \w and \W become Unicode classes;
// a \b at the start or the end of the pattern is removed and checked by
// the engine (RE2's \b only knows ASCII letters, so "\bété\b" would match
// inside "côtété"); a \b or \B anywhere else is an error.
func compilePattern(src string) (*pattern, error) {
	s, err := unicodeClasses(src)
	if err != nil {
		return nil, err
	}
	re, err := syntax.Parse(s, syntax.Perl)
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", src, err)
	}
	p := &pattern{}
	re, p.wordStart, p.wordEnd = stripBoundaries(re)
	if hasBoundary(re) {
		return nil, fmt.Errorf("pattern %q: \\b and \\B are supported only at the start and the end of a pattern (RE2's are ASCII-only; Retouche checks those two with Unicode letters)", src)
	}
	expr := re.String()
	if p.wordEnd && endsWithWord(re) {
		expr = `(?:` + expr + `)()(?:[^` + wordClass + `]|\z)`
	}
	if p.re, err = regexp.Compile(expr); err != nil {
		return nil, fmt.Errorf("pattern %q: %w", src, err)
	}
	if expr != re.String() {
		p.endGroup = p.re.NumSubexp()
	}
	return p, nil
}

// groups is the number of groups of the pattern as the author wrote it.
func (p *pattern) groups() int {
	if p.endGroup > 0 {
		return p.endGroup - 1
	}
	return p.re.NumSubexp()
}

// endsWithWord reports whether every match of re ends with a word rune.
func endsWithWord(re *syntax.Regexp) bool {
	word, empty := lastRunes(re)
	return word && !empty
}

// lastRunes reports whether the last rune of every non-empty match of re
// is a word rune, and whether re can match the empty string.
func lastRunes(re *syntax.Regexp) (word, empty bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		r := re.Rune[len(re.Rune)-1]
		return isWord(r) && (re.Flags&syntax.FoldCase == 0 || isWord(unicode.SimpleFold(r))), false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > 0x3000 {
				return false, false // too wide to check, e.g. [^,]
			}
			for r := lo; r <= hi; r++ {
				if !isWord(r) {
					return false, false
				}
			}
		}
		return len(re.Rune) > 0, false
	case syntax.OpCapture, syntax.OpPlus:
		return lastRunes(re.Sub[0])
	case syntax.OpQuest, syntax.OpStar:
		w, _ := lastRunes(re.Sub[0])
		return w, true
	case syntax.OpRepeat:
		w, e := lastRunes(re.Sub[0])
		return w, e || re.Min == 0
	case syntax.OpConcat:
		for i := len(re.Sub) - 1; i >= 0; i-- {
			w, e := lastRunes(re.Sub[i])
			if !w {
				return false, false
			}
			if !e {
				return true, false
			}
		}
		return true, true
	case syntax.OpAlternate:
		empty := false
		for _, sub := range re.Sub {
			w, e := lastRunes(sub)
			if !w {
				return false, false
			}
			empty = empty || e
		}
		return true, empty
	}
	return false, false
}

// compileContext compiles an unless_before (anchored at the end) or an
// unless_after (anchored at the start) regex.
func compileContext(src string, before bool) (*regexp.Regexp, error) {
	s, err := unicodeClasses(src)
	if err != nil {
		return nil, err
	}
	re, err := syntax.Parse(s, syntax.Perl)
	if err != nil {
		return nil, fmt.Errorf("%q: %w", src, err)
	}
	if hasBoundary(re) {
		return nil, fmt.Errorf("%q: \\b is not supported in unless_before and unless_after (match the space or punctuation instead)", src)
	}
	if before {
		return regexp.Compile(`(?:` + s + `)$`)
	}
	return regexp.Compile(`^(?:` + s + `)`)
}

// unicodeClasses rewrites \w and \W (outside and inside brackets) into
// Unicode classes.
func unicodeClasses(src string) (string, error) {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src):
			i++
			switch d := src[i]; {
			case d == 'w' && inClass:
				b.WriteString(wordClass)
			case d == 'w':
				b.WriteString(`[` + wordClass + `]`)
			case d == 'W' && inClass:
				return "", fmt.Errorf("pattern %q: \\W inside brackets is not supported: use [^…] with \\w", src)
			case d == 'W':
				b.WriteString(`[^` + wordClass + `]`)
			default:
				b.WriteByte('\\')
				b.WriteByte(d)
			}
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
			// A ] right after [ or [^ is a literal.
			if i+1 < len(src) && src[i+1] == '^' {
				i++
				b.WriteByte('^')
			}
			if i+1 < len(src) && src[i+1] == ']' {
				i++
				b.WriteByte(']')
			}
		case c == '[' && inClass && strings.HasPrefix(src[i:], "[:"):
			j := strings.Index(src[i+2:], ":]")
			if j < 0 {
				b.WriteByte(c)
				continue
			}
			b.WriteString(src[i : i+2+j+2])
			i += 2 + j + 1
		case c == ']' && inClass:
			inClass = false
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// stripBoundaries removes a leading and a trailing \b of a concatenation.
func stripBoundaries(re *syntax.Regexp) (*syntax.Regexp, bool, bool) {
	if re.Op == syntax.OpWordBoundary {
		return &syntax.Regexp{Op: syntax.OpEmptyMatch}, true, false
	}
	if re.Op != syntax.OpConcat || len(re.Sub) == 0 {
		return re, false, false
	}
	subs := re.Sub
	start := subs[0].Op == syntax.OpWordBoundary
	if start {
		subs = subs[1:]
	}
	end := len(subs) > 0 && subs[len(subs)-1].Op == syntax.OpWordBoundary
	if end {
		subs = subs[:len(subs)-1]
	}
	out := *re
	out.Sub = subs
	return &out, start, end
}

func hasBoundary(re *syntax.Regexp) bool {
	if re.Op == syntax.OpWordBoundary || re.Op == syntax.OpNoWordBoundary {
		return true
	}
	for _, s := range re.Sub {
		if hasBoundary(s) {
			return true
		}
	}
	return false
}

// isWord reports whether r is a word rune for \b: a letter, a mark, a
// digit or an underscore.
func isWord(r rune) bool { return r == '_' || token.IsWordRune(r) }

// boundary reports whether offset i of s is a word boundary: a word rune on
// exactly one side.
func boundary(s string, i int) bool {
	before, after := false, false
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		before = isWord(r)
	}
	if i < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		after = isWord(r)
	}
	return before != after
}
