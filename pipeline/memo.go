package pipeline

import "strings"

// memoWords bounds a WordMemo: when it is full it starts again empty, so
// that a long run over many documents holds at most this many words.
const memoWords = 1 << 16

// memoKey names a WordMemo: one per stage, language and name.
type memoKey struct{ stage, lang, name string }

// WordMemo remembers a value per word from one document to the next, for
// a stage whose answer about a word depends on the word alone (what the
// lexicon says of it): the documents of a JSON Lines feed are short, and a
// memo that lived for one document would remember nothing. A WordMemo
// belongs to one Runner, so it needs no lock; the words it keeps are
// copies, so it retains no document.
type WordMemo[V any] struct {
	m map[string]V
}

// Do returns the value remembered for a word, or computes it with f and
// remembers it.
func (w *WordMemo[V]) Do(word string, f func(string) V) V {
	if v, ok := w.m[word]; ok {
		return v
	}
	v := f(word)
	if len(w.m) >= memoWords {
		clear(w.m)
	}
	w.m[strings.Clone(word)] = v
	return v
}

// Memo returns the WordMemo of the given name that the pass's Runner keeps
// for the stage and the document's language, made empty on first use. Its
// values must depend only on the word and the language (the results of a
// stage must not depend on what earlier documents held); with the package
// function Run, the memo lasts one document.
func Memo[V any](p *Pass, name string) *WordMemo[V] {
	return memoFor[V](p, memoKey{p.Stage.Name, p.Lang, name})
}

// SharedMemo returns the WordMemo of the given name that all the stages of
// the pass's Runner share for the document's language: for an answer that
// several stages need (is the word in the lexicon?), computed and kept once
// for all of them. Every stage that asks for a name must compute the same
// function of the word with it.
func SharedMemo[V any](p *Pass, name string) *WordMemo[V] {
	return memoFor[V](p, memoKey{"", p.Lang, name})
}

func memoFor[V any](p *Pass, k memoKey) *WordMemo[V] {
	if m, ok := p.memos[k].(*WordMemo[V]); ok {
		return m
	}
	m := &WordMemo[V]{m: map[string]V{}}
	if p.memos != nil {
		p.memos[k] = m
	}
	return m
}

// DocMemo returns the value of the given name that the pass's stage
// computed for the document being run, computing it with f on its first
// use: it lasts all the rounds of one document, and the next document starts
// without it. It is for what a stage counts over the whole document
// (Pass.Document) as its first pass saw it: later rounds see the lines the
// earlier ones changed, and recounting a large document for each of them
// would cost more than the stage. A stage whose decisions must follow the
// text as the rounds change it keeps beside the value the text it reflects,
// and brings it up to date with ChangedLines. Either way the value is the
// same whether later rounds see changed lines or the whole text
// (Options.WholeRounds).
func DocMemo[V any](p *Pass, name string, f func() V) V {
	k := memoKey{p.Stage.Name, p.Lang, name}
	if v, ok := p.docMemos[k].(V); ok {
		return v
	}
	v := f()
	if p.docMemos != nil {
		p.docMemos[k] = v
	}
	return v
}

// ChangedLines calls f with each line of old that differs from the line of
// cur at the same index, and that line of cur (without their "\n"), in
// order: what a stage needs to bring a count over a document up to date
// with what the rounds changed, at the cost of comparing the two texts
// instead of reading every word again. It reports false, without calling
// f, when the texts have different numbers of lines: their lines no longer
// pair, and the stage counts cur afresh.
func ChangedLines(old, cur string, f func(oldLine, curLine string)) bool {
	if strings.Count(old, "\n") != strings.Count(cur, "\n") {
		return false
	}
	for old != cur {
		// Skip the equal lines in one comparison each.
		i := strings.IndexByte(old, '\n')
		j := strings.IndexByte(cur, '\n')
		if i < 0 { // the last line of both
			f(old, cur)
			return true
		}
		if i != j || old[:i] != cur[:j] {
			f(old[:i], cur[:j])
		}
		old, cur = old[i+1:], cur[j+1:]
	}
	return true
}
