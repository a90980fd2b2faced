package rules

import (
	"slices"
	"strings"

	"github.com/golangci/misspell"
)

// MisspellSet is the name of the set of English misspellings.
const MisspellSet = "en-misspell"

// Misspellings turns the list of common English misspellings maintained by
// github.com/golangci/misspell (DictMain, MIT licence) into a rule file:
// one literal rule per misspelt word, matched as a whole word with its case
// preserved. A rule is auto only when its correction is unique and the
// misspelling is not itself a word (isWord, usually the English lexicon;
// nil accepts every entry); otherwise it is a suggestion.
func Misspellings(isWord func(string) bool) *File {
	f := &File{Path: "github.com/golangci/misspell", Lang: "en", Set: MisspellSet,
		Description: "common English misspellings (github.com/golangci/misspell)"}
	n := len(misspell.DictMain) / 2
	fixes := make(map[string][]string, n)
	order := make([]string, 0, n)
	for i := 0; i+1 < len(misspell.DictMain); i += 2 {
		bad, good := misspell.DictMain[i], misspell.DictMain[i+1]
		if bad == "" || good == "" || strings.TrimSpace(bad) != bad {
			continue
		}
		if _, ok := fixes[bad]; !ok {
			order = append(order, bad)
		}
		if !slices.Contains(fixes[bad], good) {
			fixes[bad] = append(fixes[bad], good)
		}
	}
	seen := make(map[string]bool, len(order))
	f.Rules = make([]*Rule, 0, len(order))
	for i, bad := range order {
		good := fixes[bad]
		tier := "auto"
		if len(good) > 1 || isWord != nil && isWord(bad) {
			tier = "suggest"
		}
		id := "en.misspell." + slug(bad)
		if seen[id] {
			continue
		}
		seen[id] = true
		f.Rules = append(f.Rules, &Rule{
			ID: id, Lang: "en", Set: MisspellSet, Category: "spelling", Tier: tier,
			Message: "“" + bad + "” is a common misspelling of “" + good[0] + "”",
			Match:   []string{bad}, Replace: good, Case: CasePreserve,
			Examples: []Example{{Bad: bad, Good: good[0], Line: i + 1}},
			File:     f.Path, Line: i + 1,
		})
	}
	return f
}

// slug makes a rule id part of a word: lower-case letters and digits, with
// hyphens for anything else.
func slug(w string) string {
	b := make([]byte, 0, len(w))
	for _, r := range strings.ToLower(w) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			b = append(b, byte(r))
		} else {
			b = append(b, '-')
		}
	}
	return strings.Trim(string(b), "-")
}

// MisspellCorrections returns the distinct one-word corrections of the
// misspellings list: English words, some too new or too technical for a
// Hunspell dictionary (deinitialization, cringeworthy), that the other
// stages must not take for defects.
func MisspellCorrections() []string {
	seen := map[string]bool{}
	var out []string
	for i := 1; i < len(misspell.DictMain); i += 2 {
		w := misspell.DictMain[i]
		if !seen[w] && w != "" && !strings.ContainsAny(w, " ") {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
