package main

import (
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/retouche/retouche/pipeline"
)

// runStats counts what a run read and found, for --stats.
type runStats struct {
	start   time.Time
	texts   int
	records int
	bytes   int64
	byRule  map[string]*ruleStats
}

type ruleStats struct {
	category string
	found    int
	applied  int
}

func newRunStats() *runStats { return &runStats{start: time.Now(), byRule: map[string]*ruleStats{}} }

// add counts a chunk and its findings (those of its records with --jsonl).
func (s *runStats) add(text string, res *pipeline.Result, recs *jsonlChunk) {
	s.bytes += int64(len(text))
	results := []*pipeline.Result{res}
	if recs != nil {
		results = results[:0]
		s.records += len(recs.records)
		for _, r := range recs.records {
			for _, f := range r.fields {
				results = append(results, f.res)
			}
		}
	}
	for _, r := range results {
		for _, f := range r.Findings {
			rs := s.byRule[f.Rule]
			if rs == nil {
				rs = &ruleStats{category: string(f.Category)}
				s.byRule[f.Rule] = rs
			}
			rs.found++
			if f.Applied {
				rs.applied++
			}
		}
	}
}

// print writes the summary table: totals, then findings and repairs by
// category and by rule, and the throughput.
func (s *runStats) print(w io.Writer) {
	elapsed := time.Since(s.start)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	mb := float64(s.bytes) / (1 << 20)
	fmt.Fprintf(tw, "texts\t%d\t\n", s.texts)
	if s.records > 0 {
		fmt.Fprintf(tw, "records\t%d\t\n", s.records)
	}
	fmt.Fprintf(tw, "bytes\t%d\t\n", s.bytes)
	fmt.Fprintf(tw, "time\t%.2f s\t\n", elapsed.Seconds())
	if elapsed > 0 {
		fmt.Fprintf(tw, "throughput\t%.1f MB/s\t\n", mb/elapsed.Seconds())
	}
	tw.Flush()
	byCat := map[string]*ruleStats{}
	var rules []string
	for id, r := range s.byRule {
		rules = append(rules, id)
		c := byCat[r.category]
		if c == nil {
			c = &ruleStats{category: r.category}
			byCat[r.category] = c
		}
		c.found += r.found
		c.applied += r.applied
	}
	slices.Sort(rules)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "\ncategory\tfindings\trepaired\t\n")
	for _, cat := range pipeline.Categories {
		if c := byCat[string(cat)]; c != nil {
			fmt.Fprintf(tw, "%s\t%d\t%d\t\n", cat, c.found, c.applied)
		}
	}
	fmt.Fprintf(tw, "\nrule\tfindings\trepaired\t\n")
	for _, id := range rules {
		fmt.Fprintf(tw, "%s\t%d\t%d\t\n", id, s.byRule[id].found, s.byRule[id].applied)
	}
	tw.Flush()
}
