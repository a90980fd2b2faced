package mojibake

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// codec is a single-byte encoding that UTF-8 text may have been decoded
// with by mistake. Its table maps each character back to its byte.
type codec struct {
	name string
	// common codecs may repair a single sequence; the others need a line
	// that they explain better than any other (two sequences or more).
	common bool
	bytes  map[rune]byte
	// sloppy holds the C1 characters mapped to a byte the code page
	// defines as something else: a code page that needs fewer of them
	// explains a line better.
	sloppy map[rune]bool
	chars  [256]rune // the character of each byte
	// aGrave is the character of byte 0xC3 (Ã, Ă, Г…): with a space after
	// it, it is usually "à" whose no-break space became a plain one.
	aGrave rune
}

// codecs are tried in this order; on a tie the first wins.
var codecs = []*codec{
	newCodec("Windows-1252", charmap.Windows1252, true),
	newCodec("Windows-1250", charmap.Windows1250, false),
	newCodec("Windows-1251", charmap.Windows1251, false),
	newCodec("Windows-1257", charmap.Windows1257, false),
	newCodec("ISO-8859-2", charmap.ISO8859_2, false),
	newCodec("MacRoman", charmap.Macintosh, false),
	newCodec("code page 437", charmap.CodePage437, false),
}

// newCodec builds the table of cm, made "sloppy" as browsers and ftfy
// make it: a byte the code page leaves undefined, and any C1 control
// character (what Latin-1 gives for 0x80–0x9F), map to their own byte.
func newCodec(name string, cm *charmap.Charmap, common bool) *codec {
	c := &codec{name: name, common: common, bytes: map[rune]byte{}, sloppy: map[rune]bool{}}
	for b := 0x80; b <= 0xFF; b++ {
		r := cm.DecodeByte(byte(b))
		if r == utf8.RuneError {
			r = rune(b)
		}
		c.bytes[r] = byte(b)
		c.chars[b] = r
	}
	for b := rune(0x80); b <= 0x9F; b++ {
		if _, ok := c.bytes[b]; !ok {
			c.bytes[b] = byte(b)
			c.sloppy[b] = true
		}
	}
	c.aGrave = cm.DecodeByte(0xC3)
	return c
}

// pairMasks tell, for each character, in which codecs (a bit each) it is
// the byte that starts a UTF-8 sequence (lead) or continues one (cont).
type pairMasks struct {
	lead, lead2, cont [0x10000]uint8 // lead2: leads of two-byte sequences
}

var masks = func() *pairMasks {
	m := &pairMasks{}
	for i, c := range codecs {
		for r, b := range c.bytes {
			switch {
			case b >= 0xC2 && b <= 0xF4:
				m.lead[r] |= 1 << i
				if b <= 0xDF {
					m.lead2[r] |= 1 << i
				}
			case b >= 0x80 && b <= 0xBF:
				m.cont[r] |= 1 << i
			}
		}
	}
	return m
}()

// spaceCodecs are the codecs (bits of pairMasks) where a space after the
// lead of a two-byte sequence is worth a look: their A0 is a no-break
// space. MacRoman and code page 437 would make « followed by a space
// suspect in every French line.
const spaceCodecs = 0b11111

// suspects returns the codecs (bits of pairMasks) in which a line may hold
// mojibake: after a character that starts a UTF-8 sequence in a codec, one
// that continues it there (or � or ?, which may stand for a lost byte, or,
// after the lead of a two-byte sequence, a space that was a no-break one).
// A codec with no such pair in the line has no UTF-8 sequence in it to
// repair; a C1 character makes every codec a suspect. Most clean lines have
// none: "é " is not suspect, since é would start a three-byte sequence.
func suspects(line string) uint8 {
	var prevLead, prevLead2, found uint8
	for _, r := range line {
		if r < utf8.RuneSelf {
			if r == ' ' {
				found |= prevLead2 & spaceCodecs
			} else if r == '?' {
				found |= prevLead
			}
			prevLead, prevLead2 = 0, 0
			continue
		}
		if r > 0xFFFF {
			prevLead, prevLead2 = 0, 0
			continue
		}
		if r <= 0x9F {
			return 0xFF // a C1 character
		}
		if r == utf8.RuneError {
			found |= prevLead
		} else {
			found |= masks.cont[r] & prevLead
		}
		prevLead, prevLead2 = masks.lead[r], masks.lead2[r]
	}
	return found
}

// windows1252 is the codec whose lone C1 characters are repaired one by
// one (Latin-1 read where Windows-1252 was meant: \x93 for “).
var windows1252 = codecs[0]
