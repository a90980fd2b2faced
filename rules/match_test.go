package rules

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// matchRule builds a valid rule for tests.
func matchRule(id string, set func(*Rule)) *Rule {
	r := &Rule{ID: id, Lang: "fr", Category: "grammar", Tier: "auto", Message: "m", Case: CasePreserve,
		Examples: []Example{{Bad: "x", Good: "y"}}, File: "t.yaml", Line: 1}
	set(r)
	return r
}

// found renders matches as "start-end:replacement" for comparison.
func found(ms []Match) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%s[%d:%d]%s", m.Rule.ID, m.Start, m.End, strings.Join(m.Replace, "|")))
	}
	return strings.Join(parts, " ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		rule *Rule
		text string
		want string
	}{
		{"literal whole word", matchRule("t.a", func(r *Rule) { r.Match, r.Replace = []string{"teh"}, []string{"the"} }),
			"teh tehran steh teh.", "t.a[0:3]the t.a[16:19]the"},
		{"literal title and upper follow the match", matchRule("t.a", func(r *Rule) { r.Match, r.Replace = []string{"suite à"}, []string{"à la suite de"} }),
			"Suite à ceci, SUITE À cela, suite à tout, sUITE à rien.", "t.a[0:8]À la suite de t.a[15:23]À LA SUITE DE t.a[30:38]à la suite de"},
		{"case exact", matchRule("t.a", func(r *Rule) { r.Match, r.Replace, r.Case = []string{"teh"}, []string{"the"}, CaseExact }),
			"Teh teh", "t.a[4:7]the"},
		{"ignore case", matchRule("t.a", func(r *Rule) { r.Match, r.Replace, r.IgnoreCase = []string{"état"}, []string{"État"}, true }),
			"ÉTAT, état, ÉtAt", "t.a[0:5]ÉTAT t.a[7:12]État t.a[14:19]État"},
		{"a word boundary after an accented letter", matchRule("t.a", func(r *Rule) { r.Match, r.Replace = []string{"été"}, []string{"ete"} }),
			"côtété été étés", "t.a[10:15]ete"},
		{"apostrophes and no-break spaces are boundaries", matchRule("t.a", func(r *Rule) { r.Match, r.Replace = []string{"invitation"}, []string{"x"} }),
			"l’invitation\u00a0invitation", "t.a[4:14]x t.a[16:26]x"},
		{"literal of punctuation", matchRule("t.a", func(r *Rule) { r.Match, r.Replace = []string{",,"}, []string{","} }),
			"a,, b,,c", "t.a[1:3], t.a[5:7],"},
		{"regex with unicode \\b", matchRule("t.r", func(r *Rule) { r.Pattern, r.Replace = `(?i)\bde (les|le)\b`, []string{"d$1"} }),
			"côtéde les, de lesé, De le chat", "t.r[24:29]Dle"},
		{"regex \\w is unicode", matchRule("t.r", func(r *Rule) { r.Pattern, r.Replace = `(\w+)-t'(il|elle)\b`, []string{"$1-t-$2"} }),
			"Créé-t'il ? a-t'elle", "t.r[0:11]Créé-t-il t.r[14:22]a-t-elle"},
		{"unless_before and unless_after", matchRule("t.a", func(r *Rule) {
			r.Match, r.Replace, r.UnlessBefore, r.UnlessAfter = []string{"suite à"}, []string{"x"}, `fait\s*$`, `\s*donner`
		}), "fait suite à lui. suite à donner. suite à lui.", "t.a[36:44]x"},
		{"several candidates", matchRule("t.a", func(r *Rule) { r.Tier, r.Match, r.Replace = "suggest", []string{"cf"}, []string{"voir", "comparer"} }),
			"Cf la note", "t.a[0:2]Voir|Comparer"},
		{"report rule has no replacement", matchRule("t.a", func(r *Rule) { r.Tier, r.Match, r.Replace = "report", []string{"impacter"}, nil }),
			"impacter", "t.a[0:8]"},
		{"regex preserve only raises case", matchRule("t.r", func(r *Rule) { r.Pattern, r.Replace = `\b(\d+) Mars\b`, []string{"$1 mars"} }),
			"le 3 Mars", "t.r[3:9]3 mars"},
		{"overlapping matches of one rule: leftmost wins", matchRule("t.a", func(r *Rule) { r.Match, r.Replace = []string{"le le"}, []string{"le"} }),
			"le le le", "t.a[0:5]le"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Compile([]*Rule{tt.rule})
			if err != nil {
				t.Fatal(err)
			}
			if got := found(m.Find(tt.text)); got != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestLiteralsAgainstBruteForce checks the automaton against strings.Index
// on random texts over a small alphabet, where matches overlap a lot.
func TestLiteralsAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "b", "é", " ", "-", "ab", "A", "É", ",", "_", "1", "’"}
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return strings.TrimSpace(b.String())
	}
	for round := range 1000 {
		var rs []*Rule
		seen := map[string]bool{}
		for i := range 1 + rng.Intn(30) {
			w := word(1 + rng.Intn(4))
			if w == "" || seen[w] {
				continue
			}
			seen[w] = true
			rs = append(rs, matchRule(fmt.Sprintf("t.r%d", i), func(r *Rule) { r.Match, r.Replace, r.Case = []string{w}, []string{"X"}, CaseExact }))
		}
		m, err := Compile(rs)
		if err != nil {
			t.Fatal(err)
		}
		text := word(60)
		// Every whole-word occurrence; then drop those strictly inside a
		// longer one; then, per rule, the leftmost of overlapping ones.
		type occ struct {
			id         string
			start, end int
		}
		var all []occ
		for _, r := range rs {
			lit := r.Match[0]
			for i := 0; i+len(lit) <= len(text); i++ {
				if strings.HasPrefix(text[i:], lit) && wordEdge(text, i) && wordEdge(text, i+len(lit)) {
					all = append(all, occ{r.ID, i, i + len(lit)})
				}
			}
		}
		want := map[string]bool{}
		last := map[string]int{}
		sort.Slice(all, func(i, j int) bool { return all[i].start < all[j].start })
		for _, o := range all {
			inside := false
			for _, p := range all {
				inside = inside || p.start <= o.start && o.end <= p.end && p.end-p.start > o.end-o.start
			}
			if end, ok := last[o.id]; inside || ok && o.start < end {
				continue
			}
			last[o.id] = o.end
			want[fmt.Sprintf("%s@%d", o.id, o.start)] = true
		}
		got := map[string]bool{}
		for _, x := range m.Find(text) {
			got[fmt.Sprintf("%s@%d", x.Rule.ID, x.Start)] = true
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("round %d, text %q:\n got %v\nwant %v", round, text, got, want)
		}
	}
}

func TestCompilePatternErrors(t *testing.T) {
	for _, p := range []string{`a\bb`, `(a`, `[\W]`, `a\B`} {
		if _, err := compilePattern(p); err == nil {
			t.Errorf("compilePattern(%q): no error", p)
		}
	}
	for _, p := range []string{`\bde\b`, `(?i)\b(a|b)\b`, `[\w']+`, `\W+`, `[[:alpha:]]`} {
		if _, err := compilePattern(p); err != nil {
			t.Errorf("compilePattern(%q): %v", p, err)
		}
	}
}

func TestLongestLiteralWins(t *testing.T) {
	short := matchRule("t.short", func(r *Rule) { r.Match, r.Replace = []string{"carnagie"}, []string{"carnegie"} })
	long := matchRule("t.long", func(r *Rule) { r.Match, r.Replace = []string{"carnagie-mellon"}, []string{"carnegie-mellon"} })
	same := matchRule("t.same", func(r *Rule) { r.Match, r.Replace = []string{"carnagie"}, []string{"carnegy"} })
	m, err := Compile([]*Rule{short, long, same})
	if err != nil {
		t.Fatal(err)
	}
	got := found(m.Find("carnagie-mellon carnagie"))
	want := "t.long[0:15]carnegie-mellon t.short[16:24]carnegie t.same[16:24]carnegy"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestTrailingBoundaryBacktracks(t *testing.T) {
	for _, tt := range []struct{ pattern, text, want string }{
		{`\bimpact(?:e|ent)\b`, "ils impactent, il impacte", "t.r[4:13] t.r[18:25]"},
		{`\b(?:de|des)\b`, "des de", "t.r[0:3] t.r[4:6]"},
		{`\bl[''’]\b`, "l’ami", "t.r[0:4]"}, // ends with a non-word rune: checked after the match
		{`\bété\b`, "été étés", "t.r[0:5]"},
	} {
		r := matchRule("t.r", func(r *Rule) { r.Tier, r.Pattern, r.Replace = "report", tt.pattern, nil })
		m, err := Compile([]*Rule{r})
		if err != nil {
			t.Fatal(err)
		}
		if got := found(m.Find(tt.text)); got != tt.want {
			t.Errorf("%s on %q: got %s, want %s", tt.pattern, tt.text, got, tt.want)
		}
	}
}

func TestTriggers(t *testing.T) {
	for _, tt := range []struct{ pattern, want string }{
		{`\b([lLdD]|[qQ]u)(['’]) +(\p{Ll})`, `["d' " "d’ " "l' " "l’ " "qu' " "qu’ "]`},
		{`\b(\d{1,2}|1er) Janvier\b`, `[" janvier"]`},
		{`(\S) +\)`, `[" )"]`},
		{`\.\.`, `[".."]`},
		{`(?i)\bmalgré que\b`, `["malgré que"]`},
		{`\w+`, `[]`},
	} {
		p, err := compilePattern(tt.pattern)
		if err != nil {
			t.Fatal(err)
		}
		got := append([]string(nil), p.triggers...)
		sort.Strings(got)
		if fmt.Sprintf("%q", got) != tt.want {
			t.Errorf("triggers(%s) = %q, want %s", tt.pattern, got, tt.want)
		}
	}
}

// TestSharedTriggers checks that two regex rules with the same trigger
// both run, and on every line that holds it.
func TestSharedTriggers(t *testing.T) {
	a := matchRule("t.a", func(r *Rule) { r.Tier, r.Pattern, r.Replace = "report", `\bjanvier\s+1\b`, nil })
	b := matchRule("t.b", func(r *Rule) { r.Tier, r.Pattern, r.Replace = "report", `\bjanvier\s+2\b`, nil })
	m, err := Compile([]*Rule{a, b})
	if err != nil {
		t.Fatal(err)
	}
	got := found(m.Find("janvier 1\njanvier 2, janvier 1"))
	if want := "t.a[0:9] t.b[10:19] t.a[21:30]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestCasedTriggers checks that a case-sensitive pattern keeps its
// triggers as written (to skip lines that hold them only in another case)
// and that a (?i) pattern has none.
func TestCasedTriggers(t *testing.T) {
	p, err := compilePattern(`\b(le|du) Président ([A-Z])`)
	if err != nil {
		t.Fatal(err)
	}
	if !p.cased["le Président X"] || p.cased["le président X"] || len(p.cased) != 52 {
		t.Errorf("cased triggers %v", p.cased)
	}
	if p, _ := compilePattern(`(?i)\ble président\b`); p.cased != nil {
		t.Errorf("a (?i) pattern has cased triggers %v", p.cased)
	}
	r := matchRule("t.r", func(r *Rule) { r.Tier, r.Pattern, r.Replace = "report", `\b(le|du) Président ([A-Z])`, nil })
	m, err := Compile([]*Rule{r})
	if err != nil {
		t.Fatal(err)
	}
	if got := found(m.Find("le président Xi\ndu Président Lula")); got != "t.r[17:32]" {
		t.Errorf("got %s", got)
	}
}

// TestAutomatonDFA checks that the trigger automaton finds the same
// matches once it has read enough text to be rebuilt as a DFA.
func TestAutomatonDFA(t *testing.T) {
	m := builtinMatcher(t, "fr")
	line := "Le 12 Janvier, il faut pallier à la crise etc... au jour d'aujourd'hui ( voir ) le Président Macron.\n"
	ids := func() string {
		var b strings.Builder
		for _, x := range m.Find(line) {
			fmt.Fprintf(&b, "%s@%d ", x.Rule.ID, x.Start)
		}
		return b.String()
	}
	nfa := ids()
	if m.trig.dfa.Load() != nil {
		t.Fatal("the automaton is a DFA before it has read dfaAfter bytes")
	}
	m.Find(strings.Repeat(line, dfaAfter/len(line)+1))
	if m.trig.dfa.Load() == nil {
		t.Fatal("the automaton is still an NFA after dfaAfter bytes")
	}
	if dfa := ids(); dfa != nfa || strings.Count(nfa, "@") < 4 {
		t.Errorf("NFA found %s\nDFA found %s", nfa, dfa)
	}
}

// builtinMatcher compiles the built-in rules of a language, without the
// English misspellings.
func builtinMatcher(tb testing.TB, lang string) *Matcher {
	tb.Helper()
	files, err := Builtin()
	if err != nil {
		tb.Fatal(err)
	}
	set, err := NewSet(files...)
	if err != nil {
		tb.Fatal(err)
	}
	m, err := Compile(set.Select(lang))
	if err != nil {
		tb.Fatal(err)
	}
	return m
}
