package main

import (
	"bufio"
	"io"
	"path/filepath"
	"strings"

	"github.com/retouche/retouche/internal/input"
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/diff"
	"github.com/urfave/cli/v2"
)

func diffCommand() *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "show the repairs as a unified diff, or as an inline word diff with --word",
		ArgsUsage: "[FILE|DIR|- ...]",
		Description: `diff shows what fix would change, without changing anything.

By default it prints a unified diff (headers --- a/PATH and +++ b/PATH) that
"patch -p1" and "git apply" accept. --word prints each changed line once with the
changes inline, [-removed-]{+added+} (or red and green in colour), which suits
texts whose paragraphs are long lines; there ␣ is a changed space, ⇥ a tab,
⍽ a no-break space and ⎵ a narrow no-break space. Colour output (a terminal, or
--color always) shows ⍽ and ⎵ in unified diffs too; such a diff is for reading,
not for patch.

Colour: --color auto (the default) colours when standard output is a terminal and
NO_COLOR is not set.

Examples:
   retouche diff --word article.txt
   retouche diff corpus/ > repairs.patch && patch -p1 < repairs.patch`,
		Flags: withCommon(
			&cli.BoolFlag{Name: "word", Usage: "show an inline word diff instead of a unified diff"},
			&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour the diff: auto, always or never"},
			&cli.IntFlag{Name: "context", Aliases: []string{"U"}, Value: -1, DefaultText: "3 lines; 8 words with --word", Usage: "context around each change: lines, or words with --word (0: whole lines)"},
		),
		Action: runDiff,
	}
}

func runDiff(c *cli.Context) error {
	opts, err := commonOptions(c)
	if err != nil {
		return err
	}
	color, err := useColor(c.String("color"), c.App.Writer)
	if err != nil {
		return err
	}
	sources, err := resolve(c, opts)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(c.App.Writer, 64<<10)
	h := &diffHandler{
		out: out, errw: c.App.ErrWriter, word: c.Bool("word"), context: c.Int("context"),
		style: diff.Style{Color: color, Visible: color || c.Bool("word")},
	}
	if h.context < 0 {
		h.context = 3
		if h.word {
			h.context = 8
		}
	}
	failed, err := process(c.Context, opts, sources, c.App.Reader, h)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return &codeError{exitError, err}
	}
	if failed > 0 {
		return &codeError{exitError, nil}
	}
	return nil
}

// renderer is a streaming diff renderer.
type renderer interface {
	Write(old, new string) error
	Close() error
}

// diffHandler renders each source's diff.
type diffHandler struct {
	out     *bufio.Writer
	errw    io.Writer
	word    bool
	context int
	style   diff.Style
	r       renderer
}

// diffName is the path shown after a/ and b/: slash-separated and relative
// (a leading / or ./ is dropped, so that patch -p1 finds the file).
func diffName(src input.Source) string {
	if src.IsStdin() {
		return "stdin"
	}
	name := filepath.ToSlash(filepath.Clean(src.Name))
	return strings.TrimPrefix(name, "/")
}

func (h *diffHandler) begin(src input.Source) error {
	name := diffName(src)
	if h.word {
		h.r = diff.NewWords(h.out, name, name, h.context, h.style)
	} else {
		h.r = diff.NewUnified(h.out, name, name, h.context, h.style)
	}
	return nil
}

func (h *diffHandler) chunk(_ input.Source, ch input.Chunk, res *pipeline.Result) error {
	return h.r.Write(ch.Text, res.Text)
}

func (h *diffHandler) end(input.Source) error {
	if err := h.r.Close(); err != nil {
		return err
	}
	return h.out.Flush()
}

func (h *diffHandler) fail(src input.Source, err error) {
	printSourceError(h.out, h.errw, src, err)
}
