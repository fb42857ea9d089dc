package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPlayNarrateSpeaksInNames plays the tutorial with --narrate for its
// first team: a block per round, and no raw id of the scenario anywhere.
func TestPlayNarrateSpeaksInNames(t *testing.T) {
	for _, seats := range []string{"", "all=reckless"} {
		args := []string{"play", "tutorial", "--narrate", "valmora-cio"}
		if seats != "" {
			args = append(args, "--seats", seats)
		}
		code, out, errs := playCLI(t, args...)
		require.Equal(t, 0, code, errs)
		assert.Contains(t, out, "== Round 1 of 7: Valmora Coastal Intelligence Office ==\n")
		assert.Contains(t, out, "final state hash: ")
		assert.NotContains(t, out, "round 1/7 resolved", "the narrative replaces the round counter")
		raw := regexp.MustCompile(`\b(valmora-cio|estrel-fpl|strait-secure|harbour-phone|crew-list|berth-roster|harbour-tip|quayside-rumour|lantern:\w+|req-\d+|op-lantern-\d+|inject-\d+|liaison:\S+)\b`)
		for _, l := range strings.Split(out, "\n") {
			assert.False(t, raw.MatchString(l), "raw id in %q", l)
		}
	}
}
