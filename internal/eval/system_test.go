package eval

import (
	"context"
	"os/exec"
	"strings"
	"testing"
)

func TestCommand(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	out, err := Command("tr a-z A-Z")(context.Background(), []string{"un", "deux"})
	if err != nil || strings.Join(out, ",") != "UN,DEUX" {
		t.Errorf("Command = %v, %v", out, err)
	}
	if _, err := Command("head -n 1")(context.Background(), []string{"un", "deux"}); err == nil || !strings.Contains(err.Error(), "1 lines out for 2 in") {
		t.Errorf("short output: error %v", err)
	}
	if _, err := Command("exit 3")(context.Background(), []string{"un"}); err == nil {
		t.Error("failing command: no error")
	}
	if _, err := Command("cat")(context.Background(), []string{"a\nb"}); err == nil {
		t.Error("text with a line break: no error")
	}
}
