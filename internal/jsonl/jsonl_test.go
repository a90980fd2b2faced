package jsonl

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestFindAndReplace(t *testing.T) {
	rec := []byte(`{"id": 1e5, "title":"Coree \u00e9t\u00e9", "n":1.0,"body":{"paragraphs":["Le  chat", "ok", "x"], "text": 3},  "text" : "Le  chien\\n<b>", "extra":[{"text":"no"}]}`)
	paths, err := Paths([]string{"text", "title", "body.paragraphs"})
	if err != nil {
		t.Fatal(err)
	}
	vals, err := Find(rec, paths)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range vals {
		got = append(got, v.Path+"="+v.Text)
	}
	want := "title=Coree été|body.paragraphs[0]=Le  chat|body.paragraphs[1]=ok|body.paragraphs[2]=x|text=Le  chien\\n<b>"
	if strings.Join(got, "|") != want {
		t.Fatalf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
	texts := []string{vals[0].Text, "Le chat", "ok", "x", "Le chien\n<b>"}
	out := string(Replace(rec, vals, texts))
	wantOut := `{"id": 1e5, "title":"Coree \u00e9t\u00e9", "n":1.0,"body":{"paragraphs":["Le chat", "ok", "x"], "text": 3},  "text" : "Le chien\n<b>", "extra":[{"text":"no"}]}`
	if out != wantOut {
		t.Errorf("got  %s\nwant %s", out, wantOut)
	}
	if string(Replace(rec, vals, []string{vals[0].Text, vals[1].Text, "ok", "x", vals[4].Text})) != string(rec) {
		t.Error("a record with no change must come back byte for byte")
	}
}

func TestFindErrors(t *testing.T) {
	paths, _ := Paths([]string{"text"})
	for _, tt := range []struct{ rec, want string }{
		{`[1,2]`, "not a JSON object"},
		{`{"text": 3}`, "field text: not a string"},
		{`{"text": {"a": 1}}`, "field text: an object"},
		{`{"text": ["a", 2]}`, "field text[1]: not a string"},
		{`{"text": "a"`, "not valid JSON"},
	} {
		if _, err := Find([]byte(tt.rec), paths); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want %q", tt.rec, err, tt.want)
		}
	}
	if v, err := Find([]byte(`{"title": "x", "text": null}`), paths); err != nil || len(v) != 0 {
		t.Errorf("absent or null field: %v, %v", v, err)
	}
	if _, err := Paths([]string{"a..b"}); err == nil {
		t.Error("a..b accepted")
	}
}

func TestAddKey(t *testing.T) {
	for _, tt := range []struct{ rec, want string }{
		{`{"a":1}`, `{"a":1,"f":[]}`},
		{`{ "a": 1 }`, `{ "a": 1,"f":[] }`},
		{`{}`, `{"f":[]}`},
		{`{ }`, `{"f":[] }`},
	} {
		if got := string(AddKey([]byte(tt.rec), "f", []byte("[]"))); got != tt.want {
			t.Errorf("AddKey(%s) = %s, want %s", tt.rec, got, tt.want)
		}
	}
}

// TestEscapedKey checks that a key written with escapes is still the key.
func TestEscapedKey(t *testing.T) {
	paths, _ := Paths([]string{"body.text"})
	vals, err := Find([]byte(`{"b\u006fdy": {"t\u0065xt": "x", "text2": "y"}}`), paths)
	if err != nil || len(vals) != 1 || vals[0].Text != "x" || vals[0].Path != "body.text" {
		t.Errorf("Find = %+v, %v", vals, err)
	}
}

// TestUnquote checks the fast path of unquote against the JSON decoder:
// plain literals, escapes, and invalid UTF-8 (which the decoder mends).
func TestUnquote(t *testing.T) {
	for _, lit := range []string{`""`, `"Coree"`, `"Cor\u00e9e"`, `"a\"b\\c\nd"`, "\"caf\xe9\"", `"l’été"`, "\"\xff\xfe\""} {
		var want string
		if err := json.Unmarshal([]byte(lit), &want); err != nil {
			t.Fatalf("json.Unmarshal(%q): %v", lit, err)
		}
		got, err := unquote([]byte(lit))
		if err != nil || got != want {
			t.Errorf("unquote(%q) = %q, %v; want %q", lit, got, err, want)
		}
	}
}
