// Command retouche repairs the defects that scraping and machine translation
// leave in text, and shows every repair as a reviewable diff.
//
// Run "retouche help" for the commands and "retouche help COMMAND" for one.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// Exit codes.
const (
	exitOK       = 0 // success; with check, no finding at or above --fail-on
	exitFindings = 1 // check found something at or above --fail-on
	exitError    = 2 // usage error or bad input
)

// memoryLimit is the soft limit of the Go heap when GOMEMLIMIT is not set:
// the garbage collector works harder near it instead of letting the heap
// grow to twice what is live. With the embedded data mapped beside it, it
// keeps a run on a large corpus under 150 MB resident (bench/run.sh).
const memoryLimit = 110 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// exitError carries an exit code and a message for the command line.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string { return e.err.Error() }
func (e *codeError) Unwrap() error { return e.err }

// usageErrorf reports a usage error: exit code 2.
func usageErrorf(format string, args ...any) error {
	return &codeError{exitError, fmt.Errorf(format, args...)}
}

// run runs the command line args and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.RunContext(ctx, reorderArgs(app, args))
	if err == nil {
		return exitOK
	}
	var ce *codeError
	if errors.As(err, &ce) {
		if ce.err != nil && ce.err.Error() != "" {
			fmt.Fprintf(stderr, "retouche: %v\n", ce.err)
		}
		return ce.code
	}
	fmt.Fprintf(stderr, "retouche: %v\n", err)
	return exitError
}

// newApp builds the command-line application.
func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:    "retouche",
		Usage:   "repair the defects of scraped and machine-translated text, and show each repair as a diff",
		Version: version(),
		Description: `Retouche finds glued words, lost accents, mangled names and broken spacing in text,
repairs what it is sure of (the "auto" tier), suggests the rest, and shows every
change as a diff. It keeps line breaks, a byte-order mark, URLs, e-mail addresses,
@handles, #hashtags, numbers, file paths and identifiers exactly as they are.

Examples:
   printf 'Le  chat dort .\n' | retouche fix
   retouche diff --word article.txt
   retouche check --format json corpus/
   retouche fix -w corpus/`,
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: false,
		Suggest:         true,
		Flags:           commonFlags(),
		Commands: []*cli.Command{
			fixCommand(),
			checkCommand(),
			diffCommand(),
			evalCommand(),
			dictCommand(),
			rulesCommand(),
			configCommand(),
			versionCommand(),
		},
		OnUsageError:   onUsageError,
		ExitErrHandler: func(*cli.Context, error) {}, // run decides the exit code
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("unknown command %q (see 'retouche help')", c.Args().First())
			}
			return cli.ShowAppHelp(c)
		},
	}
	for _, cmd := range app.Commands {
		cmd.OnUsageError = onUsageError
	}
	return app
}

// onUsageError turns a flag parsing error into a one-line message and exit
// code 2, instead of the whole help text.
func onUsageError(c *cli.Context, err error, _ bool) error {
	where := "retouche help"
	if c.Command != nil && c.Command.Name != "" && c.Command.Name != c.App.Name {
		where += " " + c.Command.Name
	}
	return &codeError{exitError, fmt.Errorf("%w (see '%s')", err, where)}
}

// reorderArgs moves the flags that follow a command's arguments before
// them, so that "retouche check f.txt --format json" works as users expect
// (the flag package stops at the first argument). Everything after "--"
// stays as it is.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	// Find the command name: the first argument that is not a flag of the
	// app or the value of one.
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "-" {
		if takesValue(app.Flags, args[i]) {
			i++
		}
		i++
	}
	if i >= len(args) {
		return args
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return args
	}
	// Walk down to a subcommand named right after its command.
	for i+1 < len(args) {
		sub := cmd.Command(args[i+1])
		if sub == nil {
			break
		}
		cmd, i = sub, i+1
	}
	var flags, rest []string
	tail := splitShortValues(cmd.Flags, args[i+1:])
	for j := 0; j < len(tail); j++ {
		a := tail[j]
		switch {
		case a == "--":
			rest = append(rest, tail[j:]...)
			j = len(tail)
		case strings.HasPrefix(a, "-") && a != "-":
			flags = append(flags, a)
			if takesValue(cmd.Flags, a) && j+1 < len(tail) {
				j++
				flags = append(flags, tail[j])
			}
		default:
			rest = append(rest, a)
		}
	}
	out := append([]string{}, args[:i+1]...)
	out = append(out, flags...)
	return append(out, rest...)
}

// splitShortValues turns "-j4" into "-j", "4" for one-letter flags that take
// a value, as users of make and xargs expect.
func splitShortValues(flags []cli.Flag, args []string) []string {
	var out []string
	for i, a := range args {
		if a == "--" {
			return append(out, args[i:]...)
		}
		if len(a) > 2 && a[0] == '-' && a[1] != '-' && !strings.Contains(a, "=") &&
			takesValue(flags, a[:2]) && !isFlag(flags, a) {
			out = append(out, a[:2], a[2:])
			continue
		}
		out = append(out, a)
	}
	return out
}

// isFlag reports whether arg names one of the flags.
func isFlag(flags []cli.Flag, arg string) bool {
	name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
	for _, f := range flags {
		if slices.Contains(f.Names(), name) {
			return true
		}
	}
	return false
}

// takesValue reports whether arg is a flag (without "=value") that takes
// its value from the next argument.
func takesValue(flags []cli.Flag, arg string) bool {
	name := strings.TrimLeft(arg, "-")
	if strings.Contains(name, "=") {
		return false
	}
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				_, isBool := f.(*cli.BoolFlag)
				return !isBool
			}
		}
	}
	return false
}
