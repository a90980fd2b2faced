// Package baseline records the findings a corpus has today, so that a CI
// check fails only on new ones. A finding is keyed by its path, its rule
// and a hash of its line's text with spaces normalised — not by its line
// number, which moves when text is added above it.
package baseline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// Version is the format version of baseline files.
const Version = 1

// Entry is one kind of finding in the baseline: Count findings of Rule in
// Path on lines whose normalised text hashes to Hash.
type Entry struct {
	Path    string `json:"path"`
	Rule    string `json:"rule"`
	Hash    string `json:"hash"`
	Count   int    `json:"count"`
	Line    int    `json:"line"`    // where the first one was, for people
	Message string `json:"message"` // its message, for people
}

// File is the JSON document of a baseline.
type File struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool"`
	Findings []Entry `json:"findings"`
}

type key struct{ path, rule, hash string }

// Hash returns the key of a line's text: spaces of any kind collapsed and
// trimmed, so that re-wrapping or re-indenting does not make a finding new.
func Hash(line string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(line), " ")))
	return hex.EncodeToString(sum[:8])
}

// Recorder collects findings to write a baseline.
type Recorder struct {
	entries map[key]*Entry
}

// Add records a finding of rule in path at line, whose line's text is text.
func (r *Recorder) Add(path, rule string, line int, text, message string) {
	if r.entries == nil {
		r.entries = map[key]*Entry{}
	}
	k := key{path, rule, Hash(text)}
	if e, ok := r.entries[k]; ok {
		e.Count++
		return
	}
	r.entries[k] = &Entry{Path: path, Rule: rule, Hash: k.hash, Count: 1, Line: line, Message: message}
}

// Write writes the baseline as indented JSON, sorted by path, line, rule.
func (r *Recorder) Write(w io.Writer) error {
	f := File{Version: Version, Tool: "retouche", Findings: []Entry{}}
	for _, e := range r.entries {
		f.Findings = append(f.Findings, *e)
	}
	slices.SortFunc(f.Findings, func(a, b Entry) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), strings.Compare(a.Rule, b.Rule), strings.Compare(a.Hash, b.Hash))
	})
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(f)
}

// WriteFile writes the baseline to path.
func (r *Recorder) WriteFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	if err := r.Write(f); err != nil {
		f.Close()
		return fmt.Errorf("baseline: %s: %w", path, err)
	}
	return f.Close()
}

// Baseline answers whether a finding was known.
type Baseline struct {
	left  map[key]int
	total int
}

// Load reads a baseline file.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("baseline: %s: %w", path, err)
	}
	if f.Version != Version {
		return nil, fmt.Errorf("baseline: %s: version %d, want %d", path, f.Version, Version)
	}
	b := &Baseline{left: map[key]int{}}
	for _, e := range f.Findings {
		if e.Count < 1 || e.Path == "" || e.Rule == "" || e.Hash == "" {
			return nil, fmt.Errorf("baseline: %s: entry %+v: want path, rule, hash and a count of 1 or more", path, e)
		}
		b.left[key{e.Path, e.Rule, e.Hash}] += e.Count
		b.total += e.Count
	}
	return b, nil
}

// Known reports whether a finding of rule in path, on a line whose text is
// text, is in the baseline; each entry answers yes as many times as its
// count.
func (b *Baseline) Known(path, rule, text string) bool {
	k := key{path, rule, Hash(text)}
	if b.left[k] > 0 {
		b.left[k]--
		return true
	}
	return false
}

// Total is the number of findings the baseline holds.
func (b *Baseline) Total() int { return b.total }

// Fixed is the number of findings of the baseline that were not seen
// (after all findings went through Known): fixed since it was written.
func (b *Baseline) Fixed() int {
	n := 0
	for _, c := range b.left {
		n += c
	}
	return n
}
