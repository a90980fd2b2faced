package input

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// UTF8BOM is what Decode returns for a UTF-8 text that starts with a
// byte-order mark: it is read as it is, and the mark is kept.
const UTF8BOM = "UTF-8 with a byte-order mark"

// sniffSize is how much of a text Decode looks at to choose its encoding.
const sniffSize = 64 << 10

// Decode returns a reader of r's text as UTF-8, and the name of the
// encoding it was decoded from ("" when it was UTF-8 already).
//
// With name "" or "auto": a UTF-16 byte-order mark selects UTF-16; a
// first 64 KiB that is not valid UTF-8 and reads as Windows-1252 (no
// valid UTF-8 sequence, no undefined byte) selects Windows-1252, which
// also reads Latin-1; otherwise the text is read as UTF-8, and invalid
// UTF-8 is reported by the Chunker with its position.
// A UTF-8 byte-order mark is kept (and the name is UTF8BOM). Any other name is a WHATWG encoding
// label (utf-8, windows-1252, latin1, iso-8859-15, utf-16le, koi8-r…).
func Decode(r io.Reader, name string) (io.Reader, string, error) {
	br := bufio.NewReaderSize(r, sniffSize)
	switch strings.ToLower(name) {
	case "", "auto":
		head, err := br.Peek(sniffSize)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return nil, "", err
		}
		switch {
		case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
			d := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
			name := "UTF-16BE"
			if head[0] == 0xFF {
				name = "UTF-16LE"
			}
			return transform.NewReader(br, d), name, nil
		case !validHead(head, len(head) == sniffSize) && looksWindows1252(head):
			return transform.NewReader(br, charmap.Windows1252.NewDecoder()), "Windows-1252", nil
		case bytes.HasPrefix(head, []byte("\uFEFF")):
			return br, UTF8BOM, nil
		}
		return br, "", nil // invalid UTF-8 is then reported with its position
	case "utf-8", "utf8":
		return br, "", nil
	}
	enc, err := htmlindex.Get(name)
	if err != nil {
		return nil, "", fmt.Errorf("--encoding %q: unknown encoding (want auto or a label such as utf-8, windows-1252, latin1, utf-16le)", name)
	}
	canonical, _ := htmlindex.Name(enc)
	if enc == encoding.Nop || canonical == "utf-8" {
		return br, "", nil
	}
	return transform.NewReader(br, enc.NewDecoder()), canonical, nil
}

// looksWindows1252 reports whether a text that is not valid UTF-8 reads
// as Windows-1252: none of its non-ASCII bytes forms a UTF-8 sequence (a
// UTF-8 text with a few bad bytes would be garbled by the switch) and
// none is a byte the code page leaves undefined.
func looksWindows1252(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D {
			return false
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError && n > 1 {
			return false // valid UTF-8 beside the invalid bytes
		}
		i++
	}
	return true
}

// validHead reports whether b is valid UTF-8, but for a character cut at
// its end when more follows.
func validHead(b []byte, more bool) bool {
	if utf8.Valid(b) {
		return true
	}
	if !more {
		return false
	}
	for cut := 1; cut <= utf8.UTFMax-1 && cut <= len(b); cut++ {
		if utf8.Valid(b[:len(b)-cut]) && !utf8.FullRune(b[len(b)-cut:]) {
			return true
		}
	}
	return false
}
