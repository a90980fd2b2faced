package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"sync"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/internal/eval"
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/diff"
	"github.com/urfave/cli/v2"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "measure repair quality: precision and recall on pairs, damage on clean text",
		ArgsUsage: " ",
		Description: `eval runs the pipeline (or, with --system, any command that repairs one text per
line) and scores it:

  --pairs FILE      a TSV of (id, defective, corrected, kind[, source]) rows: per kind and
                    overall, the share of pairs repaired exactly, the share left unchanged,
                    and edit-level precision, recall and F0.5. Edits are runs of changed
                    words aligned with the input (as the M2 and ERRANT scorers do); a system
                    edit counts when a gold edit has the same span and replacement.
  --negatives FILE  a TSV of (id, sentence[, …]) rows that must stay unchanged: the share
                    changed and the changed tokens per 10,000 tokens
  --clean FILE      clean prose, one text per line: the same damage measures; with
                    --document the lines are repaired together, as one document (as
                    "retouche fix FILE" repairs them: a word the document repeats, or
                    spells twice the same way, is evidence), and scored line by line

--show errors|misses|damage prints failing cases with word diffs: errors are pairs
changed into something else than the correction, misses pairs left unchanged, damage
clean texts changed. "retouche eval inject" builds synthetic pairs from clean prose.

Examples:
   retouche eval --pairs pairs.tsv --negatives negatives.tsv --clean prose.txt
   retouche eval --pairs pairs.tsv --show errors --limit 50
   retouche eval --clean manual.txt --document --show damage
   retouche eval --pairs pairs.tsv --system 'hunspell-baseline' --format json`,
		Flags: withCommon(
			&cli.StringFlag{Name: "pairs", Usage: "score (defective, corrected) pairs from this TSV `FILE`"},
			&cli.StringFlag{Name: "negatives", Usage: "measure damage on the sentences of this TSV `FILE`"},
			&cli.StringFlag{Name: "clean", Usage: "measure damage on the lines of this text `FILE`"},
			&cli.BoolFlag{Name: "document", Usage: "repair the lines of --clean together, as one document, before scoring each"},
			&cli.StringFlag{Name: "system", Usage: "score this shell `COMMAND` (a line filter) instead of the pipeline"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: text or json"},
			&cli.StringFlag{Name: "show", Usage: "print failing cases: errors, misses or damage"},
			&cli.IntFlag{Name: "limit", Value: 20, Usage: "most cases --show prints"},
		),
		Action:      runEval,
		Subcommands: []*cli.Command{injectCommand()},
	}
}

// evalReport is what eval prints.
type evalReport struct {
	System    string        `json:"system"`
	Tier      string        `json:"tier"`
	Pairs     *pairsReport  `json:"pairs,omitempty"`
	Negatives *damageReport `json:"negatives,omitempty"`
	Clean     *damageReport `json:"clean,omitempty"`
	cases     []evalCase
}

type pairsReport struct {
	File   string      `json:"file"`
	ByKind eval.ByKind `json:"by_kind"`
}

type damageReport struct {
	File   string      `json:"file"`
	Damage eval.Damage `json:"damage"`
}

// evalCase is a failing case to show.
type evalCase struct {
	what, id, kind, input, output, gold string
}

func runEval(c *cli.Context) error {
	opts, err := commonOptions(c)
	if err != nil {
		return err
	}
	pairsFile, negFile, cleanFile := c.String("pairs"), c.String("negatives"), c.String("clean")
	if pairsFile == "" && negFile == "" && cleanFile == "" {
		return usageErrorf("eval needs --pairs, --negatives or --clean (see 'retouche help eval')")
	}
	format, show := c.String("format"), c.String("show")
	if format != "text" && format != "json" {
		return usageErrorf("--format %q: want text or json", format)
	}
	if show != "" && show != "errors" && show != "misses" && show != "damage" {
		return usageErrorf("--show %q: want errors, misses or damage", show)
	}
	system, name := pipelineSystem(opts), "retouche"
	if cmd := c.String("system"); cmd != "" {
		system, name = eval.Command(cmd), cmd
	}
	rep := &evalReport{System: name, Tier: opts.apply.String()}
	if pairsFile != "" {
		if err := scorePairs(c.Context, rep, pairsFile, system); err != nil {
			return &codeError{exitError, err}
		}
	}
	for _, d := range []struct {
		file string
		dst  **damageReport
		read func(string) ([]eval.Text, error)
	}{{negFile, &rep.Negatives, eval.ReadNegatives}, {cleanFile, &rep.Clean, eval.ReadLines}} {
		if d.file == "" {
			continue
		}
		texts, err := d.read(d.file)
		if err != nil {
			return &codeError{exitError, err}
		}
		sys := system
		if d.file == cleanFile && c.Bool("document") {
			sys = asDocument(system)
		}
		if *d.dst, err = scoreDamage(c.Context, rep, d.file, texts, sys); err != nil {
			return &codeError{exitError, err}
		}
	}
	out := bufio.NewWriter(c.App.Writer)
	if format == "json" {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		writeEvalText(out, rep)
		writeCases(out, rep.cases, show, c.Int("limit"))
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// pipelineSystem repairs texts with the pipeline on opts.jobs workers.
func pipelineSystem(opts options) eval.System {
	return func(ctx context.Context, texts []string) ([]string, error) {
		out := make([]string, len(texts))
		errs := make([]error, opts.jobs)
		var wg sync.WaitGroup
		for w := range opts.jobs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := &pipeline.Runner{Stages: opts.stages, Options: pipeline.Options{Apply: opts.apply}}
				for i := w; i < len(texts); i += opts.jobs {
					res, err := r.Run(ctx, pipeline.Document{ID: fmt.Sprint(i + 1), Lang: opts.lang, Text: texts[i]})
					if err != nil {
						errs[w] = err
						return
					}
					out[i] = res.Text
				}
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				return nil, err
			}
		}
		return out, nil
	}
}

// asDocument makes a system repair its texts together, as the lines of one
// document, and split the result back into them. Repairs keep the number
// of lines, so the split gives back one text per input.
func asDocument(system eval.System) eval.System {
	return func(ctx context.Context, texts []string) ([]string, error) {
		out, err := system(ctx, []string{strings.Join(texts, "\n")})
		if err != nil {
			return nil, err
		}
		lines := strings.Split(out[0], "\n")
		if len(lines) != len(texts) {
			return nil, fmt.Errorf("the document of %d lines came back with %d", len(texts), len(lines))
		}
		return lines, nil
	}
}

func scorePairs(ctx context.Context, rep *evalReport, file string, system eval.System) error {
	pairs, err := eval.ReadPairs(file)
	if err != nil {
		return err
	}
	inputs := make([]string, len(pairs))
	for i, p := range pairs {
		inputs[i] = p.Defective
	}
	outputs, err := system(ctx, inputs)
	if err != nil {
		return err
	}
	byKind := eval.ByKind{}
	for i, p := range pairs {
		byKind.Add(p.Kind, p.Defective, outputs[i], p.Corrected)
		switch {
		case outputs[i] == p.Corrected:
		case outputs[i] == p.Defective:
			rep.cases = append(rep.cases, evalCase{"misses", p.ID, p.Kind, p.Defective, outputs[i], p.Corrected})
		default:
			rep.cases = append(rep.cases, evalCase{"errors", p.ID, p.Kind, p.Defective, outputs[i], p.Corrected})
		}
	}
	rep.Pairs = &pairsReport{File: file, ByKind: byKind}
	return nil
}

func scoreDamage(ctx context.Context, rep *evalReport, file string, texts []eval.Text, system eval.System) (*damageReport, error) {
	inputs := make([]string, len(texts))
	for i, t := range texts {
		inputs[i] = t.Text
	}
	outputs, err := system(ctx, inputs)
	if err != nil {
		return nil, err
	}
	d := &damageReport{File: file}
	for i, t := range texts {
		d.Damage.Add(t.Text, outputs[i])
		if outputs[i] != t.Text {
			rep.cases = append(rep.cases, evalCase{"damage", t.ID, file, t.Text, outputs[i], t.Text})
		}
	}
	return d, nil
}

func writeEvalText(w io.Writer, rep *evalReport) {
	fmt.Fprintf(w, "system: %s (tier %s)\n", rep.System, rep.Tier)
	if p := rep.Pairs; p != nil {
		fmt.Fprintf(w, "\npairs: %s\n%-12s %7s %8s %10s %7s %7s %7s %6s %6s %6s\n", p.File,
			"kind", "pairs", "exact", "unchanged", "P", "R", "F0.5", "TP", "FP", "FN")
		for _, k := range p.ByKind.Kinds() {
			c := p.ByKind[k]
			fmt.Fprintf(w, "%-12s %7d %7.1f%% %9.1f%% %7.3f %7.3f %7.3f %6d %6d %6d\n", k, c.Pairs,
				100*c.ExactRate(), 100*float64(c.Unchanged)/float64(max(c.Pairs, 1)), c.Precision(), c.Recall(), c.F05(), c.TP, c.FP, c.FN)
		}
	}
	for _, d := range []struct {
		name string
		r    *damageReport
	}{{"negatives", rep.Negatives}, {"clean", rep.Clean}} {
		if d.r == nil {
			continue
		}
		dm := d.r.Damage
		fmt.Fprintf(w, "\n%s: %s\n  %d texts, %d changed (%.2f%%); %d of %d tokens changed (%.2f per 10,000)\n",
			d.name, d.r.File, dm.Texts, dm.Changed, 100*dm.ChangedRate(), dm.ChangedTokens, dm.Tokens, dm.PerTenThousand())
	}
}

func writeCases(w io.Writer, cases []evalCase, show string, limit int) {
	if show == "" {
		return
	}
	n := 0
	for _, c := range cases {
		if c.what != show {
			continue
		}
		if n == limit {
			fmt.Fprintf(w, "… more %s not shown (--limit %d)\n", show, limit)
			return
		}
		if n == 0 {
			fmt.Fprintf(w, "\n%s:\n", show)
		}
		n++
		fmt.Fprintf(w, "%s [%s]\n  got:  %s\n", c.id, c.kind, diff.Inline(c.input, c.output, 8, diff.Style{}))
		if show != "damage" {
			fmt.Fprintf(w, "  want: %s\n", diff.Inline(c.input, c.gold, 8, diff.Style{}))
		}
	}
	if n == 0 {
		fmt.Fprintf(w, "\nno %s\n", show)
	}
}

func injectCommand() *cli.Command {
	return &cli.Command{
		Name:      "inject",
		Usage:     "build synthetic (defective, corrected) pairs from clean prose",
		ArgsUsage: "CLEAN.txt",
		Description: `inject reads clean prose, one text per line, and writes a pairs TSV (id, defective,
corrected, kind, source) with one injected defect per line, of a kind chosen at
random among --kinds:

  split        delete the space between two words
  accent       strip the accents of one word
  headline     strip every accent of a short line, or of a short first sentence
  contraction  write des/du/aux/au as de les/de le/à les/à le
  mojibake     read the line's UTF-8 bytes as Windows-1252
  guillemet    delete the opening « of a quotation

Injections that cannot be told from correct text are skipped: a glued or stripped
form that is itself a word of the corpus or of the lexicon of --lang.

Example:
   retouche eval inject --kinds split,accent --seed 1 prose.txt > pairs.tsv`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "kinds", Value: strings.Join(eval.InjectKinds, ","), Usage: "comma-separated kinds of defect"},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "random seed: the same seed gives the same pairs"},
			&cli.IntFlag{Name: "limit", Usage: "most pairs of each kind (0: no limit)"},
			&cli.StringFlag{Name: "lang", Aliases: []string{"l"}, Value: "fr", Usage: "language whose lexicon tells which glued or stripped forms are words"},
		},
		Action: runInject,
	}
}

func runInject(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErrorf("inject takes one file of clean prose (see 'retouche help eval inject')")
	}
	kinds := strings.Split(c.String("kinds"), ",")
	if err := eval.CheckKinds(kinds); err != nil {
		return usageErrorf("--kinds: %v", err)
	}
	file := c.Args().First()
	texts, err := eval.ReadLines(file)
	if err != nil {
		return &codeError{exitError, err}
	}
	vocab := eval.Vocabulary(texts)
	lex, err := dict.Embedded(c.String("lang"))
	if err != nil {
		return usageErrorf("--lang: %v", err)
	}
	seed := c.Uint64("seed")
	known := func(w string) bool { return vocab[w] || lex.Contains(w) }
	in := &eval.Injector{Kinds: kinds, Rand: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), Known: known}
	limit := c.Int("limit")
	count := map[string]int{}
	out := bufio.NewWriter(c.App.Writer)
	fmt.Fprintln(out, "id\tdefective\tcorrected\tkind\tsource")
	n := 0
	for _, t := range texts {
		if strings.Contains(t.Text, "\t") {
			continue
		}
		if limit > 0 {
			in.Kinds = in.Kinds[:0]
			for _, k := range kinds {
				if count[k] < limit {
					in.Kinds = append(in.Kinds, k)
				}
			}
			if len(in.Kinds) == 0 {
				break
			}
		}
		d, corr, kind, ok := in.Inject(t.Text)
		if !ok {
			continue
		}
		n++
		count[kind]++
		fmt.Fprintf(out, "inj%05d\t%s\t%s\t%s\t%s:%d\n", n, d, corr, kind, file, t.Line)
	}
	return out.Flush()
}
