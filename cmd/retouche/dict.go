package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/dict/names"
	"github.com/retouche/retouche/internal/input"
	"github.com/urfave/cli/v2"
)

func dictCommand() *cli.Command {
	lexFlags := []cli.Flag{
		&cli.StringFlag{Name: "lang", Aliases: []string{"l"}, Value: "fr", Usage: "language of the lexicon: fr or en"},
		&cli.StringSliceFlag{Name: "freq", Usage: "add word frequencies from this `FILE` of \"word count\" lines (retouche dict learn writes one)"},
		&cli.StringFlag{Name: "hunspell", Usage: "use this Hunspell dictionary (`PATH.aff`, with PATH.dic beside it) instead of the embedded lexicon"},
	}
	return &cli.Command{
		Name:  "dict",
		Usage: "look words and names up in the lexicons, and learn frequencies from a corpus",
		Description: `The lexicons (French and English, compiled from Hunspell dictionaries with word
frequencies) and the gazetteer of names are embedded in retouche.

Examples:
   retouche dict lookup Coree prepare "l’invitation" nord-coréen
   retouche dict names "Ta couru Thanh Man"
   retouche dict learn corpus/ -o corpus.freq && retouche dict lookup --freq corpus.freq Poutine`,
		Subcommands: []*cli.Command{
			{
				Name:      "lookup",
				Usage:     "show what the lexicon knows of words: form, classes, frequency, accented forms, names",
				ArgsUsage: "WORD...",
				Flags:     lexFlags,
				Action:    runDictLookup,
			},
			{
				Name:      "names",
				Usage:     "search the gazetteer: entities whose spellings contain the query",
				ArgsUsage: "QUERY",
				Flags: []cli.Flag{
					&cli.StringSliceFlag{Name: "names", Usage: "add the entities of this YAML `FILE`"},
				},
				Action: runDictNames,
			},
			{
				Name:      "learn",
				Usage:     "count the words of a corpus into a frequency file for --freq",
				ArgsUsage: "FILE|DIR|- ...",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the counts to `FILE` (default: standard output)"},
				},
				Action: runDictLearn,
			},
		},
	}
}

// loadLexicon builds the lexicon the flags ask for.
func loadLexicon(c *cli.Context) (*dict.Lexicon, error) {
	res, err := resourcesFrom(c, c.String("lang"))
	if err != nil {
		return nil, err
	}
	lex, err := res.Lexicon(c.String("lang"))
	if err != nil {
		return nil, &codeError{exitError, err}
	}
	return lex, nil
}

func runDictLookup(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageErrorf("lookup needs words (see 'retouche help dict lookup')")
	}
	lex, err := loadLexicon(c)
	if err != nil {
		return err
	}
	g, err := names.Embedded()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(c.App.Writer)
	for _, word := range c.Args().Slice() {
		info, known := lex.Lookup(word)
		if known {
			fmt.Fprintf(w, "%s: known as %q, %s, Zipf %.2f\n", word, info.Form, info.Class, info.Zipf)
		} else if z := lex.Freq(word); z > 0 {
			fmt.Fprintf(w, "%s: not in the lexicon; Zipf %.2f from --freq\n", word, z)
		} else {
			fmt.Fprintf(w, "%s: unknown\n", word)
		}
		var forms []string
		for _, cand := range lex.Unfold(word) {
			if cand.Form != word && cand.Form != info.Form {
				forms = append(forms, fmt.Sprintf("%s (%.2f)", cand.Form, cand.Zipf))
			}
		}
		if len(forms) > 0 {
			fmt.Fprintf(w, "  same letters without accents: %s\n", strings.Join(forms, ", "))
		}
		if e, ok := g.Lookup(word); ok {
			fmt.Fprintf(w, "  name: %s (%s) → %s\n", e.ID, e.Kind, e.Name(c.String("lang")))
		}
	}
	return w.Flush()
}

func runDictNames(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErrorf("names takes one query (see 'retouche help dict names')")
	}
	g, err := names.Embedded()
	if err != nil {
		return err
	}
	for _, path := range c.StringSlice("names") {
		f, err := os.Open(path)
		if err != nil {
			return &codeError{exitError, err}
		}
		es, err := names.Parse(f, path)
		f.Close()
		if err == nil {
			err = g.Add(es)
		}
		if err != nil {
			return &codeError{exitError, err}
		}
	}
	w := bufio.NewWriter(c.App.Writer)
	found := g.Search(c.Args().First())
	for _, e := range found {
		fmt.Fprintf(w, "%s (%s, %s:%d)\n", e.ID, e.Kind, e.File, e.Line)
		for _, k := range []string{"fr", "en", "native"} {
			if s := e.Canonical[k]; s != "" {
				fmt.Fprintf(w, "  %-7s %s\n", k+":", s)
			}
		}
		if len(e.Variants) > 0 {
			fmt.Fprintf(w, "  variants: %s\n", strings.Join(e.Variants, "; "))
		}
	}
	if len(found) == 0 {
		fmt.Fprintf(w, "no entity matches %q\n", c.Args().First())
	}
	return w.Flush()
}

func runDictLearn(c *cli.Context) error {
	sources, err := input.Resolve(c.Args().Slice())
	if err != nil {
		return &codeError{exitError, err}
	}
	counts := dict.NewCounts()
	for _, src := range sources {
		err := input.ForEachChunk(src, c.App.Reader, func(ch input.Chunk) error {
			counts.Add(ch.Text)
			return nil
		})
		if err != nil {
			return &codeError{exitError, fmt.Errorf("%s", sourceError(src, err))}
		}
	}
	var out io.Writer = c.App.Writer
	if path := c.String("output"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return &codeError{exitError, err}
		}
		defer f.Close()
		out = f
	}
	if err := counts.Write(out); err != nil {
		return &codeError{exitError, err}
	}
	fmt.Fprintf(c.App.ErrWriter, "retouche: %d words, %d distinct, from %d %s\n", counts.Total, len(counts.Words), len(sources), plural(len(sources), "text"))
	return nil
}
