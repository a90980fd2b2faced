// Package jsonl finds the string values of selected fields in a JSON
// record and replaces them in place: every other byte of the record (key
// order, spacing, number spelling, escapes of untouched values, unknown
// fields) stays exactly as it was.
package jsonl

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Value is a string value of a selected field.
type Value struct {
	Path       string // the field's path, with indexes: body.paragraphs[2]
	Start, End int    // byte offsets of the JSON string literal, quotes included
	Text       string // the decoded string
}

// Paths parses dotted field paths ("text", "body.paragraphs").
func Paths(fields []string) ([][]string, error) {
	var out [][]string
	for _, f := range fields {
		parts := strings.Split(f, ".")
		for _, p := range parts {
			if p == "" {
				return nil, fmt.Errorf("--field %q: empty part in a dotted path", f)
			}
		}
		out = append(out, parts)
	}
	return out, nil
}

// Find returns the string values of the fields of a record, in the order
// they appear. A field that is absent is skipped; one that holds an array
// gives its strings; one that holds anything else (a number, an object) is
// an error, as is a record that is not a JSON object.
func Find(record []byte, paths [][]string) ([]Value, error) {
	if !json.Valid(record) {
		return nil, fmt.Errorf("not valid JSON")
	}
	s := &scanner{data: record, paths: paths}
	s.space()
	if s.i >= len(s.data) || s.data[s.i] != '{' {
		return nil, fmt.Errorf("not a JSON object")
	}
	if err := s.value(nil); err != nil {
		return nil, err
	}
	return s.found, nil
}

// scanner walks a record known to be valid JSON.
type scanner struct {
	data  []byte
	i     int
	paths [][]string
	found []Value
}

func (s *scanner) space() {
	for s.i < len(s.data) && (s.data[s.i] == ' ' || s.data[s.i] == '\t' || s.data[s.i] == '\n' || s.data[s.i] == '\r') {
		s.i++
	}
}

// selected tells whether path is one of the fields (exactly), or lies
// inside an array that is one (path ends with indexes).
func (s *scanner) selected(path []string) bool {
	for _, p := range s.paths {
		if len(p) == len(path) && equal(p, path) {
			return true
		}
	}
	return false
}

// below tells whether some field lies at or below path + key, without
// building that path: most keys of a record are not selected.
func (s *scanner) below(path []string, key string) bool {
	for _, p := range s.paths {
		if len(p) > len(path) && p[len(path)] == key && equal(p[:len(path)], path) {
			return true
		}
	}
	return false
}

// key decodes a key's literal; only one with an escape needs the JSON
// decoder.
func (s *scanner) key(lit []byte) (string, error) {
	if bytes.IndexByte(lit, '\\') < 0 {
		return string(lit[1 : len(lit)-1]), nil
	}
	var k string
	err := json.Unmarshal(lit, &k)
	return k, err
}

// unquote decodes a string literal of valid JSON. Most need no decoding:
// without an escape, and in valid UTF-8 (which the JSON decoder would
// mend with U+FFFD), the text is the bytes between the quotes.
func unquote(lit []byte) (string, error) {
	inner := lit[1 : len(lit)-1]
	if bytes.IndexByte(inner, '\\') < 0 && utf8.Valid(inner) {
		return string(inner), nil
	}
	var text string
	err := json.Unmarshal(lit, &text)
	return text, err
}

func equal(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// value scans the value at s.i, whose key path is path (nil for the
// record itself).
func (s *scanner) value(path []string) error {
	s.space()
	sel := path != nil && s.selected(path)
	switch c := s.data[s.i]; c {
	case '{':
		if sel {
			return fmt.Errorf("field %s: an object, want a string or an array of strings", strings.Join(path, "."))
		}
		return s.object(path)
	case '[':
		return s.array(path, sel)
	case '"':
		start := s.i
		s.str()
		if sel {
			return s.add(path, "", start)
		}
	default:
		if sel && !(c == 'n' && bytes.HasPrefix(s.data[s.i:], []byte("null"))) {
			return fmt.Errorf("field %s: not a string", strings.Join(path, "."))
		}
		s.scalar()
	}
	return nil
}

func (s *scanner) add(path []string, index string, start int) error {
	text, err := unquote(s.data[start:s.i])
	if err != nil {
		return err
	}
	s.found = append(s.found, Value{Path: strings.Join(path, ".") + index, Start: start, End: s.i, Text: text})
	return nil
}

func (s *scanner) object(path []string) error {
	s.i++ // {
	for {
		s.space()
		if s.data[s.i] == '}' {
			s.i++
			return nil
		}
		keyStart := s.i
		s.str()
		key, err := s.key(s.data[keyStart:s.i])
		if err != nil {
			return err
		}
		s.space()
		s.i++ // :
		if s.below(path, key) {
			if err := s.value(append(append([]string(nil), path...), key)); err != nil {
				return err
			}
		} else {
			s.skip()
		}
		s.comma()
	}
}

func (s *scanner) array(path []string, sel bool) error {
	s.i++ // [
	for n := 0; ; n++ {
		s.space()
		if s.data[s.i] == ']' {
			s.i++
			return nil
		}
		if sel {
			if s.data[s.i] != '"' {
				return fmt.Errorf("field %s[%d]: not a string", strings.Join(path, "."), n)
			}
			start := s.i
			s.str()
			if err := s.add(path, "["+strconv.Itoa(n)+"]", start); err != nil {
				return err
			}
		} else {
			s.skip()
		}
		s.comma()
	}
}

// comma moves past the spaces and the comma after a member or an element.
func (s *scanner) comma() {
	s.space()
	if s.data[s.i] == ',' {
		s.i++
	}
}

// str moves past a string literal.
func (s *scanner) str() {
	s.i++ // "
	for s.data[s.i] != '"' {
		if s.data[s.i] == '\\' {
			s.i++
		}
		s.i++
	}
	s.i++
}

// scalar moves past a number, true, false or null.
func (s *scanner) scalar() {
	for s.i < len(s.data) && !strings.ContainsRune(",}] \t\r\n", rune(s.data[s.i])) {
		s.i++
	}
}

// skip moves past any value.
func (s *scanner) skip() {
	s.space()
	switch s.data[s.i] {
	case '"':
		s.str()
	case '{', '[':
		depth := 0
		for {
			switch s.data[s.i] {
			case '"':
				s.str()
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			}
			s.i++
			if depth == 0 {
				return
			}
		}
	default:
		s.scalar()
	}
}

// Encode writes a string as a JSON literal with as few escapes as JSON
// allows: quotes, backslashes and control characters; no \u escape of
// <, >, & or of any other character.
func Encode(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// Replace returns the record with the values whose text changed written
// anew; values must be those Find returned, in order.
func Replace(record []byte, values []Value, texts []string) []byte {
	var out []byte
	last := 0
	for i, v := range values {
		if texts[i] == v.Text {
			continue
		}
		out = append(out, record[last:v.Start]...)
		out = append(out, Encode(texts[i])...)
		last = v.End
	}
	if out == nil {
		return record
	}
	return append(out, record[last:]...)
}

// AddKey returns the record (a JSON object) with "key": value appended as
// its last member; value must be valid JSON.
func AddKey(record []byte, key string, value []byte) []byte {
	end := bytes.LastIndexByte(record, '}')
	if end < 0 {
		return record
	}
	head := bytes.TrimRight(record[:end], " \t\r\n")
	var out []byte
	out = append(out, head...)
	if len(head) > 0 && head[len(head)-1] != '{' {
		out = append(out, ',')
	}
	out = append(out, Encode(key)...)
	out = append(out, ':')
	out = append(out, value...)
	return append(out, record[len(head):]...)
}
