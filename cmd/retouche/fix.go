package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/retouche/retouche/internal/input"
	"github.com/retouche/retouche/pipeline"
	"github.com/urfave/cli/v2"
)

func fixCommand() *cli.Command {
	return &cli.Command{
		Name:      "fix",
		Usage:     "repair texts and print them (or rewrite the files with -w)",
		ArgsUsage: "[FILE|DIR|- ...]",
		Description: `fix repairs each text and prints the result on standard output, or with -w
rewrites each changed file in place. With no argument, or "-", it reads standard
input. A directory stands for the text files below it.

Only repairs of the "auto" tier are applied; --tier suggest applies suggestions too.
Line breaks (LF or CRLF), a byte-order mark and a missing final newline are kept.
Files are rewritten atomically (a temporary file renamed over the original, with the
same permissions); unchanged files are not touched.

Examples:
   printf 'Le  chat dort .\n' | retouche fix       # prints "Le chat dort."
   retouche fix article.txt > article.fixed.txt
   retouche fix -w corpus/`,
		Flags: withCommon(
			&cli.BoolFlag{Name: "write", Aliases: []string{"w"}, Usage: "rewrite changed files in place instead of printing"},
		),
		Action: runFix,
	}
}

func runFix(c *cli.Context) error {
	opts, err := commonOptions(c)
	if err != nil {
		return err
	}
	sources, err := resolve(c, opts)
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(c.App.Writer, 64<<10)
	h := &fixHandler{out: out, errw: c.App.ErrWriter, write: c.Bool("write")}
	failed, err := process(c.Context, opts, sources, c.App.Reader, h)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return &codeError{exitError, err}
	}
	if opts.stats != nil {
		opts.stats.print(c.App.ErrWriter)
	}
	if h.write && !opts.quiet {
		fmt.Fprintf(c.App.ErrWriter, "retouche: %d of %d files changed\n", h.changed, len(sources)-failed)
	}
	if failed > 0 {
		return &codeError{exitError, nil}
	}
	return nil
}

// fixHandler prints repaired texts, or writes them to temporary files that
// replace the originals when they changed.
type fixHandler struct {
	out     *bufio.Writer
	errw    io.Writer
	write   bool
	changed int

	tmp   *os.File // the file being written with -w
	dirty bool     // the current source changed
}

func (h *fixHandler) inPlace(src input.Source) bool { return h.write && !src.IsStdin() }

func (h *fixHandler) begin(src input.Source) error {
	h.dirty = false
	if !h.inPlace(src) {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(src.Path), "."+filepath.Base(src.Path)+".retouche-*")
	if err != nil {
		return err
	}
	h.tmp = tmp
	return nil
}

func (h *fixHandler) chunk(src input.Source, _ input.Chunk, res *pipeline.Result) error {
	h.dirty = h.dirty || res.Changed()
	if !h.inPlace(src) {
		_, err := h.out.WriteString(res.Text)
		return err
	}
	_, err := h.tmp.WriteString(res.Text)
	return err
}

func (h *fixHandler) end(src input.Source) error {
	if !h.inPlace(src) {
		return h.out.Flush()
	}
	tmp := h.tmp
	h.tmp = nil
	if !h.dirty {
		tmp.Close()
		return os.Remove(tmp.Name())
	}
	err := tmp.Chmod(src.Mode)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), src.Path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return err
	}
	h.changed++
	return nil
}

func (h *fixHandler) fail(src input.Source, err error) {
	if h.tmp != nil {
		h.tmp.Close()
		os.Remove(h.tmp.Name())
		h.tmp = nil
	}
	printSourceError(h.out, h.errw, src, err)
}
