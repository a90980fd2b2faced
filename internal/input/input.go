// Package input finds the texts that the command line names (files,
// directories, standard input) and reads them as a stream of chunks that end
// at line breaks, so that files of any size are processed in bounded memory.
package input

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	gitignore "github.com/sabhiram/go-gitignore"
)

// Stdin is the name under which standard input is shown.
const Stdin = "<stdin>"

// Source is one text to read: a file, or standard input when Path is "".
type Source struct {
	Name     string      // shown in reports: the path as given or found, or Stdin
	Path     string      // the file to open; "" for standard input
	Mode     fs.FileMode // the file's permissions, kept when it is rewritten
	Size     int64       // the file's size when resolved; 0 for standard input
	Encoding string      // the text's encoding for Decode; "" detects it
}

// IsStdin reports whether the source is standard input.
func (s Source) IsStdin() bool { return s.Path == "" }

// Resolve turns command-line arguments into sources. No argument, or "-",
// means standard input; a directory stands for the text files below it (in
// lexical order, skipping hidden files and folders and files that look
// binary). It fails, naming the path, on a missing file or a directory
// without text files.
func Resolve(args []string) ([]Source, error) {
	srcs, _, err := ResolveFunc(args, Filter{})
	return srcs, err
}

// Filter selects the files found in directories. Files named on the
// command line are always read.
type Filter struct {
	// Keep receives each file's path relative to the directory named on
	// the command line (slash-separated); nil keeps all.
	Keep func(rel string) bool
	// MaxSize skips larger files (0: no limit).
	MaxSize int64
}

// ResolveFunc is Resolve with a filter of the files found in directories.
// Besides the filter, a walk skips hidden files and folders, files that
// look binary, symbolic links, and what the .gitignore and .retoucheignore
// files of the directories walked exclude. It returns a note for each
// file skipped for its size.
func ResolveFunc(args []string, f Filter) ([]Source, []string, error) {
	var notes []string
	if len(args) == 0 {
		return []Source{{Name: Stdin}}, nil, nil
	}
	var out []Source
	for _, arg := range args {
		if arg == "-" {
			out = append(out, Source{Name: Stdin})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			return nil, nil, pathError(arg, err)
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				return nil, nil, fmt.Errorf("%s: not a regular file", arg)
			}
			out = append(out, Source{Name: arg, Path: arg, Mode: info.Mode().Perm(), Size: info.Size()})
			continue
		}
		found, skipped, err := walk(arg, f)
		if err != nil {
			return nil, nil, err
		}
		notes = append(notes, skipped...)
		if len(found) == 0 {
			return nil, nil, fmt.Errorf("%s: directory has no text files", arg)
		}
		out = append(out, found...)
	}
	return out, notes, nil
}

// pathError turns a file-system error into a one-line message that names
// the path once.
func pathError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file or directory", path)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied", path)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return err
}

func walk(root string, f Filter) ([]Source, []string, error) {
	var out []Source
	var notes []string
	ignores := map[string]*gitignore.GitIgnore{} // directory → its ignore files
	ignored := func(path string, dir bool) bool {
		for d := filepath.Dir(path); ; d = filepath.Dir(d) {
			if gi := ignores[d]; gi != nil {
				rel, _ := filepath.Rel(d, path)
				rel = filepath.ToSlash(rel)
				if dir {
					rel += "/"
				}
				if gi.MatchesPath(rel) {
					return true
				}
			}
			if d == root || d == "." || d == filepath.Dir(d) {
				return false
			}
		}
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return pathError(path, err)
		}
		if path != root && strings.HasPrefix(d.Name(), ".") || path != root && ignored(path, d.IsDir()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			ignores[path] = loadIgnores(path)
			return nil
		}
		if !d.Type().IsRegular() {
			return nil // symbolic links are not followed
		}
		if f.Keep != nil {
			if rel, err := filepath.Rel(root, path); err == nil && !f.Keep(filepath.ToSlash(rel)) {
				return nil
			}
		}
		info, err := d.Info()
		if err != nil {
			return pathError(path, err)
		}
		if f.MaxSize > 0 && info.Size() > f.MaxSize {
			notes = append(notes, fmt.Sprintf("%s: skipped: %d bytes, more than --max-size", path, info.Size()))
			return nil
		}
		text, err := looksText(path)
		if err != nil || !text {
			return err
		}
		out = append(out, Source{Name: path, Path: path, Mode: info.Mode().Perm(), Size: info.Size()})
		return nil
	})
	return out, notes, err
}

// loadIgnores compiles the .gitignore and .retoucheignore of a directory,
// or returns nil when it has neither.
func loadIgnores(dir string) *gitignore.GitIgnore {
	var lines []string
	for _, name := range []string{".gitignore", ".retoucheignore"} {
		if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			lines = append(lines, strings.Split(string(data), "\n")...)
		}
	}
	if len(lines) == 0 {
		return nil
	}
	return gitignore.CompileIgnoreLines(lines...)
}

// looksText reports whether the first 8 KiB of a file hold no NUL byte.
func looksText(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, pathError(path, err)
	}
	defer f.Close()
	buf := make([]byte, 8<<10)
	n, err := io.ReadFull(f, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return false, pathError(path, err)
	}
	return n > 0 && bytes.IndexByte(buf[:n], 0) < 0, nil
}

// ForEachChunk reads a source (stdin for standard input) chunk by chunk and
// calls fn for each chunk, stopping at the first error, which it returns.
func ForEachChunk(src Source, stdin io.Reader, fn func(Chunk) error) error {
	r := stdin
	if !src.IsStdin() {
		f, err := os.Open(src.Path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	r, enc, err := Decode(r, src.Encoding)
	if err != nil {
		return err
	}
	ch := NewChunker(r, DefaultChunkSize)
	for {
		c, err := ch.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if enc == "" || enc == UTF8BOM {
				var pe *PosError
				if errors.As(err, &pe) {
					pe.Msg += "; if the text is in another encoding, say which with --encoding (e.g. --encoding windows-1252)"
				}
			}
			return err
		}
		c.Encoding = enc
		if err := fn(c); err != nil {
			return err
		}
	}
}

// Chunk is a piece of a text that ends at a line break (or at the end of the
// text).
type Chunk struct {
	Text     string
	Line     int    // 1-based line number of the chunk's first line
	Offset   int64  // byte offset of the chunk in the text (after decoding)
	Encoding string // the encoding the text was decoded from; "" for UTF-8
}

// DefaultChunkSize is the size above which a text is cut into chunks.
const DefaultChunkSize = 1 << 20

// MaxLine is the longest line a chunk may hold.
const MaxLine = 64 << 20

// Chunker reads a text as chunks of about size bytes, cut after a blank line
// when there is one in the chunk's second half, else after a line break.
type Chunker struct {
	r      *bufio.Reader
	size   int
	buf    []byte
	line   int
	offset int64
	eof    bool
}

// NewChunker returns a Chunker reading r with chunks of about size bytes.
func NewChunker(r io.Reader, size int) *Chunker {
	if size <= 0 {
		size = DefaultChunkSize
	}
	return &Chunker{r: bufio.NewReaderSize(r, 64<<10), size: size, line: 1}
}

// Next returns the next chunk, or io.EOF after the last one. A chunk holding
// invalid UTF-8 is returned with an error that names its line and column.
func (c *Chunker) Next() (Chunk, error) {
	for !c.eof && len(c.buf) < c.size {
		if err := c.fill(); err != nil {
			return Chunk{}, err
		}
	}
	if len(c.buf) == 0 {
		return Chunk{}, io.EOF
	}
	cut := len(c.buf)
	if !c.eof || cut > c.size {
		cut = cutPoint(c.buf, c.size)
		// A line longer than the chunk size makes a chunk of its own;
		// scanned counts the bytes known to hold no line break.
		scanned := min(c.size, len(c.buf))
		for cut < 0 {
			if i := bytes.IndexByte(c.buf[scanned:], '\n'); i >= 0 {
				cut = scanned + i + 1
			} else if scanned = len(c.buf); c.eof {
				cut = len(c.buf)
			} else if len(c.buf) > MaxLine {
				return Chunk{}, &PosError{Line: c.line, Column: 1, Msg: fmt.Sprintf("line longer than %d MiB", MaxLine>>20)}
			} else if err := c.fill(); err != nil {
				return Chunk{}, err
			}
		}
	}
	ch := Chunk{Text: string(c.buf[:cut]), Line: c.line, Offset: c.offset}
	c.buf = append(c.buf[:0], c.buf[cut:]...)
	c.line += strings.Count(ch.Text, "\n")
	c.offset += int64(cut)
	if err := validUTF8(ch); err != nil {
		return ch, err
	}
	return ch, nil
}

// fill reads more of the text into the buffer.
func (c *Chunker) fill() error {
	var tmp [64 << 10]byte
	n, err := c.r.Read(tmp[:])
	c.buf = append(c.buf, tmp[:n]...)
	if err == io.EOF {
		c.eof = true
		return nil
	}
	return err
}

// cutPoint returns where to end a chunk of buf: after the last blank line in
// the second half of the first size bytes, else after the last line break in
// them, else -1.
func cutPoint(buf []byte, size int) int {
	window := buf[:min(size, len(buf))]
	// One backward pass over the second half finds both kinds of blank
	// line; bytes.LastIndex would search the whole window twice.
	crlf := -1
	for i := len(window) - 2; i >= 0 && i >= size/2; i-- {
		if window[i] != '\n' {
			continue
		}
		if window[i+1] == '\n' {
			return i + 2
		}
		if crlf < 0 && i+2 < len(window) && window[i+1] == '\r' && window[i+2] == '\n' {
			crlf = i
		}
	}
	if crlf >= 0 {
		return crlf + 3
	}
	if i := bytes.LastIndexByte(window, '\n'); i >= 0 {
		return i + 1
	}
	return -1
}

// PosError is an error at a line and column of a text.
type PosError struct {
	Line, Column int
	Msg          string
}

func (e *PosError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

// validUTF8 returns an error naming the line and column of the first invalid
// UTF-8 byte of a chunk, or nil.
func validUTF8(ch Chunk) error {
	if utf8.ValidString(ch.Text) {
		return nil
	}
	s := ch.Text
	line, col := ch.Line, 1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return &PosError{Line: line, Column: col, Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02x at offset %d)", s[i], ch.Offset+int64(i))}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return nil
}
