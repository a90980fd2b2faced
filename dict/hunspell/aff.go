// Package hunspell reads Hunspell dictionaries (.aff and .dic files) and
// expands them into the full list of word forms they accept, each with the
// part of speech ("po:" fields) Dicollecte-style dictionaries record.
//
// The expander supports what the French (Dicollecte) and English (SCOWL)
// dictionaries of Debian use: PFX and SFX with conditions and cross
// products, two levels of affixes through continuation classes, FLAG
// long/num/UTF-8, AF and AM aliases, NEEDAFFIX, FORBIDDENWORD, KEEPCASE,
// ONLYINCOMPOUND, CIRCUMFIX and ICONV. Compounding (COMPOUNDRULE and
// friends) is not expanded.
package hunspell

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Flag is an affix or attribute flag, whatever its spelling in the file.
type Flag uint32

// flagType is how flags are written: one character, two characters, or
// comma-separated numbers.
type flagType int

const (
	flagChar flagType = iota // FLAG UTF-8 or the default (one character)
	flagLong                 // FLAG long
	flagNum                  // FLAG num
)

// Rule is one line of an affix class.
type Rule struct {
	Strip string // characters removed from the stem
	Add   string // characters added
	Cont  []Flag // continuation flags of the affixed form
	Cond  Cond   // what the stem must start (PFX) or end (SFX) with
	Morph string // morphological fields, e.g. "po:infi"
}

// Class is the set of rules of one affix flag.
type Class struct {
	Flag   Flag
	Name   string // the flag as written
	Prefix bool
	Cross  bool // may combine with an affix of the other kind
	Rules  []Rule
}

// Affixes is the content of an .aff file.
type Affixes struct {
	ftype          flagType
	Prefixes       map[Flag]*Class
	Suffixes       map[Flag]*Class
	NeedAffix      Flag
	Forbidden      Flag
	KeepCase       Flag
	OnlyInCompound Flag
	Circumfix      Flag
	ICONV          [][2]string
	aliasFlags     [][]Flag // AF: flag sets numbered from 1
	aliasMorph     []string // AM: morphological fields numbered from 1
	names          map[Flag]string
}

// Name returns how a flag is written in the file.
func (a *Affixes) Name(f Flag) string { return a.names[f] }

// ParseAff reads an .aff file. Only UTF-8 files are supported (SET UTF-8 or
// no SET with ASCII content). Errors name the line.
func ParseAff(r io.Reader) (*Affixes, error) {
	a := &Affixes{Prefixes: map[Flag]*Class{}, Suffixes: map[Flag]*Class{}, names: map[Flag]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	var pending *Class // the class whose rule lines follow
	left := 0          // rule lines still expected for pending
	for sc.Scan() {
		line++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		f := strings.Fields(text)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if err := a.directive(f, &pending, &left); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if left > 0 {
		return nil, fmt.Errorf("affix class %s: %d rule lines missing at the end of the file", pending.Name, left)
	}
	return a, nil
}

func (a *Affixes) directive(f []string, pending **Class, left *int) error {
	var err error
	switch f[0] {
	case "SET":
		if len(f) > 1 && !strings.EqualFold(f[1], "UTF-8") {
			return fmt.Errorf("SET %s: only UTF-8 dictionaries are supported", f[1])
		}
	case "FLAG":
		if len(f) < 2 {
			return fmt.Errorf("FLAG without a value")
		}
		switch f[1] {
		case "long":
			a.ftype = flagLong
		case "num":
			a.ftype = flagNum
		case "UTF-8":
			a.ftype = flagChar
		default:
			return fmt.Errorf("unknown FLAG type %q", f[1])
		}
	case "NEEDAFFIX", "PSEUDOROOT":
		a.NeedAffix, err = a.oneFlag(f)
	case "FORBIDDENWORD":
		a.Forbidden, err = a.oneFlag(f)
	case "KEEPCASE":
		a.KeepCase, err = a.oneFlag(f)
	case "ONLYINCOMPOUND":
		a.OnlyInCompound, err = a.oneFlag(f)
	case "CIRCUMFIX":
		a.Circumfix, err = a.oneFlag(f)
	case "ICONV":
		if len(f) == 3 {
			a.ICONV = append(a.ICONV, [2]string{f[1], f[2]})
		}
	case "AF":
		if len(f) == 2 && isNumber(f[1]) && len(a.aliasFlags) == 0 {
			return nil // the count line
		}
		if len(f) < 2 {
			return fmt.Errorf("AF without flags")
		}
		flags, err := a.parseFlags(f[1])
		if err != nil {
			return err
		}
		a.aliasFlags = append(a.aliasFlags, flags)
	case "AM":
		if len(f) == 2 && isNumber(f[1]) && len(a.aliasMorph) == 0 {
			return nil
		}
		a.aliasMorph = append(a.aliasMorph, strings.Join(f[1:], " "))
	case "PFX", "SFX":
		return a.affixLine(f, pending, left)
	}
	return err
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

func (a *Affixes) oneFlag(f []string) (Flag, error) {
	if len(f) < 2 {
		return 0, fmt.Errorf("%s without a flag", f[0])
	}
	flags, err := a.parseFlags(f[1])
	if err != nil {
		return 0, fmt.Errorf("%s %s: %w", f[0], f[1], err)
	}
	if len(flags) != 1 {
		return 0, fmt.Errorf("%s %s: want one flag", f[0], f[1])
	}
	return flags[0], nil
}

// affixLine reads a class header ("SFX A. Y 11") or one of its rules
// ("SFX A. strip add[/flags] cond [morph]").
func (a *Affixes) affixLine(f []string, pending **Class, left *int) error {
	prefix := f[0] == "PFX"
	if *left == 0 {
		if len(f) < 4 {
			return fmt.Errorf("%s header: want %s FLAG Y|N COUNT", f[0], f[0])
		}
		flag, err := a.oneFlag(f[:2])
		if err != nil {
			return err
		}
		n, err := strconv.Atoi(f[3])
		if err != nil || n < 0 {
			return fmt.Errorf("%s %s: bad rule count %q", f[0], f[1], f[3])
		}
		c := &Class{Flag: flag, Name: f[1], Prefix: prefix, Cross: f[2] == "Y"}
		if prefix {
			a.Prefixes[flag] = c
		} else {
			a.Suffixes[flag] = c
		}
		*pending, *left = c, n
		return nil
	}
	c := *pending
	if len(f) < 4 || f[1] != c.Name || (f[0] == "PFX") != c.Prefix {
		return fmt.Errorf("%s %s: want a rule of %s (%d left)", f[0], f[1], c.Name, *left)
	}
	r := Rule{Strip: f[2]}
	if r.Strip == "0" {
		r.Strip = ""
	}
	add, cont, _ := strings.Cut(f[3], "/")
	if add != "0" {
		r.Add = add
	}
	if cont != "" {
		var err error
		if r.Cont, err = a.flagsOrAlias(cont); err != nil {
			return err
		}
	}
	cond := "."
	if len(f) > 4 {
		cond = f[4]
	}
	var err error
	if r.Cond, err = parseCond(cond); err != nil {
		return fmt.Errorf("%s %s: condition %q: %w", f[0], f[1], cond, err)
	}
	if len(f) > 5 {
		r.Morph = a.morphOrAlias(f[5:])
	}
	c.Rules = append(c.Rules, r)
	*left--
	return nil
}

// flagsOrAlias parses a flag field, which may be an AF alias number.
func (a *Affixes) flagsOrAlias(s string) ([]Flag, error) {
	if len(a.aliasFlags) > 0 && isNumber(s) {
		n, _ := strconv.Atoi(s)
		if n < 1 || n > len(a.aliasFlags) {
			return nil, fmt.Errorf("AF alias %d out of range 1..%d", n, len(a.aliasFlags))
		}
		return a.aliasFlags[n-1], nil
	}
	return a.parseFlags(s)
}

// morphOrAlias joins morphological fields, expanding an AM alias number.
func (a *Affixes) morphOrAlias(f []string) string {
	if len(f) == 1 && len(a.aliasMorph) > 0 && isNumber(f[0]) {
		if n, _ := strconv.Atoi(f[0]); n >= 1 && n <= len(a.aliasMorph) {
			return a.aliasMorph[n-1]
		}
	}
	return strings.Join(f, " ")
}

// parseFlags splits a flag field according to the FLAG type.
func (a *Affixes) parseFlags(s string) ([]Flag, error) {
	var out []Flag
	add := func(name string, v Flag) {
		out = append(out, v)
		a.names[v] = name
	}
	switch a.ftype {
	case flagLong:
		r := []rune(s)
		if len(r)%2 != 0 {
			return nil, fmt.Errorf("flags %q: long flags come in pairs of characters", s)
		}
		for i := 0; i < len(r); i += 2 {
			add(string(r[i:i+2]), Flag(r[i])<<16|Flag(r[i+1]))
		}
	case flagNum:
		for _, p := range strings.Split(s, ",") {
			n, err := strconv.Atoi(p)
			if err != nil || n < 0 || n > 65535 {
				return nil, fmt.Errorf("flags %q: %q is not a number from 0 to 65535", s, p)
			}
			add(p, Flag(n))
		}
	default:
		for _, r := range s {
			if r == utf8.RuneError {
				return nil, fmt.Errorf("flags %q: invalid UTF-8", s)
			}
			add(string(r), Flag(r))
		}
	}
	return out, nil
}

// Cond is an affix condition: a sequence of character sets, each one
// character, a bracket set [abc] or a negated set [^abc], or any (".").
type Cond []charSet

type charSet struct {
	any    bool
	negate bool
	chars  string
}

func (cs charSet) match(r rune) bool {
	if cs.any {
		return true
	}
	return strings.ContainsRune(cs.chars, r) != cs.negate
}

func parseCond(s string) (Cond, error) {
	if s == "." {
		return nil, nil
	}
	var c Cond
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '.':
			c = append(c, charSet{any: true})
		case '[':
			j := i + 1
			cs := charSet{}
			if j < len(rs) && rs[j] == '^' {
				cs.negate = true
				j++
			}
			k := j
			for k < len(rs) && rs[k] != ']' {
				k++
			}
			if k == len(rs) {
				return nil, fmt.Errorf("unclosed [")
			}
			cs.chars = string(rs[j:k])
			c = append(c, cs)
			i = k
		default:
			c = append(c, charSet{chars: string(rs[i])})
		}
	}
	return c, nil
}

// matchEnd reports whether the last runes of w match the condition.
func (c Cond) matchEnd(w []rune) bool {
	if len(c) > len(w) {
		return false
	}
	off := len(w) - len(c)
	for i, cs := range c {
		if !cs.match(w[off+i]) {
			return false
		}
	}
	return true
}

// matchStart reports whether the first runes of w match the condition.
func (c Cond) matchStart(w []rune) bool {
	if len(c) > len(w) {
		return false
	}
	for i, cs := range c {
		if !cs.match(w[i]) {
			return false
		}
	}
	return true
}
