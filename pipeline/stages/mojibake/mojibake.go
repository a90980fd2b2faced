// Package mojibake defines the mojibake stage, which undoes text encoded
// in UTF-8 and decoded with a single-byte code page (FÃ©lix, lâ€™invitation),
// in the spirit of ftfy.
package mojibake

import (
	"strings"

	"github.com/retouche/retouche/pipeline"
)

// Stage repairs mojibake line by line.
var Stage = &pipeline.Stage{
	Name: "mojibake",
	Doc: `undo UTF-8 read as Windows-1252, Latin-1, MacRoman and other code pages

In each line, runs of characters whose bytes in a code page form valid UTF-8 are
decoded again (encoding.mojibake, auto): "FÃ©lix" → "Félix", "lâ€™invitation" →
"l’invitation", "Ã " before a word → "à ". Text mangled twice or three times is
repaired one layer per round of the pipeline. A repair is kept only when it is
plausible — a character of a script that fits where it stands, a case that agrees
with its neighbours — and the line is clearly mojibake: a sequence of three bytes,
or a letter that could not be anything else; the code pages other than
Windows-1252 must explain two sequences or more and every other character of the
line. So "Ã’s", "NESTLÉ®", "ZZAJÉ’s" and "5×£35" are left alone. A lone C1 control
character, Windows-1252 punctuation read as Latin-1, becomes that punctuation
(encoding.c1, auto). A byte lost on the way (� or ?) leaves a single �.`,
	Run:            run,
	EditsProtected: true,
}

func run(p *pipeline.Pass) error {
	text := p.Text
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		for _, r := range Fix(text[start:end]) {
			report(p, start, r)
		}
		start = end + 1
	}
	return nil
}

func report(p *pipeline.Pass, offset int, r Repair) {
	old := p.Text[offset+r.Start : offset+r.End]
	rule, msg := "encoding.mojibake", "mojibake: UTF-8 read as "+r.Codec+": "+old+" → "+r.Text
	switch {
	case r.Codec == "Latin-1":
		rule, msg = "encoding.c1", "control character: Windows-1252 read as Latin-1"
	case r.Lossy:
		msg = "mojibake: UTF-8 read as " + r.Codec + ", with a byte lost: " + old + " → �"
	}
	p.Replace(rule, pipeline.Encoding, pipeline.Auto, 0.9, msg, offset+r.Start, offset+r.End, r.Text)
}
