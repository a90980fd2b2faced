// Package config reads .retouche.yaml, the configuration a team commits
// beside its corpus: languages, rule files, names, frequencies, allow-lists,
// rules to disable or re-tier, and which files to read. Command-line flags
// override it.
package config

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// FileName is the name Find looks for.
const FileName = ".retouche.yaml"

// Config is a parsed configuration file. Paths are made relative to the
// directory of the file, so a configuration works wherever it is run from.
type Config struct {
	Path       string            // the file read
	Lang       string            // fr or en
	Typography string            // keep, fr-nbsp or fr-nnbsp
	Encoding   string            // as --encoding
	StripTags  bool              // as --strip-tags
	Rules      []string          // rule files or directories
	Names      []string          // gazetteer files
	Freq       []string          // frequency files
	Words      []string          // allow-list files: words that are never defects
	Enable     []string          // optional rule sets to turn on
	Disable    []string          // rule ids, categories or stage names to turn off
	Tiers      map[string]string // rule id → auto, suggest or report
	Include    []string          // globs of files to read in directories
	Exclude    []string          // globs of files to skip
	Fields     []string          // with --jsonl, the fields to repair

	// Origin maps each key that was set to "file:line".
	Origin map[string]string
}

// paths are the list keys whose items are files, relative to the file.
var paths = map[string]bool{"rules": true, "names": true, "freq": true, "words": true}

// lists maps the keys that hold lists to their fields.
func (c *Config) lists() map[string]*[]string {
	return map[string]*[]string{
		"rules": &c.Rules, "names": &c.Names, "freq": &c.Freq, "words": &c.Words, "enable": &c.Enable,
		"disable": &c.Disable, "include": &c.Include, "exclude": &c.Exclude, "fields": &c.Fields,
	}
}

// Strings returns the value of a key as strings: one for a scalar, the
// items of a list, "id=tier" for each of tiers (sorted).
func (c *Config) Strings(key string) []string {
	switch key {
	case "lang":
		return []string{c.Lang}
	case "typography":
		return []string{c.Typography}
	case "encoding":
		return []string{c.Encoding}
	case "strip_tags":
		return []string{strconv.FormatBool(c.StripTags)}
	case "tiers":
		var out []string
		for id, t := range c.Tiers {
			out = append(out, id+"="+t)
		}
		slices.Sort(out)
		return out
	}
	if l, ok := c.lists()[key]; ok {
		return *l
	}
	return nil
}

// Keys are the keys a configuration file may hold.
var Keys = []string{"lang", "typography", "encoding", "strip_tags", "rules", "names", "freq", "words", "enable", "disable", "tiers", "include", "exclude", "fields"}

// Find returns the configuration file of dir or of its nearest parent, or
// "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		if info, err := os.Stat(p); err == nil && !info.IsDir() {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads a configuration file. Errors name the file, the line and
// the key: an unknown key, a value of the wrong kind, a bad tier.
func Load(path string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

// Parse reads a configuration from r; path names it in errors and is the
// base of relative paths.
func Parse(r io.Reader, path string) (*Config, error) {
	c := &Config{Path: path, Origin: map[string]string{}}
	var doc yaml.Node
	if err := yaml.NewDecoder(r).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return c, nil
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: want a mapping of settings (%s)", path, top.Line, strings.Join(Keys, ", "))
	}
	base := filepath.Dir(path)
	for i := 0; i < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		at := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s: %s", path, v.Line, k.Value, fmt.Sprintf(format, args...))
		}
		if _, dup := c.Origin[k.Value]; dup {
			return nil, fmt.Errorf("%s:%d: key %s given twice", path, k.Line, k.Value)
		}
		var err error
		switch k.Value {
		case "lang":
			c.Lang, err = oneOf(v, at, "fr", "en")
		case "typography":
			c.Typography, err = oneOf(v, at, "keep", "fr-nbsp", "fr-nnbsp")
		case "encoding":
			c.Encoding, err = str(v, at)
		case "strip_tags":
			if v.Kind != yaml.ScalarNode || v.Decode(&c.StripTags) != nil {
				err = at("want true or false")
			}
		case "rules", "names", "freq", "words", "enable", "disable", "fields":
			list := c.lists()[k.Value]
			if *list, err = strs(v, at); err == nil && paths[k.Value] {
				for j, p := range *list {
					if !filepath.IsAbs(p) {
						(*list)[j] = filepath.Join(base, p)
					}
				}
			}
		case "include", "exclude":
			*c.lists()[k.Value], err = globs(v, at)
		case "tiers":
			c.Tiers, err = tiers(v, at)
		default:
			err = fmt.Errorf("%s:%d: unknown key %q (want %s)", path, k.Line, k.Value, strings.Join(Keys, ", "))
		}
		if err != nil {
			return nil, err
		}
		c.Origin[k.Value] = fmt.Sprintf("%s:%d", path, k.Line)
	}
	return c, nil
}

func str(v *yaml.Node, at func(string, ...any) error) (string, error) {
	if v.Kind != yaml.ScalarNode || v.Value == "" {
		return "", at("want a string")
	}
	return v.Value, nil
}

func oneOf(v *yaml.Node, at func(string, ...any) error, values ...string) (string, error) {
	s, err := str(v, at)
	if err == nil && !slices.Contains(values, s) {
		err = at("%q: want one of %s", s, strings.Join(values, ", "))
	}
	return s, err
}

func strs(v *yaml.Node, at func(string, ...any) error) ([]string, error) {
	if v.Kind == yaml.ScalarNode && v.Value != "" {
		return []string{v.Value}, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, at("want a list of strings")
	}
	var out []string
	for _, e := range v.Content {
		if e.Kind != yaml.ScalarNode || e.Value == "" {
			return nil, at("the item of line %d: want a string", e.Line)
		}
		out = append(out, e.Value)
	}
	return out, nil
}

func globs(v *yaml.Node, at func(string, ...any) error) ([]string, error) {
	list, err := strs(v, at)
	for _, g := range list {
		if err == nil {
			if _, merr := filepath.Match(strings.ReplaceAll(g, "**/", ""), ""); merr != nil {
				err = at("%q: %v", g, merr)
			}
		}
	}
	return list, err
}

func tiers(v *yaml.Node, at func(string, ...any) error) (map[string]string, error) {
	if v.Kind != yaml.MappingNode {
		return nil, at("want a mapping of rule ids to auto, suggest or report")
	}
	out := map[string]string{}
	for i := 0; i < len(v.Content); i += 2 {
		id, t := v.Content[i].Value, v.Content[i+1]
		if t.Kind != yaml.ScalarNode || !slices.Contains([]string{"auto", "suggest", "report"}, t.Value) {
			return nil, at("%s: %q: want auto, suggest or report (line %d)", id, t.Value, t.Line)
		}
		out[id] = t.Value
	}
	return out, nil
}

// ReadWords reads allow-list files: one word per line, "#" starts a
// comment, blank lines are skipped.
func ReadWords(paths []string) (map[string]bool, error) {
	words := map[string]bool{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("words: %w", err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			if w := strings.TrimSpace(line); w != "" {
				words[w] = true
			}
		}
	}
	return words, nil
}

// Match reports whether a file, at rel (slash-separated, relative to the
// directory walked), is selected by include and exclude globs. A glob
// without "/" matches the base name; "**/" matches any number of folders.
func Match(rel string, include, exclude []string) bool {
	rel = filepath.ToSlash(rel)
	for _, g := range exclude {
		if globMatch(g, rel) {
			return false
		}
	}
	if len(include) == 0 {
		return true
	}
	for _, g := range include {
		if globMatch(g, rel) {
			return true
		}
	}
	return false
}

func globMatch(g, rel string) bool {
	if !strings.Contains(g, "/") {
		ok, _ := filepath.Match(g, filepath.Base(rel))
		return ok
	}
	if rest, ok := strings.CutPrefix(g, "**/"); ok {
		parts := strings.Split(rel, "/")
		for i := range parts {
			if globMatch(rest, strings.Join(parts[i:], "/")) {
				return true
			}
		}
		return false
	}
	ok, _ := filepath.Match(g, rel)
	return ok
}
