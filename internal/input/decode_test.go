package input

import (
	"io"
	"strings"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name, in, enc string
		want, used    string
		wantErr       string
	}{
		{"utf-8 stays", "été\n", "", "été\n", "", ""},
		{"utf-8 bom kept", "\ufeffété", "auto", "\ufeffété", UTF8BOM, ""},
		{"windows-1252 detected", "\xe9t\xe9 \x93x\x94 \x80", "", "été “x” €", "Windows-1252", ""},
		{"utf-16le with bom", "\xff\xfe\xe9\x00t\x00", "", "ét", "UTF-16LE", ""},
		{"utf-16be with bom", "\xfe\xff\x00\xe9\x00t", "", "ét", "UTF-16BE", ""},
		{"mixed utf-8 is not switched", "été \xff", "", "été \xff", "", ""},
		{"undefined byte is not windows-1252", "a\x81b", "", "a\x81b", "", ""},
		{"explicit latin1 label", "\xe9", "latin1", "é", "windows-1252", ""},
		{"explicit koi8-r", "\xd0\xd2\xc9", "koi8-r", "при", "koi8-r", ""},
		{"explicit utf-8", "\xe9", "utf-8", "\xe9", "", ""},
		{"unknown label", "x", "klingon", "", "", "unknown encoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, used, err := Decode(strings.NewReader(tt.in), tt.enc)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tt.want || used != tt.used {
				t.Errorf("Decode(%q, %q) = %q, %q; want %q, %q", tt.in, tt.enc, b, used, tt.want, tt.used)
			}
		})
	}
}

// TestDecodeLongHead checks that a character cut at the end of the 64 KiB
// sniffed does not make a UTF-8 text look invalid.
func TestDecodeLongHead(t *testing.T) {
	text := strings.Repeat("a", sniffSize-1) + "é" + "fin"
	r, used, err := Decode(strings.NewReader(text), "")
	if err != nil || used != "" {
		t.Fatalf("used %q, err %v", used, err)
	}
	b, _ := io.ReadAll(r)
	if string(b) != text {
		t.Error("text changed")
	}
}
