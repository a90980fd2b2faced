package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

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

Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 on a
usage or input error. The tiers from highest to lowest: auto, suggest, report.

Examples:
   retouche check article.txt
   retouche check --fail-on suggest --format jsonl corpus/ > findings.jsonl`,
		Flags: withCommon(
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "text", Usage: "output format: " + strings.Join(report.Formats, ", ")},
			&cli.StringFlag{Name: "fail-on", Value: "auto", Usage: "lowest tier that makes check fail: auto, suggest, report or never"},
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
	out := bufio.NewWriterSize(c.App.Writer, 64<<10)
	w, err := report.NewWriter(c.String("format"), out)
	if err != nil {
		return usageErrorf("--format: %v", err)
	}
	sources, err := input.Resolve(c.Args().Slice())
	if err != nil {
		return &codeError{exitError, err}
	}
	h := &checkHandler{w: w, errw: c.App.ErrWriter, out: out}
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
	if failing := h.atOrAbove(failOn); failing > 0 {
		return &codeError{exitFindings, nil}
	}
	return nil
}

// checkHandler writes the findings of each chunk and counts them by tier.
type checkHandler struct {
	w      report.Writer
	out    *bufio.Writer
	errw   io.Writer
	byTier [pipeline.Never]int
	files  int // sources with at least one finding
	found  bool
}

func (h *checkHandler) begin(input.Source) error { h.found = false; return nil }

func (h *checkHandler) chunk(src input.Source, ch input.Chunk, res *pipeline.Result) error {
	for _, f := range report.Place(src.Name, ch.Line, ch.Offset, res) {
		if err := h.w.Write(f); err != nil {
			return err
		}
	}
	for _, f := range res.Findings {
		h.byTier[f.Tier]++
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
	if total == 0 {
		fmt.Fprintf(h.errw, "retouche: no finding in %d %s\n", files, plural(files, "text"))
		return
	}
	fmt.Fprintf(h.errw, "retouche: %d %s (%d auto, %d suggest, %d report) in %d of %d %s\n",
		total, plural(total, "finding"), h.byTier[pipeline.Auto], h.byTier[pipeline.Suggest], h.byTier[pipeline.Report],
		h.files, files, plural(files, "text"))
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
