package dict

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/blevesearch/vellum"
	"github.com/retouche/retouche/dict/hunspell"
)

// The compiled format: magic, the elision table, then two FSTs (vellum):
// forms → packed value, and Fold(form) "\x00" form → 0; then the hotForms
// most frequent forms with their packed values.
const magic = "RTLX2\n"

// hotForms is how many frequent forms the compiled lexicon lists for the
// hash map that answers most lookups.
const hotForms = 20000

// A packed value holds, from the low bits: the Zipf frequency times
// zipfScale (8 bits), the classes (16 bits), the elision bits (16 bits:
// which elided words may precede the form), the keep-case bit and the
// elided-only bit.
const (
	zipfScale    = 25
	classShift   = 8
	elisionShift = 24
	keepCaseBit  = 1 << 40
	elidedOnly   = 1 << 41 // the form is accepted only after an elided word
)

func pack(zipf float64, c Class, elisions uint16, keepCase bool) uint64 {
	z := uint64(math.Round(math.Max(0, math.Min(255, zipf*zipfScale))))
	v := z | uint64(c)<<classShift | uint64(elisions)<<elisionShift
	if keepCase {
		v |= keepCaseBit
	}
	return v
}

func unpackZipf(v uint64) float64    { return float64(v&0xff) / zipfScale }
func unpackClass(v uint64) Class     { return Class(v >> classShift) }
func unpackElisions(v uint64) uint16 { return uint16(v >> elisionShift) }
func unpackKeepCase(v uint64) bool   { return v&keepCaseBit != 0 }

// Builder collects word forms and frequencies and compiles them.
type Builder struct {
	forms     map[string]*formInfo
	forbidden map[string]bool
	elisions  []string // elided words ("l'", "qu'") by bit
	ranks     map[string]int
}

type formInfo struct {
	class    Class
	elisions uint16
	keepCase bool
	present  bool // accepted on its own, not only after an elision
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{forms: map[string]*formInfo{}, forbidden: map[string]bool{}, ranks: map[string]int{}}
}

// AddHunspell adds every form a Hunspell dictionary accepts. Elided forms
// ("l'invitation") are not stored: the form after the apostrophe records
// which elided words may precede it.
func (b *Builder) AddHunspell(d *hunspell.Dictionary) error {
	var err error
	d.Expand(func(f hunspell.Form) {
		if err != nil {
			return
		}
		if f.Forbidden {
			b.forbidden[f.Word] = true
			return
		}
		word := f.Word
		info := b.info(word)
		if f.Elision == "" {
			info.class |= ClassOf(f.Morph)
			info.keepCase = info.keepCase || f.KeepCase
			info.present = true
			return
		}
		bit, e := b.elisionBit(f.Elision)
		if e != nil {
			err = e
			return
		}
		info.elisions |= bit
	})
	return err
}

func (b *Builder) info(word string) *formInfo {
	info := b.forms[word]
	if info == nil {
		info = &formInfo{}
		b.forms[word] = info
	}
	return info
}

func (b *Builder) elisionBit(e string) (uint16, error) {
	i := slices.Index(b.elisions, e)
	if i < 0 {
		if len(b.elisions) == 16 {
			return 0, fmt.Errorf("more than 16 elided words (%s)", strings.Join(append(b.elisions, e), " "))
		}
		b.elisions = append(b.elisions, e)
		i = len(b.elisions) - 1
	}
	return 1 << i, nil
}

// SetRanks records a frequency ranking: words[0] is the most common word.
// Ranks apply to every case variant of a word; with several rankings, a
// word keeps its best rank.
func (b *Builder) SetRanks(words []string) {
	for i, w := range words {
		w = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(w), "’", "'"))
		if r, ok := b.ranks[w]; w != "" && (!ok || i+1 < r) {
			b.ranks[w] = i + 1
		}
	}
}

// ZipfOfRank estimates the Zipf frequency (log10 of occurrences per billion
// words) of the word of rank r by Zipf's law, anchored on the most common
// word of a language at about 3% of all words.
func ZipfOfRank(r int) float64 { return 7.5 - math.Log10(float64(r)) }

// floorZipf is the frequency given to a form without a rank: rarer than the
// rarest ranked word, less so for base forms than for inflected ones.
func floorZipf(c Class) float64 {
	switch {
	case c.Has(FunctionWord):
		return 3.0
	case c.Has(Noun | Adjective | Infinitive | Adverb):
		return 2.4
	case c.Has(ProperNoun):
		return 2.2
	case c.Has(VerbForm):
		return 2.0
	}
	return 1.8
}

// Bytes compiles the lexicon.
func (b *Builder) Bytes() ([]byte, error) {
	keys := make([]string, 0, len(b.forms))
	for w := range b.forms {
		if !b.forbidden[w] {
			keys = append(keys, w)
		}
	}
	slices.Sort(keys)
	values := make(map[string]uint64, len(keys))
	for _, w := range keys {
		info := b.forms[w]
		z := floorZipf(info.class)
		if r, ok := b.ranks[strings.ToLower(w)]; ok {
			z = math.Max(z, ZipfOfRank(r))
		}
		values[w] = pack(z, info.class, info.elisions, info.keepCase)
		if !info.present {
			values[w] |= elidedOnly
		}
	}
	main, err := buildFST(keys, values)
	if err != nil {
		return nil, err
	}
	foldKeys := make([]string, len(keys))
	byFold := make(map[string]uint64, len(keys))
	for i, w := range keys {
		foldKeys[i] = Fold(w) + "\x00" + w
		byFold[foldKeys[i]] = 0 // Unfold reads the values from the forms FST
	}
	slices.Sort(foldKeys)
	fold, err := buildFST(foldKeys, byFold)
	if err != nil {
		return nil, err
	}
	// The most frequent forms with their values: a hash map built from
	// them at load answers most lookups of running text without the FST.
	hot := slices.Clone(keys)
	slices.SortStableFunc(hot, func(a, b string) int {
		za, zb := values[a]&0xff, values[b]&0xff
		switch {
		case za > zb:
			return -1
		case za < zb:
			return 1
		}
		return strings.Compare(a, b)
	})
	hot = hot[:min(len(hot), hotForms)]
	slices.Sort(hot)
	var out bytes.Buffer
	out.WriteString(magic)
	writeUvarint(&out, uint64(len(b.elisions)))
	for _, e := range b.elisions {
		writeUvarint(&out, uint64(len(e)))
		out.WriteString(e)
	}
	for _, f := range [][]byte{main, fold} {
		writeUvarint(&out, uint64(len(f)))
		out.Write(f)
	}
	writeUvarint(&out, uint64(len(hot)))
	for _, w := range hot {
		writeUvarint(&out, uint64(len(w)))
		out.WriteString(w)
		writeUvarint(&out, values[w])
	}
	return out.Bytes(), nil
}

func buildFST(keys []string, values map[string]uint64) ([]byte, error) {
	var buf bytes.Buffer
	bld, err := vellum.New(&buf, nil)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		if err := bld.Insert([]byte(k), values[k]); err != nil {
			return nil, fmt.Errorf("insert %q: %w", k, err)
		}
	}
	if err := bld.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func writeUvarint(w *bytes.Buffer, v uint64) {
	var tmp [binary.MaxVarintLen64]byte
	w.Write(tmp[:binary.PutUvarint(tmp[:], v)])
}
