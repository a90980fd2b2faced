package hunspell

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// Entry is one line of a .dic file.
type Entry struct {
	Stem  string
	Flags []Flag
	Morph string
}

// Dictionary is a parsed .aff and .dic pair.
type Dictionary struct {
	Aff     *Affixes
	Entries []Entry
}

// Parse reads an .aff and a .dic file.
func Parse(aff, dic io.Reader) (*Dictionary, error) {
	a, err := ParseAff(aff)
	if err != nil {
		return nil, fmt.Errorf("aff: %w", err)
	}
	entries, err := parseDic(dic, a)
	if err != nil {
		return nil, fmt.Errorf("dic: %w", err)
	}
	return &Dictionary{Aff: a, Entries: entries}, nil
}

func parseDic(r io.Reader, a *Affixes) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var entries []Entry
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
			if isNumber(strings.TrimSpace(text)) {
				continue // the approximate count
			}
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "\t") || strings.HasPrefix(text, "#") {
			continue
		}
		e, err := parseEntry(text, a)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return entries, nil
}

// parseEntry splits "word/flags morph…", where "\/" is a slash of the word.
func parseEntry(text string, a *Affixes) (Entry, error) {
	word, rest := text, ""
	if i := strings.IndexAny(text, " \t"); i >= 0 {
		word, rest = text[:i], strings.TrimSpace(text[i:])
	}
	var e Entry
	stem, flags := word, ""
	for i := 0; i < len(word); i++ {
		if word[i] == '\\' && i+1 < len(word) && word[i+1] == '/' {
			i++
			continue
		}
		if word[i] == '/' && i > 0 {
			stem, flags = word[:i], word[i+1:]
			break
		}
	}
	e.Stem = strings.ReplaceAll(stem, `\/`, "/")
	if flags != "" {
		var err error
		if e.Flags, err = a.flagsOrAlias(flags); err != nil {
			return e, err
		}
	}
	if rest != "" {
		e.Morph = a.morphOrAlias(strings.Fields(rest))
	}
	return e, nil
}

// Form is a word form the dictionary accepts.
type Form struct {
	// Word is the form. For a form that an elision prefix makes ("l'" in
	// "l'invitation"), Word is what follows the apostrophe.
	Word string
	// Elision is the elided word and its apostrophe ("l'", "qu'"), or "".
	Elision string
	// Morph holds the morphological fields of the stem and the affixes.
	Morph string
	// KeepCase forms are accepted only in their own case.
	KeepCase bool
	// Forbidden forms must be rejected even when other rules make them.
	Forbidden bool
}

// Expand calls emit for every form the dictionary accepts, entry by entry.
// The same form may be emitted several times, with different fields.
func (d *Dictionary) Expand(emit func(Form)) {
	for _, e := range d.Entries {
		d.expandEntry(e, emit)
	}
}

func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

func (d *Dictionary) expandEntry(e Entry, emit func(Form)) {
	a := d.Aff
	has := func(flags []Flag, f Flag) bool { return f != 0 && slices.Contains(flags, f) }
	keep := has(e.Flags, a.KeepCase)
	if has(e.Flags, a.Forbidden) {
		emit(Form{Word: e.Stem, Forbidden: true})
		return
	}
	out := func(word, morph string, cont []Flag, elision string) {
		if has(cont, a.NeedAffix) || has(cont, a.OnlyInCompound) {
			return
		}
		emit(Form{Word: word, Elision: elision, Morph: morph, KeepCase: keep || has(cont, a.KeepCase)})
	}
	stem := []rune(e.Stem)
	if !has(e.Flags, a.NeedAffix) && !has(e.Flags, a.OnlyInCompound) {
		out(e.Stem, e.Morph, nil, "")
	}
	for _, sf := range e.Flags {
		s := a.Suffixes[sf]
		if s == nil {
			continue
		}
		for _, r := range s.Rules {
			w1, ok := applySuffix(stem, r)
			if !ok {
				continue
			}
			morph1 := join(e.Morph, r.Morph)
			circ := has(r.Cont, a.Circumfix)
			if !circ {
				out(string(w1), morph1, r.Cont, "")
			}
			flags := slices.Concat(e.Flags, r.Cont)
			d.secondSuffix(w1, morph1, r.Cont, func(w2 []rune, morph2 string, cont2 []Flag, cross bool) {
				out(string(w2), morph2, cont2, "")
				if s.Cross && cross {
					d.crossPrefixes(w2, morph2, slices.Concat(flags, cont2), circ, out)
				}
			})
			if s.Cross {
				d.crossPrefixes(w1, morph1, flags, circ, out)
			}
		}
	}
	for _, pf := range e.Flags {
		p := a.Prefixes[pf]
		if p == nil {
			continue
		}
		for _, r := range p.Rules {
			w, ok := applyPrefix(stem, r)
			if !ok || has(r.Cont, a.Circumfix) {
				continue
			}
			word, elision := splitElision(r, w)
			out(word, join(e.Morph, r.Morph), r.Cont, elision)
			// A suffix that the prefix's continuation flags bring.
			d.secondSuffix(w, join(e.Morph, r.Morph), r.Cont, func(w2 []rune, morph string, cont []Flag, _ bool) {
				word, elision := splitElision(r, w2)
				out(word, morph, cont, elision)
			})
		}
	}
}

// secondSuffix applies the suffixes among cont to an affixed form and
// passes each result to out, with whether its class allows cross products.
func (d *Dictionary) secondSuffix(w []rune, morph string, cont []Flag, out func(w2 []rune, morph string, cont []Flag, cross bool)) {
	for _, sf := range cont {
		s := d.Aff.Suffixes[sf]
		if s == nil {
			continue
		}
		for _, r := range s.Rules {
			if w2, ok := applySuffix(w, r); ok {
				out(w2, join(morph, r.Morph), r.Cont, s.Cross)
			}
		}
	}
}

// crossPrefixes applies the cross-product prefixes among flags to a
// suffixed form; circumfix requires a prefix that carries the circumfix
// flag too.
func (d *Dictionary) crossPrefixes(w []rune, morph string, flags []Flag, circ bool, out func(string, string, []Flag, string)) {
	seen := map[Flag]bool{}
	for _, pf := range flags {
		p := d.Aff.Prefixes[pf]
		if p == nil || !p.Cross || seen[pf] {
			continue
		}
		seen[pf] = true
		for _, r := range p.Rules {
			if circ != slices.Contains(r.Cont, d.Aff.Circumfix) && d.Aff.Circumfix != 0 {
				continue
			}
			pw, ok := applyPrefix(w, r)
			if !ok {
				continue
			}
			word, elision := splitElision(r, pw)
			out(word, join(morph, r.Morph), r.Cont, elision)
		}
	}
}

// splitElision separates an elision ("l'", "qu'") that a prefix rule adds
// from the rest of the word. A rule that also capitalises the word
// ("PFX L' é l'É é") gives back the word as the stem spells it, so that
// "l'État" made from "état" is recorded on "état".
func splitElision(r Rule, w []rune) (string, string) {
	i := strings.LastIndexAny(r.Add, "'’")
	if i < 0 {
		return string(w), ""
	}
	_, size := utf8.DecodeRuneInString(r.Add[i:])
	n := len([]rune(r.Add[:i])) + 1
	if n > len(w) {
		return string(w), ""
	}
	elision := strings.ToLower(strings.ReplaceAll(string(w[:n]), "’", "'"))
	rest := w[n:]
	if core := r.Add[i+size:]; r.Strip != "" && core != r.Strip && strings.ToLower(core) == r.Strip {
		rest = append([]rune(r.Strip), rest[len([]rune(core)):]...)
	}
	return string(rest), elision
}

// applySuffix applies a suffix rule to w, if its condition holds.
func applySuffix(w []rune, r Rule) ([]rune, bool) {
	strip := []rune(r.Strip)
	if len(strip) > len(w) || !r.Cond.matchEnd(w) || string(w[len(w)-len(strip):]) != r.Strip {
		return nil, false
	}
	if len(strip) == len(w) && r.Add == "" {
		return nil, false
	}
	out := make([]rune, 0, len(w)-len(strip)+len(r.Add))
	out = append(out, w[:len(w)-len(strip)]...)
	return append(out, []rune(r.Add)...), true
}

// applyPrefix applies a prefix rule to w, if its condition holds.
func applyPrefix(w []rune, r Rule) ([]rune, bool) {
	strip := []rune(r.Strip)
	if len(strip) > len(w) || !r.Cond.matchStart(w) || string(w[:len(strip)]) != r.Strip {
		return nil, false
	}
	if len(strip) == len(w) && r.Add == "" {
		return nil, false
	}
	out := make([]rune, 0, len(w)-len(strip)+len(r.Add))
	out = append(out, []rune(r.Add)...)
	return append(out, w[len(strip):]...), true
}
