package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/retouche/retouche/internal/baseline"
	"github.com/retouche/retouche/internal/input"
	"github.com/retouche/retouche/internal/report"
	"github.com/retouche/retouche/pipeline"
	"github.com/urfave/cli/v2"
)

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "list the defects found in texts, and fail if there are any",
		ArgsUsage: "[FILE|DIR|- ...]",
		Description: `check lists what fix would repair (auto tier), what it would suggest (suggest
tier) and what deserves a look (report tier), one finding per line:

   path:line:col: category/rule: message (old → new) [tier]

Lines and columns count from 1; columns count characters. In old → new, ␣ is a
space at either end, ⍽ a no-break space, ⎵ a narrow no-break space, ⇥ a tab and
∅ nothing. --format json prints one JSON array, --format jsonl one object per line,
with the keys path, line, column, end_line, end_column, offset, end_offset, rule,
stage, category, tier, confidence, message, text, replacement and applied.
For CI: --format sarif (SARIF 2.1.0 with rule metadata and fixes, for code
scanning), github (::error/::warning/::notice workflow commands that annotate a
pull request; error for the auto tier), checkstyle and junit (XML), and template
with --template '{{.Path}}:{{.Line}}: {{.Message}}' for anything else.

Exit status: 0 when no more than --max-findings (default 0) findings are at or
above --fail-on, 1 when more are, 2 on a usage or input error. The tiers from
highest to lowest: auto, suggest, report.

Examples:
   retouche check article.txt
   retouche check --fail-on suggest --format jsonl corpus/ > findings.jsonl
   retouche check --format sarif corpus/ > retouche.sarif
   retouche check --format github corpus/          # in a GitHub Actions step`,
		Flags: withCommon(
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: " + strings.Join(report.Formats, ", ")},
			&cli.StringFlag{Name: "fail-on", Value: "auto", Usage: "lowest tier that makes check fail: auto, suggest, report or never"},
			&cli.StringFlag{Name: "baseline", Usage: "report and count only the findings that are not in this baseline `FILE` (see --write-baseline)"},
			&cli.StringFlag{Name: "write-baseline", Usage: "record the current findings in `FILE` and exit 0: later checks with --baseline FILE fail only on new ones"},
			&cli.IntFlag{Name: "max-findings", Usage: "fail only when more than `N` findings are at or above --fail-on"},
			&cli.StringFlag{Name: "template", Usage: "Go template of --format template, executed for each finding (fields: .Path .Line .Column .EndLine .EndColumn .Rule .Stage .Category .Tier .Message .Text .Replacement; func visible)"},
		),
		Action: runCheck,
	}
}

func runCheck(c *cli.Context) error {
	opts, err := commonOptions(c)
	if err != nil {
		return err
	}
	failOn, err := pipeline.ParseTier(c.String("fail-on"))
	if err != nil {
		return usageErrorf("--fail-on: %v", err)
	}
	if c.Int("max-findings") < 0 {
		return usageErrorf("--max-findings %d: want 0 or more", c.Int("max-findings"))
	}
	out := bufio.NewWriterSize(c.App.Writer, 64<<10)
	w, err := report.NewWriter(c.String("format"), out, report.Options{Template: c.String("template"), Help: ruleHelp(opts), Version: version()})
	if err != nil {
		return usageErrorf("--format: %v", err)
	}
	sources, err := resolve(c, opts)
	if err != nil {
		return err
	}
	h := &checkHandler{w: w, errw: c.App.ErrWriter, out: out}
	if path := c.String("baseline"); path != "" {
		if h.baseline, err = baseline.Load(path); err != nil {
			return &codeError{exitError, err}
		}
	}
	if c.String("write-baseline") != "" {
		h.record = &baseline.Recorder{}
	}
	failed, err := process(c.Context, opts, sources, c.App.Reader, h)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return &codeError{exitError, err}
	}
	if failed > 0 {
		return &codeError{exitError, nil}
	}
	if !opts.quiet {
		h.summary(len(sources))
	}
	if opts.stats != nil {
		opts.stats.print(h.errw)
	}
	if path := c.String("write-baseline"); path != "" {
		if err := h.record.WriteFile(path); err != nil {
			return &codeError{exitError, err}
		}
		if !opts.quiet {
			fmt.Fprintf(h.errw, "retouche: baseline of %d %s written to %s\n", h.atOrAbove(pipeline.Report), plural(h.atOrAbove(pipeline.Report), "finding"), path)
		}
		return nil
	}
	if failing := h.atOrAbove(failOn); failing > c.Int("max-findings") {
		return &codeError{exitFindings, nil}
	}
	return nil
}

// ruleHelp returns the help text of a rule for SARIF: the message and first
// example of a rule file's rule, else the doc string of its stage.
func ruleHelp(opts options) func(rule, stage string) string {
	return func(rule, stage string) string {
		if stage == "rules" && opts.res != nil {
			if set, err := opts.res.RuleSet(); err == nil {
				if r := set.ByID(rule); r != nil {
					h := r.Message + " (" + r.Pos() + ")"
					if len(r.Examples) > 0 && r.Examples[0].Good != "" {
						h += "\nExample: " + r.Examples[0].Bad + " → " + r.Examples[0].Good
					}
					return h
				}
			}
		}
		for _, s := range opts.stages {
			if s.Name == stage {
				return s.Doc
			}
		}
		return ""
	}
}

// checkHandler writes the findings of each chunk and counts them by tier,
// leaving out those an inline directive silences or the baseline knows.
type checkHandler struct {
	w        report.Writer
	out      *bufio.Writer
	errw     io.Writer
	byTier   [pipeline.Never]int
	files    int // sources with at least one finding
	found    bool
	baseline *baseline.Baseline // findings to leave out; nil for none
	known    int                // findings left out because the baseline has them
	silenced int                // findings left out by retouche:ignore
	record   *baseline.Recorder // where --write-baseline collects findings
}

func (h *checkHandler) begin(input.Source) error { h.found = false; return nil }

func (h *checkHandler) chunk(src input.Source, ch input.Chunk, res *pipeline.Result) error {
	return h.place(src.Name, ch.Line, ch.Offset, res)
}

// records reports the findings of each field of each record, placed at
// "path:record:field", with lines and columns inside the field's text.
func (h *checkHandler) records(src input.Source, _ input.Chunk, recs *jsonlChunk) error {
	for _, r := range recs.records {
		for _, f := range r.fields {
			if err := h.place(fmt.Sprintf("%s:%d:%s", src.Name, r.line, f.path), 1, 0, f.res); err != nil {
				return err
			}
		}
	}
	return nil
}

// place writes the findings of a result for the text named path, which
// starts at the given line and offset.
func (h *checkHandler) place(path string, line int, offset int64, res *pipeline.Result) error {
	for i, f := range report.Place(path, line, offset, res) {
		line, prev := baseline.Lines(res.Original, res.Findings[i].Start)
		switch {
		case baseline.Suppressed(f.Rule, line, prev):
			h.silenced++
			continue
		case h.baseline != nil && h.baseline.Known(f.Path, f.Rule, line):
			h.known++
			continue
		}
		if h.record != nil {
			h.record.Add(f.Path, f.Rule, f.Line, line, f.Message)
		}
		if err := h.w.Write(f); err != nil {
			return err
		}
		h.byTier[res.Findings[i].Tier]++
		h.found = true
	}
	return nil
}

func (h *checkHandler) end(input.Source) error {
	if h.found {
		h.files++
	}
	return nil
}

func (h *checkHandler) fail(src input.Source, err error) {
	printSourceError(h.out, h.errw, src, err)
}

// atOrAbove counts the findings whose tier is t or higher.
func (h *checkHandler) atOrAbove(t pipeline.Tier) int {
	if t >= pipeline.Never {
		return 0
	}
	n := 0
	for tier := pipeline.Auto; tier <= t; tier++ {
		n += h.byTier[tier]
	}
	return n
}

func (h *checkHandler) summary(files int) {
	total := h.atOrAbove(pipeline.Report)
	var extra string
	if h.baseline != nil {
		extra += fmt.Sprintf("; %d known from the baseline, %d of its %d fixed since", h.known, h.baseline.Fixed(), h.baseline.Total())
	}
	if h.silenced > 0 {
		extra += fmt.Sprintf("; %d silenced by retouche:ignore", h.silenced)
	}
	if total == 0 {
		fmt.Fprintf(h.errw, "retouche: no %sfinding in %d %s%s\n", map[bool]string{true: "new ", false: ""}[h.baseline != nil], files, plural(files, "text"), extra)
		return
	}
	fmt.Fprintf(h.errw, "retouche: %d %s (%d auto, %d suggest, %d report) in %d of %d %s%s\n",
		total, plural(total, "finding"), h.byTier[pipeline.Auto], h.byTier[pipeline.Suggest], h.byTier[pipeline.Report],
		h.files, files, plural(files, "text"), extra)
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
