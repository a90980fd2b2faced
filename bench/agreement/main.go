// Command agreement measures how often the embedded lexicon's Contains
// agrees with the hunspell binary on random word tokens of a corpus, and
// classifies the disagreements.
//
//	agreement [-lang fr] [-d fr_FR] [-n 20000] [-seed 1] CORPUS.txt
//
// It needs Debian's hunspell and the dictionary named by -d.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"sort"
	"strings"
	"unicode"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/token"
)

func main() {
	lang := flag.String("lang", "fr", "embedded lexicon")
	hd := flag.String("d", "fr_FR", "hunspell dictionary")
	n := flag.Int("n", 20000, "tokens to sample")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: agreement [-lang fr] [-d fr_FR] [-n 20000] CORPUS.txt")
		os.Exit(2)
	}
	if err := run(*lang, *hd, *n, *seed, flag.Arg(0)); err != nil {
		fmt.Fprintf(os.Stderr, "agreement: %v\n", err)
		os.Exit(1)
	}
}

func run(lang, hd string, n int, seed uint64, corpus string) error {
	lex, err := dict.Embedded(lang)
	if err != nil {
		return err
	}
	sample, err := sampleWords(corpus, n, seed)
	if err != nil {
		return err
	}
	rejected, err := hunspellRejects(hd, sample)
	if err != nil {
		return err
	}
	classes := map[string][]string{}
	agree, bothReject := 0, 0
	for _, w := range sample {
		ours, theirs := lex.Contains(w), !rejected[w]
		if ours == theirs {
			agree++
			if !ours {
				bothReject++
			}
			continue
		}
		side := "retouche accepts, hunspell rejects"
		if theirs {
			side = "hunspell accepts, retouche rejects"
		}
		k := side + " / " + shape(w)
		classes[k] = append(classes[k], w)
	}
	fmt.Printf("%d tokens from %s (seed %d): agreement %.2f%% (%d disagreements; %d rejected by both)\n", len(sample), corpus, seed,
		100*float64(agree)/float64(len(sample)), len(sample)-agree, bothReject)
	keys := make([]string, 0, len(classes))
	for k := range classes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(classes[keys[i]]) > len(classes[keys[j]]) })
	for _, k := range keys {
		ex := classes[k]
		fmt.Printf("  %5d  %s: %s\n", len(ex), k, strings.Join(ex[:min(8, len(ex))], " "))
	}
	return nil
}

// shape classifies a word for the report.
func shape(w string) string {
	switch {
	case strings.ContainsAny(w, "'’"):
		return "elision or apostrophe"
	case strings.Contains(w, "-"):
		return "hyphenated"
	case strings.IndexFunc(w, unicode.IsDigit) >= 0:
		return "with digits"
	case unicode.IsUpper([]rune(w)[0]):
		return "capitalised"
	}
	return "lower case"
}

// sampleWords draws n word tokens uniformly from the corpus (reservoir).
func sampleWords(path string, n int, seed uint64) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := rand.New(rand.NewPCG(seed, 0))
	var sample []string
	seen := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var toks []token.Token
	for sc.Scan() {
		line := sc.Text()
		toks = token.Tokenize(line, toks)
		for _, t := range toks {
			if t.Kind != token.Word {
				continue
			}
			seen++
			if len(sample) < n {
				sample = append(sample, t.Text(line))
			} else if j := r.IntN(seen); j < n {
				sample[j] = t.Text(line)
			}
		}
	}
	return sample, sc.Err()
}

// hunspellRejects runs hunspell -l over the words.
func hunspellRejects(d string, words []string) (map[string]bool, error) {
	cmd := exec.Command("hunspell", "-l", "-i", "utf-8", "-d", d)
	cmd.Stdin = strings.NewReader(strings.Join(words, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("hunspell: %w: %s", err, stderr.String())
	}
	rejected := map[string]bool{}
	for _, w := range strings.Split(string(out), "\n") {
		if w != "" {
			rejected[w] = true
		}
	}
	return rejected, nil
}
