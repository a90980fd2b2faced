package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"retouche": func() { os.Exit(run(context.Background(), os.Args, os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end scripts of testdata/script. Besides the
// standard commands they may use:
//
//	printf FILE TEXT   write TEXT, a Go string literal without quotes, to FILE
//
// and $TESTDATA is the repository's testdata directory.
func TestScripts(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("TESTDATA", testdata)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"printf": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 2 {
					ts.Fatalf("usage: printf FILE TEXT")
				}
				text, err := strconv.Unquote(`"` + args[1] + `"`)
				ts.Check(err)
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(text), 0o644))
			},
		},
	})
}

// TestExitCodes runs the command line in-process and checks exit codes and
// outputs.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	dirty := write("dirty.txt", "Le  chat dort .\n")
	clean := write("clean.txt", "Le chat dort.\n")
	tab := write("tab.txt", "nom\tprénom\n")
	bad := write("bad.txt", "ok\nnon \xff valide, \xc3\xa9t\xc3\xa9\n") // UTF-8 with a bad byte
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args       string
		stdin      string
		code       int
		stdout     string // expected exactly, unless it starts with "~" (contains)
		stderrHave string
	}{
		{"fix", "Le  chat dort .\n", 0, "Le chat dort.\n", ""},
		{"fix -", "a  b", 0, "a b", ""},
		{"check " + dirty, "", 1, "~space.double", "2 findings"},
		{"check " + clean, "", 0, "", "no finding"},
		{"check -q " + clean, "", 0, "", ""},
		{"check " + tab, "", 0, "~[suggest]", ""},
		{"check --fail-on suggest " + tab, "", 1, "~space.tab", ""},
		{"check --fail-on never " + dirty, "", 0, "~space.double", ""},
		{"check --fail-on report " + clean, "", 0, "", ""},
		{"check " + dirty + " --format json", "", 1, "~\"rule\": \"space.double\"", ""},
		{"check --format jsonl " + clean, "", 0, "", ""},
		{"check --format json " + clean, "", 0, "[]\n", ""},
		{"fix --tier suggest " + tab, "", 0, "nom prénom\n", ""},
		{"fix " + tab, "", 0, "nom\tprénom\n", ""},
		{"diff " + clean, "", 0, "", ""},
		{"diff --color never " + dirty, "", 0, "~+Le chat dort.", ""},
		{"check nope.txt", "", 2, "", "nope.txt: no such file or directory"},
		{"fix " + empty, "", 2, "", "directory has no text files"},
		{"check " + bad, "", 2, "", "bad.txt:2:5: invalid UTF-8"},
		{"check --format xml " + clean, "", 2, "", "unknown format"},
		{"check --fail-on often " + clean, "", 2, "", "--fail-on"},
		{"fix --tier report " + clean, "", 2, "", "--tier"},
		{"fix --lang xx " + clean, "", 2, "", "unknown language"},
		{"fix --no-such-flag", "", 2, "", "flag provided but not defined"},
		{"frobnicate", "", 2, "", "unknown command"},
		{"--lang en check -q " + dirty, "", 1, "~space.double", ""},
		{"version", "", 0, "~retouche ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			var stdout, stderr strings.Builder
			args := append([]string{"retouche"}, strings.Fields(tt.args)...)
			code := run(context.Background(), args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit code %d, want %d (stderr: %s)", code, tt.code, stderr.String())
			}
			if want, ok := strings.CutPrefix(tt.stdout, "~"); ok {
				if !strings.Contains(stdout.String(), want) {
					t.Errorf("stdout %q does not contain %q", stdout.String(), want)
				}
			} else if stdout.String() != tt.stdout {
				t.Errorf("stdout %q, want %q", stdout.String(), tt.stdout)
			}
			if !strings.Contains(stderr.String(), tt.stderrHave) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tt.stderrHave)
			}
			if tt.code == 2 && strings.Count(strings.TrimSpace(stderr.String()), "\n") > 0 {
				t.Errorf("error is not one line: %q", stderr.String())
			}
		})
	}
}

func TestFixWriteKeepsModeAndUnchangedFiles(t *testing.T) {
	dir := t.TempDir()
	dirty := filepath.Join(dir, "dirty.txt")
	clean := filepath.Join(dir, "clean.txt")
	if err := os.WriteFile(dirty, []byte("a  b\r\nc .\r\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(clean, []byte("a b\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(clean)
	var stdout, stderr strings.Builder
	if code := run(context.Background(), []string{"retouche", "fix", "-w", dir}, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	got, _ := os.ReadFile(dirty)
	if string(got) != "a b\r\nc.\r\n" {
		t.Errorf("dirty file is %q", got)
	}
	info, _ := os.Stat(dirty)
	if info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", info.Mode().Perm())
	}
	after, _ := os.Stat(clean)
	if !after.ModTime().Equal(before.ModTime()) || !os.SameFile(before, after) {
		t.Errorf("unchanged file was rewritten")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("temporary files left: %v", entries)
	}
	if !strings.Contains(stderr.String(), "1 of 2 files changed") {
		t.Errorf("stderr %q", stderr.String())
	}
}

func TestReorderArgs(t *testing.T) {
	app := newApp(nil, nil, nil)
	tests := []struct{ in, want string }{
		{"retouche check f.txt --format json", "retouche check --format json f.txt"},
		{"retouche check f.txt -q g.txt", "retouche check -q f.txt g.txt"},
		{"retouche --lang en fix -w a b", "retouche --lang en fix -w a b"},
		{"retouche fix a -- -b", "retouche fix a -- -b"},
		{"retouche fix - -j 2", "retouche fix -j 2 -"},
		{"retouche diff a --format=json", "retouche diff --format=json a"},
		{"retouche unknown a -x", "retouche unknown a -x"},
		{"retouche fix -j4 a", "retouche fix -j 4 a"},
		{"retouche eval inject --seed 1 f.txt", "retouche eval inject --seed 1 f.txt"},
		{"retouche eval inject f.txt --seed 2", "retouche eval inject --seed 2 f.txt"},
		{"retouche check a -j2 -q", "retouche check -j 2 -q a"},
	}
	for _, tt := range tests {
		got := strings.Join(reorderArgs(app, strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("reorderArgs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLargeInputInOrder feeds several chunks' worth of text through fix and
// check with one and with four workers: the output must be in input order
// and the findings must carry their line numbers in the whole text.
func TestLargeInputInOrder(t *testing.T) {
	var in, want strings.Builder
	lines := 0
	for in.Len() < 3<<20 {
		lines++
		if lines%1000 == 0 {
			in.WriteString("Ligne  " + strconv.Itoa(lines) + " .\n")
			want.WriteString("Ligne " + strconv.Itoa(lines) + ".\n")
			continue
		}
		s := "Le président de la Russie effectuera une visite officielle, ligne " + strconv.Itoa(lines) + ".\n"
		in.WriteString(s)
		want.WriteString(s)
	}
	for _, jobs := range []string{"1", "4"} {
		var stdout, stderr strings.Builder
		code := run(context.Background(), []string{"retouche", "fix", "-j", jobs}, strings.NewReader(in.String()), &stdout, &stderr)
		if code != 0 || stdout.String() != want.String() {
			t.Fatalf("-j %s: exit %d, output equal: %v (%s)", jobs, code, stdout.String() == want.String(), stderr.String())
		}
		stdout.Reset()
		code = run(context.Background(), []string{"retouche", "check", "-q", "-j", jobs}, strings.NewReader(in.String()), &stdout, &stderr)
		got := strings.Split(strings.TrimSpace(stdout.String()), "\n")
		if code != 1 || len(got) != 2*(lines/1000) {
			t.Fatalf("-j %s: exit %d, %d findings, want %d", jobs, code, len(got), 2*(lines/1000))
		}
		for i := 0; i < len(got); i += 2 {
			n := (i/2 + 1) * 1000
			if prefix := "<stdin>:" + strconv.Itoa(n) + ":6: "; !strings.HasPrefix(got[i], prefix) {
				t.Fatalf("-j %s: finding %q, want it to start with %q", jobs, got[i], prefix)
			}
		}
	}
}
