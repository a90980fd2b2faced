// Package wordlist builds the small word sets the stages test words against.
package wordlist

import "strings"

// Set returns the set of the space-separated words.
func Set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Endings is a list of word endings.
type Endings []string

// NewEndings returns the space-separated endings.
func NewEndings(endings string) Endings { return strings.Fields(endings) }

// Match reports whether w ends with one of the endings.
func (e Endings) Match(w string) bool {
	for _, s := range e {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
