package rules

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// compileSchema compiles schema.json, the JSON Schema of rule files that
// editors can use.
func compileSchema(t *testing.T) (*jsonschema.Schema, map[string]any) {
	t.Helper()
	raw, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s, doc.(map[string]any)
}

// yamlToJSON decodes YAML into the values a JSON decoder would give.
func yamlToJSON(t *testing.T, src []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(src, &v); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSchemaAcceptsRuleFiles validates every built-in rule file and the
// user rule file of testdata against schema.json.
func TestSchemaAcceptsRuleFiles(t *testing.T) {
	s, _ := compileSchema(t)
	paths, _ := filepath.Glob("data/*.yaml")
	paths = append(paths, "../testdata/rules/feed.yaml")
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(yamlToJSON(t, src)); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
}

// TestSchemaRejectsWhatTheLoaderRejects checks a few broken files against
// both the schema and Parse.
func TestSchemaRejectsWhatTheLoaderRejects(t *testing.T) {
	s, _ := compileSchema(t)
	for _, c := range []struct{ old, new string }{
		{"    tier: auto\n", "    tier: auto\n    replce: x\n"},
		{"tier: auto", "tier: always"},
		{"match: [suite à]", "match: [suite à]\n    pattern: x"},
		{"language: fr", "language: de"},
		{"id: fr.t.a", "id: Suite"},
		{"    examples:\n      - bad: Suite à ceci.\n        good: À la suite de ceci.\n", ""},
	} {
		src := strings.Replace(goodRule, c.old, c.new, 1)
		if s.Validate(yamlToJSON(t, []byte(src))) == nil {
			t.Errorf("schema accepts %q → %q", c.old, c.new)
		}
		if _, err := Parse(strings.NewReader(src), "f.yaml"); err == nil {
			t.Errorf("Parse accepts %q → %q", c.old, c.new)
		}
	}
}

// TestSchemaKeys keeps the schema and the loader in step: the same keys.
func TestSchemaKeys(t *testing.T) {
	_, doc := compileSchema(t)
	keys := func(props any) []string {
		var out []string
		for k := range props.(map[string]any) {
			out = append(out, k)
		}
		slices.Sort(out)
		return out
	}
	rule := doc["$defs"].(map[string]any)["rule"].(map[string]any)
	if got, want := keys(doc["properties"]), slices.Sorted(slices.Values(fileKeys)); !slices.Equal(got, want) {
		t.Errorf("schema file keys %v, loader %v", got, want)
	}
	if got, want := keys(rule["properties"]), slices.Sorted(slices.Values(ruleKeys)); !slices.Equal(got, want) {
		t.Errorf("schema rule keys %v, loader %v", got, want)
	}
}
