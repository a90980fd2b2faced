package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/retouche/retouche/internal/ruletest"
	"github.com/retouche/retouche/pipeline/stages/resources"
	"github.com/retouche/retouche/rules"
	"github.com/urfave/cli/v2"
)

// typographySets maps --typography to the optional rule set it turns on.
var typographySets = map[string]string{"keep": "", "fr-nbsp": "typography-fr-nbsp", "fr-nnbsp": "typography-fr-nnbsp"}

func rulesCommand() *cli.Command {
	flags := []cli.Flag{
		&cli.StringSliceFlag{Name: "rules", Usage: "load the rule files of this `FILE|DIR` too (YAML, see rules/README.md)"},
		&cli.BoolFlag{Name: "no-builtin-rules", Usage: "leave out the rule files embedded in retouche"},
	}
	return &cli.Command{
		Name:  "rules",
		Usage: "list, explain and test the rule files (built-in and --rules)",
		Description: `Rules are declarative: each one matches literal phrases or a regular expression,
gives a replacement, a tier (auto, suggest or report), a message, examples (a bad
text and its repair) and keeps (texts it must leave alone). The built-in sets are
French calques and debris of machine translation (fr-mt), French typography
profiles chosen with --typography, and English misspellings (en-misspell, from
github.com/golangci/misspell). Add your own with --rules FILE|DIR on any command.

Examples:
   retouche rules list --lang fr
   retouche rules explain fr.mt.suite-a
   retouche rules test my-rules/          # exit 1 when an example fails`,
		Subcommands: []*cli.Command{
			{
				Name:      "list",
				Usage:     "list the rules: id, tier, category, message",
				ArgsUsage: " ",
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "lang", Aliases: []string{"l"}, Usage: "only the rules of this language (fr, en)"},
					&cli.StringFlag{Name: "set", Usage: "only the rules of this set (e.g. fr-mt, en-misspell)"},
				}, flags...),
				Action: runRulesList,
			},
			{
				Name:      "explain",
				Usage:     "show a rule: its message, match, replacement, examples and source file:line",
				ArgsUsage: "ID...",
				Flags:     flags,
				Action:    runRulesExplain,
			},
			{
				Name:  "test",
				Usage: "run the examples and keeps of rule files through the whole pipeline",
				Description: `Each bad example must become its good text with the rule firing, the good text
must stay as it is (the rule is idempotent), each keep must stay as it is, and no
two auto rules may make overlapping edits on an example. Failures are printed
with file:line; the exit code is 1 when any fails. With no argument, the
built-in sets are tested.`,
				ArgsUsage: "[FILE|DIR...]",
				Flags:     flags,
				Action:    runRulesTest,
			},
		},
	}
}

// loadRules loads the built-in rules (unless told not to), the --rules
// files and the files of extra, and returns the set and the files of extra.
func loadRules(c *cli.Context, extra []string) (*rules.Set, *resources.Resources, []*rules.File, error) {
	res := &resources.Resources{RulePaths: c.StringSlice("rules"), NoBuiltinRules: c.Bool("no-builtin-rules")}
	set, err := res.RuleSet()
	if err != nil {
		return nil, nil, nil, &codeError{exitError, err}
	}
	var files []*rules.File
	for _, p := range extra {
		fs, err := rules.LoadPath(p)
		if err != nil {
			return nil, nil, nil, &codeError{exitError, err}
		}
		if err := set.Add(fs...); err != nil {
			return nil, nil, nil, &codeError{exitError, err}
		}
		files = append(files, fs...)
	}
	return set, res, files, nil
}

func runRulesList(c *cli.Context) error {
	set, _, _, err := loadRules(c, nil)
	if err != nil {
		return err
	}
	lang, only := c.String("lang"), c.String("set")
	if only != "" && !set.HasSet(only) {
		return usageErrorf("--set %q: no such set (see 'retouche rules list')", only)
	}
	w := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	for _, f := range set.Files {
		if lang != "" && f.Lang != lang && f.Lang != "*" || only != "" && f.Set != only {
			continue
		}
		opt := ""
		if f.Optional {
			opt = ", optional"
		}
		fmt.Fprintf(w, "# %s (%s%s, %d rules, %s): %s\n", f.Set, f.Lang, opt, len(f.Rules), f.Path, f.Description)
		if f.Set == rules.MisspellSet && only != f.Set {
			fmt.Fprintf(w, "#   (list them with --set %s)\n", f.Set)
			continue
		}
		for _, r := range f.Rules {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", r.ID, r.Tier, r.Category, r.Message)
		}
	}
	return w.Flush()
}

func runRulesExplain(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageErrorf("explain needs rule ids (see 'retouche rules list')")
	}
	set, _, _, err := loadRules(c, nil)
	if err != nil {
		return err
	}
	for i, id := range c.Args().Slice() {
		r := set.ByID(id)
		if r == nil {
			return usageErrorf("no rule %q (see 'retouche rules list')", id)
		}
		if i > 0 {
			fmt.Fprintln(c.App.Writer)
		}
		explain(c.App.Writer, r)
	}
	return nil
}

// explain prints everything about a rule.
func explain(w io.Writer, r *rules.Rule) {
	fmt.Fprintf(w, "%s (%s, %s, set %s, language %s)\n", r.ID, r.Tier, r.Category, r.Set, r.Lang)
	fmt.Fprintf(w, "  %s\n", r.Message)
	fmt.Fprintf(w, "  source:  %s\n", r.Pos())
	if r.Pattern != "" {
		fmt.Fprintf(w, "  pattern: %s\n", r.Pattern)
	} else {
		fmt.Fprintf(w, "  match:   %s\n", quoteAll(r.Match))
	}
	if len(r.Replace) > 0 {
		fmt.Fprintf(w, "  replace: %s (case %s)\n", quoteAll(r.Replace), r.Case)
	}
	if r.IgnoreCase {
		fmt.Fprintf(w, "  ignore_case: true\n")
	}
	if r.UnlessBefore != "" {
		fmt.Fprintf(w, "  unless before: %s\n", r.UnlessBefore)
	}
	if r.UnlessAfter != "" {
		fmt.Fprintf(w, "  unless after:  %s\n", r.UnlessAfter)
	}
	for _, ex := range r.Examples {
		if ex.Good == "" {
			fmt.Fprintf(w, "  example: %q (reported)\n", ex.Bad)
			continue
		}
		fmt.Fprintf(w, "  example: %q\n        → %q\n", ex.Bad, ex.Good)
	}
	for _, k := range r.Keep {
		fmt.Fprintf(w, "  keeps:   %q\n", k.Text)
	}
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

func runRulesTest(c *cli.Context) error {
	set, res, files, err := loadRules(c, c.Args().Slice())
	if err != nil {
		return err
	}
	var rs []*rules.Rule
	if c.NArg() == 0 {
		rs = set.Rules
	}
	for _, f := range files {
		rs = append(rs, f.Rules...)
	}
	t := &ruletest.Runner{Resources: res, Set: set}
	sum, err := t.Test(c.Context, rs)
	if err != nil {
		return &codeError{exitError, err}
	}
	for _, f := range sum.Failures {
		fmt.Fprintln(c.App.Writer, f)
	}
	status := "ok"
	if n := len(sum.Failures); n > 0 {
		status = fmt.Sprintf("%d failures", n)
	}
	fmt.Fprintf(c.App.ErrWriter, "%d rules, %d examples, %d keeps: %s\n", sum.Rules, sum.Examples, sum.Keeps, status)
	if len(sum.Failures) > 0 {
		return &codeError{exitFindings, nil}
	}
	return nil
}
