package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Technical prose names files, commands and settings in the middle of its
// sentences: /etc/apt/preferences, debian/patches/series, selections.txt,
// dh_quilt_patch, Aptitude::Theme, ${misc:Depends}, reportbug(1), the
// search terms ?depends and ~N. Their parts look like words ("changelog"
// like "change log", "preferences" like "préférences" without its accents),
// but they are names that must be kept letter for letter, so the tokenizer
// makes each one a single Code token, which no stage edits. The shapes are
// those that French prose does not take: slashes that make a path, an
// underscore or a double colon between two word runes, three dot-separated
// labels or a file extension after a dot, a manual page section in
// parentheses glued to a word, and a path, a shell variable, a long option
// a search term or a brace expansion at the start of a token.

// fileExtensions are the extensions that make "name.ext" a file name; a
// pair of words joined by a full stop is otherwise a sentence that lost its
// space ("fin.de").
var fileExtensions = map[string]bool{
	"txt": true, "md": true, "rst": true, "html": true, "htm": true, "xml": true, "json": true, "yaml": true,
	"yml": true, "toml": true, "csv": true, "tsv": true, "pdf": true, "doc": true, "docx": true, "odt": true,
	"png": true, "jpg": true, "jpeg": true, "gif": true, "svg": true, "gz": true, "bz2": true, "xz": true,
	"zip": true, "tar": true, "deb": true, "dsc": true, "rpm": true, "iso": true, "conf": true, "cfg": true,
	"ini": true, "log": true, "sh": true, "py": true, "go": true, "c": true, "h": true, "js": true, "css": true,
	"sgml": true, "ex": true, "exe": true, "so": true, "o": true, "el": true, "pl": true, "rb": true, "java": true,
}

// scanCodeAfterWord decides whether the word s[i:end] starts a Code token
// and returns the token's end, or 0.
func scanCodeAfterWord(s string, i, end int) int {
	if end >= len(s) {
		return 0
	}
	switch c := s[end]; {
	case c == '_':
		if !codeRuneAt(s, end+1) {
			return 0
		}
	case c == '/':
		if !codeRuneAt(s, end+1) {
			return 0
		}
		if e := scanCodeTail(s, end); pathLike(s[i:e]) {
			return e
		}
		return 0
	case c == ':':
		if !strings.HasPrefix(s[end:], "::") || !codeRuneAt(s, end+2) {
			return 0
		}
	case c == '(':
		if e := manSection(s, end); e > 0 {
			return e
		}
		return 0
	case c == '.':
		if !codeRuneAt(s, end+1) || !dottedName(s, i) {
			return 0 // most often the full stop that ends a sentence
		}
	default:
		return 0
	}
	return scanCodeTail(s, end)
}

// scanCodeStart scans a Code token that starts with a path or a sigil at
// byte i, not after a word: /etc/hosts, ~/.bashrc, ./configure, .dsc,
// $HOME, $?, ${misc:Depends}, --show-overrides, -t, ?depends, ~N. It
// returns the end, or 0.
func scanCodeStart(s string, i int) int {
	if precededByWord(s, i) {
		return 0
	}
	rest := s[i:]
	switch {
	case rest[0] == '{':
		return scanBraces(s, i)
	case strings.HasPrefix(rest, "${"):
		if j := strings.IndexByte(rest, '}'); j > 2 && !strings.ContainsAny(rest[:j], " \t\n") {
			return i + j + 1
		}
		return 0
	case rest[0] == '$' && len(rest) > 1 && isASCIILetter(rest[1]):
	case rest[0] == '$' && len(rest) > 1 && strings.IndexByte("?#@!*0123456789", rest[1]) >= 0:
		return i + 2 // $?, $1: a special parameter of the shell
	case strings.HasPrefix(rest, "--") && len(rest) > 2 && isASCIILetter(rest[2]):
	case rest[0] == '-' && shortOption(rest):
		return i + 2
	case strings.HasPrefix(rest, "~/") || strings.HasPrefix(rest, "./") || strings.HasPrefix(rest, "../"):
	case rest[0] == '/' && codeRuneAt(s, i+1):
	case rest[0] == '.' && len(rest) > 1 && 'a' <= rest[1] && rest[1] <= 'z':
		// .dsc, .bashrc: a dot file or an extension named on its own
	case (rest[0] == '?' || rest[0] == '~') && len(rest) > 1 && isASCIILetter(rest[1]):
		// ?depends(…), ~N: a search term of aptitude and its kin
	default:
		return 0
	}
	return scanCodeTail(s, i+1)
}

// shortOption reports whether s starts with a short option of a command,
// "-t" or "-I": a dash and one ASCII letter before a space or the end.
func shortOption(s string) bool {
	return len(s) >= 2 && isASCIILetter(s[1]) && (len(s) == 2 || s[2] == ' ' || s[2] == '\t' || s[2] == '\n')
}

// scanBraces scans a shell brace expansion at byte i, {pre,post}{inst,rm}
// or {a,b}.txt: braces around words and commas, without spaces, with the
// words and braces glued to them. It returns the end, or 0.
func scanBraces(s string, i int) int {
	j := i
	for j < len(s) && s[j] == '{' {
		k := strings.IndexByte(s[j:], '}')
		if k < 0 || k > 64 {
			return 0
		}
		inner := s[j+1 : j+k]
		if !strings.Contains(inner, ",") || strings.ContainsAny(inner, " \t\n{") {
			return 0
		}
		j += k + 1
		if j < len(s) && s[j] != '{' {
			j = scanCodeTail(s, j)
		}
	}
	return j
}

// scanCodeTail extends a Code token from byte j over word runes, digits and
// the marks of paths and identifiers (_ - + ~ and, before another such rune,
// . / :), and a manual page section at its end. Marks that end a sentence
// are left out.
func scanCodeTail(s string, j int) int {
	for j < len(s) {
		c := s[j]
		switch {
		case c == '_' || c == '-' || c == '+' || c == '~':
			j++
		case c == '.' || c == '/' || c == ':':
			if !codeRuneAt(s, j+1) && !(j+1 < len(s) && strings.IndexByte("./:", s[j+1]) >= 0 && codeRuneAt(s, j+2)) {
				return j
			}
			j++
		case c == '(':
			if e := manSection(s, j); e > 0 {
				return e
			}
			return j
		default:
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				return j
			}
			j += n
		}
	}
	return j
}

// pathLike reports whether a span of words joined by slashes is a path:
// two slashes or more (debian/patches/series), or a part that is not a word
// (debian/source/format, apt.conf.d/99local). One slash between two words
// is prose as often (et/ou, km/h, entrée/sortie).
func pathLike(span string) bool {
	return strings.Count(span, "/") >= 2 || strings.ContainsAny(span, "_.:~+0123456789")
}

// codeRuneAt reports whether a word rune or an underscore starts at byte j.
func codeRuneAt(s string, j int) bool {
	if j >= len(s) {
		return false
	}
	if s[j] == '_' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return isWordRune(r)
}

// manSection returns the end of a manual page section such as "(1)" or
// "(3pm)" at byte j, when no word rune follows it, or 0.
func manSection(s string, j int) int {
	k := j + 1
	if k >= len(s) || s[k] < '1' || s[k] > '9' {
		return 0
	}
	k++
	for k < len(s) && 'a' <= s[k] && s[k] <= 'z' {
		k++
	}
	if k >= len(s) || s[k] != ')' {
		return 0
	}
	k++
	if k < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[k:]); isWordRune(r) {
			return 0
		}
	}
	return k
}

// dottedName reports whether the dot-separated labels from byte i make a
// file or setting name: three labels or more (exim4.conf.localmacros,
// manpage.1.ex) with a lower-case letter or a digit after the first dot, or
// two whose last is a file extension (selections.txt). Two words joined by
// a full stop are a sentence that lost its space (fin.de, russe.Il), and
// initials are no name (U.S.A).
func dottedName(s string, i int) bool {
	labels, last := 0, ""
	lowerOrDigit := false // after the first dot
	for j := i; ; {
		k := j
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !isWordRune(r) && r != '_' && r != '-' {
				break
			}
			if labels > 0 && (unicode.IsLower(r) || isDigit(r)) {
				lowerOrDigit = true
			}
			k += n
		}
		if k == j {
			break
		}
		labels, last = labels+1, s[j:k]
		if k+1 >= len(s) || s[k] != '.' || !codeRuneAt(s, k+1) {
			break
		}
		j = k + 1
	}
	switch {
	case labels >= 3:
		return lowerOrDigit
	case labels == 2:
		return fileExtensions[last]
	}
	return false
}

func isASCIILetter(c byte) bool { return c < utf8.RuneSelf && asciiWord[c] == asciiLetter }
