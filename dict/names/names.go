// Package names is the gazetteer of Retouche: people, places and
// organisations with their canonical spelling per language, their native
// spelling, and the variants that feeds use for them, including the
// manglings of machine translation ("Ta couru Thanh Man" for Tran Thanh Man).
//
// Entities come from YAML files: the embedded ones (names/*.yaml) and a
// user's own (--names FILE), in the same format:
//
//   - id: tran-thanh-man
//     kind: person
//     canonical: {fr: Tran Thanh Man, en: Tran Thanh Man, native: Trần Thanh Mẫn}
//     variants: [Ta couru Thanh Man, Tran Thanh Mân]
package names

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/retouche/retouche/dict"
	"go.yaml.in/yaml/v3"
)

//go:generate go run ./internal/gencountries -o countries.yaml
//go:generate go run ./internal/genjson -o gazetteer.json countries.yaml people.yaml places.yaml

// gazetteerJSON is the YAML files compiled by internal/genjson.
//
//go:embed gazetteer.json
var gazetteerJSON []byte

// Kinds lists the kinds of entity.
var Kinds = []string{"person", "place", "organisation"}

// Entity is a named thing.
type Entity struct {
	ID        string            `yaml:"id" json:"id"`
	Kind      string            `yaml:"kind" json:"kind"`
	Canonical map[string]string `yaml:"canonical" json:"canonical"` // by language code, and "native"
	Variants  []string          `yaml:"variants" json:"variants,omitempty"`
	File      string            `yaml:"-" json:"file"` // where it was read
	Line      int               `yaml:"-" json:"line"`
}

// Name returns the canonical spelling for a language, falling back to
// French, then English, then the native spelling.
func (e *Entity) Name(lang string) string {
	for _, k := range []string{lang, "fr", "en", "native"} {
		if s := e.Canonical[k]; s != "" {
			return s
		}
	}
	return ""
}

// Spellings returns every spelling of the entity: canonical ones, then the
// variants, without repeats.
func (e *Entity) Spellings() []string {
	var out []string
	keys := make([]string, 0, len(e.Canonical))
	for k := range e.Canonical {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !slices.Contains(out, e.Canonical[k]) {
			out = append(out, e.Canonical[k])
		}
	}
	for _, v := range e.Variants {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Parse reads entities from YAML. Errors name the file, line and key.
func Parse(r io.Reader, file string) ([]*Entity, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(r)
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return nil, nil
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	list := doc.Content[0]
	if list.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%s:%d: want a list of entities", file, list.Line)
	}
	var out []*Entity
	for _, n := range list.Content {
		e, err := parseEntity(n, file)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func parseEntity(n *yaml.Node, file string) (*Entity, error) {
	at := func(line int, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...))
	}
	if n.Kind != yaml.MappingNode {
		return nil, at(n.Line, "want an entity (id, kind, canonical, variants)")
	}
	for i := 0; i < len(n.Content); i += 2 {
		switch k := n.Content[i]; k.Value {
		case "id", "kind", "canonical", "variants":
		default:
			return nil, at(k.Line, "unknown key %q (want id, kind, canonical, variants)", k.Value)
		}
	}
	var e Entity
	if err := n.Decode(&e); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", file, n.Line, err)
	}
	e.File, e.Line = file, n.Line
	switch {
	case !idPattern.MatchString(e.ID):
		return nil, at(n.Line, "id %q: want lower-case words joined by hyphens", e.ID)
	case !slices.Contains(Kinds, e.Kind):
		return nil, at(n.Line, "%s: kind %q: want one of %s", e.ID, e.Kind, strings.Join(Kinds, ", "))
	case e.Canonical["fr"] == "" && e.Canonical["en"] == "":
		return nil, at(n.Line, "%s: canonical needs fr or en", e.ID)
	}
	for k, v := range e.Canonical {
		if k != "native" && !slices.Contains(dict.Languages, k) {
			return nil, at(n.Line, "%s: canonical: unknown language %q", e.ID, k)
		}
		if strings.TrimSpace(v) != v || v == "" {
			return nil, at(n.Line, "%s: canonical %s: empty or padded %q", e.ID, k, v)
		}
	}
	return &e, nil
}

// Gazetteer finds entities by any of their spellings.
type Gazetteer struct {
	Entities []*Entity
	byKey    map[string][]*Entity // Key(spelling) → entities
	byID     map[string]*Entity
	words    map[string]bool // every word of every spelling, as written
}

// Key is what spellings are matched on: case, diacritics and the kind of
// apostrophe and hyphen do not matter.
func Key(s string) string {
	if simple(s) {
		return strings.ToLower(s)
	}
	s = hyphens.Replace(dict.Fold(s))
	return strings.Join(strings.Fields(s), " ")
}

// hyphens turns the hyphens of a key into spaces; a Replacer is safe for
// concurrent use.
var hyphens = strings.NewReplacer("-", " ", "‐", " ", "‑", " ")

// simple reports whether s is one ASCII word without a hyphen or an
// apostrophe, whose key is its lower case.
func simple(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// New builds a gazetteer. It fails when two entities share an id or when a
// variant of one entity is a spelling of another.
func New(entities []*Entity) (*Gazetteer, error) {
	g := &Gazetteer{byKey: map[string][]*Entity{}, byID: map[string]*Entity{}, words: map[string]bool{}}
	return g, g.Add(entities)
}

// Add adds entities, with the checks of New.
func (g *Gazetteer) Add(entities []*Entity) error {
	for _, e := range entities {
		if old := g.byID[e.ID]; old != nil {
			return fmt.Errorf("%s:%d: id %q already used at %s:%d", e.File, e.Line, e.ID, old.File, old.Line)
		}
		spellings := e.Spellings()
		keys := make([]string, len(spellings))
		for i, s := range spellings {
			keys[i] = Key(s)
			for _, other := range g.byKey[keys[i]] {
				if other != e {
					return fmt.Errorf("%s:%d: %s: spelling %q is also one of %s (%s:%d)", e.File, e.Line, e.ID, s, other.ID, other.File, other.Line)
				}
			}
		}
		g.byID[e.ID] = e
		g.Entities = append(g.Entities, e)
		for i, s := range spellings {
			k := keys[i]
			if !slices.Contains(g.byKey[k], e) {
				g.byKey[k] = append(g.byKey[k], e)
			}
			for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
				g.words[w] = true
			}
		}
	}
	return nil
}

// Lookup returns the entity one of whose spellings has the same Key as s.
func (g *Gazetteer) Lookup(s string) (*Entity, bool) {
	es := g.byKey[Key(s)]
	if len(es) == 0 {
		return nil, false
	}
	return es[0], true
}

// HasWord reports whether w, exactly as written, is a word of a spelling
// ("Sao" of "Sao Tomé-et-Principe"): other stages leave such words alone.
func (g *Gazetteer) HasWord(w string) bool { return g.words[w] }

// ByID returns an entity by its id.
func (g *Gazetteer) ByID(id string) *Entity { return g.byID[id] }

// Search returns the entities with a spelling whose key contains the key
// of the query, by id.
func (g *Gazetteer) Search(query string) []*Entity {
	q := Key(query)
	var out []*Entity
	for _, e := range g.Entities {
		for _, s := range e.Spellings() {
			if strings.Contains(Key(s), q) {
				out = append(out, e)
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Embedded returns the gazetteer shipped with Retouche: the YAML files of
// this folder, compiled into gazetteer.json by go generate.
func Embedded() (*Gazetteer, error) {
	var all []*Entity
	if err := json.Unmarshal(gazetteerJSON, &all); err != nil {
		return nil, fmt.Errorf("names: gazetteer.json: %w", err)
	}
	return New(all)
}

// Ordinary reports whether a spelling is made only of words that the
// lexicon knows in lower case ("To Lam": "to"? "lam"?): such a variant must
// only match with its own capitals, or it would turn ordinary phrases into
// names.
func Ordinary(spelling string, lex *dict.Lexicon) bool {
	words := strings.FieldsFunc(spelling, func(r rune) bool { return r == ' ' || r == '-' })
	for _, w := range words {
		if !lex.Contains(strings.ToLower(w)) {
			return false
		}
	}
	return len(words) > 0
}
