package shippedtest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/scenarios"
)

func TestLoadsEveryShippedScenario(t *testing.T) {
	for _, name := range scenarios.Names() {
		sc, data := shippedtest.Load(t, name)
		require.NotNil(t, sc, name)
		assert.NotEmpty(t, data, name)
		assert.Equal(t, sc.ID, shippedtest.Scenario(t, name).ID, name)
	}
}

// fatal records whether the helper failed the test, without stopping ours.
type fatal struct {
	testing.TB
	failed bool
}

func (f *fatal) Helper()               {}
func (f *fatal) Fatalf(string, ...any) { f.failed = true; panic(f) }

func TestMissingScenarioFailsTheTest(t *testing.T) {
	f := &fatal{TB: t}
	func() {
		defer func() { _ = recover() }()
		shippedtest.Scenario(f, "no-such-scenario.yaml")
	}()
	assert.True(t, f.failed)
}
