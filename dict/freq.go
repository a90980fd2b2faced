package dict

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/retouche/retouche/token"
)

// Counts are word counts learnt from a corpus, lower-cased.
type Counts struct {
	Words map[string]int
	Total int
}

// NewCounts returns empty counts.
func NewCounts() *Counts { return &Counts{Words: map[string]int{}} }

// Add counts the word tokens of a text.
func (c *Counts) Add(text string) {
	for _, t := range token.Tokenize(text, nil) {
		if t.Kind != token.Word {
			continue
		}
		w := strings.ToLower(strings.ReplaceAll(t.Text(text), "’", "'"))
		c.Words[w]++
		c.Total++
	}
}

// Write writes the counts as "word count" lines, most frequent first, with
// a first line "# total N".
func (c *Counts) Write(w io.Writer) error {
	words := make([]string, 0, len(c.Words))
	for k := range c.Words {
		words = append(words, k)
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := c.Words[words[i]], c.Words[words[j]]
		return a > b || a == b && words[i] < words[j]
	})
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# total %d\n", c.Total)
	for _, k := range words {
		fmt.Fprintf(bw, "%s %d\n", k, c.Words[k])
	}
	return bw.Flush()
}

// ReadFreq reads a frequency file of "word count" lines (as "retouche dict
// learn" writes, or as FrequencyWords and SymSpell lists are) and returns
// Zipf frequencies. Counts are taken relative to the file's total, with
// small corpora counted as if they had a million words, so that a word
// seen once in a short text is not made common. Errors name the line.
func ReadFreq(r io.Reader, name string) (map[string]float64, error) {
	counts := map[string]int{}
	total := 0
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) && r != '\u00a0' })
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want \"word count\"", name, line)
		}
		n, err := strconv.Atoi(f[1])
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%s:%d: count %q is not a whole number", name, line, f[1])
		}
		counts[strings.ToLower(f[0])] += n
		total += n
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	zipf := make(map[string]float64, len(counts))
	for w, n := range counts {
		if n > 0 {
			zipf[w] = math.Log10(1e9 * float64(n) / math.Max(float64(total), 1e6))
		}
	}
	return zipf, nil
}
