package scenario

import (
	"encoding/json"
	"fmt"

	"github.com/invopop/jsonschema"
)

// SchemaID is the $id of the generated schema.
const SchemaID = "https://liaison.invalid/scenario.schema.json"

// Schema returns the JSON Schema of the scenario format, generated from the
// Go types with YAML field names, indented and ending in a newline. Editors
// (VS Code's YAML extension) use it to validate and complete files.
func Schema() ([]byte, error) {
	r := &jsonschema.Reflector{
		FieldNameTag:               "yaml",
		RequiredFromJSONSchemaTags: false,
		DoNotReference:             false,
		ExpandedStruct:             true,
	}
	s := r.Reflect(&Scenario{})
	refineMaps(s)
	s.ID = SchemaID
	s.Title = "Liaison scenario"
	s.Description = "A Liaison training scenario: teams, trust, channels, intel items, threats and injects. See docs/authoring.md."
	out, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal schema: %w", err)
	}
	return append(out, '\n'), nil
}

// refineMaps states what struct tags cannot for the two maps of the top
// level, so that the schema refuses what the validator refuses: a seat is
// one of SeatKinds, a trust value an integer 0-100.
func refineMaps(s *jsonschema.Schema) {
	if seats, ok := s.Properties.Get("seats"); ok {
		kinds := make([]any, len(SeatKinds))
		for i, k := range SeatKinds {
			kinds[i] = k
		}
		seats.AdditionalProperties = &jsonschema.Schema{Type: "string", Enum: kinds}
	}
	if trust, ok := s.Properties.Get("trust"); ok && trust.AdditionalProperties != nil {
		trust.AdditionalProperties.AdditionalProperties = &jsonschema.Schema{Type: "integer",
			Minimum: json.Number("0"), Maximum: json.Number("100")}
	}
}
