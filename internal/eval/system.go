package eval

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"
)

// System repairs texts: it returns one output for each input, in order.
type System func(ctx context.Context, texts []string) ([]string, error)

// Command returns a System that runs a shell command as a filter: the texts,
// one per line, on its standard input, and the repaired texts, one per line,
// expected on its standard output. Texts must not contain line breaks. It
// lets the scorer measure other tools, such as a Hunspell baseline.
func Command(cmdline string) System {
	return func(ctx context.Context, texts []string) ([]string, error) {
		for i, t := range texts {
			if strings.ContainsAny(t, "\r\n") {
				return nil, fmt.Errorf("text %d has a line break: it cannot go through a line filter", i+1)
			}
		}
		cmd := exec.CommandContext(ctx, "sh", "-c", cmdline)
		cmd.Stdin = strings.NewReader(strings.Join(texts, "\n") + "\n")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("system %q: %w: %s", cmdline, err, strings.TrimSpace(stderr.String()))
		}
		var lines []string
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(make([]byte, 64<<10), 16<<20)
		for sc.Scan() {
			lines = append(lines, strings.TrimSuffix(sc.Text(), "\r"))
		}
		if len(lines) != len(texts) {
			return nil, fmt.Errorf("system %q: %d lines out for %d in", cmdline, len(lines), len(texts))
		}
		return lines, nil
	}
}
