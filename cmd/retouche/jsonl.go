package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/retouche/retouche/internal/input"
	"github.com/retouche/retouche/internal/jsonl"
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
			return nil, nil, &input.PosError{Line: line, Column: 1, Msg: "record: " + err.Error() + " (--on-error skip passes such records through)"}
		}
		ro := recordOut{line: line}
		texts := make([]string, len(vals))
		for k, v := range vals {
			res, err := runner.Run(ctx, pipeline.Document{ID: fmt.Sprintf("%s:%d:%s", name, line, v.Path), Lang: opts.lang, Text: v.Text})
			if err != nil {
				return nil, nil, err
			}
			texts[k] = res.Text
			ro.fields = append(ro.fields, fieldOut{path: v.Path, res: res})
		}
		b.Write(jsonl.Replace([]byte(rec), vals, texts))
		b.WriteString(cr + nl)
		out.records = append(out.records, ro)
	}
	return &pipeline.Result{Original: ch.Text, Text: b.String()}, out, nil
}
