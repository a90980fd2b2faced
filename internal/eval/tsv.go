package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Pair is a defective text and its correction.
type Pair struct {
	ID        string
	Defective string
	Corrected string
	Kind      string
	Source    string
	Line      int // line of the pair in its file
}

// Text is a clean text: a sentence of a negatives file or a line of prose.
type Text struct {
	ID   string
	Text string
	Line int
}

// ReadPairs reads a pairs file: UTF-8, tab-separated, one pair per line with
// the columns id, defective, corrected, kind and optionally source; a first
// line starting with "id<TAB>" is a header. Errors name the file and line.
func ReadPairs(path string) ([]Pair, error) {
	var pairs []Pair
	err := readTSV(path, 4, 5, func(line int, cols []string) {
		p := Pair{ID: cols[0], Defective: cols[1], Corrected: cols[2], Kind: cols[3], Line: line}
		if len(cols) > 4 {
			p.Source = cols[4]
		}
		pairs = append(pairs, p)
	})
	if err == nil && len(pairs) == 0 {
		err = fmt.Errorf("%s: no pairs", path)
	}
	return pairs, err
}

// ReadNegatives reads a negatives file: id, sentence and optionally more
// columns, with an optional header.
func ReadNegatives(path string) ([]Text, error) {
	var texts []Text
	err := readTSV(path, 2, -1, func(line int, cols []string) {
		texts = append(texts, Text{ID: cols[0], Text: cols[1], Line: line})
	})
	if err == nil && len(texts) == 0 {
		err = fmt.Errorf("%s: no sentences", path)
	}
	return texts, err
}

// ReadLines reads a text file of one clean text per line; empty lines are
// skipped. A text's ID is "line N".
func ReadLines(path string) ([]Text, error) {
	var texts []Text
	err := scanLines(path, func(line int, s string) error {
		if strings.TrimSpace(s) != "" {
			texts = append(texts, Text{ID: fmt.Sprintf("line %d", line), Text: s, Line: line})
		}
		return nil
	})
	if err == nil && len(texts) == 0 {
		err = fmt.Errorf("%s: no text", path)
	}
	return texts, err
}

// readTSV calls row for each data line of a tab-separated file with between
// minCols and maxCols columns (maxCols < 0: no maximum).
func readTSV(path string, minCols, maxCols int, row func(line int, cols []string)) error {
	return scanLines(path, func(line int, s string) error {
		if s == "" || line == 1 && strings.HasPrefix(s, "id\t") {
			return nil
		}
		cols := strings.Split(s, "\t")
		if len(cols) < minCols || maxCols >= 0 && len(cols) > maxCols {
			want := fmt.Sprintf("%d to %d", minCols, maxCols)
			if maxCols < 0 {
				want = fmt.Sprintf("at least %d", minCols)
			}
			return fmt.Errorf("%s:%d: want %s tab-separated columns, got %d", path, line, want, len(cols))
		}
		row(line, cols)
		return nil
	})
}

// scanLines calls fn for each line of a file, without its line break.
func scanLines(path string, fn func(line int, s string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return scanReader(path, f, fn)
}

func scanReader(path string, r io.Reader, fn func(line int, s string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		if err := fn(line, strings.TrimSuffix(sc.Text(), "\r")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", path, line+1, err)
	}
	return nil
}
