// Package frwords holds facts about French words that more than one stage
// needs.
package frwords

import "strings"

// boundAfter maps the words that French writes only after certain others
// to those words: delà and deçà follow au, par or en (au-delà, par-delà,
// en deçà), and stand alone nowhere else.
var boundAfter = map[string][]string{
	"delà": {"au", "par", "en", "deçà", "deca"},
	"deçà": {"au", "par", "en", "delà", "dela"},
}

// Unbound reports whether form, a word that French writes only after some
// others (delà), cannot be read after prev: "dela" after "volontaires" is
// "de la" glued, not "delà", which only "au", "par" or "en" precede.
func Unbound(form, prev string) bool {
	heads, ok := boundAfter[strings.ToLower(form)]
	if !ok {
		return false
	}
	prev = strings.ToLower(prev)
	for _, h := range heads {
		if prev == h {
			return false
		}
	}
	return true
}
