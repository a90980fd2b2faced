// Command hunspell-baseline is the baseline that "retouche eval" compares
// Retouche with: it replaces every word that Hunspell rejects by Hunspell's
// first suggestion, as a spelling auto-corrector does.
//
// It reads texts, one per line, on standard input and writes the corrected
// texts, one per line, on standard output, so that it works as
// "retouche eval --system". It needs the hunspell binary and a dictionary
// (Debian: apt-get install hunspell hunspell-fr).
//
//	hunspell-baseline [-d fr_FR]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dict := flag.String("d", "fr_FR", "Hunspell dictionary")
	flag.Parse()
	if err := run(*dict, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "hunspell-baseline: %v\n", err)
		os.Exit(2)
	}
}

// miss is a word Hunspell rejected, with its first suggestion.
type miss struct {
	word, suggestion string
	offset           int // rune offset in the line, as Hunspell reports it
}

func run(dict string, in io.Reader, out io.Writer) error {
	cmd := exec.Command("hunspell", "-a", "-i", "utf-8", "-d", dict)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("hunspell: %w", err)
	}
	hs := bufio.NewReader(stdout)
	if _, err := hs.ReadString('\n'); err != nil { // the version banner
		return fmt.Errorf("hunspell: %w", err)
	}
	w := bufio.NewWriter(out)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		// "^" keeps a line that starts with a pipe-mode command character
		// from being read as a command.
		if _, err := fmt.Fprintf(stdin, "^%s\n", line); err != nil {
			return err
		}
		misses, err := readResults(hs)
		if err != nil {
			return err
		}
		fmt.Fprintln(w, correct(line, misses))
	}
	stdin.Close()
	if err := w.Flush(); err != nil {
		return err
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return cmd.Wait()
}

// readResults reads Hunspell's answers for one line, up to the empty line.
func readResults(r *bufio.Reader) ([]miss, error) {
	var misses []miss
	for {
		l, err := r.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("hunspell: %w", err)
		}
		l = strings.TrimRight(l, "\n")
		if l == "" {
			return misses, nil
		}
		switch l[0] {
		case '&': // & word count offset: s1, s2, …
			head, suggs, _ := strings.Cut(l, ": ")
			f := strings.Fields(head)
			if len(f) != 4 {
				continue
			}
			off, _ := strconv.Atoi(f[3])
			first, _, _ := strings.Cut(suggs, ", ")
			misses = append(misses, miss{word: f[1], suggestion: first, offset: off})
		}
	}
}

// correct replaces each rejected word by its suggestion, found at the rune
// offset Hunspell gave (counted after the "^").
func correct(line string, misses []miss) string {
	runes := []rune(line)
	sort.Slice(misses, func(i, j int) bool { return misses[i].offset > misses[j].offset })
	for _, m := range misses {
		word := []rune(m.word)
		at := m.offset - 1
		if at < 0 || at+len(word) > len(runes) || string(runes[at:at+len(word)]) != m.word {
			at = m.offset // in case the offset does not count the "^"
			if at+len(word) > len(runes) || string(runes[at:at+len(word)]) != m.word {
				continue
			}
		}
		runes = append(runes[:at], append([]rune(m.suggestion), runes[at+len(word):]...)...)
	}
	return string(runes)
}
