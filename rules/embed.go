package rules

import "embed"

//go:embed data/*.yaml
var builtin embed.FS

// Builtin reads the rule files embedded in the binary (rules/data/*.yaml).
// Their paths in rules and errors start with "rules/data/".
func Builtin() ([]*File, error) {
	return loadFS(builtin, "data", "rules")
}
