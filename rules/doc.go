// Package rules will load declarative rule files (YAML) describing known
// defects, with examples that are tested. It does not import pipeline: the
// pipeline turns loaded rules into a stage.
package rules
