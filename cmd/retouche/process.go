package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/retouche/retouche/internal/input"
	"github.com/retouche/retouche/pipeline"
)

// handler receives the results of the pipeline in input order. For each
// source it gets begin, then chunk for each chunk, then end; or fail, after
// which nothing more of that source.
type handler interface {
	begin(src input.Source) error
	chunk(src input.Source, ch input.Chunk, res *pipeline.Result) error
	end(src input.Source) error
	// fail abandons the source: it must undo any partial work.
	fail(src input.Source, err error)
}

type itemKind int

const (
	itemBegin itemKind = iota
	itemChunk
	itemEnd
	itemFail
)

// item is one event of the ordered stream; chunk items are repaired by the
// workers and closed when done.
type item struct {
	kind  itemKind
	src   int
	chunk input.Chunk
	done  chan struct{}
	res   *pipeline.Result
	recs  *jsonlChunk // with --jsonl
	err   error
}

// process reads the sources, repairs their chunks on opts.jobs workers, and
// hands the results to h in input order. Memory holds at most about
// 2×jobs+2 chunks at once. It returns the number of sources that failed.
func process(ctx context.Context, opts options, sources []input.Source, stdin io.Reader, h handler) (int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ordered := make(chan *item, 2*opts.jobs+2)
	work := make(chan *item, opts.jobs)
	var wg sync.WaitGroup
	for range opts.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runner := &pipeline.Runner{Stages: opts.stages, Options: pipeline.Options{Apply: opts.apply, Adjust: opts.adjust}}
			for it := range work {
				if opts.jsonl {
					it.res, it.recs, it.err = repairRecords(ctx, runner, it.chunk, opts, sources[it.src].Name)
				} else {
					doc := pipeline.Document{ID: sources[it.src].Name, Lang: opts.lang, Text: it.chunk.Text}
					it.res, it.err = runner.Run(ctx, doc)
				}
				close(it.done)
			}
		}()
	}
	for i := range sources {
		sources[i].Encoding = opts.encoding
	}
	bar := newProgress(opts.progress, sources)
	defer bar.finish()
	go produce(ctx, sources, stdin, ordered, work)
	failed := 0
	abandoned := make(map[int]bool)
	for it := range ordered {
		if it.done != nil {
			<-it.done
		}
		if abandoned[it.src] {
			continue
		}
		src := sources[it.src]
		var err error
		switch {
		case it.err != nil:
			err = it.err
			if it.res != nil && it.recs == nil {
				// The records before a bad one (--jsonl, --on-error fail)
				// are written; nothing after it.
				if cerr := h.chunk(src, it.chunk, it.res); cerr != nil {
					err = cerr
				}
			}
		case it.kind == itemBegin:
			if opts.stats != nil {
				opts.stats.texts++
			}
			err = h.begin(src)
		case it.kind == itemChunk:
			if it.chunk.Offset == 0 && it.chunk.Encoding != "" && opts.notes != nil {
				note := "read as " + it.chunk.Encoding + " (output is UTF-8)"
				if it.chunk.Encoding == input.UTF8BOM {
					note = "starts with a UTF-8 byte-order mark (kept)"
				}
				fmt.Fprintf(opts.notes, "retouche: %s: %s\n", src.Name, note)
			}
			if it.recs != nil {
				for _, sk := range it.recs.skipped {
					fmt.Fprintf(opts.errw, "retouche: %s:%d: record passed through unchanged: %v\n", src.Name, sk.line, sk.err)
				}
			}
			if opts.stats != nil {
				opts.stats.add(it.chunk.Text, it.res, it.recs)
			}
			bar.add(len(it.chunk.Text))
			if jh, ok := h.(jsonlHandler); ok && it.recs != nil {
				err = jh.records(src, it.chunk, it.recs)
			} else {
				err = h.chunk(src, it.chunk, it.res)
			}
		case it.kind == itemEnd:
			err = h.end(src)
		}
		if err != nil {
			abandoned[it.src] = true
			failed++
			h.fail(src, err)
		}
	}
	wg.Wait()
	if ctx.Err() != nil {
		return failed, errors.New("interrupted")
	}
	return failed, nil
}

// produce reads the sources into chunk items, sending each to ordered (for
// the consumer) and to work (for the workers), and closes both at the end.
func produce(ctx context.Context, sources []input.Source, stdin io.Reader, ordered, work chan<- *item) {
	defer close(ordered)
	defer close(work)
	send := func(it *item) bool {
		select {
		case ordered <- it:
		case <-ctx.Done():
			return false
		}
		if it.done == nil {
			return true
		}
		select {
		case work <- it:
			return true
		case <-ctx.Done():
			it.err = ctx.Err()
			close(it.done)
			return false
		}
	}
	for i, src := range sources {
		if !send(&item{kind: itemBegin, src: i}) {
			return
		}
		ok, err := produceSource(ctx, i, src, stdin, send)
		if !ok {
			return
		}
		if err != nil {
			if !send(&item{kind: itemFail, src: i, err: err}) {
				return
			}
			continue
		}
		if !send(&item{kind: itemEnd, src: i}) {
			return
		}
	}
}

// produceSource sends the chunks of one source. It returns false when the
// context ended, and the error that stopped reading the source, if any.
func produceSource(ctx context.Context, i int, src input.Source, stdin io.Reader, send func(*item) bool) (bool, error) {
	err := input.ForEachChunk(src, stdin, func(c input.Chunk) error {
		if !send(&item{kind: itemChunk, src: i, chunk: c, done: make(chan struct{})}) {
			return errStopped
		}
		return nil
	})
	if errors.Is(err, errStopped) {
		return false, ctx.Err()
	}
	return true, err
}

// errStopped ends the reading of a source when the context is done.
var errStopped = errors.New("stopped")

// printSourceError flushes what was written of the output so far, then
// prints an error about a source on errw.
func printSourceError(out *bufio.Writer, errw io.Writer, src input.Source, err error) {
	out.Flush()
	fmt.Fprintf(errw, "retouche: %s\n", sourceError(src, err))
}

// sourceError formats an error about a source as "path: message", or
// "path:line:col: message" when it has a position.
func sourceError(src input.Source, err error) string {
	var pe *input.PosError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%s:%d:%d: %s", src.Name, pe.Line, pe.Column, pe.Msg)
	}
	var pathErr *os.PathError
	if errors.As(err, &pathErr) {
		return fmt.Sprintf("%s: %v", src.Name, pathErr.Err)
	}
	return fmt.Sprintf("%s: %v", src.Name, err)
}
