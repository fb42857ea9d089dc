package scenario

import "github.com/invopop/jsonschema"

// The JSONSchemaExtend methods state in the schema the "exactly one of"
// rules the validator enforces, so an editor underlines what liaisonctl
// validate would refuse (schema ↔ validator agreement, agreement_test.go).

// JSONSchemaExtend: a condition has exactly one test, and item_with takes
// no by (that is item_missing's).
func (Condition) JSONSchemaExtend(s *jsonschema.Schema) {
	one := uint64(1)
	s.MinProperties, s.MaxProperties = &one, &one
	if p, ok := s.Properties.Get("item_with"); ok {
		p.Not = &jsonschema.Schema{Required: []string{"by"}}
	}
}

// JSONSchemaExtend: an inject fires at a round or on a condition, never
// both.
func (Inject) JSONSchemaExtend(s *jsonschema.Schema) {
	s.OneOf = exactlyOneOf("at", "when")
}

// JSONSchemaExtend: an outage names its channel or the two members of a
// link, not both.
func (Outage) JSONSchemaExtend(s *jsonschema.Schema) {
	s.OneOf = exactlyOneOf("channel", "between")
}

// JSONSchemaExtend: an expected outcome has within or by, not both (a
// within of 0 is the default, as good as absent).
func (Expectation) JSONSchemaExtend(s *jsonschema.Schema) {
	nonZero := &jsonschema.Schema{Not: &jsonschema.Schema{Const: 0}}
	props := jsonschema.NewProperties()
	props.Set("within", nonZero)
	s.Not = &jsonschema.Schema{Required: []string{"within", "by"}, Properties: props}
}

// exactlyOneOf is a oneOf that requires one of the keys.
func exactlyOneOf(keys ...string) []*jsonschema.Schema {
	out := make([]*jsonschema.Schema, len(keys))
	for i, k := range keys {
		out[i] = &jsonschema.Schema{Required: []string{k}}
	}
	return out
}
