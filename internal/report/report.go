// Package report writes findings for people (one line each) and for
// programs (JSON, JSON Lines).
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/retouche/retouche/pipeline"
)

// Finding is a finding placed in a file, in the shape reports show.
type Finding struct {
	Path        string  `json:"path"`
	Line        int     `json:"line"`
	Column      int     `json:"column"`
	EndLine     int     `json:"end_line"`
	EndColumn   int     `json:"end_column"`
	Offset      int64   `json:"offset"`
	EndOffset   int64   `json:"end_offset"`
	Rule        string  `json:"rule"`
	Stage       string  `json:"stage"`
	Category    string  `json:"category"`
	Tier        string  `json:"tier"`
	Confidence  float64 `json:"confidence"`
	Message     string  `json:"message"`
	Text        string  `json:"text"`
	Replacement string  `json:"replacement"`
	Applied     bool    `json:"applied"`
}

// Place converts the findings of a result into report findings for a text
// named path, of which the result covers the part that starts at the given
// line and byte offset.
func Place(path string, line int, offset int64, res *pipeline.Result) []Finding {
	out := make([]Finding, 0, len(res.Findings))
	for _, f := range res.Findings {
		start, end := res.Location(f.Start), res.Location(f.End)
		out = append(out, Finding{
			Path: path, Line: start.Line + line - 1, Column: start.Column,
			EndLine: end.Line + line - 1, EndColumn: end.Column,
			Offset: offset + int64(f.Start), EndOffset: offset + int64(f.End),
			Rule: f.Rule, Stage: f.Stage, Category: string(f.Category), Tier: f.Tier.String(),
			Confidence: f.Confidence, Message: f.Message,
			Text: res.Span(f), Replacement: res.Replacement(f), Applied: f.Applied,
		})
	}
	return out
}

// Formats lists the names NewWriter accepts.
var Formats = []string{"text", "json", "jsonl", "sarif", "github", "checkstyle", "junit", "template"}

// Writer writes findings in one format.
type Writer interface {
	Write(Finding) error
	// Close ends the report; it must be called once, even with no finding.
	Close() error
}

// NewWriter returns a Writer for the named format.
func NewWriter(format string, w io.Writer, opts Options) (Writer, error) {
	switch format {
	case "text":
		return &textWriter{w: w}, nil
	case "json":
		return &jsonWriter{w: w}, nil
	case "jsonl":
		return &jsonlWriter{enc: newEncoder(w)}, nil
	case "sarif":
		return &sarifWriter{w: w, opts: opts}, nil
	case "github":
		return &githubWriter{w: w}, nil
	case "checkstyle":
		return &checkstyleWriter{w: w}, nil
	case "junit":
		return &junitWriter{w: w}, nil
	case "template":
		return newTemplateWriter(w, opts.Template)
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

func newEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// textWriter writes "path:line:col: category/rule: message (old → new)".
type textWriter struct{ w io.Writer }

func (t *textWriter) Write(f Finding) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:%d: %s/%s: %s", f.Path, f.Line, f.Column, f.Category, f.Rule, f.Message)
	if f.Tier != pipeline.Report.String() {
		fmt.Fprintf(&b, " (%s → %s)", Visible(f.Text), Visible(f.Replacement))
	}
	if f.Tier != pipeline.Auto.String() {
		fmt.Fprintf(&b, " [%s]", f.Tier)
	}
	b.WriteByte('\n')
	_, err := io.WriteString(t.w, b.String())
	return err
}

func (t *textWriter) Close() error { return nil }

var (
	visibleBlanks = strings.NewReplacer("\t", "⇥", "\u00a0", "⍽", "\u202f", "⎵", "\n", "⏎", "\r", "")
	visibleAll    = strings.NewReplacer(" ", "␣", "\t", "⇥", "\u00a0", "⍽", "\u202f", "⎵", "\n", "⏎", "\r", "")
)

// Visible shows a short text so that its spacing can be seen: tabs as ⇥,
// no-break spaces as ⍽, narrow no-break spaces as ⎵, line breaks as ⏎, and
// plain spaces as ␣ when the text is empty of anything else or starts or
// ends with one. The empty text is shown as "∅".
func Visible(s string) string {
	switch {
	case s == "":
		return "∅"
	case strings.TrimSpace(s) == "" || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " "):
		return visibleAll.Replace(s)
	}
	return visibleBlanks.Replace(s)
}

// jsonWriter writes one JSON array of findings.
type jsonWriter struct {
	w io.Writer
	n int
}

func (j *jsonWriter) Write(f Finding) error {
	var buf strings.Builder
	enc := newEncoder(&buf)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(f); err != nil {
		return err
	}
	data := strings.TrimSuffix(buf.String(), "\n")
	sep := ",\n  "
	if j.n == 0 {
		sep = "[\n  "
	}
	j.n++
	_, err := fmt.Fprintf(j.w, "%s%s", sep, data)
	return err
}

func (j *jsonWriter) Close() error {
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}

// jsonlWriter writes one JSON object per line.
type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) Write(f Finding) error { return j.enc.Encode(f) }

func (j *jsonlWriter) Close() error { return nil }
