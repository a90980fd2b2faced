// Command debdoc extracts the paragraphs of French prose from the French
// manuals that Debian packages (debian-reference-fr, debian-faq-fr as text,
// maint-guide-fr, aptitude-doc-fr as HTML), one paragraph per line, for
// bench/genre.sh to score Retouche on technical prose. Nothing it prints is
// committed: the manuals have their own licences.
//
//	go run ./bench/debdoc FILE.txt.gz|FILE.html... > paragraphs.txt
//
// A paragraph is kept when it has 80 bytes or more, a French diacritic and
// a French article or verb between spaces, and is no table drawn with | and
// -; preformatted blocks (code) are
// dropped, inline code is kept as the text of its sentence, and the same
// paragraph is printed once.
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"html"
	"io"
	"os"
	"regexp"
	"strings"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: debdoc FILE.txt.gz|FILE.html...")
		os.Exit(2)
	}
	seen := map[string]bool{}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, path := range os.Args[1:] {
		paras, err := read(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "debdoc: %v\n", err)
			os.Exit(2)
		}
		for _, p := range paras {
			if keep(p) && !seen[p] {
				seen[p] = true
				fmt.Fprintln(out, p)
			}
		}
	}
}

// read returns the paragraphs of a manual in text (possibly gzipped) or HTML.
func read(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r = z
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	text := string(b)
	if strings.Contains(path, ".htm") {
		text = fromHTML(text)
	}
	return paragraphs(text), nil
}

var (
	dropped = regexp.MustCompile(`(?is)<(pre|script|style)\b.*?</(pre|script|style)>`)
	blocks  = regexp.MustCompile(`(?i)</?(p|li|ul|ol|div|td|tr|table|h[1-6]|dt|dd|dl|br|blockquote)\b[^>]*>`)
	tags    = regexp.MustCompile(`<[^>]*>`)
	spaces  = regexp.MustCompile(`[ \t\r\n]+`)
	blank   = regexp.MustCompile(`\n[ \t\r]*\n`)
)

// fromHTML turns HTML into text whose paragraphs are separated by blank
// lines.
func fromHTML(s string) string {
	s = dropped.ReplaceAllString(s, "\n\n")
	s = blocks.ReplaceAllString(s, "\n\n")
	s = tags.ReplaceAllString(s, "")
	return html.UnescapeString(s)
}

// paragraphs joins the lines between blank lines, with single spaces.
func paragraphs(s string) []string {
	var out []string
	for _, block := range blank.Split(s, -1) {
		p := strings.TrimSpace(spaces.ReplaceAllString(block, " "))
		p = strings.TrimPrefix(p, "* ")
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

var french = regexp.MustCompile(` (le|la|les|des|est|une) `)

// keep reports whether a paragraph is French prose long enough to score,
// not a table drawn with | and -.
func keep(p string) bool {
	return len(p) >= 80 && french.MatchString(p) && strings.ContainsAny(p, "éèàùâêîôûç") &&
		strings.Count(p, "|") < 2 && !strings.Contains(p, "---")
}
