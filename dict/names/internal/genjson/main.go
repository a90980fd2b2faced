// Command genjson compiles the gazetteer's YAML files (checked with
// names.Parse) into gazetteer.json, which the binary embeds: decoding JSON
// is several times faster than parsing YAML at every start.
//
//	genjson -o gazetteer.json *.yaml
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/retouche/retouche/dict/names"
)

func main() {
	out := flag.String("o", "gazetteer.json", "output file")
	flag.Parse()
	if err := run(*out, flag.Args()); err != nil {
		fmt.Fprintf(os.Stderr, "genjson: %v\n", err)
		os.Exit(1)
	}
}

func run(out string, files []string) error {
	var all []*names.Entity
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		es, err := names.Parse(f, "names/"+filepath.Base(path))
		f.Close()
		if err != nil {
			return err
		}
		all = append(all, es...)
	}
	if _, err := names.New(all); err != nil {
		return err
	}
	data, err := json.MarshalIndent(all, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(out, append(data, '\n'), 0o644)
}
