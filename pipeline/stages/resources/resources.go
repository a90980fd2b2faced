// Package resources gives the stages their data: the lexicon of each
// language and the gazetteer, loaded on first use (so a run only pays for
// the language it meets) and shared by every goroutine of a run.
package resources

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/dict/names"
	"github.com/retouche/retouche/rules"
)

// ContainsMemo names the pipeline.SharedMemo in which the stages keep the
// lexicon's Contains answers for the words outside its frequent forms.
const ContainsMemo = "lexicon.contains"

// Resources holds the data of one run. The zero value uses the embedded
// lexicons and gazetteer; it is safe for concurrent use.
type Resources struct {
	// Hunspell maps a language to a Hunspell .aff file (with the .dic
	// beside it) to use instead of the embedded lexicon.
	Hunspell map[string]string
	// Freq holds Zipf frequencies to add to every lexicon (--freq files).
	Freq map[string]float64
	// NameFiles are YAML files of entities to add to the gazetteer.
	NameFiles []string
	// NativeNames makes the names stage write names in their native
	// spelling (Trần Thanh Mẫn) rather than the press spelling of the
	// document's language (Tran Thanh Man).
	NativeNames bool
	// RulePaths are rule files or directories to load after the
	// built-in ones (--rules).
	RulePaths []string
	// RuleSets names the optional rule sets to turn on, such as
	// "typography-fr-nbsp".
	RuleSets []string
	// NoBuiltinRules leaves out the rule files embedded in the binary.
	NoBuiltinRules bool
	// StripTags makes the hygiene stage remove leftover HTML tags
	// rather than report them.
	StripTags bool

	mu       sync.Mutex
	lexicons map[string]*dict.Lexicon
	errs     map[string]error
	names    struct {
		once sync.Once
		g    *names.Gazetteer
		err  error
	}
	rules struct {
		once     sync.Once
		base     *rules.Set // built-in files and RulePaths
		err      error
		fullOnce sync.Once
		full     *rules.Set // base and the English misspellings
		fullErr  error
		mu       sync.Mutex
		matchers map[string]*rules.Matcher
	}
}

// Lexicon returns the lexicon of a language, loading it on first use.
func (r *Resources) Lexicon(lang string) (*dict.Lexicon, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if l, ok := r.lexicons[lang]; ok {
		return l, nil
	}
	if err, ok := r.errs[lang]; ok {
		return nil, err
	}
	l, err := r.load(lang)
	if r.lexicons == nil {
		r.lexicons, r.errs = map[string]*dict.Lexicon{}, map[string]error{}
	}
	if err != nil {
		r.errs[lang] = err
		return nil, err
	}
	r.lexicons[lang] = l
	return l, nil
}

func (r *Resources) load(lang string) (*dict.Lexicon, error) {
	var l *dict.Lexicon
	var err error
	if aff := r.Hunspell[lang]; aff != "" {
		l, err = dict.FromHunspell(aff, strings.TrimSuffix(aff, ".aff")+".dic")
	} else {
		l, err = dict.Embedded(lang)
	}
	if err != nil {
		return nil, err
	}
	if lang == "en" {
		l = l.WithFreq(misspellWords())
	}
	if len(r.Freq) > 0 {
		l = l.WithFreq(r.Freq)
	}
	return l, nil
}

// Gazetteer returns the embedded gazetteer with the entities of NameFiles,
// loading it on first use.
func (r *Resources) Gazetteer() (*names.Gazetteer, error) {
	r.names.once.Do(func() {
		g, err := names.Embedded()
		for _, path := range r.NameFiles {
			if err != nil {
				break
			}
			var f *os.File
			if f, err = os.Open(path); err != nil {
				break
			}
			var es []*names.Entity
			es, err = names.Parse(f, path)
			f.Close()
			if err == nil {
				err = g.Add(es)
			}
		}
		if err != nil {
			err = fmt.Errorf("names: %w", err)
		}
		r.names.g, r.names.err = g, err
	})
	return r.names.g, r.names.err
}

// RuleSet returns every rule loaded for the run: the built-in files, the
// files of RulePaths and the English misspellings, read on first use.
func (r *Resources) RuleSet() (*rules.Set, error) {
	base, err := r.baseRules()
	if err != nil {
		return nil, err
	}
	r.rules.fullOnce.Do(func() {
		r.rules.full = base
		if !r.NoBuiltinRules {
			r.rules.full, r.rules.fullErr = rules.NewSet(append(slices.Clone(base.Files), rules.Misspellings(r.isEnglishWord))...)
		}
		if r.rules.fullErr != nil {
			r.rules.fullErr = fmt.Errorf("rules: %w", r.rules.fullErr)
		}
	})
	return r.rules.full, r.rules.fullErr
}

// baseRules returns the built-in rule files and those of RulePaths, read
// on first use, without the 28,000 English misspellings that only English
// documents and the rules command need. It checks that each name of
// RuleSets is a loaded set.
func (r *Resources) baseRules() (*rules.Set, error) {
	r.rules.once.Do(func() {
		r.rules.base, r.rules.err = r.loadRules()
		if r.rules.err != nil {
			r.rules.err = fmt.Errorf("rules: %w", r.rules.err)
		}
	})
	return r.rules.base, r.rules.err
}

func (r *Resources) loadRules() (*rules.Set, error) {
	var files []*rules.File
	if !r.NoBuiltinRules {
		b, err := rules.Builtin()
		if err != nil {
			return nil, err
		}
		files = b
	}
	for _, p := range r.RulePaths {
		fs, err := rules.LoadPath(p)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	set, err := rules.NewSet(files...)
	if err != nil {
		return nil, err
	}
	for _, name := range r.RuleSets {
		if !set.HasSet(name) {
			return nil, fmt.Errorf("no rule set named %q", name)
		}
	}
	return set, nil
}

// isEnglishWord reports whether w is a word of the English lexicon; a
// misspelling that is also a word is only suggested.
func (r *Resources) isEnglishWord(w string) bool {
	lex, err := r.Lexicon("en")
	return err == nil && lex.Contains(w)
}

// Rules returns the compiled rules that run on documents of language
// lang, compiling them on first use.
func (r *Resources) Rules(lang string) (*rules.Matcher, error) {
	get := r.baseRules
	if lang == "en" {
		get = r.RuleSet
	}
	set, err := get()
	if err != nil {
		return nil, err
	}
	r.rules.mu.Lock()
	defer r.rules.mu.Unlock()
	if m, ok := r.rules.matchers[lang]; ok {
		return m, nil
	}
	m, err := rules.Compile(set.Select(lang, r.RuleSets...))
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	if r.rules.matchers == nil {
		r.rules.matchers = map[string]*rules.Matcher{}
	}
	r.rules.matchers[lang] = m
	return m, nil
}

// misspellZipf is the frequency given to the corrections of the English
// misspellings list that the lexicon lacks: known, but too rare to be a
// part of a split.
const misspellZipf = 1.0

func misspellWords() map[string]float64 {
	m := map[string]float64{}
	for _, w := range rules.MisspellCorrections() {
		m[w] = misspellZipf
	}
	return m
}
