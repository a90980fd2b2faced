package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/retouche/retouche/dict"
	"github.com/retouche/retouche/internal/config"
	"github.com/retouche/retouche/internal/input"
	"github.com/retouche/retouche/internal/jsonl"
	"github.com/retouche/retouche/pipeline"
	"github.com/retouche/retouche/pipeline/stages"
	"github.com/retouche/retouche/pipeline/stages/resources"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// languages lists the values --lang accepts.
var languages = []string{"fr", "en"}

// commonFlags are accepted before the command and after it.
func commonFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "lang", Aliases: []string{"l"}, Value: "fr", Usage: "language of the text: fr or en"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), DefaultText: "number of CPUs", Usage: "texts (or 1 MiB chunks of one text) repaired at once"},
		&cli.StringFlag{Name: "tier", Value: "auto", Usage: "highest tier applied: auto (sure repairs) or suggest (suggestions too)"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print no summary, note or progress bar on standard error (the bar shows only on a terminal)"},
		&cli.StringSliceFlag{Name: "freq", Usage: "add word frequencies from this `FILE` of \"word count\" lines (see 'retouche dict learn')"},
		&cli.StringFlag{Name: "hunspell", Usage: "use this Hunspell dictionary (`PATH.aff`, PATH.dic beside it) for --lang instead of the embedded lexicon"},
		&cli.StringSliceFlag{Name: "names", Usage: "add the entities of this gazetteer `FILE` (YAML, see 'retouche help dict')"},
		&cli.StringFlag{Name: "names-style", Value: "press", Usage: "how the names stage writes names: press (Tran Thanh Man) or native (Trần Thanh Mẫn)"},
		&cli.StringSliceFlag{Name: "rules", Usage: "apply the rule files of this `FILE|DIR` too (YAML; see 'retouche help rules')"},
		&cli.StringFlag{Name: "encoding", Value: "auto", Usage: "encoding of the input: auto (UTF-8; UTF-16 with a byte-order mark; Windows-1252 when the text is not UTF-8 and reads as it) or a label such as utf-8, windows-1252, latin1, utf-16le; output is always UTF-8"},
		&cli.BoolFlag{Name: "jsonl", Usage: "read JSON Lines: repair the string fields of --field in each record, keeping every other byte"},
		&cli.StringSliceFlag{Name: "field", Value: cli.NewStringSlice("text"), Usage: "with --jsonl, a `FIELD` to repair: a dotted path (body.title); an array of strings is repaired string by string"},
		&cli.StringFlag{Name: "findings-key", Usage: "with fix --jsonl, add each record's findings under this `KEY` (the fields of check --format jsonl)"},
		&cli.StringFlag{Name: "lang-field", Usage: "with --jsonl, take each record's language from this `FIELD` (fr, en, fr-FR…; else --lang)"},
		&cli.StringFlag{Name: "on-error", Value: "fail", Usage: "with --jsonl, what a bad record does: fail (exit 2 with its line) or skip (passed through unchanged, reported)"},
		&cli.StringSliceFlag{Name: "include", Usage: "in directories, read only the files matching this `GLOB` (*.txt; a glob with / matches the path below the directory; **/ any folders)"},
		&cli.StringSliceFlag{Name: "exclude", Usage: "in directories, skip the files matching this `GLOB` (also .gitignore and .retoucheignore are honoured)"},
		&cli.StringFlag{Name: "max-size", Usage: "in directories, skip files larger than `SIZE` (bytes, or with K, M, G: 50M)"},
		&cli.BoolFlag{Name: "stats", Usage: "print on standard error a summary table: texts, records, bytes, findings and repairs by category and by rule, throughput"},
		&cli.StringFlag{Name: "config", Usage: "read the configuration from this `FILE` (default: .retouche.yaml in the working directory or its nearest parent; see 'retouche help config')"},
		&cli.BoolFlag{Name: "strip-tags", Usage: "remove HTML tags left in the text (<br>, <p>, </a>…) instead of only reporting them"},
		&cli.StringFlag{Name: "stages", Usage: "run only these stages (comma-separated names, e.g. mojibake,whitespace; see 'retouche help')"},
		&cli.StringFlag{Name: "typography", Value: "keep", Usage: "French spacing profile: keep (fix only inconsistencies), fr-nbsp (U+00A0 before ; : ! ? and inside « ») or fr-nnbsp (U+202F)"},
	}
}

// withCommon returns the command's flags followed by the common ones.
func withCommon(flags ...cli.Flag) []cli.Flag { return append(flags, commonFlags()...) }

// options are the settings every command shares.
type options struct {
	lang  string
	jobs  int
	apply pipeline.Tier
	quiet bool
	// encoding is the --encoding of every source; notes receives a line
	// for each source decoded from another encoding (nil with --quiet).
	encoding string
	notes    io.Writer
	res      *resources.Resources
	// adjust is the driver's Adjust from the configuration (disabled rules,
	// tiers, accepted words); keep filters the files found in directories.
	adjust   func(*pipeline.Finding, string) bool
	filter   input.Filter
	stats    *runStats // with --stats
	progress io.Writer // where the progress bar goes: a terminal, unless --quiet
	// jsonl mode: the fields to repair and what a bad record does.
	jsonl       bool
	fields      [][]string
	onError     string
	findingsKey string   // --findings-key
	langField   []string // --lang-field, as a path
	errw        io.Writer
	stages      []*pipeline.Stage
	cfg         *config.Config    // the configuration file read, if any
	origin      map[string]string // where each configuration key came from
}

// lookup returns the context in which flag name was set: the command's
// own, else the app's (flags given before the command), else the command's
// for its default.
func lookup(c *cli.Context, name string) *cli.Context {
	for _, ctx := range c.Lineage() {
		if slices.Contains(ctx.LocalFlagNames(), name) {
			return ctx
		}
	}
	return c
}

// commonOptions reads the configuration file and checks the common flags.
func commonOptions(c *cli.Context) (options, error) {
	cfg, err := loadConfig(c)
	if err != nil {
		return options{}, err
	}
	origin, err := applyConfig(c, cfg)
	if err != nil {
		return options{}, err
	}
	o, err := flagOptions(c)
	o.cfg, o.origin = cfg, origin
	if err != nil || cfg == nil {
		return o, err
	}
	if o.adjust, err = adjuster(cfg); err != nil {
		return o, err
	}
	if len(cfg.Enable) > 0 {
		o.res.RuleSets = append(o.res.RuleSets, cfg.Enable...)
		if _, err := o.res.RuleSet(); err != nil {
			return o, &codeError{exitError, fmt.Errorf("%s: enable: %w", cfg.Origin["enable"], err)}
		}
	}
	return o, nil
}

// flagOptions reads and checks the common flags.
func flagOptions(c *cli.Context) (options, error) {
	o := options{
		lang:     lookup(c, "lang").String("lang"),
		jobs:     lookup(c, "jobs").Int("jobs"),
		quiet:    lookup(c, "quiet").Bool("quiet"),
		encoding: lookup(c, "encoding").String("encoding"),
		stages:   stages.Default(nil),
	}
	if !slices.Contains(languages, o.lang) {
		return o, usageErrorf("--lang %q: unknown language (want one of %v)", o.lang, languages)
	}
	if !o.quiet {
		o.notes = c.App.ErrWriter
	}
	o.errw = c.App.ErrWriter
	if f, ok := c.App.ErrWriter.(*os.File); ok && !o.quiet && term.IsTerminal(int(f.Fd())) {
		o.progress = f
	}
	if lookup(c, "stats").Bool("stats") {
		o.stats = newRunStats()
	}
	o.jsonl = lookup(c, "jsonl").Bool("jsonl")
	o.onError = lookup(c, "on-error").String("on-error")
	if o.onError != "fail" && o.onError != "skip" {
		return o, usageErrorf("--on-error %q: want fail or skip", o.onError)
	}
	fields, err := jsonl.Paths(lookup(c, "field").StringSlice("field"))
	if err != nil {
		return o, usageErrorf("%v", err)
	}
	o.fields = fields
	o.findingsKey = lookup(c, "findings-key").String("findings-key")
	if lf := lookup(c, "lang-field").String("lang-field"); lf != "" {
		p, err := jsonl.Paths([]string{lf})
		if err != nil {
			return o, usageErrorf("--lang-field: %v", err)
		}
		o.langField = p[0]
	}
	include, exclude := lookup(c, "include").StringSlice("include"), lookup(c, "exclude").StringSlice("exclude")
	for _, g := range append(slices.Clone(include), exclude...) {
		if _, err := filepath.Match(strings.ReplaceAll(g, "**/", ""), ""); err != nil {
			return o, usageErrorf("--include/--exclude %q: %v", g, err)
		}
	}
	o.filter.Keep = keepFunc(include, exclude)
	if size := lookup(c, "max-size").String("max-size"); size != "" {
		if o.filter.MaxSize, err = parseSize(size); err != nil {
			return o, usageErrorf("--max-size %q: %v", size, err)
		}
	}
	if o.encoding != "auto" {
		if _, _, err := input.Decode(strings.NewReader(""), o.encoding); err != nil {
			return o, usageErrorf("%v", err)
		}
	}
	if o.jobs < 1 {
		return o, usageErrorf("--jobs %d: want 1 or more", o.jobs)
	}
	tier := lookup(c, "tier").String("tier")
	t, err := pipeline.ParseTier(tier)
	if err != nil || t > pipeline.Suggest {
		return o, usageErrorf("--tier %q: want auto or suggest", tier)
	}
	o.apply = t
	res, err := resourcesFrom(c, o.lang)
	if err != nil {
		return o, err
	}
	o.stages, o.res = stages.Default(res), res
	if list := lookup(c, "stages").String("stages"); list != "" {
		if o.stages, err = selectStages(o.stages, list); err != nil {
			return o, err
		}
	}
	return o, nil
}

// selectStages keeps the stages named in a comma-separated list, in the
// pipeline's order.
func selectStages(all []*pipeline.Stage, list string) ([]*pipeline.Stage, error) {
	want := strings.Split(list, ",")
	for i := range want {
		want[i] = strings.TrimSpace(want[i])
	}
	var out []*pipeline.Stage
	var known []string
	for _, s := range all {
		known = append(known, s.Name)
		if slices.Contains(want, s.Name) {
			out = append(out, s)
		}
	}
	for _, name := range want {
		if !slices.Contains(known, name) {
			return nil, usageErrorf("--stages: unknown stage %q (want some of %s)", name, strings.Join(known, ","))
		}
	}
	return out, nil
}

// resourcesFrom reads the data flags: --freq files are read now, so that a
// bad file is reported before any work; lexicons and names load when a
// stage first needs them.
func resourcesFrom(c *cli.Context, lang string) (*resources.Resources, error) {
	res := &resources.Resources{NameFiles: lookup(c, "names").StringSlice("names"), RulePaths: lookup(c, "rules").StringSlice("rules"),
		StripTags: lookup(c, "strip-tags").Bool("strip-tags")}
	typo := lookup(c, "typography").String("typography")
	set, ok := typographySets[typo]
	if !ok {
		return nil, usageErrorf("--typography %q: want keep, fr-nbsp or fr-nnbsp", typo)
	}
	if set != "" {
		res.RuleSets = append(res.RuleSets, set)
	}
	if len(res.RulePaths) > 0 || len(res.RuleSets) > 0 {
		if _, err := res.RuleSet(); err != nil { // a broken rule file stops the run before any work
			return nil, &codeError{exitError, err}
		}
	}
	switch style := lookup(c, "names-style").String("names-style"); style {
	case "press", "":
	case "native":
		res.NativeNames = true
	default:
		return nil, usageErrorf("--names-style %q: want press or native", style)
	}
	if aff := lookup(c, "hunspell").String("hunspell"); aff != "" {
		if _, err := os.Stat(aff); err != nil {
			return nil, usageErrorf("--hunspell: %v", err)
		}
		res.Hunspell = map[string]string{lang: aff}
	}
	for _, path := range lookup(c, "freq").StringSlice("freq") {
		f, err := os.Open(path)
		if err != nil {
			return nil, &codeError{exitError, err}
		}
		zipf, err := dict.ReadFreq(f, path)
		f.Close()
		if err != nil {
			return nil, &codeError{exitError, err}
		}
		if res.Freq == nil {
			res.Freq = zipf
			continue
		}
		for w, z := range zipf {
			res.Freq[w] = max(res.Freq[w], z)
		}
	}
	return res, nil
}

// useColor decides whether to colour output for --color mode.
func useColor(mode string, out any) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		if os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
			return false, nil
		}
		f, ok := out.(*os.File)
		return ok && term.IsTerminal(int(f.Fd())), nil
	}
	return false, usageErrorf("--color %q: want auto, always or never", mode)
}

// version returns the module version the binary was built from.
func version() string {
	v := "(devel)"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		v = info.Main.Version
	}
	return v
}

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:      "version",
		Usage:     "print the version of retouche",
		UsageText: "retouche version",
		Action: func(c *cli.Context) error {
			_, err := fmt.Fprintf(c.App.Writer, "retouche %s %s %s/%s\n", version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return err
		},
	}
}

// keepFunc selects files by include and exclude globs; nil when there are
// none.
func keepFunc(include, exclude []string) func(string) bool {
	if len(include) == 0 && len(exclude) == 0 {
		return nil
	}
	return func(rel string) bool { return config.Match(rel, include, exclude) }
}

// parseSize reads a size in bytes, with an optional K, M or G suffix.
func parseSize(s string) (int64, error) {
	mult := int64(1)
	switch strings.ToUpper(s[len(s)-1:]) {
	case "K":
		mult = 1 << 10
	case "M":
		mult = 1 << 20
	case "G":
		mult = 1 << 30
	}
	if mult > 1 {
		s = s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("want a number of bytes, or with K, M or G")
	}
	return n * mult, nil
}

// resolve finds the sources of the command's arguments, printing a note
// for each file skipped for its size.
func resolve(c *cli.Context, o options) ([]input.Source, error) {
	sources, notes, err := input.ResolveFunc(c.Args().Slice(), o.filter)
	if err != nil {
		return nil, &codeError{exitError, err}
	}
	for _, n := range notes {
		if o.notes != nil {
			fmt.Fprintf(o.notes, "retouche: %s\n", n)
		}
	}
	return sources, nil
}
