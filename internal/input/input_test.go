package input

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestResolve(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":          "b",
		"a.md":           "a",
		"sub/c.txt":      "c",
		".hidden/d.txt":  "d",
		"sub/.e.txt":     "e",
		"sub/binary.bin": "x\x00y",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srcs, err := Resolve([]string{dir, "-"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range srcs {
		names = append(names, strings.TrimPrefix(s.Name, dir+"/"))
	}
	if got, want := strings.Join(names, " "), "a.md b.txt sub/c.txt <stdin>"; got != want {
		t.Errorf("Resolve = %s, want %s", got, want)
	}
	if srcs, _ := Resolve(nil); len(srcs) != 1 || !srcs[0].IsStdin() {
		t.Errorf("Resolve(nil) = %v, want standard input", srcs)
	}
	for _, tt := range []struct{ arg, want string }{
		{filepath.Join(dir, "nope"), "nope: no such file or directory"},
		{filepath.Join(dir, ".hidden", "none"), "none: no such file or directory"},
	} {
		if _, err := Resolve([]string{tt.arg}); err == nil || !strings.HasSuffix(err.Error(), tt.want) {
			t.Errorf("Resolve(%s): error %v, want …%s", tt.arg, err, tt.want)
		}
	}
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	if _, err := Resolve([]string{empty}); err == nil || !strings.Contains(err.Error(), "no text files") {
		t.Errorf("empty directory: error %v", err)
	}
}

func chunks(t *testing.T, text string, size int) ([]Chunk, error) {
	t.Helper()
	c := NewChunker(strings.NewReader(text), size)
	var out []Chunk
	for {
		ch, err := c.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, ch)
	}
}

func TestChunker(t *testing.T) {
	tests := []struct {
		name string
		text string
		size int
		want []string
	}{
		{"empty", "", 8, nil},
		{"small", "ab\ncd", 8, []string{"ab\ncd"}},
		{"cut at line break", "aaaa\nbbbb\ncccc\n", 8, []string{"aaaa\n", "bbbb\n", "cccc\n"}},
		{"prefer blank line", "aaaa\nb\n\ncc\nd\n", 10, []string{"aaaa\nb\n\n", "cc\nd\n"}},
		{"blank line too early", "a\n\nbbbbb\ncc\n", 10, []string{"a\n\nbbbbb\n", "cc\n"}},
		{"long line", "aaaaaaaaaaaa\nb\n", 4, []string{"aaaaaaaaaaaa\n", "b\n"}},
		{"crlf", "a\r\n\r\nbbbbbb\r\n", 8, []string{"a\r\n\r\n", "bbbbbb\r\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := chunks(t, tt.text, tt.size)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			line, off := 1, int64(0)
			for _, c := range got {
				texts = append(texts, c.Text)
				if c.Line != line || c.Offset != off {
					t.Errorf("chunk %q at line %d offset %d, want %d, %d", c.Text, c.Line, c.Offset, line, off)
				}
				line += strings.Count(c.Text, "\n")
				off += int64(len(c.Text))
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
				t.Errorf("chunks %q, want %q", texts, tt.want)
			}
		})
	}
}

func TestChunkerLargeText(t *testing.T) {
	var b strings.Builder
	for b.Len() < 3*DefaultChunkSize {
		b.WriteString("Le président de la Russie effectuera une visite.\n")
		if b.Len()%7 == 0 {
			b.WriteString("\n")
		}
	}
	got, err := chunks(t, b.String(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var joined strings.Builder
	for _, c := range got {
		if len(c.Text) > DefaultChunkSize || !strings.HasSuffix(c.Text, "\n") {
			t.Errorf("chunk of %d bytes ending %q", len(c.Text), c.Text[len(c.Text)-1:])
		}
		joined.WriteString(c.Text)
	}
	if joined.String() != b.String() || len(got) < 3 {
		t.Errorf("%d chunks do not give back the text", len(got))
	}
}

func TestChunkerInvalidUTF8(t *testing.T) {
	_, err := chunks(t, "ok\nnon \xff\n", 100)
	var pe *PosError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != 5 || !strings.Contains(pe.Msg, "0xff") {
		t.Errorf("error %v, want invalid UTF-8 at 2:5", err)
	}
}

// TestCutPoint checks where a chunk ends, against the definition: after the
// last blank line ("\n\n", then "\n\r\n") in the second half of the first
// size bytes, else after the last line break in them, else nowhere.
func TestCutPoint(t *testing.T) {
	want := func(buf []byte, size int) int {
		window := buf[:min(size, len(buf))]
		if i := bytes.LastIndex(window, []byte("\n\n")); i >= size/2 {
			return i + 2
		}
		if i := bytes.LastIndex(window, []byte("\n\r\n")); i >= size/2 {
			return i + 3
		}
		if i := bytes.LastIndexByte(window, '\n'); i >= 0 {
			return i + 1
		}
		return -1
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		buf := make([]byte, rng.IntN(40))
		for i := range buf {
			buf[i] = "ab\n\r"[rng.IntN(4)]
		}
		size := rng.IntN(45) + 1
		if got, w := cutPoint(buf, size), want(buf, size); got != w {
			t.Fatalf("cutPoint(%q, %d) = %d, want %d", buf, size, got, w)
		}
	}
}
