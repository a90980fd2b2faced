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
