package token

import (
	"strings"
	"unicode/utf8"
)

// topLevelDomains are the top-level domains recognised in bare domain names
// such as "lemonde.fr". The list leaves out domains that are also common
// short words after a missing space ("fin.de", "tu.es"), so that glued
// sentences are not mistaken for addresses.
var topLevelDomains = map[string]bool{
	"com": true, "org": true, "net": true, "fr": true, "eu": true, "gov": true,
	"edu": true, "int": true, "io": true, "info": true, "uk": true, "ru": true,
	"cn": true, "jp": true, "vn": true, "kp": true, "kr": true, "ch": true,
	"be": true, "tv": true, "ua": true, "us": true,
}

// mayJoinAddress reports whether byte c, just after a word, may continue an
// e-mail address or a domain name.
func mayJoinAddress(c byte) bool {
	return c == '.' || c == '@' || c == '_' || c == '+' || c == '-'
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// precededByWord reports whether the rune before byte i of s is a word rune.
func precededByWord(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isWordRune(r)
}

// scanTag scans an @handle or a #hashtag whose sigil (n bytes) is at i and
// returns its end, or 0 when there is none.
func scanTag(s string, i, n int) int {
	if precededByWord(s, i) {
		return 0
	}
	j := i + n
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) && r != '_' {
			break
		}
		j += w
	}
	if j == i+n {
		return 0
	}
	return j
}

// scanSchemeURL scans a URL that starts with a scheme or "www." at i and
// returns its end, or 0.
func scanSchemeURL(s string, i int) int {
	c := s[i] | 0x20
	if c != 'h' && c != 'w' && c != 'f' {
		return 0
	}
	if precededByWord(s, i) {
		return 0
	}
	rest := s[i:]
	ok := false
	for _, p := range [...]string{"https://", "http://", "ftp://", "www."} {
		if len(rest) > len(p) && strings.EqualFold(rest[:len(p)], p) {
			ok = true
			break
		}
	}
	if !ok {
		return 0
	}
	return scanURLTail(s, i)
}

// scanURLTail extends a URL from i to the next white space or delimiter and
// trims trailing punctuation that belongs to the sentence, keeping a closing
// parenthesis that balances one inside the URL.
func scanURLTail(s string, i int) int {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if IsHSpace(r) || IsNewline(r) || strings.ContainsRune("<>\"«»“”‘`|", r) || r == utf8.RuneError {
			break
		}
		j += w
	}
	for j > i {
		r, w := utf8.DecodeLastRuneInString(s[i:j])
		if r == ')' && strings.Count(s[i:j], "(") >= strings.Count(s[i:j], ")") {
			break
		}
		if !strings.ContainsRune(".,;:!?'’)]}", r) {
			break
		}
		j -= w
	}
	return j
}

// scanEmail scans an e-mail address starting at i and returns its end, or 0.
func scanEmail(s string, i int) int {
	j := i
	for j < len(s) && (isASCIIAlnum(s[j]) || strings.IndexByte("._%+-", s[j]) >= 0) {
		j++
	}
	if j == i || j >= len(s) || s[j] != '@' {
		return 0
	}
	end, ok := scanHost(s, j+1, false)
	if !ok {
		return 0
	}
	return end
}

// scanDomain scans a bare domain name such as "lemonde.fr/monde" starting at
// i and returns its end, or 0.
func scanDomain(s string, i int) int {
	end, ok := scanHost(s, i, true)
	if !ok {
		return 0
	}
	if end < len(s) && s[end] == '/' {
		return scanURLTail(s, i)
	}
	return end
}

// scanHost scans dot-separated ASCII labels from i. With knownTLD, the last
// label must be one of topLevelDomains; otherwise any alphabetic label of two
// letters or more ends a host. The host must not be followed by a word rune.
func scanHost(s string, i int, knownTLD bool) (int, bool) {
	labels := 0
	j := i
	lastStart := i
	for {
		k := j
		for k < len(s) && (isASCIIAlnum(s[k]) || s[k] == '-') {
			k++
		}
		if k == j {
			return 0, false
		}
		labels++
		lastStart = j
		j = k
		if j+1 < len(s) && s[j] == '.' && isASCIIAlnum(s[j+1]) {
			j++
			continue
		}
		break
	}
	if labels < 2 {
		return 0, false
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); isWordRune(r) {
			return 0, false
		}
	}
	tld := s[lastStart:j]
	if knownTLD {
		return j, topLevelDomains[strings.ToLower(tld)]
	}
	if len(tld) < 2 {
		return 0, false
	}
	for k := 0; k < len(tld); k++ {
		if c := tld[k] | 0x20; c < 'a' || c > 'z' {
			return 0, false
		}
	}
	return j, true
}
