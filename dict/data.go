package dict

import (
	_ "embed"
	"fmt"
	"os"

	"github.com/retouche/retouche/dict/hunspell"
)

//go:generate go run ./internal/gen -o data

// The compiled lexicons shipped with Retouche; see data/SOURCES.md.
var (
	//go:embed data/fr.lex
	frLex []byte
	//go:embed data/en.lex
	enLex []byte
)

// Languages lists the languages with an embedded lexicon.
var Languages = []string{"fr", "en"}

// Embedded returns the lexicon shipped for a language ("fr", "en"). Loading
// is cheap (the data is used in place), so callers load only the language
// they need, when they need it.
func Embedded(lang string) (*Lexicon, error) {
	switch lang {
	case "fr":
		return Load(frLex)
	case "en":
		return Load(enLex)
	}
	return nil, fmt.Errorf("no lexicon for language %q (have fr, en)", lang)
}

// ReadHunspell parses a Hunspell dictionary from its .aff and .dic files.
func ReadHunspell(affPath, dicPath string) (*hunspell.Dictionary, error) {
	aff, err := os.Open(affPath)
	if err != nil {
		return nil, err
	}
	defer aff.Close()
	dic, err := os.Open(dicPath)
	if err != nil {
		return nil, err
	}
	defer dic.Close()
	d, err := hunspell.Parse(aff, dic)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", affPath, err)
	}
	return d, nil
}

// FromHunspell compiles a lexicon in memory from any Hunspell dictionary
// (a user's own, given as PATH.aff with PATH.dic beside it).
func FromHunspell(affPath, dicPath string) (*Lexicon, error) {
	d, err := ReadHunspell(affPath, dicPath)
	if err != nil {
		return nil, err
	}
	b := NewBuilder()
	if err := b.AddHunspell(d); err != nil {
		return nil, err
	}
	data, err := b.Bytes()
	if err != nil {
		return nil, err
	}
	return Load(data)
}
