package diff

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func numbered(n int, change map[int]string) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if s, ok := change[i]; ok {
			b.WriteString(s)
		} else {
			fmt.Fprintf(&b, "line %d\n", i)
		}
	}
	return b.String()
}

func unified(t *testing.T, old, new string, context int, chunks ...int) string {
	t.Helper()
	var b strings.Builder
	u := NewUnified(&b, "f.txt", "f.txt", context, Style{})
	if len(chunks) == 0 {
		chunks = []int{strings.Count(old, "\n") + 1}
	}
	// Feed the texts in chunks of the given numbers of lines.
	ol, nl := splitLines(old), splitLines(new)
	for _, n := range chunks {
		n = min(n, len(ol))
		if err := u.Write(strings.Join(ol[:n], ""), strings.Join(nl[:n], "")); err != nil {
			t.Fatal(err)
		}
		ol, nl = ol[n:], nl[n:]
	}
	if err := u.Write(strings.Join(ol, ""), strings.Join(nl, "")); err != nil {
		t.Fatal(err)
	}
	if err := u.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestUnified(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		context  int
		want     string
	}{
		{"identical", numbered(5, nil), numbered(5, nil), 3, ""},
		{
			"one change in the middle", numbered(10, nil), numbered(10, map[int]string{5: "five\n"}), 3,
			"--- a/f.txt\n+++ b/f.txt\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+five\n line 6\n line 7\n line 8\n",
		},
		{
			"first and last lines", numbered(4, nil), numbered(4, map[int]string{1: "one\n", 4: "four\n"}), 1,
			"--- a/f.txt\n+++ b/f.txt\n@@ -1,4 +1,4 @@\n-line 1\n+one\n line 2\n line 3\n-line 4\n+four\n",
		},
		{
			"far changes get their own hunks", numbered(5, nil), numbered(5, map[int]string{1: "one\n", 5: "five\n"}), 1,
			"--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n-line 1\n+one\n line 2\n@@ -4,2 +4,2 @@\n line 4\n-line 5\n+five\n",
		},
		{
			"close changes share a hunk", numbered(9, nil), numbered(9, map[int]string{3: "three\n", 7: "seven\n"}), 2,
			"--- a/f.txt\n+++ b/f.txt\n@@ -1,9 +1,9 @@\n line 1\n line 2\n-line 3\n+three\n line 4\n line 5\n line 6\n-line 7\n+seven\n line 8\n line 9\n",
		},
		{
			"no newline at end", "a\nb", "a\nB", 3,
			"--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+B\n\\ No newline at end of file\n",
		},
		{
			"zero context", "a\nb\nc\n", "a\nB\nc\n", 0,
			"--- a/f.txt\n+++ b/f.txt\n@@ -2 +2 @@\n-b\n+B\n",
		},
		{
			"CRLF kept", "a\r\nb\r\n", "a\r\nB\r\n", 3,
			"--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+B\r\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unified(t, tt.old, tt.new, tt.context); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// TestUnifiedChunks checks that a diff fed in chunks, whatever their sizes,
// turns the old text into the new one.
func TestUnifiedChunks(t *testing.T) {
	old := numbered(40, nil)
	new := numbered(40, map[int]string{3: "x\n", 9: "y\n", 10: "z\n", 25: "w\n", 40: "v"})
	for _, chunks := range [][]int{nil, {1, 1, 1}, {7, 3, 11}, {9}, {2, 2, 2, 2, 2, 2, 2, 2, 2, 2}} {
		for _, context := range []int{0, 1, 3} {
			d := unified(t, old, new, context, chunks...)
			got, err := applyUnified(old, d)
			if err != nil || got != new {
				t.Errorf("chunks %v, context %d: applying\n%s\ngives %q, %v", chunks, context, d, got, err)
			}
		}
	}
}

// applyUnified applies a unified diff of one file to old, checking every
// context and removed line.
func applyUnified(old, diff string) (string, error) {
	src := splitLines(old)
	var out []string
	pos := 0 // next line of src to copy
	lines := splitLines(diff)
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "--- a/") || !strings.HasPrefix(lines[1], "+++ b/") {
		return "", fmt.Errorf("bad headers")
	}
	for i := 2; i < len(lines); i++ {
		start, count := 0, 1
		if _, err := fmt.Sscanf(lines[i], "@@ -%d,%d", &start, &count); err != nil {
			if _, err := fmt.Sscanf(lines[i], "@@ -%d", &start); err != nil {
				return "", fmt.Errorf("line %d: %q is not a hunk header", i+1, lines[i])
			}
		}
		at := start - 1 // 0-based index of the hunk's first old line
		if count == 0 {
			at = start
		}
		if at < pos || at > len(src) {
			return "", fmt.Errorf("line %d: hunk at %d is out of place", i+1, start)
		}
		out = append(out, src[pos:at]...)
		pos = at
		for i+1 < len(lines) && !strings.HasPrefix(lines[i+1], "@@") {
			i++
			kind, body := lines[i][0], lines[i][1:]
			if i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\\ No newline") {
				body = strings.TrimSuffix(body, "\n")
				i++
			}
			if kind == '+' {
				out = append(out, body)
				continue
			}
			if pos >= len(src) || src[pos] != body {
				return "", fmt.Errorf("line %d: %q does not match the text", i+1, body)
			}
			if kind == ' ' {
				out = append(out, body)
			}
			pos++
		}
	}
	out = append(out, src[pos:]...)
	return strings.Join(out, ""), nil
}

func TestUnifiedPatch(t *testing.T) {
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("patch is not installed")
	}
	cases := [][2]string{
		{numbered(40, nil), numbered(40, map[int]string{1: "x\n", 9: "y\n", 10: "z\n", 25: "w\n", 40: "v\n"})},
		{"a\nb", "a\nB"},
		{"a\r\nb\r\n", "A\r\nb\r\n"},
	}
	for i, c := range cases {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "f.txt"), []byte(c[0]), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("patch", "-p1", "--quiet")
		cmd.Dir = dir
		cmd.Stdin = strings.NewReader(unified(t, c[0], c[1], 3))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("case %d: patch: %v\n%s", i, err, out)
		}
		got, _ := os.ReadFile(filepath.Join(dir, "f.txt"))
		if string(got) != c[1] {
			t.Errorf("case %d: patched text %q, want %q", i, got, c[1])
		}
	}
}

func TestUnifiedColor(t *testing.T) {
	var b strings.Builder
	u := NewUnified(&b, "f", "f", 0, Style{Color: true, Visible: true})
	if err := u.Write("a\u00a0b\n", "a b\n"); err != nil {
		t.Fatal(err)
	}
	u.Close()
	want := ansiBold + "--- a/f\n+++ b/f" + ansiReset + "\n" + ansiCyan + "@@ -1 +1 @@" + ansiReset + "\n" +
		ansiRed + "-a⍽b" + ansiReset + "\n" + ansiGreen + "+a b" + ansiReset + "\n"
	if b.String() != want {
		t.Errorf("got %q\nwant %q", b.String(), want)
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		context  int
		color    bool
		want     string
	}{
		{"identical", "a b\n", "a b\n", 3, false, ""},
		{
			"split word", "Vladimir Poutineeffectuera une visite\nrien\n", "Vladimir Poutine effectuera une visite\nrien\n", 0, false,
			"--- a/f\n+++ b/f\n@@ -1 +1 @@\nVladimir [-Poutineeffectuera-]{+Poutine␣effectuera+} une visite\n",
		},
		{
			"spaces made visible", "x\nLe  chat\u00a0dort .\n", "x\nLe chat\u00a0dort.\n", 0, false,
			"--- a/f\n+++ b/f\n@@ -2 +2 @@\nLe[-␣␣-]{+␣+}chat⍽dort[-␣-].\n",
		},
		{
			"words aligned over spaces", "scientifiques et technologiquesen plus de les affaires\n",
			"scientifiques et technologiques en plus des affaires\n", 0, false,
			"--- a/f\n+++ b/f\n@@ -1 +1 @@\nscientifiques et [-technologiquesen-]{+technologiques␣en+} plus [-de␣les-]{+des+} affaires\n",
		},
		{
			"context cut", "un deux trois quatre cinq six sept huit neuf dix onze douze\n",
			"un deux trois quatre cinq SIX sept huit neuf dix onze douze\n", 2, false,
			"--- a/f\n+++ b/f\n@@ -1 +1 @@\n…quatre cinq [-six-]{+SIX+} sept huit …\n",
		},
		{
			"colour", "a b\n", "a c\n", 0, true,
			ansiBold + "--- a/f\n+++ b/f" + ansiReset + "\n" + ansiCyan + "@@ -1 +1 @@" + ansiReset + "\na " + ansiRed + "b" + ansiReset + ansiGreen + "c" + ansiReset + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			d := NewWords(&b, "f", "f", tt.context, Style{Color: tt.color, Visible: true})
			if err := d.Write(tt.old, tt.new); err != nil {
				t.Fatal(err)
			}
			if err := d.Close(); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got:\n%q\nwant:\n%q", b.String(), tt.want)
			}
		})
	}
}

// TestDisplayOpsRebuild checks the invariant of displayOps: the Equal and
// Delete steps give the old text back, the Equal and Insert steps the new.
func TestDisplayOpsRebuild(t *testing.T) {
	pairs := [][2]string{
		{"", "a"},
		{"a b", ""},
		{"Le  chat\u00a0dort .", "Le chat\u00a0dort."},
		{"Pham Minh Tinhet le président, Ta couru Thanh Man.", "Pham Minh Chinh et le président, Tran Thanh Man."},
		{"« x » y\n z", "x y z\n"},
		{"a a a b", "b a a a"},
	}
	for _, p := range pairs {
		var old, new strings.Builder
		ops := displayOps(p[0], p[1])
		for i, op := range ops {
			if op.Text == "" {
				t.Errorf("%q → %q: empty step %d", p[0], p[1], i)
			}
			if op.Kind != Insert {
				old.WriteString(op.Text)
			}
			if op.Kind != Delete {
				new.WriteString(op.Text)
			}
		}
		if old.String() != p[0] || new.String() != p[1] {
			t.Errorf("%q → %q: rebuilt %q → %q", p[0], p[1], old.String(), new.String())
		}
	}
}
