// Command lexmem loads an embedded lexicon, looks up every word token of a
// corpus, and prints the lookup rate and the resident memory of the process
// before and after (VmRSS, Linux).
//
//	lexmem [-lang fr] CORPUS.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/token"
)

func main() {
	lang := flag.String("lang", "fr", "embedded lexicon")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: lexmem [-lang fr] CORPUS.txt")
		os.Exit(2)
	}
	before := rss()
	t0 := time.Now()
	lex, err := dict.Embedded(*lang)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	load := time.Since(t0)
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var toks []token.Token
	n, known := 0, 0
	t1 := time.Now()
	for sc.Scan() {
		line := sc.Text()
		toks = token.Tokenize(line, toks)
		for _, t := range toks {
			if t.Kind == token.Word {
				n++
				if lex.Contains(t.Text(line)) {
					known++
				}
			}
		}
	}
	el := time.Since(t1)
	fmt.Printf("lexicon %s: %d forms, loaded in %v; %d lookups (%.1f%% known) at %.0f ns each (tokenizing included); VmRSS %s before, %s after\n",
		*lang, lex.Len(), load, n, 100*float64(known)/float64(max(n, 1)), float64(el.Nanoseconds())/float64(max(n, 1)), before, rss())
}

func rss() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "n/a"
}
