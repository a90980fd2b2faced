// Command tojsonl writes each line of standard input as a JSON Lines
// record {"id": N, "text": LINE}, for the JSONL benchmark of bench/run.sh.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	n := 0
	for in.Scan() {
		n++
		if err := enc.Encode(struct {
			ID   int    `json:"id"`
			Text string `json:"text"`
		}{n, in.Text()}); err != nil {
			fmt.Fprintln(os.Stderr, "tojsonl:", err)
			os.Exit(1)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "tojsonl:", err)
		os.Exit(1)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "tojsonl:", err)
		os.Exit(1)
	}
}
