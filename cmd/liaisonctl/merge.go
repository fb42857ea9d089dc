package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"liaison/game/sim"
)

type mergeCmd struct {
	Parts []string `arg:"" name:"part" help:"Parts written by 'liaisonctl sim --shard K/N --json', one per shard." type:"existingfile"`
	Text  bool     `help:"Print the text report instead of JSON."`
}

// Run folds the parts of a sharded simulation and prints what one
// unsharded run would have printed: with --json (the default here) the
// same bytes.
func (m *mergeCmd) Run(e env) error {
	var parts []*sim.Partial
	for _, name := range m.Parts {
		p, err := readPartial(name)
		if err != nil {
			return err
		}
		parts = append(parts, p)
	}
	whole, err := sim.Merge(parts)
	if err != nil {
		return err
	}
	return writeResult(e.stdout, whole, !m.Text, false)
}

// readPartial reads one part strictly: unknown fields are refused, so a
// file of another kind (say, the JSON of an unsharded run) is named as such.
func readPartial(name string) (*sim.Partial, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read part %s: %w", name, err)
	}
	return decodePartial(name, data)
}

// decodePartial decodes the part read from the file name.
func decodePartial(name string, data []byte) (*sim.Partial, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p sim.Partial
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("%s: not a simulation part written by 'liaisonctl sim --shard K/N --json': %w", name, err)
	}
	p.Name = name
	return &p, nil
}
