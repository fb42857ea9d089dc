// Package shippedtest loads the scenarios shipped with the game (package
// scenarios) for tests, failing the test with the parser's diagnostics if
// one does not parse: the helper every package's tests had written again.
package shippedtest

import (
	"testing"

	"liaison/game/scenario"
	"liaison/scenarios"
)

// Load parses the shipped scenario name (defaults applied) and returns it
// with its bytes.
func Load(tb testing.TB, name string) (*scenario.Scenario, []byte) {
	tb.Helper()
	data, err := scenarios.Read(name)
	if err != nil {
		tb.Fatalf("shipped scenario %s: %v", name, err)
	}
	sc, diags := scenario.Parse(name, data)
	if sc == nil || diags.HasErrors() {
		tb.Fatalf("shipped scenario %s does not parse: %v", name, diags)
	}
	return sc, data
}

// Scenario is Load without the bytes.
func Scenario(tb testing.TB, name string) *scenario.Scenario {
	tb.Helper()
	sc, _ := Load(tb, name)
	return sc
}
