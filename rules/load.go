package rules

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// File is one rule file: a set of rules for one language.
type File struct {
	Path        string
	Lang        string // fr, en or *
	Set         string // name of the set; defaults to the file's base name
	Description string // what the set is for
	Optional    bool   // the set is off unless asked for (e.g. a typography profile)
	Rules       []*Rule
}

// The keys of a rule file and of a rule, as schema.json lists them.
var (
	fileKeys = []string{"language", "set", "description", "optional", "rules"}
	ruleKeys = []string{"id", "category", "tier", "message", "match", "pattern", "replace", "case", "ignore_case", "unless_before", "unless_after", "examples", "keep"}
)

var (
	idPattern  = regexp.MustCompile(`^[a-z0-9]+(?:[.-][a-z0-9]+)+$`)
	setPattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	langs      = []string{"fr", "en", "*"}
)

// posError is an error at a line of a rule file.
func posError(file string, line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...))
}

// Parse reads one rule file. Errors name the file, the line and the key:
// an unknown key, a bad value, a regex that does not compile, a rule
// without examples. Rules are checked one by one; ids across files are
// checked by NewSet.
func Parse(r io.Reader, file string) (*File, error) {
	var doc yaml.Node
	if err := yaml.NewDecoder(r).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: empty rule file", file)
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, posError(file, top.Line, "want a mapping with language and rules")
	}
	f := &File{Path: file, Set: strings.TrimSuffix(path.Base(filepath.ToSlash(file)), path.Ext(file))}
	var list *yaml.Node
	for i := 0; i < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		var err error
		switch k.Value {
		case "language":
			f.Lang, err = oneOf(file, k, v, langs)
		case "set":
			f.Set, err = scalar(file, k, v)
			if err == nil && !setPattern.MatchString(f.Set) {
				err = posError(file, v.Line, "set %q: want lower-case words joined by hyphens", f.Set)
			}
		case "description":
			f.Description, err = scalar(file, k, v)
		case "optional":
			f.Optional, err = boolean(file, k, v)
		case "rules":
			list = v
		default:
			err = posError(file, k.Line, "unknown key %q (want %s)", k.Value, strings.Join(fileKeys, ", "))
		}
		if err != nil {
			return nil, err
		}
	}
	if f.Lang == "" {
		return nil, posError(file, top.Line, "missing key language (fr, en or *)")
	}
	if list == nil || list.Kind != yaml.SequenceNode || len(list.Content) == 0 {
		return nil, posError(file, top.Line, "rules: want a list of rules")
	}
	for _, n := range list.Content {
		r, err := parseRule(file, n)
		if err != nil {
			return nil, err
		}
		r.Lang, r.Set, r.Optional = f.Lang, f.Set, f.Optional
		f.Rules = append(f.Rules, r)
	}
	return f, nil
}

func scalar(file string, k, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode {
		return "", posError(file, v.Line, "%s: want a string", k.Value)
	}
	return v.Value, nil
}

func boolean(file string, k, v *yaml.Node) (bool, error) {
	var b bool
	if v.Kind != yaml.ScalarNode || v.Decode(&b) != nil {
		return false, posError(file, v.Line, "%s: want true or false", k.Value)
	}
	return b, nil
}

func oneOf(file string, k, v *yaml.Node, values []string) (string, error) {
	s, err := scalar(file, k, v)
	if err == nil && !slices.Contains(values, s) {
		err = posError(file, v.Line, "%s %q: want one of %s", k.Value, s, strings.Join(values, ", "))
	}
	return s, err
}

// strings reads a string or a list of strings.
func stringList(file string, k, v *yaml.Node) ([]string, error) {
	if v.Kind == yaml.ScalarNode {
		return []string{v.Value}, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, posError(file, v.Line, "%s: want a string or a list of strings", k.Value)
	}
	var out []string
	for _, e := range v.Content {
		if e.Kind != yaml.ScalarNode {
			return nil, posError(file, e.Line, "%s: want a string", k.Value)
		}
		out = append(out, e.Value)
	}
	return out, nil
}

func parseRule(file string, n *yaml.Node) (*Rule, error) {
	if n.Kind != yaml.MappingNode {
		return nil, posError(file, n.Line, "want a rule (a mapping with id, category, tier, message, match or pattern, examples)")
	}
	r := &Rule{File: file, Line: n.Line, Case: CasePreserve}
	seen := map[string]bool{}
	for i := 0; i < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			return nil, posError(file, k.Line, "key %s given twice", k.Value)
		}
		seen[k.Value] = true
		if err := r.set(file, k, v); err != nil {
			return nil, err
		}
	}
	if err := r.check(file, seen); err != nil {
		return nil, err
	}
	return r, nil
}

// set reads one key of a rule.
func (r *Rule) set(file string, k, v *yaml.Node) error {
	var err error
	switch k.Value {
	case "id":
		if r.ID, err = scalar(file, k, v); err == nil && !idPattern.MatchString(r.ID) {
			err = posError(file, v.Line, "id %q: want lower-case dotted words such as fr.mt.suite-a", r.ID)
		}
	case "category":
		r.Category, err = oneOf(file, k, v, Categories)
	case "tier":
		r.Tier, err = oneOf(file, k, v, Tiers)
	case "message":
		r.Message, err = scalar(file, k, v)
	case "match":
		r.Match, err = stringList(file, k, v)
		for _, m := range r.Match {
			if err == nil && (strings.TrimSpace(m) != m || m == "") {
				err = posError(file, v.Line, "match %q: empty or starts or ends with a space", m)
			}
		}
	case "pattern":
		r.Pattern, err = scalar(file, k, v)
	case "replace":
		r.Replace, err = stringList(file, k, v)
	case "case":
		r.Case, err = oneOf(file, k, v, []string{CasePreserve, CaseExact})
	case "ignore_case":
		r.IgnoreCase, err = boolean(file, k, v)
	case "unless_before":
		r.UnlessBefore, err = scalar(file, k, v)
	case "unless_after":
		r.UnlessAfter, err = scalar(file, k, v)
	case "examples":
		r.Examples, err = examples(file, v)
	case "keep":
		var ks []string
		ks, err = stringList(file, k, v)
		for i, s := range ks {
			line := v.Line
			if v.Kind == yaml.SequenceNode {
				line = v.Content[i].Line
			}
			r.Keep = append(r.Keep, Text{Text: s, Line: line})
		}
	default:
		err = posError(file, k.Line, "unknown key %q (want %s)", k.Value, strings.Join(ruleKeys, ", "))
	}
	return err
}

func examples(file string, v *yaml.Node) ([]Example, error) {
	if v.Kind != yaml.SequenceNode {
		return nil, posError(file, v.Line, "examples: want a list of {bad, good}")
	}
	var out []Example
	for _, e := range v.Content {
		if e.Kind != yaml.MappingNode {
			return nil, posError(file, e.Line, "examples: want {bad, good}")
		}
		ex := Example{Line: e.Line}
		for i := 0; i < len(e.Content); i += 2 {
			k, val := e.Content[i], e.Content[i+1]
			var err error
			switch k.Value {
			case "bad":
				ex.Bad, err = scalar(file, k, val)
			case "good":
				ex.Good, err = scalar(file, k, val)
			default:
				err = posError(file, k.Line, "unknown key %q in an example (want bad, good)", k.Value)
			}
			if err != nil {
				return nil, err
			}
		}
		if ex.Bad == "" {
			return nil, posError(file, e.Line, "example without bad text")
		}
		out = append(out, ex)
	}
	return out, nil
}

// check verifies a rule as a whole once its keys are read.
func (r *Rule) check(file string, seen map[string]bool) error {
	at := func(format string, args ...any) error {
		return posError(file, r.Line, "rule %s: %s", r.ID, fmt.Sprintf(format, args...))
	}
	for _, k := range []string{"id", "category", "tier", "message", "examples"} {
		if !seen[k] {
			return at("missing key %s", k)
		}
	}
	switch {
	case len(r.Match) == 0 && r.Pattern == "":
		return at("needs match (literal phrases) or pattern (a regex)")
	case len(r.Match) > 0 && r.Pattern != "":
		return at("has both match and pattern: use one")
	case len(r.Examples) == 0:
		return at("needs at least one example")
	case r.Tier == "report" && len(r.Replace) > 0:
		return at("a report rule has no replace")
	case r.Tier != "report" && len(r.Replace) == 0:
		return at("tier %s needs replace (or use tier report)", r.Tier)
	case r.Tier == "auto" && len(r.Replace) > 1:
		return at("several replacements are never applied automatically: use tier suggest")
	case r.IgnoreCase && r.Pattern != "":
		return at("ignore_case is for literals; write (?i) in the pattern")
	}
	for _, ex := range r.Examples {
		if r.Tier == "report" && ex.Good != "" {
			return posError(file, ex.Line, "rule %s: a report rule's example has no good text", r.ID)
		}
		if r.Tier != "report" && ex.Good == "" {
			return posError(file, ex.Line, "rule %s: example without good text", r.ID)
		}
	}
	c, err := compile(r)
	if err != nil {
		return at("%v", err)
	}
	r.compiled = c
	return nil
}

// Set is the rules of a run, in a stable order, with unique ids.
type Set struct {
	Files []*File
	Rules []*Rule
	byID  map[string]*Rule
}

// NewSet gathers the rules of files; a duplicate id is an error that names
// both places.
func NewSet(files ...*File) (*Set, error) {
	n := 0
	for _, f := range files {
		n += len(f.Rules)
	}
	s := &Set{byID: make(map[string]*Rule, n), Rules: make([]*Rule, 0, n)}
	for _, f := range files {
		if err := s.add(f); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *Set) add(f *File) error {
	for _, r := range f.Rules {
		if o, ok := s.byID[r.ID]; ok {
			return fmt.Errorf("%s: duplicate rule id %s (first at %s)", r.Pos(), r.ID, o.Pos())
		}
		s.byID[r.ID] = r
	}
	s.Files = append(s.Files, f)
	s.Rules = append(s.Rules, f.Rules...)
	return nil
}

// Add loads more files into the set.
func (s *Set) Add(files ...*File) error {
	for _, f := range files {
		if err := s.add(f); err != nil {
			return err
		}
	}
	return nil
}

// ByID returns the rule with that id, or nil.
func (s *Set) ByID(id string) *Rule { return s.byID[id] }

// Select returns the rules that run on language lang: those of every set
// that is not optional, and those of the optional sets named in enable.
func (s *Set) Select(lang string, enable ...string) []*Rule {
	var out []*Rule
	for _, r := range s.Rules {
		if r.AppliesTo(lang) && (!r.Optional || slices.Contains(enable, r.Set)) {
			out = append(out, r)
		}
	}
	return out
}

// HasSet reports whether a set of that name was loaded.
func (s *Set) HasSet(name string) bool {
	return slices.ContainsFunc(s.Files, func(f *File) bool { return f.Set == name })
}

// LoadFS reads every *.yaml and *.yml file under dir of fsys, in name order.
func LoadFS(fsys fs.FS, dir string) ([]*File, error) { return loadFS(fsys, dir, "") }

// loadFS is LoadFS with prefix before each path in rules and errors.
func loadFS(fsys fs.FS, dir, prefix string) ([]*File, error) {
	var paths []string
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml")) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	sort.Strings(paths)
	var files []*File
	for _, p := range paths {
		f, err := parseFS(fsys, p, prefix)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

func parseFS(fsys fs.FS, p, prefix string) (*File, error) {
	r, err := fsys.Open(p)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	defer r.Close()
	return Parse(r, path.Join(prefix, p))
}

// LoadPath reads a rule file, or every *.yaml and *.yml file under a
// directory, in name order.
func LoadPath(p string) ([]*File, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	if info.IsDir() {
		return loadFS(os.DirFS(p), ".", p)
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	defer f.Close()
	rf, err := Parse(f, p)
	if err != nil {
		return nil, err
	}
	return []*File{rf}, nil
}
