package report

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSON writes the AAR model as indented JSON (docs/aar.md documents
// its fields; Format and Version identify it).
func WriteJSON(w io.Writer, aar *AAR) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(aar); err != nil {
		return fmt.Errorf("write AAR JSON: %w", err)
	}
	return nil
}

// WriteStatements writes xAPI statements as an indented JSON array, the
// body an LRS accepts on POST /statements.
func WriteStatements(w io.Writer, stmts []Statement) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if stmts == nil {
		stmts = []Statement{}
	}
	if err := enc.Encode(stmts); err != nil {
		return fmt.Errorf("write xAPI statements: %w", err)
	}
	return nil
}
