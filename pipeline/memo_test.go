package pipeline

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestMemo checks that a Runner keeps a stage's WordMemo from one document
// to the next, per language, that the package function Run does not, that
// the memo copies the words it keeps, and that a full memo starts again.
func TestMemo(t *testing.T) {
	var calls int // how often the stage computed an answer
	var kept string
	st := &Stage{Name: "count", Run: func(p *Pass) error {
		m := Memo[int](p, "len")
		for _, w := range strings.Fields(p.Text) {
			if n := m.Do(w, func(w string) int { calls++; return len(w) }); n != len(w) {
				t.Errorf("Do(%q) = %d, want %d", w, n, len(w))
			}
		}
		for k := range m.m {
			if unsafe.StringData(k) == unsafe.StringData(p.Text) {
				kept = k
			}
		}
		return nil
	}}
	r := &Runner{Stages: []*Stage{st}}
	ctx := context.Background()
	for _, doc := range []Document{{Lang: "fr", Text: "chat chien"}, {Lang: "fr", Text: "chat chien loup"}, {Lang: "en", Text: "chat"}} {
		if _, err := r.Run(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	if calls != 4 { // chat, chien; loup; chat in English
		t.Errorf("the Runner computed %d answers, want 4", calls)
	}
	if kept != "" {
		t.Errorf("the memo keeps a slice of the document: %q", kept)
	}
	calls = 0
	for range 2 {
		if _, err := Run(ctx, Document{Lang: "fr", Text: "chat"}, []*Stage{st}, Options{}); err != nil {
			t.Fatal(err)
		}
	}
	if calls != 2 {
		t.Errorf("Run computed %d answers in two runs, want 2: its memo lasts one document", calls)
	}
	m := &WordMemo[int]{m: map[string]int{}}
	for i := range memoWords + 1 {
		m.Do(strconv.Itoa(i), func(string) int { return i })
	}
	if len(m.m) != 1 {
		t.Errorf("a full memo holds %d words after one more, want 1", len(m.m))
	}
}

// TestDocMemo checks that a DocMemo is computed once for all the rounds of
// a document, from the document as the stage's first pass saw it, and again
// for the next document.
func TestDocMemo(t *testing.T) {
	var calls int
	var seen []string // the value each pass got
	upper := &Stage{Name: "upper", Run: func(p *Pass) error {
		// one edit per round: the first lower-case "x" becomes "X"
		if i := strings.IndexByte(p.Text, 'x'); i >= 0 {
			p.Replace("x", Typography, Auto, 1, "capitalise x", i, i+1, "X")
		}
		return nil
	}}
	count := &Stage{Name: "count", Run: func(p *Pass) error {
		doc, _ := p.Document()
		seen = append(seen, DocMemo(p, "doc", func() string { calls++; return doc }))
		return nil
	}}
	r := &Runner{Stages: []*Stage{upper, count}}
	ctx := context.Background()
	res, err := r.Run(ctx, Document{Lang: "fr", Text: "x x"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rounds < 2 {
		t.Fatalf("%d rounds, want at least 2", res.Rounds)
	}
	if calls != 1 || len(seen) != res.Rounds {
		t.Errorf("computed %d times over %d passes in %d rounds, want once", calls, len(seen), res.Rounds)
	}
	for _, v := range seen {
		if v != "X x" {
			t.Errorf("a pass got %q, want the document as the first pass saw it, %q", v, "X x")
		}
	}
	if _, err := r.Run(ctx, Document{Lang: "fr", Text: "y"}); err != nil {
		t.Fatal(err)
	}
	if calls != 2 || seen[len(seen)-1] != "y" {
		t.Errorf("the next document got %q after %d computations, want %q after 2", seen[len(seen)-1], calls, "y")
	}
}

// TestSharedMemo checks that two stages asking for the same SharedMemo
// name get one memo, per language, and that Memo of the same name does not.
func TestSharedMemo(t *testing.T) {
	var calls int
	seen := map[string]*WordMemo[int]{}
	stage := func(name string) *Stage {
		return &Stage{Name: name, Run: func(p *Pass) error {
			m := SharedMemo[int](p, "len")
			seen[name+"/"+p.Lang] = m
			for _, w := range strings.Fields(p.Text) {
				m.Do(w, func(w string) int { calls++; return len(w) })
			}
			if Memo[int](p, "len") == m {
				t.Errorf("%s: Memo and SharedMemo of one name are one memo", name)
			}
			return nil
		}}
	}
	r := &Runner{Stages: []*Stage{stage("a"), stage("b")}}
	for _, doc := range []Document{{Lang: "fr", Text: "chat chien"}, {Lang: "en", Text: "chat"}} {
		if _, err := r.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	}
	if calls != 3 { // chat, chien in French, once for both stages; chat in English
		t.Errorf("computed %d answers, want 3", calls)
	}
	if seen["a/fr"] != seen["b/fr"] || seen["a/fr"] == seen["a/en"] {
		t.Errorf("the stages got memos %p %p (fr) and %p (en): want one per language", seen["a/fr"], seen["b/fr"], seen["a/en"])
	}
}

// TestChangedLines checks that ChangedLines pairs the lines of two texts
// and reports the pairs that differ, and refuses texts whose numbers of
// lines differ.
func TestChangedLines(t *testing.T) {
	tests := []struct {
		old, cur string
		want     []string // "old|cur" per changed pair
		ok       bool
	}{
		{"a\nb\nc", "a\nb\nc", nil, true},
		{"a\nb\nc", "a\nB b\nc", []string{"b|B b"}, true},
		{"laAge aage\nx", "la Age aage\nx", []string{"laAge aage|la Age aage"}, true},
		{"a\nb\nc", "A\nb\nC", []string{"a|A", "c|C"}, true},
		{"a\nb\n", "a\nb\nc", []string{"|c"}, true},
		{"", "", nil, true},
		{"a\nb", "a b", nil, false},
		{"a b", "a\nb", nil, false},
	}
	for _, tt := range tests {
		var got []string
		ok := ChangedLines(tt.old, tt.cur, func(o, c string) { got = append(got, o+"|"+c) })
		if ok != tt.ok || strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("ChangedLines(%q, %q) = %q, %v; want %q, %v", tt.old, tt.cur, got, ok, tt.want, tt.ok)
		}
	}
}
