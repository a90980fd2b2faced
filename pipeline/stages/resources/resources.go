// Package resources gives the stages their data: the lexicon of each
// language and the gazetteer, loaded on first use (so a run only pays for
// the language it meets) and shared by every goroutine of a run.
package resources

import (
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/dict/names"
)

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

	mu       sync.Mutex
	lexicons map[string]*dict.Lexicon
	errs     map[string]error
	names    struct {
		once sync.Once
		g    *names.Gazetteer
		err  error
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
