package hunspell

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func load(t *testing.T) *Dictionary {
	t.Helper()
	aff, err := os.Open("testdata/mini.aff")
	if err != nil {
		t.Fatal(err)
	}
	defer aff.Close()
	dic, err := os.Open("testdata/mini.dic")
	if err != nil {
		t.Fatal(err)
	}
	defer dic.Close()
	d, err := Parse(aff, dic)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestExpand lists every form of the test dictionary, as Hunspell accepts
// them: NEEDAFFIX stems only with an affix, two suffix levels (préparé →
// préparés), cross products (reparera, reparés, l'effectue), conditions
// (no "l'Paris", no "reeffectuer"), elisions split off, capitalising elision
// rules recorded on the stem, forbidden words marked.
func TestExpand(t *testing.T) {
	d := load(t)
	var got []string
	d.Expand(func(f Form) {
		s := f.Word
		if f.Elision != "" {
			s = f.Elision + "+" + s
		}
		if f.Forbidden {
			s += " FORBIDDEN"
		}
		if f.KeepCase {
			s += " KEEPCASE"
		}
		if f.Morph != "" {
			s += " [" + f.Morph + "]"
		}
		got = append(got, s)
	})
	slices.Sort(got)
	got = slices.Compact(got)
	want := []string{
		"ONU KEEPCASE [po:npr]",
		"Paris [po:npr]",
		"a/b [po:div]",
		"effectue [po:v1 po:ipre]",
		"effectuer [po:v1 po:infi]",
		"effectuera [po:v1 po:ifut]",
		"effectué [po:v1 po:ppas]",
		"effectué [po:v1 po:ppas is:sg]",
		"effectués [po:v1 po:ppas is:pl]",
		"invitation [po:nom is:fem is:sg]",
		"invitations [po:nom is:fem is:pl]",
		"l'+effectue [po:v1 po:ipre]",
		"l'+effectuer [po:v1 po:infi]",
		"l'+effectués [po:v1 po:ppas is:pl]",
		"l'+invitation [po:nom is:fem is:sg]",
		"l'+invitation [po:nom is:fem]",
		"l'+invitations [po:nom is:fem is:pl]",
		"l'+état [po:nom is:mas is:sg]",
		"l'+état [po:nom is:mas]",
		"l'+états [po:nom is:mas is:pl]",
		"mal FORBIDDEN",
		"prépare [po:v1 po:ipre]",
		"préparer [po:v1 po:infi]",
		"préparera [po:v1 po:ifut]",
		"préparé [po:v1 po:ppas]",
		"préparé [po:v1 po:ppas is:sg]",
		"préparés [po:v1 po:ppas is:pl]",
		"pare [po:v1 po:ipre]",
		"parer [po:v1 po:infi]",
		"parera [po:v1 po:ifut]",
		"paré [po:v1 po:ppas]",
		"paré [po:v1 po:ppas is:sg]",
		"parés [po:v1 po:ppas is:pl]",
		"repare [po:v1 po:ipre]",
		"reparer [po:v1]",
		"reparer [po:v1 po:infi]",
		"reparera [po:v1 po:ifut]",
		"reparé [po:v1 po:ppas]",
		"reparé [po:v1 po:ppas is:sg]",
		"reparés [po:v1 po:ppas is:pl]",
		"état [po:nom is:mas is:sg]",
		"états [po:nom is:mas is:pl]",
	}
	slices.Sort(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("forms:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ aff, want string }{
		{"SET ISO8859-1\n", "line 1: SET ISO8859-1: only UTF-8"},
		{"FLAG long\nSFX A Y 1\n", "line 2: SFX A: flags \"A\": long flags come in pairs"},
		{"FLAG long\nSFX AAbb Y 1\n", "line 2: SFX AAbb: want one flag"},
		{"SFX A Y 2\nSFX A 0 s .\n", "1 rule lines missing"},
		{"SFX A Y 1\nSFX B 0 s .\n", "line 2: SFX B: want a rule of A"},
		{"SFX A Y 1\nSFX A 0 s [ab\n", "line 2: SFX A: condition \"[ab\": unclosed ["},
		{"FLAG num\nSFX 70000 Y 0\n", "not a number from 0 to 65535"},
	}
	for _, tt := range tests {
		_, err := ParseAff(strings.NewReader(tt.aff))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseAff(%q): error %v, want %q", tt.aff, err, tt.want)
		}
	}
}

func TestFlagTypes(t *testing.T) {
	for _, tt := range []struct {
		header, flags string
		want          int
	}{
		{"", "AB", 2}, {"FLAG long\n", "AaBb", 2}, {"FLAG num\n", "1,22,333", 3}, {"FLAG UTF-8\n", "éà", 2},
	} {
		a, err := ParseAff(strings.NewReader(tt.header))
		if err != nil {
			t.Fatal(err)
		}
		flags, err := a.parseFlags(tt.flags)
		if err != nil || len(flags) != tt.want {
			t.Errorf("%q %q: %v flags, %v", tt.header, tt.flags, flags, err)
		}
	}
	a, _ := ParseAff(strings.NewReader("AF 2\nAF AB\nAF C\nAM 1\nAM po:nom\n"))
	if flags, err := a.flagsOrAlias("2"); err != nil || len(flags) != 1 || a.Name(flags[0]) != "C" {
		t.Errorf("AF alias 2 = %v, %v", flags, err)
	}
	if m := a.morphOrAlias([]string{"1"}); m != "po:nom" {
		t.Errorf("AM alias 1 = %q", m)
	}
}
