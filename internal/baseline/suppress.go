package baseline

import (
	"regexp"
	"slices"
	"strings"
)

// directive finds an inline suppression: "retouche:ignore" or
// "retouche:ignore-next-line", optionally followed by rule ids separated by
// commas or spaces.
var directive = regexp.MustCompile(`retouche:ignore(-next-line)?((?:[ ,]+[a-z0-9]+(?:[.-][a-z0-9]+)+)*)`)

// Suppressed reports whether a finding of rule on the line text (whose
// previous line is prev, "" for the first line) is silenced by an inline
// directive: "retouche:ignore [RULE...]" on the line itself, or
// "retouche:ignore-next-line [RULE...]" on the line before. Without rule
// ids, every rule is silenced.
func Suppressed(rule, line, prev string) bool {
	return silences(line, false, rule) || silences(prev, true, rule)
}

func silences(text string, nextLine bool, rule string) bool {
	if !strings.Contains(text, "retouche:ignore") {
		return false
	}
	for _, m := range directive.FindAllStringSubmatch(text, -1) {
		if (m[1] != "") != nextLine {
			continue
		}
		ids := strings.FieldsFunc(m[2], func(r rune) bool { return r == ' ' || r == ',' })
		if len(ids) == 0 || slices.Contains(ids, rule) {
			return true
		}
	}
	return false
}

// Lines returns the text of the line holding byte offset i of text, and
// of the line before it ("" for the first line).
func Lines(text string, i int) (line, prev string) {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += i
	}
	line = strings.TrimSuffix(text[start:end], "\r")
	if start > 0 {
		ps := strings.LastIndexByte(text[:start-1], '\n') + 1
		prev = strings.TrimSuffix(text[ps:start-1], "\r")
	}
	return line, prev
}
