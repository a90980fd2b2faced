// Command timeit runs a command several times, feeding it the same standard
// input, and prints the median wall time in milliseconds: a process timer
// without the overhead of timing from a shell.
//
//	timeit [-n 10] [-stdin TEXT] COMMAND [ARG...]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 10, "runs")
	stdin := flag.String("stdin", "", "standard input of each run")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: timeit [-n 10] [-stdin TEXT] COMMAND [ARG...]")
		os.Exit(2)
	}
	var times []time.Duration
	for range *n {
		cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
		cmd.Stdin = strings.NewReader(*stdin)
		start := time.Now()
		if err := cmd.Run(); err != nil {
			fmt.Fprintf(os.Stderr, "timeit: %v\n", err)
			os.Exit(1)
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	median := times[len(times)/2]
	if len(times)%2 == 0 {
		median = (times[len(times)/2-1] + times[len(times)/2]) / 2
	}
	fmt.Printf("%.1f\n", float64(median.Microseconds())/1000)
}
