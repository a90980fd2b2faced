package main

import (
	"io"
	"time"

	"github.com/retouche/retouche/internal/input"
	"github.com/schollz/progressbar/v3"
)

// progress shows the bytes repaired so far, the speed and the time left on
// a terminal; a nil progress shows nothing.
type progress struct{ bar *progressbar.ProgressBar }

// newProgress returns a progress bar on w for the total size of the
// sources (a spinner when standard input is among them), or nil when w is
// nil.
func newProgress(w io.Writer, sources []input.Source) *progress {
	if w == nil {
		return nil
	}
	total := int64(0)
	for _, s := range sources {
		if s.IsStdin() {
			total = -1 // unknown: a spinner
			break
		}
		total += s.Size
	}
	return &progress{bar: progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("retouche"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

func (p *progress) add(n int) {
	if p != nil {
		p.bar.Add64(int64(n))
	}
}

func (p *progress) finish() {
	if p != nil {
		p.bar.Finish()
	}
}
