// Package dict holds the lexicons the repair stages consult: which words a
// language has, how common they are, their classes, and which accented
// words fold to an unaccented form. Lexicons are compiled from Hunspell
// dictionaries and frequency lists into finite-state transducers (vellum)
// that load from the embedded data without parsing every word.
//
// The package does not import pipeline.
package dict

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/vellum"
	"github.com/blevesearch/vellum/levenshtein"
	"github.com/retouche/retouche/token"
)

// Lexicon answers questions about the words of one language. It is safe
// for concurrent use.
type Lexicon struct {
	forms    *vellum.FST
	fold     *vellum.FST
	elisions []string
	extra    map[string]float64 // Zipf frequencies loaded with WithFreq
	readers  *sync.Pool         // of *vellum.Reader on forms: lookups without allocation
	hot      map[string]uint64  // the most frequent forms and their values
	lev      *levBuilder        // built on the first call of Near
}

// levBuilder builds Levenshtein automata of distance 1; building it takes
// a few milliseconds, so it is made once per lexicon, when first needed.
type levBuilder struct {
	once sync.Once
	b    *levenshtein.LevenshteinAutomatonBuilder
	err  error
}

// Load reads a compiled lexicon. The data is used in place, not copied: it
// must not change while the Lexicon is in use.
func Load(data []byte) (*Lexicon, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("not a compiled lexicon (bad magic)")
	}
	r := bytes.NewReader(data[len(magic):])
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 16 {
		return nil, fmt.Errorf("bad elision table: %v", err)
	}
	l := &Lexicon{}
	for range n {
		s, err := readChunk(r, data)
		if err != nil {
			return nil, err
		}
		l.elisions = append(l.elisions, string(s))
	}
	fsts := make([]*vellum.FST, 2)
	for i := range fsts {
		b, err := readChunk(r, data)
		if err != nil {
			return nil, err
		}
		if fsts[i], err = vellum.Load(b); err != nil {
			return nil, fmt.Errorf("FST %d: %w", i, err)
		}
	}
	l.forms, l.fold = fsts[0], fsts[1]
	n, err = binary.ReadUvarint(r)
	if err != nil || n > uint64(len(data)) {
		return nil, fmt.Errorf("bad frequent-forms table: %v", err)
	}
	l.hot = make(map[string]uint64, n)
	for range n {
		w, err := readChunk(r, data)
		if err != nil {
			return nil, err
		}
		v, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("bad frequent-forms table: %w", err)
		}
		l.hot[string(w)] = v
	}
	l.lev = &levBuilder{}
	l.readers = &sync.Pool{New: func() any {
		r, err := l.forms.Reader()
		if err != nil {
			return nil
		}
		return r
	}}
	return l, nil
}

// readChunk reads a length-prefixed slice of data without copying it.
func readChunk(r *bytes.Reader, data []byte) ([]byte, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, fmt.Errorf("truncated lexicon: %w", err)
	}
	start := len(data) - r.Len()
	if n > uint64(r.Len()) {
		return nil, io.ErrUnexpectedEOF
	}
	r.Seek(int64(n), io.SeekCurrent)
	return data[start : start+int(n)], nil
}

// Len returns the number of forms.
func (l *Lexicon) Len() int { return l.forms.Len() }

// get looks a form up exactly.
func (l *Lexicon) get(w string) (uint64, bool) {
	if v, ok := l.hot[w]; ok {
		return v, true
	}
	r, _ := l.readers.Get().(*vellum.Reader)
	if r == nil {
		v, ok, err := l.forms.Get([]byte(w))
		return v, ok && err == nil
	}
	var buf [64]byte
	key := append(buf[:0], w...)
	v, ok, err := r.Get(key)
	l.readers.Put(r)
	return v, ok && err == nil
}

// Frequent reports whether the word is, as written, one of the most frequent
// forms of the lexicon, which a hash map answers: a word it accepts is known
// (Contains is true), and a caller that remembers answers need not remember
// those.
func (l *Lexicon) Frequent(word string) bool {
	v, ok := l.hot[word]
	return ok && v&elidedOnly == 0
}

// FrequentZipf returns the Zipf frequency of a word that is Frequent, and
// false for any other word, in one hash lookup.
func (l *Lexicon) FrequentZipf(word string) (float64, bool) {
	v, ok := l.hot[word]
	if !ok || v&elidedOnly != 0 {
		return 0, false
	}
	return l.info(word, v).Zipf, true
}

// Info is what a lexicon knows of a word.
type Info struct {
	Form  string  // the form as the lexicon spells it ("Paris" for "PARIS")
	Class Class   // its classes
	Zipf  float64 // log10 of its occurrences per billion words
}

// Lookup finds a word with the case rules of Hunspell: a lower-case form is
// also accepted in Title case and in upper case, a capitalised form in upper
// case, and a keep-case form only as it is. A word with an elided article or
// pronoun ("l'invitation", "qu’il") is found when its second part accepts
// that elision; the apostrophe may be ' or ’. Hyphenated compounds that are
// not forms of their own are found when each part is ("nord-coréen").
// The Info is that of the word, or of the last part of a compound.
func (l *Lexicon) Lookup(word string) (Info, bool) {
	word = strings.ReplaceAll(word, "’", "'")
	if info, ok := l.lookupCased(word, false); ok {
		return info, true
	}
	if info, ok := l.lookupElided(word); ok {
		return info, true
	}
	if i := strings.IndexByte(word, '-'); i > 0 && i < len(word)-1 {
		var last Info
		for _, part := range strings.Split(word, "-") {
			info, ok := l.lookupCased(part, false)
			if !ok {
				info, ok = l.lookupElided(part)
			}
			if !ok {
				return Info{}, false
			}
			last = info
		}
		return last, true
	}
	return Info{}, false
}

// LookupLetters is Lookup for a word made of letters only (no apostrophe,
// no hyphen), such as a part of a word that split tries: it skips the
// elision and compound rules, which cannot apply.
func (l *Lexicon) LookupLetters(word string) (Info, bool) { return l.lookupCased(word, false) }

// lookupCased tries the case variants of a word.
func (l *Lexicon) lookupCased(word string, elided bool) (Info, bool) {
	try := func(form string, exact bool) (Info, bool) {
		v, ok := l.get(form)
		if !ok || (!exact && unpackKeepCase(v)) || (!elided && v&elidedOnly != 0) {
			return Info{}, false
		}
		return l.info(form, v), true
	}
	if info, ok := try(word, true); ok {
		return info, true
	}
	switch token.CaseOf(word) {
	case token.Title:
		return try(strings.ToLower(word), false)
	case token.Upper:
		lower := strings.ToLower(word)
		if info, ok := try(lower, false); ok {
			return info, true
		}
		return try(upperFirst(lower), false)
	}
	return Info{}, false
}

// lookupElided finds "l'invitation" as "invitation" with the elision bit
// of "l'".
func (l *Lexicon) lookupElided(word string) (Info, bool) {
	i := strings.IndexByte(word, '\'')
	if i <= 0 || i > 8 || i == len(word)-1 {
		return Info{}, false
	}
	bit := -1
	prefix := strings.ToLower(word[:i+1])
	for j, e := range l.elisions {
		if e == prefix {
			bit = j
			break
		}
	}
	if bit < 0 {
		return Info{}, false
	}
	info, ok := l.lookupCased(word[i+1:], true)
	if !ok {
		return Info{}, false
	}
	v, _ := l.get(info.Form)
	if unpackElisions(v)&(1<<bit) == 0 {
		return Info{}, false
	}
	return info, true
}

func (l *Lexicon) info(form string, v uint64) Info {
	info := Info{Form: form, Class: unpackClass(v), Zipf: unpackZipf(v)}
	if l.extra == nil {
		return info
	}
	if z, ok := l.extra[strings.ToLower(form)]; ok && z > info.Zipf {
		info.Zipf = z
	}
	return info
}

// Contains reports whether the word is a word of the language (see Lookup).
func (l *Lexicon) Contains(word string) bool {
	_, ok := l.Lookup(word)
	return ok
}

// Known reports whether a word is a word of the language or of a
// frequency file added with WithFreq (a user's names and jargon).
func (l *Lexicon) Known(word string) bool {
	return l.Contains(word) || l.InFreqFiles(word)
}

// InFreqFiles reports whether a frequency file added with WithFreq has the
// word, whatever its case.
func (l *Lexicon) InFreqFiles(word string) bool {
	if len(l.extra) == 0 {
		return false
	}
	_, ok := l.extra[strings.ToLower(word)]
	return ok
}

// Freq returns the Zipf frequency of a word (log10 of its occurrences per
// billion words), or 0 for an unknown word. Words known only from a
// frequency file added with WithFreq have that frequency.
func (l *Lexicon) Freq(word string) float64 {
	if info, ok := l.Lookup(word); ok {
		return info.Zipf
	}
	return l.ExtraFreq(word)
}

// ExtraFreq returns the Zipf frequency that the frequency files added with
// WithFreq give a word, whatever its case, or 0.
func (l *Lexicon) ExtraFreq(word string) float64 {
	if len(l.extra) == 0 {
		return 0
	}
	return l.extra[strings.ToLower(word)]
}

// Class returns the classes of a word, 0 when it is unknown.
func (l *Lexicon) Class(word string) Class {
	info, _ := l.Lookup(word)
	return info.Class
}

// Near returns up to max forms of the lexicon at edit distance 1 from the
// lower-case word (one letter inserted, deleted or replaced), other than
// the word itself: the words a typo could have meant.
func (l *Lexicon) Near(word string, max int) []string {
	l.lev.once.Do(func() { l.lev.b, l.lev.err = levenshtein.NewLevenshteinAutomatonBuilder(1, false) })
	if l.lev.err != nil {
		return nil
	}
	word = strings.ToLower(word)
	dfa, err := l.lev.b.BuildDfa(word, 1)
	if err != nil {
		return nil
	}
	it, err := l.forms.Search(dfa, nil, nil)
	var out []string
	for err == nil && len(out) < max {
		k, v := it.Current()
		if form := string(k); form != word && v&elidedOnly == 0 {
			out = append(out, form)
		}
		err = it.Next()
	}
	return out
}

// Candidate is a lexicon form that folds to a given form.
type Candidate struct {
	Form string
	Zipf float64
}

// Unfold returns the forms of the lexicon whose Fold equals Fold(folded),
// most frequent first: Unfold("Coree") gives "Corée"; Unfold("prepare")
// gives "prépare", "préparé" and "prépare"'s other readings.
func (l *Lexicon) Unfold(folded string) []Candidate {
	key := Fold(folded) + "\x00"
	end := Fold(folded) + "\x01"
	it, err := l.fold.Iterator([]byte(key), []byte(end))
	var out []Candidate
	for err == nil {
		k, _ := it.Current()
		form := string(k[len(key):])
		v, _ := l.get(form)
		out = append(out, l.candidate(form, v))
		err = it.Next()
	}
	sortCandidates(out)
	return out
}

func (l *Lexicon) candidate(form string, v uint64) Candidate {
	return Candidate{Form: form, Zipf: l.info(form, v).Zipf}
}

func sortCandidates(c []Candidate) {
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && (c[j].Zipf > c[j-1].Zipf || c[j].Zipf == c[j-1].Zipf && c[j].Form < c[j-1].Form); j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
}

// WithFreq returns a copy of the lexicon that also knows the given Zipf
// frequencies (lower-case words): a user's own corpus counts, so that its
// names and jargon stop looking rare. A frequency only ever raises what the
// lexicon knows.
func (l *Lexicon) WithFreq(zipf map[string]float64) *Lexicon {
	c := *l
	c.extra = make(map[string]float64, len(l.extra)+len(zipf))
	for k, v := range l.extra {
		c.extra[k] = v
	}
	for k, v := range zipf {
		k = strings.ToLower(k)
		if v > c.extra[k] {
			c.extra[k] = v
		}
	}
	return &c
}

// upperFirst upper-cases the first letter of a word.
func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToTitle(r)) + w[n:]
}
