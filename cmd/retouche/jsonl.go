package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/retouche/retouche/internal/input"
	"github.com/retouche/retouche/internal/jsonl"
	"github.com/retouche/retouche/internal/report"
	"github.com/retouche/retouche/pipeline"
)

// jsonlChunk is what repairing the records of a chunk gives besides the
// rebuilt text: the result of each field, and the records skipped.
type jsonlChunk struct {
	records []recordOut
	skipped []skippedRecord
}

type recordOut struct {
	line   int // the record's line: its number in the file
	fields []fieldOut
}

type fieldOut struct {
	path string // e.g. body.paragraphs[2]
	res  *pipeline.Result
}

type skippedRecord struct {
	line int
	err  error
}

// jsonlHandler is implemented by handlers that report findings per record
// and field (check); others use the rebuilt text of the chunk.
type jsonlHandler interface {
	records(src input.Source, ch input.Chunk, recs *jsonlChunk) error
}

// repairRecords repairs the selected string fields of each record (one per
// line) of a chunk and rebuilds the chunk: every other byte of a record is
// kept, and blank lines pass through. A record that is not a JSON object,
// or whose selected field is not a string, stops the source (--on-error
// fail) or passes through unchanged (skip).
func repairRecords(ctx context.Context, runner *pipeline.Runner, ch input.Chunk, opts options, name string) (*pipeline.Result, *jsonlChunk, error) {
	out := &jsonlChunk{}
	var b strings.Builder
	b.Grow(len(ch.Text))
	text, line := ch.Text, ch.Line
	for ; text != ""; line++ {
		rec, nl := text, ""
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			rec, nl, text = text[:i], "\n", text[i+1:]
		} else {
			text = ""
		}
		cr := ""
		if strings.HasSuffix(rec, "\r") {
			rec, cr = rec[:len(rec)-1], "\r"
		}
		if strings.TrimSpace(rec) == "" {
			b.WriteString(rec + cr + nl)
			continue
		}
		vals, err := jsonl.Find([]byte(rec), opts.fields)
		if err != nil {
			if opts.onError == "skip" {
				out.skipped = append(out.skipped, skippedRecord{line, err})
				b.WriteString(rec + cr + nl)
				continue
			}
			// The records before it are kept: the caller writes them, then
			// stops the source.
			done := &pipeline.Result{Original: ch.Text[:len(ch.Text)-len(text)-len(rec)-len(cr)-len(nl)], Text: b.String()}
			return done, nil, &input.PosError{Line: line, Column: 1, Msg: "record: " + err.Error() + " (--on-error skip passes such records through)"}
		}
		lang := recordLang([]byte(rec), opts)
		ro := recordOut{line: line}
		texts := make([]string, len(vals))
		for k, v := range vals {
			res, err := runner.Run(ctx, pipeline.Document{ID: fmt.Sprintf("%s:%d:%s", name, line, v.Path), Lang: lang, Text: v.Text})
			if err != nil {
				return nil, nil, err
			}
			texts[k] = res.Text
			ro.fields = append(ro.fields, fieldOut{path: v.Path, res: res})
		}
		fixed := jsonl.Replace([]byte(rec), vals, texts)
		if opts.findingsKey != "" {
			fixed = jsonl.AddKey(fixed, opts.findingsKey, findingsJSON(ro))
		}
		b.Write(fixed)
		b.WriteString(cr + nl)
		out.records = append(out.records, ro)
	}
	return &pipeline.Result{Original: ch.Text, Text: b.String()}, out, nil
}

// recordLang returns the language of a record: the string of --lang-field
// when it names a supported language, else --lang.
func recordLang(rec []byte, opts options) string {
	if opts.langField == nil {
		return opts.lang
	}
	vals, err := jsonl.Find(rec, [][]string{opts.langField})
	if err != nil || len(vals) == 0 {
		return opts.lang
	}
	l := strings.ToLower(vals[0].Text)
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i] // fr-FR, en_US
	}
	if slices.Contains(languages, l) {
		return l
	}
	return opts.lang
}

// findingsJSON encodes the findings of a record's fields as a JSON array,
// each placed in its field (path is the field's path).
func findingsJSON(r recordOut) []byte {
	var all []report.Finding
	for _, f := range r.fields {
		all = append(all, report.Place(f.path, 1, 0, f.res)...)
	}
	if all == nil {
		all = []report.Finding{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(all)
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
