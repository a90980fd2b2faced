package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	ac "github.com/petar-dambovaliev/aho-corasick"
	"github.com/retouche/retouche/token"
)

// Match is one place where a rule applies.
type Match struct {
	Rule       *Rule
	Start, End int      // byte offsets of the matched text
	Replace    []string // the repair candidates, expanded and cased; none for a report rule
}

// Matcher finds the matches of a list of rules in a text. Literal rules are
// looked up a word at a time in one index whatever their number
// (literalIndex); a regex rule runs only on the lines where an Aho–Corasick
// automaton found one of its triggers (strings every match contains), and
// its regex is compiled on the first such line. A Matcher is safe for
// concurrent use.
type Matcher struct {
	rules    []*Rule
	compiled []*compiledRule

	lits     literalIndex // every literal, looked up word by word in the folded text
	regexps  []int        // indexes of regex rules without triggers: run on the whole text
	trig     *automaton   // the triggers of the regex rules
	trigRule [][]int      // trigger pattern → indexes of the regex rules it triggers
}

// triggerSet collects the distinct triggers of the regex rules and, for
// each, the indexes of the rules it triggers.
type triggerSet struct {
	strs  []string
	index map[string]int
	rules [][]int
}

func (t *triggerSet) add(s string, rule int) {
	k, ok := t.index[s]
	if !ok {
		if t.index == nil {
			t.index = map[string]int{}
		}
		k = len(t.strs)
		t.index[s] = k
		t.strs = append(t.strs, s)
		t.rules = append(t.rules, nil)
	}
	t.rules[k] = append(t.rules[k], rule)
}

type compiledRule struct {
	pattern       *pattern
	before, after *lazyRegexp
}

// literal is one phrase of a literal rule. The index finds it in the
// folded text; the case the rule accepts is checked on the text itself.
type literal struct {
	rule int
	text string // as written in the rule
}

// automaton is an Aho–Corasick automaton over folded text. It starts as
// an NFA, which builds in well under a millisecond, and is rebuilt once as
// a DFA, which reads text about three times faster but takes some 14 ms to
// build for the 300 triggers of the French rules, when the texts it has
// read reach dfaAfter bytes: a one-line input never pays for the DFA, a
// corpus pays for it once. It is safe for concurrent use.
type automaton struct {
	pats []string
	nfa  ac.AhoCorasick
	read atomic.Int64
	once sync.Once
	dfa  atomic.Pointer[ac.AhoCorasick]
}

// dfaAfter is the amount of text after which an automaton is rebuilt as a
// DFA; dfaMaxPatterns bounds the automata ever built as one (a DFA of
// thousands of patterns takes seconds to build).
const (
	dfaAfter       = 256 << 10
	dfaMaxPatterns = 12000
)

func newAutomaton(pats []string) *automaton {
	return &automaton{pats: pats, nfa: buildAutomaton(pats, false)}
}

func buildAutomaton(pats []string, dfa bool) ac.AhoCorasick {
	b := ac.NewAhoCorasickBuilder(ac.Opts{MatchKind: ac.StandardMatch, DFA: dfa})
	return b.Build(pats)
}

// iter returns the overlapping matches of the automaton in folded.
func (a *automaton) iter(folded []byte) ac.Iter {
	if d := a.dfa.Load(); d != nil {
		return d.IterOverlappingByte(folded)
	}
	if len(a.pats) <= dfaMaxPatterns && a.read.Add(int64(len(folded))) >= dfaAfter {
		a.once.Do(func() {
			d := buildAutomaton(a.pats, true)
			a.dfa.Store(&d)
		})
		return a.dfa.Load().IterOverlappingByte(folded)
	}
	return a.nfa.IterOverlappingByte(folded)
}

// compile parses a rule's regexes, which reports their errors; each is
// compiled on first use (lazyRegexp).
func compile(r *Rule) (*compiledRule, error) {
	c := &compiledRule{}
	var err error
	if r.Pattern != "" {
		if c.pattern, err = compilePattern(r.Pattern); err != nil {
			return nil, err
		}
		if err := checkGroups(c.pattern.groups, r.Replace); err != nil {
			return nil, err
		}
	}
	if r.UnlessBefore != "" {
		if c.before, err = compileContext(r.UnlessBefore, true); err != nil {
			return nil, fmt.Errorf("unless_before %w", err)
		}
	}
	if r.UnlessAfter != "" {
		if c.after, err = compileContext(r.UnlessAfter, false); err != nil {
			return nil, fmt.Errorf("unless_after %w", err)
		}
	}
	return c, nil
}

var (
	groupRef  = regexp.MustCompile(`\$(\d+|\{\d+\})`)
	gluedName = regexp.MustCompile(`\$(\d+)([\pL_][\pL\pN_]*)`)
)

// checkGroups verifies that a replacement refers only to existing groups.
func checkGroups(groups int, replace []string) error {
	for _, r := range replace {
		if m := gluedName.FindStringSubmatch(r); m != nil {
			return fmt.Errorf("replace %q: $%s%s names a group %q; write ${%s}%s", r, m[1], m[2], m[1]+m[2], m[1], m[2])
		}
		for _, m := range groupRef.FindAllStringSubmatch(r, -1) {
			if n, _ := strconv.Atoi(strings.Trim(m[1], "{}")); n > groups {
				return fmt.Errorf("replace %q: the pattern has no group %d", r, n)
			}
		}
	}
	return nil
}

// Compile builds the matcher of rules (usually Set.Select of a language).
func Compile(rules []*Rule) (*Matcher, error) {
	m := &Matcher{rules: rules}
	var trig triggerSet
	for i, r := range rules {
		c := r.compiled
		if c == nil {
			var err error
			if c, err = compile(r); err != nil {
				return nil, fmt.Errorf("%s: rule %s: %w", r.Pos(), r.ID, err)
			}
		}
		m.compiled = append(m.compiled, c)
		if r.Pattern != "" {
			if len(c.pattern.triggers) == 0 {
				m.regexps = append(m.regexps, i)
				continue
			}
			for _, t := range c.pattern.triggers {
				trig.add(t, i)
			}
			continue
		}
		for _, lit := range r.Match {
			m.lits.add(lit, i)
		}
	}
	m.trigRule = trig.rules
	if len(trig.strs) > 0 {
		m.trig = newAutomaton(trig.strs)
	}
	return m, nil
}

// Rules returns the rules the matcher was compiled from.
func (m *Matcher) Rules() []*Rule { return m.rules }

// Find returns the matches of every rule in text, ordered by position. The
// matches of one rule do not overlap (the leftmost, then the longest, wins);
// matches of different rules may.
func (m *Matcher) Find(text string) []Match {
	var out []Match
	var folded []byte
	if !m.lits.empty() || m.trig != nil {
		folded = foldBytes(text)
	}
	if !m.lits.empty() {
		out = longestLiterals(m.literals(text, folded, out))
	}
	for _, i := range m.regexps {
		out = m.regexMatches(text, 0, len(text), i, out)
	}
	if m.trig != nil {
		out = m.triggered(text, folded, out)
	}
	return ordered(out)
}

// ordered sorts matches by position, the longest first at one position,
// and drops the duplicates.
func ordered(out []Match) []Match {
	slices.SortStableFunc(out, func(a, b Match) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return (b.End - b.Start) - (a.End - a.Start)
	})
	return dedupe(out)
}

// longestLiterals drops the literal matches that lie inside a longer
// literal match ("carnagie" inside "carnagie-mellon"): among literals the
// longest wins, as in misspell and typos.
func longestLiterals(ms []Match) []Match {
	if len(ms) < 2 {
		return ms
	}
	slices.SortFunc(ms, func(a, b Match) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := ms[:0]
	var cover Match // the kept match that reaches furthest
	for i, x := range ms {
		if i > 0 && x.End <= cover.End && x.End-x.Start < cover.End-cover.Start {
			continue // strictly inside a longer match
		}
		if i == 0 || x.End > cover.End {
			cover = x
		}
		out = append(out, x)
	}
	return out
}

// dedupe keeps, for each rule, the matches that do not overlap an earlier
// (or, at the same start, longer) match of the same rule.
func dedupe(ms []Match) []Match {
	last := map[*Rule]int{}
	out := ms[:0]
	for _, x := range ms {
		if end, ok := last[x.Rule]; ok && x.Start < end {
			continue
		}
		last[x.Rule] = x.End
		out = append(out, x)
	}
	return out
}

func (m *Matcher) literals(text string, folded []byte, out []Match) []Match {
	m.lits.find(text, folded, func(p *phrase, s, e int) {
		for _, lit := range p.lits {
			r := m.rules[lit.rule]
			cased, ok := caseOf(r, lit.text, text[s:e])
			if !ok || !m.context(lit.rule, text, s, e) {
				continue
			}
			var repl []string
			for _, rep := range r.Replace {
				repl = append(repl, cased(rep))
			}
			out = append(out, Match{Rule: r, Start: s, End: e, Replace: repl})
		}
	})
	return out
}

// caseOf tells whether a literal written lit accepts the text matched, and
// how its replacements are then cased.
func caseOf(r *Rule, lit, matched string) (func(string) string, bool) {
	same := func(s string) string { return s }
	switch {
	case r.IgnoreCase:
		return func(s string) string { return followCase(matched, s) }, true
	case matched == lit:
		return same, true
	case r.Case != CasePreserve:
		return nil, false
	case matched == token.Capitalize(lit):
		return token.Capitalize, true
	case matched == strings.ToUpper(lit):
		return strings.ToUpper, true
	}
	return nil, false
}

// triggered runs each regex rule on the lines where the trigger automaton
// found one of its triggers.
func (m *Matcher) triggered(text string, folded []byte, out []Match) []Match {
	// A job runs one rule on one line, or on the windows of the line
	// around its triggers when the rule's matches have a bounded width.
	type job struct {
		rule, start, end int
		windows          []span // around each trigger, merged when run; nil: the whole line
	}
	var jobs []job
	lineOf := map[int]int{} // rule → its job on the current line
	ls, le := 0, -1         // the current line [ls, le)
	it := m.trig.iter(folded)
	for x := it.Next(); x != nil; x = it.Next() {
		o := x.Start()
		if o >= le {
			ls = strings.LastIndexByte(text[:o], '\n') + 1
			le = strings.IndexByte(text[o:], '\n')
			if le < 0 {
				le = len(text)
			} else {
				le += o
			}
			clear(lineOf)
		}
		for _, i := range m.trigRule[x.Pattern()] {
			p := m.compiled[i].pattern
			if c := p.cased; c != nil && !c[text[o:x.End()]] {
				continue // a case-sensitive pattern: the trigger is there only without case
			}
			k, seen := lineOf[i]
			if !seen {
				k = len(jobs)
				lineOf[i] = k
				jobs = append(jobs, job{rule: i, start: ls, end: le})
			}
			if p.width == 0 {
				continue
			}
			jobs[k].windows = append(jobs[k].windows, window(text, ls, le, o-p.width, x.End()+p.width))
		}
	}
	for _, j := range jobs {
		if j.windows == nil {
			out = m.regexMatches(text, j.start, j.end, j.rule, out)
			continue
		}
		for _, w := range merged(j.windows) {
			out = m.regexMatches(text, w.start, w.end, j.rule, out)
		}
	}
	return out
}

// merged sorts spans and merges those that overlap or touch.
func merged(spans []span) []span {
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	out := spans[:1]
	for _, s := range spans[1:] {
		if last := &out[len(out)-1]; s.start <= last.end {
			last.end = max(last.end, s.end)
		} else {
			out = append(out, s)
		}
	}
	return out
}

// span is a range of bytes of a text.
type span struct{ start, end int }

// window returns [from, to) clipped to the line [ls, le), its start
// moved back to just after an ASCII byte that is no word byte (never inside
// a rune) and its end moved on to just before one: there the trailing "not
// a word rune, or the end" of a compiled pattern (see endGroup) matches in
// the window as it does in the line. Patterns with a width have no other
// anchor, and their leading \b is checked on the whole text. Any match that
// holds a trigger lies within the trigger ± the pattern's width, and the
// windows that overlap are merged, so that the windows' matches are the
// line's.
func window(text string, ls, le, from, to int) span {
	from, to = max(from, ls), min(to, le)
	for from > ls && !cut(text[from-1]) {
		from--
	}
	for to < le && !cut(text[to]) {
		to++
	}
	return span{from, to}
}

// cut reports whether the text may be cut beside byte b: an ASCII byte
// that is no letter, digit or underscore.
func cut(b byte) bool {
	return b < utf8.RuneSelf && !(b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '_')
}

// regexMatches adds the matches of regex rule i in text[from:to].
func (m *Matcher) regexMatches(text string, from, to, i int, out []Match) []Match {
	r, p := m.rules[i], m.compiled[i].pattern
	re := p.re.Get()
	for _, loc := range re.FindAllStringSubmatchIndex(text[from:to], -1) {
		if p.endGroup > 0 {
			loc[1] = loc[2*p.endGroup] // the rune after the end was only looked at
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += from
			}
		}
		s, e := loc[0], loc[1]
		if p.wordStart && !boundary(text, s) || p.wordEnd && !boundary(text, e) || !m.context(i, text, s, e) {
			continue
		}
		var repl []string
		for _, rep := range r.Replace {
			x := string(re.ExpandString(nil, rep, text, loc))
			if r.Case == CasePreserve {
				x = followCase(text[s:e], x)
			}
			repl = append(repl, x)
		}
		out = append(out, Match{Rule: r, Start: s, End: e, Replace: repl})
	}
	return out
}

// context applies unless_before and unless_after to the text of the line
// around the match.
func (m *Matcher) context(i int, text string, s, e int) bool {
	c := m.compiled[i]
	if c.before != nil {
		ls := strings.LastIndexByte(text[:s], '\n') + 1
		if c.before.Get().MatchString(text[ls:s]) {
			return false
		}
	}
	if c.after != nil {
		le := strings.IndexByte(text[e:], '\n')
		if le < 0 {
			le = len(text) - e
		}
		if c.after.Get().MatchString(text[e : e+le]) {
			return false
		}
	}
	return true
}

// wordEdge reports whether offset i of s does not cut a word: the runes on
// its two sides are not both word runes.
func wordEdge(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	a, _ := utf8.DecodeLastRuneInString(s[:i])
	b, _ := utf8.DecodeRuneInString(s[i:])
	return !isWord(a) || !isWord(b)
}

// fold lower-cases s rune by rune where that keeps the byte length, so
// that offsets in the folded text are offsets in s.
func fold(s string) string { return string(foldBytes(s)) }

// foldBytes is fold into a new byte slice.
func foldBytes(s string) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, lowerByte[c])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			b = utf8.AppendRune(b, l)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// lowerByte lower-cases an ASCII byte.
var lowerByte = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// followCase gives repl the case of the matched text: UPPER when the match
// is upper case (two letters or more), a capital first letter when the
// match starts with one. It never lowers a letter the author wrote.
func followCase(matched, repl string) string {
	if token.CaseOf(matched) == token.Upper {
		return strings.ToUpper(repl)
	}
	if r, _ := utf8.DecodeRuneInString(matched); unicode.IsUpper(r) {
		return token.Capitalize(repl)
	}
	return repl
}
