package rules

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
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
	re                 *lazyRegexp
	wordStart, wordEnd bool // the pattern began or ended with \b
	// endGroup, when positive, is the index of an empty group that marks
	// the end of the match: a pattern that ends with a word rune and \b is
	// compiled with a trailing "not a word rune" that the regex engine can
	// backtrack on ("impact(?:e|ent)\b" must match all of "impactent").
	endGroup int
	// groups is the number of groups of the pattern as the author wrote it.
	groups int
	// triggers are folded strings one of which every match contains (nil
	// when none could be found): the matcher runs the regex only on the
	// lines where an automaton found one.
	triggers []string
	// cased holds the triggers as written when the pattern is case
	// sensitive: a hit of "le président " then runs "le Président [A-Z]"
	// only if the text says "le Président ".
	cased map[string]bool
	// width, when positive, bounds the bytes of any match (with the rune
	// after it that endGroup looks at): the matcher then runs the regex
	// on the text around each trigger rather than on its whole line. It is
	// 0 for a pattern with unbounded repetition or a line or text anchor.
	width int
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
	p.triggers = triggers(re, fold)
	if !hasFoldCase(re) && p.triggers != nil {
		p.cased = map[string]bool{}
		for _, t := range triggers(re, func(s string) string { return s }) {
			p.cased[t] = true
		}
	}
	if hasBoundary(re) {
		return nil, fmt.Errorf("pattern %q: \\b and \\B are supported only at the start and the end of a pattern (RE2's are ASCII-only; Retouche checks those two with Unicode letters)", src)
	}
	expr, ok := stripText(s, p.wordStart, p.wordEnd)
	if !ok {
		expr = re.String() // slow for large classes: only when the text cannot be cut
	}
	if w, ok := maxWidth(re); ok {
		p.width = w + utf8.UTFMax // the rune after the end (endGroup)
	}
	p.groups = re.MaxCap()
	if p.wordEnd && endsWithWord(re) {
		expr = `(?:` + expr + `)()(?:[^` + wordClass + `]|\z)`
		p.endGroup = p.groups + 1
	}
	p.re = &lazyRegexp{expr: expr}
	return p, nil
}

// lazyRegexp is a regex compiled on first use. Most rules never meet a line
// holding one of their triggers, and compiling the Unicode classes of the
// 50-odd built-in regexes would take a third of the start-up of a run on a
// one-line input. Its expression was parsed when the rule was loaded (which
// reports syntax errors with the rule's file and line), so compiling it
// cannot fail but for a bug; Get panics then. It is safe for concurrent use.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// Get returns the compiled regex.
func (l *lazyRegexp) Get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// flagsPrefix matches flags such as (?i) at the start of a pattern.
var flagsPrefix = regexp.MustCompile(`^(?:\(\?[imsU-]+\))*`)

// stripText removes the leading and trailing \b of a pattern's text, when
// they are plainly there; it reports false when it cannot.
func stripText(s string, start, end bool) (string, bool) {
	flags := flagsPrefix.FindString(s)
	body := s[len(flags):]
	if start {
		if !strings.HasPrefix(body, `\b`) {
			return "", false
		}
		body = body[2:]
	}
	if end {
		n := len(body)
		if !strings.HasSuffix(body, `\b`) || n >= 3 && body[n-3] == '\\' {
			return "", false
		}
		body = body[:n-2]
	}
	return flags + body, true
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
func compileContext(src string, before bool) (*lazyRegexp, error) {
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
		return &lazyRegexp{expr: `(?:` + s + `)$`}, nil
	}
	return &lazyRegexp{expr: `^(?:` + s + `)`}, nil
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

// maxTriggers bounds the size of a trigger set: beyond it, a set is not
// worth its automaton entries.
const maxTriggers = 64

// triggers returns folded strings such that every match of re contains one
// of them, or nil when it cannot tell. Of the parts of a concatenation it
// keeps the set whose shortest string is longest (" Janvier" rather than
// a digit).
func triggers(re *syntax.Regexp, f func(string) string) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil
		}
		return []string{f(string(re.Rune))}
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxTriggers {
				return nil
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, f(string(r)))
			}
		}
		if len(out) == 0 || len(out) > maxTriggers {
			return nil
		}
		return dedupeStrings(out)
	case syntax.OpCapture, syntax.OpPlus:
		return triggers(re.Sub[0], f)
	case syntax.OpRepeat:
		if re.Min == 0 {
			return nil
		}
		return triggers(re.Sub[0], f)
	case syntax.OpConcat:
		return concatTriggers(re.Sub, f)
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			t := triggers(sub, f)
			if t == nil {
				return nil
			}
			out = append(out, t...)
		}
		if len(out) > maxTriggers {
			return nil
		}
		return dedupeStrings(out)
	}
	return nil
}

// concatTriggers finds the triggers of a concatenation: runs of parts with
// a small finite set of strings are multiplied out ("['’] +" gives "' "
// and "’ "), and the best set of a run or of a single part wins.
func concatTriggers(subs []*syntax.Regexp, f func(string) string) []string {
	var best []string
	consider := func(t []string) {
		if t == nil || len(t) > maxTriggers || shortest(t) == 0 {
			return
		}
		if best == nil || shortest(t) > shortest(best) {
			best = t
		}
	}
	run := []string{""}
	for _, sub := range subs {
		if e := exact(sub, f); e != nil {
			if next := cross(run, e); next != nil {
				run = next
			} else { // too many strings: end the run here, start another
				consider(run)
				run = limit(e)
				if run == nil {
					run = []string{""}
				}
			}
			continue
		}
		if (sub.Op == syntax.OpPlus || sub.Op == syntax.OpRepeat && sub.Min > 0) && exact(sub.Sub[0], f) != nil {
			e := exact(sub.Sub[0], f)
			consider(cross(run, e)) // the run ends with one repetition
			run = e                 // and the next one starts with one
			continue
		}
		consider(run)
		consider(triggers(sub, f))
		run = []string{""}
	}
	consider(run)
	return best
}

// exact returns the folded strings re matches when they are few, else nil.
func exact(re *syntax.Regexp, f func(string) string) []string {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}
	case syntax.OpLiteral:
		return []string{f(string(re.Rune))}
	case syntax.OpCharClass:
		return triggers(re, f)
	case syntax.OpCapture:
		return exact(re.Sub[0], f)
	case syntax.OpQuest:
		if e := exact(re.Sub[0], f); e != nil {
			return limit(dedupeStrings(append([]string{""}, e...)))
		}
		return nil
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			e := exact(sub, f)
			if e == nil {
				return nil
			}
			out = append(out, e...)
		}
		return limit(dedupeStrings(out))
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			e := exact(sub, f)
			if e == nil {
				return nil
			}
			out = cross(out, e)
		}
		return out
	}
	return nil
}

// cross returns every a+b, or nil when there would be too many (or when
// either is nil).
func cross(as, bs []string) []string {
	if as == nil || bs == nil || len(as)*len(bs) > maxTriggers {
		return nil
	}
	out := make([]string, 0, len(as)*len(bs))
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+b)
		}
	}
	return dedupeStrings(out)
}

func limit(ss []string) []string {
	if len(ss) > maxTriggers {
		return nil
	}
	return ss
}

func shortest(ss []string) int {
	n := -1
	for _, s := range ss {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

func dedupeStrings(ss []string) []string {
	seen := map[string]bool{}
	out := ss[:0]
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// hasFoldCase reports whether any part of re matches without case.
func hasFoldCase(re *syntax.Regexp) bool {
	if re.Flags&syntax.FoldCase != 0 && (re.Op == syntax.OpLiteral || re.Op == syntax.OpCharClass) {
		return true
	}
	for _, sub := range re.Sub {
		if hasFoldCase(sub) {
			return true
		}
	}
	return false
}

// maxWidth returns the most bytes a match of re can span, and false when
// nothing bounds it (*, +, {n,}) or when re holds an anchor whose meaning
// depends on where the searched text starts or ends (^, $, \A, \z, \B).
func maxWidth(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpWordBoundary:
		return 0, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return len(re.Rune) * utf8.UTFMax, true // a folded rune may be longer (k, K)
		}
		n := 0
		for _, r := range re.Rune {
			n += utf8.RuneLen(r)
		}
		return n, true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax, true
	case syntax.OpCapture, syntax.OpQuest:
		return maxWidth(re.Sub[0])
	case syntax.OpRepeat:
		w, ok := maxWidth(re.Sub[0])
		return w * re.Max, ok && re.Max >= 0
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			w, ok := maxWidth(sub)
			if !ok {
				return 0, false
			}
			if re.Op == syntax.OpConcat {
				total += w
			} else {
				total = max(total, w)
			}
		}
		return total, true
	}
	return 0, false // *, +, and the anchors
}
