// Package hygiene defines the hygiene stage, which removes what scraping
// leaves in plain text besides mojibake: HTML entities and tags, control
// and invisible characters, and text that is not in NFC.
package hygiene

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/retouche/retouche/pipeline"
	"golang.org/x/text/unicode/norm"
)

// Options configure the stage.
type Options struct {
	// StripTags removes leftover HTML tags (auto tier); without it they
	// are only reported.
	StripTags bool
}

// New returns the stage.
func New(opts Options) *pipeline.Stage {
	return &pipeline.Stage{
		Name: "hygiene",
		Doc: `decode HTML entities, remove control and invisible characters, normalise to NFC

Rules (all auto unless said):
  hygiene.entity     a named or numeric HTML entity (&eacute; &nbsp; &#8217; &#x2019;)
                     becomes its character; the ";" is required, so "AT&T" stays
  hygiene.tag        a leftover HTML tag (<br>, <p>, </a>…) is reported; with
                     --strip-tags it is removed (a space is left between two words)
  hygiene.control    a control character (C0 but tab and line breaks, DEL, the C1
                     characters the mojibake stage leaves) is removed
  hygiene.invisible  a zero-width space, soft hyphen, word joiner or inner byte-order
                     mark is removed (not the zero-width joiners of emoji and scripts)
  hygiene.nfc        a character sequence not in NFC (e + U+0301) is composed (é);
                     never NFKC, which would erase no-break spaces and ligature choices
  hygiene.separator  a Unicode line or paragraph separator becomes a newline (the
                     number of line breaks stays, so positions keep their lines)`,
		Run: func(p *pipeline.Pass) error {
			run(p, opts)
			return nil
		},
		// An entity looks like a hashtag or a number (&#233;), and a URL
		// with &amp; or a zero-width space is still to repair.
		EditsProtected:     true,
		ConvertsSeparators: true,
	}
}

var (
	entity = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
	tag    = regexp.MustCompile(`(?i)</?(?:a|abbr|b|blockquote|br|center|div|em|font|h[1-6]|hr|i|img|li|ol|p|small|span|strong|sub|sup|table|tbody|td|th|tr|u|ul)(?:\s+[a-z-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)*\s*/?>`)
)

func run(p *pipeline.Pass, opts Options) {
	text := p.Text
	if strings.IndexByte(text, '&') >= 0 {
		entities(p)
	}
	if strings.IndexByte(text, '<') >= 0 {
		tags(p, opts)
	}
	characters(p)
	nfc(p)
}

func entities(p *pipeline.Pass) {
	for _, loc := range entity.FindAllStringIndex(p.Text, -1) {
		s, e := loc[0], loc[1]
		old := p.Text[s:e]
		dec := html.UnescapeString(old)
		if dec == old || !utf8.ValidString(dec) || strings.ContainsAny(dec, "\n\r") {
			continue // unknown entity, or one that would break a line
		}
		p.Replace("hygiene.entity", pipeline.Encoding, pipeline.Auto, 0.95,
			"HTML entity: "+old+" → "+visible(dec), s, e, dec)
	}
}

func tags(p *pipeline.Pass, opts Options) {
	for _, loc := range tag.FindAllStringIndex(p.Text, -1) {
		s, e := loc[0], loc[1]
		old := p.Text[s:e]
		if !opts.StripTags {
			p.Report(pipeline.Finding{Rule: "hygiene.tag", Category: pipeline.Encoding, Tier: pipeline.Report, Confidence: 0.8,
				Message: "HTML tag left in the text: " + old + " (remove it with --strip-tags)", Start: s, End: e})
			continue
		}
		repl := ""
		before, _ := utf8.DecodeLastRuneInString(p.Text[:s])
		after, _ := utf8.DecodeRuneInString(p.Text[e:])
		if s > 0 && e < len(p.Text) && !unicode.IsSpace(before) && !unicode.IsSpace(after) && (unicode.IsLetter(before) || unicode.IsPunct(before)) && unicode.IsLetter(after) {
			repl = " " // "un<br>deux" would glue the words
		}
		p.Replace("hygiene.tag", pipeline.Encoding, pipeline.Auto, 0.8, "HTML tag left in the text: "+old, s, e, repl)
	}
}

// characters removes control and invisible characters and reports line
// separators.
func characters(p *pipeline.Pass) {
	text := p.Text
	for i := 0; i < len(text); {
		if !suspect[text[i]] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F:
			p.Replace("hygiene.control", pipeline.Encoding, pipeline.Auto, 0.9,
				"control character U+"+hex(r)+" removed", i, i+n, "")
		case r == '\u200B' || r == '\u00AD' || r == '\u2060' || r == '\uFEFF' && i > 0:
			p.Replace("hygiene.invisible", pipeline.Encoding, pipeline.Auto, 0.9,
				"invisible character U+"+hex(r)+" ("+invisibleName[r]+") removed", i, i+n, "")
		case r == '\u2028' || r == '\u2029':
			p.Replace("hygiene.separator", pipeline.Encoding, pipeline.Auto, 0.9,
				"Unicode "+separatorName[r]+" separator made a newline", i, i+n, "\n")
		}
		i += n
	}
}

// suspect holds the bytes that start the characters characters looks for:
// C0 controls and DEL, and the first bytes of the UTF-8 of U+0080–U+00AD
// (C2), U+200B–U+2060 (E2) and U+FEFF (EF). Every other byte is passed
// over without decoding.
var suspect = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\t' && c != '\n' && c != '\r'
	}
	t[0x7F], t[0xC2], t[0xE2], t[0xEF] = true, true, true, true
	return t
}()

var invisibleName = map[rune]string{'\u200B': "zero-width space", '\u00AD': "soft hyphen", '\u2060': "word joiner", '\uFEFF': "byte-order mark inside the text"}

var separatorName = map[rune]string{'\u2028': "line", '\u2029': "paragraph"}

// nfc composes the segments of the text that are not in NFC: a base
// character and the combining marks that follow it.
func nfc(p *pipeline.Pass) {
	text := p.Text
	if norm.NFC.IsNormalString(text) {
		return
	}
	start := 0
	for i := range text {
		if i > start && norm.NFC.PropertiesString(text[i:]).BoundaryBefore() {
			segment(p, start, i)
			start = i
		}
	}
	segment(p, start, len(text))
}

func segment(p *pipeline.Pass, s, e int) {
	seg := p.Text[s:e]
	if norm.NFC.IsNormalString(seg) {
		return
	}
	p.Replace("hygiene.nfc", pipeline.Encoding, pipeline.Auto, 0.95,
		"not in NFC (decomposed accents): "+visible(seg)+" → "+norm.NFC.String(seg), s, e, norm.NFC.String(seg))
}

func hex(r rune) string { return fmt.Sprintf("%04X", r) }

// visible shows a no-break space as ⍽ in messages.
func visible(s string) string { return visibleSpaces.Replace(s) }

var visibleSpaces = strings.NewReplacer("\u00A0", "⍽", "\u202F", "⎵")
