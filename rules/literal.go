package rules

import (
	"unicode/utf8"
)

// literalIndex finds the literal phrases of rules as whole words, as typos
// and misspell look words up rather than run an automaton over the text.
// Every phrase is filed under its first word (its leading run of word
// runes), or under its first rune when it starts with another rune (",,",
// "..."); the text is then read one word, or one other rune, at a time, and
// each is looked up once. Building it costs a map insertion per phrase
// (the 28,000 English misspellings take a few milliseconds, where their
// Aho–Corasick NFA took 57 ms and a DFA 0.9 s); reading a text costs one map
// lookup per word.
//
// A phrase must match at word edges, so a phrase that starts with a word
// rune can only start where a word of the text starts, and the text's word
// there must be the phrase's first word: the word ends where the phrase's
// first word ends (the next rune of the phrase is not a word rune) or where
// the phrase ends (which must be a word edge).
type literalIndex struct {
	byWord map[string][]*phrase // folded first word → phrases
	byRune map[rune][]*phrase   // first rune, when it is not a word rune → phrases
	ascii  [utf8.RuneSelf]bool  // the ASCII keys of byRune, to skip spaces at no cost
	// lengths has, for each first byte of a key of byWord, bit n set when
	// a key of n bytes (n < 63, or 63 for longer ones) starts with it: most
	// words of a text are then skipped without hashing them.
	lengths [256]uint64
}

// lengthBit is the bit of lengths that stands for a key of n bytes.
func lengthBit(n int) uint64 { return 1 << min(n, 63) }

// phrase is one folded phrase and the literals of the rules that fold to it.
type phrase struct {
	folded string
	lits   []literal
}

// add files lit, a literal of rule i.
func (x *literalIndex) add(lit string, i int) {
	f := fold(lit)
	if f == "" {
		return
	}
	r, _ := utf8.DecodeRuneInString(f)
	var key string
	var list []*phrase
	if isWord(r) {
		key = f[:wordEnd([]byte(f), 0)]
		list = x.byWord[key]
	} else {
		list = x.byRune[r]
	}
	for _, p := range list {
		if p.folded == f {
			p.lits = append(p.lits, literal{i, lit})
			return
		}
	}
	list = append(list, &phrase{folded: f, lits: []literal{{i, lit}}})
	if key != "" {
		if x.byWord == nil {
			x.byWord = map[string][]*phrase{}
		}
		x.byWord[key] = list
		x.lengths[key[0]] |= lengthBit(len(key))
		return
	}
	if x.byRune == nil {
		x.byRune = map[rune][]*phrase{}
	}
	x.byRune[r] = list
	if r < utf8.RuneSelf {
		x.ascii[r] = true
	}
}

// empty reports whether the index holds no phrase.
func (x *literalIndex) empty() bool { return len(x.byWord) == 0 && len(x.byRune) == 0 }

// wordEnd returns the end of the run of word runes that starts at i.
func wordEnd(s []byte, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !wordByte[c] {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		if !isWord(r) {
			return i
		}
		i += n
	}
	return i
}

// wordByte tells which ASCII bytes are word runes (isWord).
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWord(rune(c))
	}
	return t
}()

// find calls hit for every place where a phrase occurs in text at word
// edges, in order of position (folded is text folded by foldBytes).
func (x *literalIndex) find(text string, folded []byte, hit func(p *phrase, start, end int)) {
	check := func(ps []*phrase, i int) {
		for _, p := range ps {
			if e := i + len(p.folded); e <= len(folded) && string(folded[i:e]) == p.folded && wordEdge(text, e) {
				hit(p, i, i+len(p.folded))
			}
		}
	}
	for i := 0; i < len(folded); {
		c := folded[i]
		if c < utf8.RuneSelf && !wordByte[c] {
			if x.ascii[c] {
				check(x.byRune[rune(c)], i)
			}
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(folded[i:])
		}
		if !isWord(r) {
			if ps := x.byRune[r]; ps != nil {
				check(ps, i)
			}
			i += n
			continue
		}
		end := wordEnd(folded, i)
		if x.lengths[c]&lengthBit(end-i) != 0 {
			if ps := x.byWord[string(folded[i:end])]; ps != nil {
				check(ps, i)
			}
		}
		i = end
	}
}
