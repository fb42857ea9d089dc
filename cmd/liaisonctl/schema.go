package main

import (
	"fmt"
	"os"

	"liaison/game/scenario"
)

type schemaCmd struct {
	Output string `short:"o" help:"Write to this file instead of standard output." type:"path"`
}

// Run prints or writes the schema.
func (s *schemaCmd) Run(e env) error {
	b, err := scenario.Schema()
	if err != nil {
		return err
	}
	if s.Output != "" {
		if err := os.WriteFile(s.Output, b, 0o644); err != nil {
			return fmt.Errorf("write schema %s: %w", s.Output, err)
		}
		return nil
	}
	_, err = e.stdout.Write(b)
	return err
}
