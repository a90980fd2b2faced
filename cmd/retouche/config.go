package main

import (
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/retouche/retouche/internal/config"
	"github.com/retouche/retouche/pipeline"
	"github.com/urfave/cli/v2"
)

// configFlags maps keys of .retouche.yaml to the flags they stand for;
// a flag given on the command line wins over the file (lists add up).
var configFlags = map[string]string{
	"lang": "lang", "typography": "typography", "encoding": "encoding", "strip_tags": "strip-tags",
	"rules": "rules", "names": "names", "freq": "freq", "fields": "field", "include": "include", "exclude": "exclude",
}

// addUp are the keys whose values the command line adds to, rather than
// replaces.
var addUp = []string{"rules", "names", "freq", "include", "exclude"}

// loadConfig reads --config, or the .retouche.yaml of the working
// directory or of its nearest parent; nil when there is none.
func loadConfig(c *cli.Context) (*config.Config, error) {
	path := lookup(c, "config").String("config")
	if path == "" {
		var err error
		if path, err = config.Find("."); err != nil || path == "" {
			return nil, err
		}
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, &codeError{exitError, err}
	}
	return cfg, nil
}

// applyConfig sets, from the configuration, the flags the command line
// left unset, and returns where each setting came from.
func applyConfig(c *cli.Context, cfg *config.Config) (map[string]string, error) {
	origin := map[string]string{}
	for _, key := range config.Keys {
		flag, isFlag := configFlags[key]
		if isFlag && lookup(c, flag).IsSet(flag) {
			origin[key] = "command line"
		}
		at, inFile := "", false
		if cfg != nil {
			at, inFile = cfg.Origin[key]
		}
		if !inFile {
			continue
		}
		if origin[key] != "" && !slices.Contains(addUp, key) {
			continue // the command line wins
		}
		if origin[key] != "" {
			origin[key] += " and " + at
		} else {
			origin[key] = at
		}
		if !isFlag {
			continue
		}
		ctx := lookup(c, flag)
		values := cfg.Strings(key)
		for _, v := range values {
			if err := ctx.Set(flag, v); err != nil {
				return nil, &codeError{exitError, fmt.Errorf("%s: %s: %w", at, key, err)}
			}
		}
	}
	return origin, nil
}

// adjuster turns disable, tiers and words of the configuration into the
// driver's Adjust: findings of a disabled rule, category or stage are
// dropped, a rule's tier is replaced, and a finding whose text is an
// accepted word is dropped.
func adjuster(cfg *config.Config) (func(*pipeline.Finding, string) bool, error) {
	if cfg == nil || len(cfg.Disable) == 0 && len(cfg.Tiers) == 0 && len(cfg.Words) == 0 {
		return nil, nil
	}
	words, err := config.ReadWords(cfg.Words)
	if err != nil {
		return nil, &codeError{exitError, err}
	}
	tiers := map[string]pipeline.Tier{}
	for id, t := range cfg.Tiers {
		tiers[id], _ = pipeline.ParseTier(t)
	}
	return func(f *pipeline.Finding, text string) bool {
		if slices.Contains(cfg.Disable, f.Rule) || slices.Contains(cfg.Disable, string(f.Category)) || slices.Contains(cfg.Disable, f.Stage) {
			return false
		}
		if words[text] || words[strings.ToLower(text)] {
			return false
		}
		if t, ok := tiers[f.Rule]; ok {
			f.Tier = t
		}
		return true
	}, nil
}

func configCommand() *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "show the effective configuration (.retouche.yaml and flags)",
		Description: `Retouche reads .retouche.yaml from the working directory or its nearest parent
(or the file of --config). Its keys: lang, typography, encoding, strip_tags, rules,
names, freq, words (allow-list files: one word per line, # comments), enable
(optional rule sets), disable (rule ids, categories or stage names), tiers (rule id:
auto|suggest|report), include and exclude (globs of the files read in directories;
a glob without / matches the file name, **/ any folders), fields (the JSONL fields
of --jsonl). Paths are relative to the file. Flags given on the command line win; rules, names and freq files add up.

Example .retouche.yaml:
   lang: fr
   rules: [rules/]
   words: [allow.txt]
   disable: [fr.mt.impacter, typography]
   tiers: {fr.mt.suite-a: auto}
   exclude: ["**/drafts/*"]`,
		Subcommands: []*cli.Command{{
			Name:      "print",
			Usage:     "print each setting, its value and where it comes from",
			ArgsUsage: " ",
			Flags:     commonFlags(),
			Action:    runConfigPrint,
		}},
	}
}

func runConfigPrint(c *cli.Context) error {
	o, err := commonOptions(c)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	file := "(none)"
	if o.cfg != nil {
		file = o.cfg.Path
	}
	fmt.Fprintf(w, "# configuration file: %s\n", file)
	for _, key := range config.Keys {
		var value string
		if flag, ok := configFlags[key]; ok {
			ctx := lookup(c, flag)
			switch f := ctx.Value(flag).(type) {
			case cli.StringSlice:
				value = fmt.Sprint(f.Value())
			default:
				value = fmt.Sprint(f)
			}
		} else if o.cfg != nil {
			value = fmt.Sprint(o.cfg.Strings(key))
		} else {
			value = "[]"
		}
		from := o.origin[key]
		if from == "" {
			from = "default"
		}
		fmt.Fprintf(w, "%s\t%s\t(%s)\n", key, value, from)
	}
	return w.Flush()
}
