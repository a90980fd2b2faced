package token

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// render shows tokens as Kind(text) separated by spaces, skipping Space
// tokens that are a single ASCII space to keep expectations short.
func render(src string, toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		if t.Kind == Space && t.Text(src) == " " {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s(%s)", t.Kind, t.Text(src))
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Le chat dort.", "Word(Le) Word(chat) Word(dort) Punct(.)"},
		{"l’invitation d'État", "Word(l’invitation) Word(d'État)"},
		{"nord-coréen Jong-un", "Word(nord-coréen) Word(Jong-un)"},
		{"e\u0301te\u0301", "Word(e\u0301te\u0301)"},
		{"les 18 et 19 juin", "Word(les) Number(18) Word(et) Number(19) Word(juin)"},
		{"3.5 et 3,5", "Number(3.5) Word(et) Number(3,5)"},
		{"1\u00a0000\u00a0000 euros", "Number(1\u00a0000\u00a0000) Word(euros)"},
		{"en 2000\u00a0ans", "Word(en) Number(2000) Space(\u00a0) Word(ans)"},
		{"COVID-19 G20", "Word(COVID-19) Word(G20)"},
		{"russe.Il", "Word(russe) Punct(.) Word(Il)"},
		{"M.Dupont U.S.", "Word(M) Punct(.) Word(Dupont) Word(U) Punct(.) Word(S) Punct(.)"},
		{"voir https://ex.fr/a_(b). Fin", "Word(voir) URL(https://ex.fr/a_(b)) Punct(.) Word(Fin)"},
		{"(www.site.fr)", "Punct(() URL(www.site.fr) Punct())"},
		{"sur lemonde.fr/monde, hier", "Word(sur) URL(lemonde.fr/monde) Punct(,) Word(hier)"},
		{"fin.de la", "Word(fin) Punct(.) Word(de) Word(la)"},
		{"à jean.dupont@mail.example.org.", "Word(à) Email(jean.dupont@mail.example.org) Punct(.)"},
		{"@retouche_bot et #Corée2024", "Handle(@retouche_bot) Word(et) Hashtag(#Corée2024)"},
		{"a@ b#", "Word(a) Punct(@) Word(b) Punct(#)"},
		{"«\u00a0mot\u202f»", "Punct(«) Space(\u00a0) Word(mot) Space(\u202f) Punct(»)"},
		{"a\r\nb\nc\rd", "Word(a) Newline(\r\n) Word(b) Newline(\n) Word(c) Newline(\r) Word(d)"},
		{"x\t \ty", "Word(x) Space(\t \t) Word(y)"},
		{"bad\xffbyte", "Word(bad) Other(\xff) Word(byte)"},
		{"aujourd’hui -- 'mot'", "Word(aujourd’hui) Punct(-) Punct(-) Punct(') Word(mot) Punct(')"},
		{"1990's", "Number(1990) Punct(') Word(s)"},
		{"€ 5", "Other(€) Number(5)"},
		// technical prose: paths, file names, identifiers, manual pages
		{"le fichier /etc/apt/preferences.", "Word(le) Word(fichier) Code(/etc/apt/preferences) Punct(.)"},
		{"debian/patches/series et apt.conf.d/99local", "Code(debian/patches/series) Word(et) Code(apt.conf.d/99local)"},
		{"~/.bashrc, ./configure ou ../x", "Code(~/.bashrc) Punct(,) Code(./configure) Word(ou) Code(../x)"},
		{"selections.txt et changelog.Debian.gz", "Code(selections.txt) Word(et) Code(changelog.Debian.gz)"},
		{"exim4.conf.localmacros, manpage.1.ex", "Code(exim4.conf.localmacros) Punct(,) Code(manpage.1.ex)"},
		{"toto_ancienne.debian.tar.gz", "Code(toto_ancienne.debian.tar.gz)"},
		{"dh_quilt_patch et Aptitude::Theme", "Code(dh_quilt_patch) Word(et) Code(Aptitude::Theme)"},
		{"utilisez reportbug(1) ou apt_preferences(5).", "Word(utilisez) Code(reportbug(1)) Word(ou) Code(apt_preferences(5)) Punct(.)"},
		{"${misc:Depends} et $HOME", "Code(${misc:Depends}) Word(et) Code($HOME)"},
		{"lintian --show-overrides et .dsc", "Word(lintian) Code(--show-overrides) Word(et) Code(.dsc)"},
		{"?depends(?version(2)), '~N edit'", "Code(?depends) Punct(() Code(?version(2)) Punct()) Punct(,) Punct(') Code(~N) Word(edit) Punct(')"},
		// prose that only looks like it
		{"gentoo.manpages U.S.A. fin.de", "Word(gentoo) Punct(.) Word(manpages) Word(U) Punct(.) Word(S) Punct(.) Word(A) Punct(.) Word(fin) Punct(.) Word(de)"},
		{"et/ou 50 km/h debian/changelog", "Word(et) Punct(/) Word(ou) Number(50) Word(km) Punct(/) Word(h) Word(debian) Punct(/) Word(changelog)"},
		{"le texte (1) et a/ b 1/2 5 $", "Word(le) Word(texte) Punct(() Number(1) Punct()) Word(et) Word(a) Punct(/) Word(b) Number(1) Punct(/) Number(2) Number(5) Other($)"},
		{"gt 7.0 ; echo $? et aptitude -t experimental", "Word(gt) Number(7.0) Punct(;) Word(echo) Code($?) Word(et) Word(aptitude) Code(-t) Word(experimental)"},
		{"Il dit -oui- et -t-il - a", "Word(Il) Word(dit) Punct(-) Word(oui) Punct(-) Word(et) Punct(-) Word(t-il) Punct(-) Word(a)"},
		{"{post,pre}{inst,rm} et {a,b}.txt", "Code({post,pre}{inst,rm}) Word(et) Code({a,b}.txt)"},
		{"{voir} { a, b }", "Punct({) Word(voir) Punct(}) Punct({) Word(a) Punct(,) Word(b) Punct(})"},
		{"Quoi ? Rien ~ 5 ?", "Word(Quoi) Punct(?) Word(Rien) Other(~) Number(5) Punct(?)"},
		{"Il dit - et part. / Non", "Word(Il) Word(dit) Punct(-) Word(et) Word(part) Punct(.) Punct(/) Word(Non)"},
	}
	for _, tt := range tests {
		got := render(tt.in, Tokenize(tt.in, nil))
		if got != tt.want {
			t.Errorf("Tokenize(%q)\n got: %s\nwant: %s", tt.in, got, tt.want)
		}
	}
}

// TestTokenizeCoversInput checks that tokens tile the input exactly.
func TestTokenizeCoversInput(t *testing.T) {
	inputs := []string{"", "a", "Le  chat\u00a0dort .\r\n", "\xff\xfe", "www.", "http://", "@", "#", "a.b.c.fr", "${", "${a", "a_", "a::", "x(1", "~/", "/", "--", "a.b.", "a/b/"}
	for _, in := range inputs {
		checkTiling(t, in)
	}
}

func checkTiling(t *testing.T, in string) {
	t.Helper()
	pos := 0
	for _, tok := range Tokenize(in, nil) {
		if tok.Start != pos || tok.End <= tok.Start || tok.Text(in) != in[pos:tok.End] {
			t.Fatalf("Tokenize(%q): token %+v does not continue at %d", in, tok, pos)
		}
		pos = tok.End
	}
	if pos != len(in) {
		t.Fatalf("Tokenize(%q): tokens end at %d, want %d", in, pos, len(in))
	}
}

// TestASCIIKinds checks the fast path of the tokenizer against the Unicode
// classes: every ASCII byte between spaces is the token its class says.
func TestASCIIKinds(t *testing.T) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		want := Other
		switch {
		case c == '\n' || c == '\r':
			want = Newline
		case c == ' ' || c == '\t':
			want = Space
		case '0' <= c && c <= '9':
			want = Number
		case unicode.IsLetter(c):
			want = Word
		case unicode.IsPunct(c):
			want = Punct
		}
		in, at := "a "+string(c)+" b", 2
		if want == Space {
			in, at = "a"+string(c)+"b", 1
		}
		toks := Tokenize(in, nil)
		if toks[at].Kind != want {
			t.Errorf("Tokenize(%q): %q is %v, want %v", in, string(c), toks[at].Kind, want)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Le chat dort.", "https://a.fr/x", "1 000,5", "a@b.fr", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTiling(t, s) })
}

func TestKindProtected(t *testing.T) {
	for k := Other; k <= Code; k++ {
		want := k == Number || k == URL || k == Email || k == Handle || k == Hashtag || k == Code
		if k.Protected() != want {
			t.Errorf("%v.Protected() = %v, want %v", k, k.Protected(), want)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("Le président de la Russie, Vladimir Poutine effectuera une visite officielle de deux jours "+
		"en Corée du Nord à partir de mercredi, comme l’a confirmé ce lundi le Kremlin (www.kremlin.ru), le 18 juin.\n", 100)
	b.SetBytes(int64(len(text)))
	var buf []Token
	for b.Loop() {
		buf = Tokenize(text, buf)
	}
}

func TestCaseOf(t *testing.T) {
	for w, want := range map[string]Case{
		"chat": Lower, "Chat": Title, "CHAT": Upper, "A": Title, "a": Lower, "iPhone": Mixed, "McDonald": Mixed,
		"Etats-Unis": Title, "ÉTATS-UNIS": Upper, "Jong-un": Title, "Jong-Un": Title, "JONG-un": Mixed, "l'Algérie": Mixed, "3D": Title, "123": Lower,
	} {
		if got := CaseOf(w); got != want {
			t.Errorf("CaseOf(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestUpperLine(t *testing.T) {
	tests := []struct {
		line, word string
		want       bool
	}{
		{"RAPPORT EUROPÉEN PUBLIC D'ÉVALUATION", "PUBLIC", true},
		{"DENOMINATION DU MEDICAMENT", "DU", false}, // two other words only
		{"Le rapport de l'ONU et de l'OTAN", "ONU", false},
		{"LISTE DES EXCIPIENTS ET DOSAGE Mannitol", "DES", true},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.line, nil)
		for i, tok := range toks {
			if tok.Text(tt.line) == tt.word {
				if got := UpperLine(toks, tt.line, i); got != tt.want {
					t.Errorf("UpperLine(%q at %q) = %v, want %v", tt.line, tt.word, got, tt.want)
				}
			}
		}
	}
}

func TestSentenceStart(t *testing.T) {
	tests := []struct {
		src  string
		want map[string]bool // the words of src that start a sentence; the others do not
	}{
		{"Il dort. Puis « Le chat » vient,\nla nuit — Ici", map[string]bool{"Il": true, "Puis": true, "Le": true, "la": true, "Ici": true}},
		{"dit [...] Les lois (…) Des gens (voir) Ces", map[string]bool{"dit": true, "Les": true, "Des": true}},
		{"1° Les dispositions\n2) Des pièces, 3° Ces autres", map[string]bool{"Les": true, "Des": true}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.src, nil)
		for i, tok := range toks {
			if tok.Kind != Word {
				continue
			}
			w := tok.Text(tt.src)
			if got := SentenceStart(toks, tt.src, i); got != tt.want[w] {
				t.Errorf("%q: SentenceStart(%q at %d) = %v", tt.src, w, tok.Start, got)
			}
		}
	}
}

func TestSplitElision(t *testing.T) {
	tests := []struct{ w, prefix, rest string }{
		{"l'Algérie", "l'", "Algérie"},
		{"qu’il", "qu’", "il"},
		{"aujourd'hui", "aujourd'", "hui"},
		{"aujourd’hui", "aujourd’", "hui"}, // ’ at byte 7 ends after the eighth byte
		{"lorsqu’on", "lorsqu’", "on"},
		{"'tis", "", "'tis"},
		{"presque", "", "presque"},
		{"Kwakwaka'wakw", "", "Kwakwaka'wakw"},
	}
	for _, tt := range tests {
		if p, r := SplitElision(tt.w); p != tt.prefix || r != tt.rest {
			t.Errorf("SplitElision(%q) = %q, %q; want %q, %q", tt.w, p, r, tt.prefix, tt.rest)
		}
	}
}

func TestCapitalize(t *testing.T) {
	for in, want := range map[string]string{"corée": "Corée", "été": "Été", "Paris": "Paris", "": "", "1er": "1er", "œuvre": "Œuvre"} {
		if got := Capitalize(in); got != want {
			t.Errorf("Capitalize(%q) = %q, want %q", in, got, want)
		}
	}
}
