package report

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
)

func TestHumanizerRewritesIDsNotWords(t *testing.T) {
	sc := shippedtest.Scenario(t, "harbour-watch.yaml")
	events := []rules.Event{
		{Seq: 0, Round: 6, Kind: rules.EvRequest, Team: "nordvik-sss", To: []string{"aurelia-fib"}, Ref: "req-16", Facet: "ticketing:cashout"},
		{Seq: 1, Round: 7, Kind: rules.EvPropose, Team: "aurelia-fib", To: []string{"aurelia-fib", "vesterholm-customs"}, Ref: "op-ticketing-2", Threat: "ticketing", Value: 11},
	}
	h := newHumanizer(newNames(sc, newEventIndex(events)))
	tests := []struct {
		name, in, text, engine string
	}{
		{"request", "aurelia-fib did not answer req-16",
			"Aurelian Federal Investigation Bureau did not answer Nordvik Security Service's request of round 6 for the “cashout” of Quiet Ledger's ticketing attack",
			"Aurelian Federal Investigation Bureau did not answer Nordvik Security Service's request of round 6 for the “cashout” of Quiet Ledger's ticketing attack"},
		{"operation and a threat id that is a word", "op-ticketing-2 fails: ticketing was already disrupted",
			"Aurelian Federal Investigation Bureau's joint operation against Quiet Ledger's ticketing attack for round 11 fails: ticketing was already disrupted",
			"Aurelian Federal Investigation Bureau's joint operation against Quiet Ledger's ticketing attack for round 11 fails: Quiet Ledger's ticketing attack was already disrupted"},
		{"a name that holds a threat id", "Quiet Ledger's ticketing attack struck", "Quiet Ledger's ticketing attack struck",
			"Quiet Ledger's Quiet Ledger's ticketing attack attack struck"},
		{"facet", "still lacks harbour:who", "still lacks the “who” of The Grey Tide consignment", "still lacks the “who” of The Grey Tide consignment"},
		{"quoted item", `sent "ferry-manifest" on`, "sent “Passenger manifest of the ferry Saltmere” on", "sent “Passenger manifest of the ferry Saltmere” on"},
		{"an author's gloss", "Sound operations link (nordvik-tf) down", "Sound operations link down", "Sound operations link (Sound operations link (gateway)) down"},
		{"unknown ids stay", "req-99 and op-x-1", "req-99 and op-x-1", "req-99 and op-x-1"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.text, h.text(tt.in), "%s: text", tt.name)
		require.Equal(t, tt.engine, h.engine(tt.in), "%s: engine", tt.name)
	}
}

func TestPluralsReadAsWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"disrupted with 0 round(s) of lead time", "disrupted with 0 rounds of lead time"},
		{"only in round 9, 1 round(s) after it was needed", "only in round 9, 1 round after it was needed"},
		{"0 breach(es) by 2 sharing team(s)", "0 breaches by 2 sharing teams"},
		{"1 breach(es) by 1 sharing team(s)", "1 breach by 1 sharing team"},
		{"12.7 of 17 pairs", "12.7 of 17 pairs"},
		{"round(s) without a count", "round(s) without a count"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, plurals(tt.in), tt.in)
	}
}
