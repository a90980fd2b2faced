package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages/whitespace"
)

// replacer returns a stage that reports every occurrence of old, to be
// replaced by new.
func replacer(name, old, new string, tier pipeline.Tier, conf float64) *pipeline.Stage {
	return &pipeline.Stage{
		Name: name,
		Doc:  "replace " + old + " by " + new,
		Run: func(p *pipeline.Pass) error {
			for i := 0; ; {
				j := strings.Index(p.Text[i:], old)
				if j < 0 {
					return nil
				}
				start := i + j
				p.Replace(name, pipeline.Spelling, tier, conf, "replace "+old, start, start+len(old), new)
				i = start + len(old)
			}
		},
	}
}

func run(t *testing.T, text string, opts pipeline.Options, stages ...*pipeline.Stage) *pipeline.Result {
	t.Helper()
	res, err := pipeline.Run(context.Background(), pipeline.Document{ID: "t", Lang: "fr", Text: text}, stages, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// describe renders findings with their original span, replacement and
// position.
func describe(res *pipeline.Result) string {
	var parts []string
	for _, f := range res.Findings {
		loc := res.Location(f.Start)
		mark := ""
		if f.Applied {
			mark = "!"
		}
		parts = append(parts, fmt.Sprintf("%s%s@%d:%d[%q→%q]", mark, f.Rule, loc.Line, loc.Column, res.Span(f), res.Replacement(f)))
	}
	return strings.Join(parts, " ")
}

func TestRun(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		opts     pipeline.Options
		stages   []*pipeline.Stage
		out      string
		findings string
	}{
		{
			name:     "one stage",
			in:       "un chatt noir",
			stages:   []*pipeline.Stage{replacer("tt", "chatt", "chat", pipeline.Auto, 1)},
			out:      "un chat noir",
			findings: `!tt@1:4["chatt"→"chat"]`,
		},
		{
			name: "later stage sees earlier edits, findings map back",
			in:   "é abc\nxx abc",
			stages: []*pipeline.Stage{
				replacer("grow", "abc", "abcdef", pipeline.Auto, 1),
				replacer("cd", "cd", "CD", pipeline.Auto, 1),
				replacer("xx", "xx", "y", pipeline.Suggest, 1),
			},
			out: "é abCDef\nxx abCDef",
			// An edit inside text that an earlier stage wrote maps to
			// the whole of what that stage replaced.
			findings: `!grow@1:3["abc"→"abcdef"] !cd@1:3["abc"→"CD"] xx@2:1["xx"→"y"] !grow@2:4["abc"→"abcdef"] !cd@2:4["abc"→"CD"]`,
		},
		{
			name: "overlap: higher confidence wins, then the next round",
			in:   "abcd",
			stages: []*pipeline.Stage{
				&pipeline.Stage{Name: "two", Run: func(p *pipeline.Pass) error {
					if strings.Contains(p.Text, "abc") {
						p.Replace("low", pipeline.Spelling, pipeline.Auto, 0.5, "low", 0, 3, "X")
						p.Replace("high", pipeline.Spelling, pipeline.Auto, 0.9, "high", 1, 4, "Y")
					}
					return nil
				}},
			},
			out:      "aY",
			findings: `!high@1:2["bcd"→"Y"]`,
		},
		{
			name: "overlap at equal confidence: the earlier one wins",
			in:   "abcd",
			stages: []*pipeline.Stage{
				&pipeline.Stage{Name: "two", Run: func(p *pipeline.Pass) error {
					if p.Text == "abcd" {
						p.Replace("second", pipeline.Spelling, pipeline.Auto, 0.5, "", 1, 4, "Y")
						p.Replace("first", pipeline.Spelling, pipeline.Auto, 0.5, "", 0, 3, "X")
					}
					return nil
				}},
			},
			out:      "Xd",
			findings: `!first@1:1["abc"→"X"]`,
		},
		{
			name:     "suggestions are shown, not applied",
			in:       "a chatt",
			stages:   []*pipeline.Stage{replacer("tt", "chatt", "chat", pipeline.Suggest, 0.5)},
			out:      "a chatt",
			findings: `tt@1:3["chatt"→"chat"]`,
		},
		{
			name:     "suggestions applied on request",
			in:       "a chatt",
			opts:     pipeline.Options{Apply: pipeline.Suggest},
			stages:   []*pipeline.Stage{replacer("tt", "chatt", "chat", pipeline.Suggest, 0.5)},
			out:      "a chat",
			findings: `!tt@1:3["chatt"→"chat"]`,
		},
		{
			name:     "report findings are never applied",
			in:       "a chatt",
			opts:     pipeline.Options{Apply: pipeline.Report},
			stages:   []*pipeline.Stage{replacer("tt", "chatt", "chat", pipeline.Report, 0.5)},
			out:      "a chatt",
			findings: `tt@1:3["chatt"→"chat"]`,
		},
		{
			name:     "a suggestion after an applied edit maps back",
			in:       "aa  bb  cc",
			stages:   []*pipeline.Stage{whitespace.Stage, replacer("cc", "cc", "CC", pipeline.Suggest, 0.5)},
			out:      "aa bb cc",
			findings: `!space.double@1:3["  "→" "] !space.double@1:7["  "→" "] cc@1:9["cc"→"CC"]`,
		},
		{
			name:     "CRLF, BOM and the missing final newline are kept",
			in:       "\ufeffLe  chat\r\ndort .\r\nFin",
			stages:   []*pipeline.Stage{whitespace.Stage},
			out:      "\ufeffLe chat\r\ndort.\r\nFin",
			findings: `!space.double@1:3["  "→" "] !space.before-punct@2:5[" "→""]`,
		},
		{
			name:     "an edit that would change line breaks is dropped",
			in:       "a\r\nb\nc",
			stages:   []*pipeline.Stage{replacer("crlf", "\r\n", "\n", pipeline.Auto, 1), replacer("join", "b\nc", "b c", pipeline.Auto, 1)},
			out:      "a\r\nb\nc",
			findings: ``,
		},
		{
			name:     "an edit that keeps line breaks may span them",
			in:       "a  \nb",
			stages:   []*pipeline.Stage{replacer("span", "a  \nb", "a\nB", pipeline.Auto, 1)},
			out:      "a\nB",
			findings: `!span@1:1["a  \nb"→"a\nB"]`,
		},
		{
			name: "protected spans are not edited",
			in:   "www.exemple.fr 1000 #tag @nom a@b.fr mot",
			stages: []*pipeline.Stage{
				replacer("url", "exemple", "X", pipeline.Auto, 1),
				replacer("num", "00", "X", pipeline.Auto, 1),
				replacer("tag", "ta", "X", pipeline.Auto, 1),
				replacer("handle", "nom", "X", pipeline.Auto, 1),
				replacer("mail", "b.fr", "X", pipeline.Auto, 1),
				replacer("insert", "mot", "m-o-t", pipeline.Auto, 1),
			},
			out:      "www.exemple.fr 1000 #tag @nom a@b.fr m-o-t",
			findings: `!insert@1:38["mot"→"m-o-t"]`,
		},
		{
			name: "insertion at the edge of a protected span is allowed",
			in:   "voir www.a.fr",
			stages: []*pipeline.Stage{&pipeline.Stage{Name: "ins", Run: func(p *pipeline.Pass) error {
				if p.Text == "voir www.a.fr" {
					p.Replace("ins", pipeline.Typography, pipeline.Auto, 1, "", 5, 5, "<")
					p.Replace("ins2", pipeline.Typography, pipeline.Auto, 1, "", 13, 13, ">")
				}
				return nil
			}}},
			out:      "voir <www.a.fr>",
			findings: `!ins@1:6[""→"<"] !ins2@1:14[""→">"]`,
		},
		{
			name:     "language filter",
			in:       "chatt",
			stages:   []*pipeline.Stage{{Name: "en", Languages: []string{"en"}, Run: replacer("x", "chatt", "chat", pipeline.Auto, 1).Run}},
			out:      "chatt",
			findings: ``,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := run(t, tt.in, tt.opts, tt.stages...)
			if res.Text != tt.out {
				t.Errorf("text = %q, want %q", res.Text, tt.out)
			}
			if got := describe(res); got != tt.findings {
				t.Errorf("findings\n got: %s\nwant: %s", got, tt.findings)
			}
			if again := run(t, res.Text, tt.opts, tt.stages...); again.Text != res.Text {
				t.Errorf("not idempotent: %q then %q", res.Text, again.Text)
			}
		})
	}
}

func TestRunConverges(t *testing.T) {
	// Each round can only shrink one doubled space of a run of four.
	shrink := &pipeline.Stage{Name: "shrink", Run: func(p *pipeline.Pass) error {
		if i := strings.Index(p.Text, "xx"); i >= 0 {
			p.Replace("shrink", pipeline.Spelling, pipeline.Auto, 1, "", i, i+2, "x")
		}
		return nil
	}}
	res := run(t, "xxxx", pipeline.Options{}, shrink)
	if res.Text != "x" || res.Rounds != 4 {
		t.Errorf("text %q after %d rounds, want \"x\" after 4", res.Text, res.Rounds)
	}
	res = run(t, "xxxxxxxxxx", pipeline.Options{MaxRounds: 2}, shrink)
	if res.Text != "xxxxxxxx" || res.Rounds != 2 {
		t.Errorf("bounded: text %q after %d rounds, want 8 x after 2", res.Text, res.Rounds)
	}
}

func TestRunErrors(t *testing.T) {
	bad := func(start, end int) *pipeline.Stage {
		return &pipeline.Stage{Name: "bad", Run: func(p *pipeline.Pass) error {
			p.Replace("bad", pipeline.Spelling, pipeline.Auto, 1, "", start, end, "x")
			return nil
		}}
	}
	failing := &pipeline.Stage{Name: "failing", Run: func(*pipeline.Pass) error { return errors.New("boom") }}
	overlapping := &pipeline.Stage{Name: "overlap", Run: func(p *pipeline.Pass) error {
		p.Report(pipeline.Finding{Rule: "o", Edits: []pipeline.Edit{{Start: 0, End: 2}, {Start: 1, End: 3}}})
		return nil
	}}
	tests := []struct {
		name  string
		stage *pipeline.Stage
		want  string
	}{
		{"past the end", bad(2, 99), "outside the text"},
		{"negative", bad(-1, 1), "outside the text"},
		{"inside a rune", bad(1, 2), "inside a rune"},
		{"stage error", failing, "boom"},
		{"overlapping edits in one finding", overlapping, "overlap"},
	}
	for _, tt := range tests {
		_, err := pipeline.Run(context.Background(), pipeline.Document{ID: "doc", Text: "éabc"}, []*pipeline.Stage{tt.stage}, pipeline.Options{})
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "doc") {
			t.Errorf("%s: error %v, want one naming the document and saying %q", tt.name, err, tt.want)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := pipeline.Run(ctx, pipeline.Document{Text: "a"}, []*pipeline.Stage{whitespace.Stage}, pipeline.Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: error %v, want context.Canceled", err)
	}
}

func TestLocation(t *testing.T) {
	res := run(t, "\ufeffé\r\nàb\nc", pipeline.Options{})
	tests := []struct {
		offset, line, col int
	}{
		{3, 1, 1}, {5, 1, 2}, {7, 2, 1}, {9, 2, 2}, {11, 3, 1}, {12, 3, 2},
	}
	for _, tt := range tests {
		loc := res.Location(tt.offset)
		if loc.Line != tt.line || loc.Column != tt.col {
			t.Errorf("Location(%d) = %d:%d, want %d:%d", tt.offset, loc.Line, loc.Column, tt.line, tt.col)
		}
	}
}

func TestApply(t *testing.T) {
	got, err := pipeline.Apply("abcdef", []pipeline.Edit{{Start: 0, End: 0, NewText: "<"}, {Start: 1, End: 3, NewText: "X"}, {Start: 6, End: 6, NewText: ">"}})
	if err != nil || got != "<aXdef>" {
		t.Errorf("Apply = %q, %v", got, err)
	}
	for _, edits := range [][]pipeline.Edit{
		{{Start: 2, End: 4}, {Start: 3, End: 5}},
		{{Start: 3, End: 3, NewText: "a"}, {Start: 3, End: 3, NewText: "b"}},
		{{Start: 4, End: 2}},
		{{Start: 0, End: 7}},
	} {
		if _, err := pipeline.Apply("abcdef", edits); err == nil {
			t.Errorf("Apply(%v): no error", edits)
		}
	}
}

// FuzzRunWhitespace checks the driver's guarantees on arbitrary text with
// the whitespace stage: idempotence, valid UTF-8 and kept line breaks.
func FuzzRunWhitespace(f *testing.F) {
	for _, s := range []string{"Le  chat dort .\n", "a \t b\r\n« c\u00a0»  \n", "\ufeffx ,y", "www.a.fr  ,"} {
		f.Add(s)
	}
	stages := []*pipeline.Stage{whitespace.Stage}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		res, err := pipeline.Run(context.Background(), pipeline.Document{Text: s}, stages, pipeline.Options{Apply: pipeline.Suggest})
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(res.Text) {
			t.Fatalf("invalid UTF-8 output %q", res.Text)
		}
		if lineBreaks(res.Text) != lineBreaks(s) {
			t.Fatalf("line breaks changed: %q → %q", s, res.Text)
		}
		again, err := pipeline.Run(context.Background(), pipeline.Document{Text: res.Text}, stages, pipeline.Options{Apply: pipeline.Suggest})
		if err != nil {
			t.Fatal(err)
		}
		if again.Text != res.Text {
			t.Fatalf("not idempotent: %q → %q → %q", s, res.Text, again.Text)
		}
		for _, f := range res.Findings {
			if f.Start < 0 || f.End < f.Start || f.End > len(s) {
				t.Fatalf("finding %+v outside the input", f)
			}
		}
	})
}

func lineBreaks(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			return r
		}
		return -1
	}, s)
}

// TestRunSeparators checks that only a stage that says so may turn a
// Unicode line separator into "\n", and that nothing may change the
// number of line breaks.
func TestRunSeparators(t *testing.T) {
	text := "un\u2028deux\nfin"
	plain := replacer("sep", "\u2028", "\n", pipeline.Auto, 0.9)
	if res := run(t, text, pipeline.Options{}, plain); res.Text != text {
		t.Errorf("a stage without ConvertsSeparators changed a line break: %q", res.Text)
	}
	conv := replacer("sep", "\u2028", "\n", pipeline.Auto, 0.9)
	conv.ConvertsSeparators = true
	if res := run(t, text, pipeline.Options{}, conv); res.Text != "un\ndeux\nfin" || res.Location(len("un\u2028deux\n")).Line != 2 {
		t.Errorf("got %q", res.Text)
	}
	joiner := replacer("sep", "\u2028", "", pipeline.Auto, 0.9)
	joiner.ConvertsSeparators = true
	if res := run(t, text, pipeline.Options{}, joiner); res.Text != text {
		t.Errorf("a separator was removed: %q", res.Text)
	}
}

// TestRunAdjust checks that Options.Adjust can drop a finding (its edit is
// not applied) and change a tier (a suggestion made auto is applied).
func TestRunAdjust(t *testing.T) {
	stages := []*pipeline.Stage{replacer("a", "chien", "chat", pipeline.Auto, 0.9), replacer("b", "noir", "blanc", pipeline.Suggest, 0.9)}
	opts := pipeline.Options{Adjust: func(f *pipeline.Finding, text string) bool {
		if f.Rule == "b" {
			f.Tier = pipeline.Auto
		}
		return text != "chien"
	}}
	res := run(t, "Le chien noir.", opts, stages...)
	if res.Text != "Le chien blanc." || len(res.Findings) != 1 || res.Findings[0].Rule != "b" || !res.Findings[0].Applied {
		t.Errorf("got %q, %s", res.Text, describe(res))
	}
}

// TestRunLaterRounds checks that a round after the first, which sees only
// the lines the previous one changed, gives what rounds over the whole text
// give: the findings not applied on the other lines are kept, those on the
// changed lines are reported once, and a finding that spans a changed line
// and another one is seen whole again.
func TestRunLaterRounds(t *testing.T) {
	var seen []string // the text each pass of "mark" saw
	mark := &pipeline.Stage{Name: "mark", Run: func(p *pipeline.Pass) error {
		seen = append(seen, p.Text)
		for i := 0; i < len(p.Text); i++ {
			if p.Text[i] == 'b' {
				p.Report(pipeline.Finding{Rule: "mark", Tier: pipeline.Report, Start: i, End: i + 1})
			}
		}
		if i := strings.Index(p.Text, "\nx"); i >= 3 && p.Text[i-3:i-1] == "c " {
			p.Report(pipeline.Finding{Rule: "pair", Tier: pipeline.Report, Start: i - 3, End: i + 2})
		}
		doc, _ := p.Document()
		if n := strings.Count(doc, "b"); p.Text != doc && n != 5 {
			t.Errorf("Document() holds %d b, want 5: %q", n, doc)
		}
		return nil
	}}
	ab := replacer("ab", "a", "b", pipeline.Auto, 1)
	const in = "a b\nb\nc a\nx\ny a"
	want := `!ab@1:1["a"→"b"] mark@1:1["a"→""] mark@1:3["b"→""] mark@2:1["b"→""] pair@3:1["c a\nx"→""] ` +
		`!ab@3:3["a"→"b"] mark@3:3["a"→""] !ab@5:3["a"→"b"] mark@5:3["a"→""]`
	for _, whole := range []bool{false, true} {
		seen = nil
		res := run(t, in, pipeline.Options{WholeRounds: whole}, mark, ab)
		if res.Text != "b b\nb\nc b\nx\ny b" || describe(res) != want {
			t.Errorf("WholeRounds %v: got %q\n%s\nwant\n%s", whole, res.Text, describe(res), want)
		}
		wantSeen := []string{in, "b b\nc b\nx\ny b"} // lines 1, 3 and 4 (the pair), 5
		if whole {
			wantSeen = []string{in, "b b\nb\nc b\nx\ny b"}
		}
		if !slices.Equal(seen, wantSeen) {
			t.Errorf("WholeRounds %v: the passes of mark saw %q, want %q", whole, seen, wantSeen)
		}
	}
}
