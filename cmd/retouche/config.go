package main

import (
	"fmt"
	"slices"
	"strconv"
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
	"rules": "rules", "names": "names", "freq": "freq", "fields": "field",
}

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
		if origin[key] != "" && !slices.Contains([]string{"rules", "names", "freq"}, key) {
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
		var values []string
		switch key {
		case "lang":
			values = []string{cfg.Lang}
		case "typography":
			values = []string{cfg.Typography}
		case "encoding":
			values = []string{cfg.Encoding}
		case "strip_tags":
			values = []string{strconv.FormatBool(cfg.StripTags)}
		case "rules":
			values = cfg.Rules
		case "names":
			values = cfg.Names
		case "freq":
			values = cfg.Freq
		case "fields":
			values = cfg.Fields
		}
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
	cfg, err := loadConfig(c)
	if err != nil {
		return err
	}
	origin, err := applyConfig(c, cfg)
	if err != nil {
		return err
	}
	if _, err := commonOptions(c); err != nil {
		return err
	}
	w := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
	file := "(none)"
	if cfg != nil {
		file = cfg.Path
	}
	fmt.Fprintf(w, "# configuration file: %s\n", file)
	value := func(key string) string {
		if flag, ok := configFlags[key]; ok {
			ctx := lookup(c, flag)
			switch key {
			case "rules", "names", "freq", "fields":
				return fmt.Sprint(ctx.StringSlice(flag))
			case "strip_tags":
				return strconv.FormatBool(ctx.Bool(flag))
			}
			return ctx.String(flag)
		}
		if cfg == nil {
			return "[]"
		}
		switch key {
		case "words":
			return fmt.Sprint(cfg.Words)
		case "enable":
			return fmt.Sprint(cfg.Enable)
		case "disable":
			return fmt.Sprint(cfg.Disable)
		case "tiers":
			return fmt.Sprint(cfg.Tiers)
		case "include":
			return fmt.Sprint(cfg.Include)
		case "exclude":
			return fmt.Sprint(cfg.Exclude)
		}
		return ""
	}
	for _, key := range config.Keys {
		from := origin[key]
		if from == "" {
			from = "default"
		}
		fmt.Fprintf(w, "%s\t%s\t(%s)\n", key, value(key), from)
	}
	return w.Flush()
}
