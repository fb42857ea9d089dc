package bot_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/scenario"
)

// answerTo plays the tutorial with only the insecure harbour phone between
// the two teams: Valmora asks Estrel (played by personality p) for the
// "where" in round 1, and the test returns Estrel's respond order.
func answerTo(t *testing.T, p string, trust int) rules.Order {
	t.Helper()
	sc := shippedtest.Scenario(t, "tutorial.yaml")
	var phone []scenario.Channel
	for _, c := range sc.Channels {
		if !c.Secure {
			phone = append(phone, c)
		}
	}
	require.NotEmpty(t, phone)
	sc.Channels = phone
	sc.Trust["estrel-fpl"]["valmora-cio"] = trust
	st := rules.New(sc, 1)
	ask := rules.Order{Kind: rules.Request, Team: "valmora-cio", To: []string{"estrel-fpl"}, Facet: "lantern:where"}
	require.NoError(t, st.Validate(nil, ask))
	st, _ = rules.Resolve(st, rules.Turn{Orders: map[string][]rules.Order{"valmora-cio": {ask}}})
	b, _ := bot.New(p, 1)
	for !st.Over() && st.Round() <= 5 {
		for _, o := range b.Orders(st.View("estrel-fpl"), st) {
			if o.Kind == rules.Respond {
				return o
			}
		}
		st, _ = rules.Resolve(st, rules.Turn{Orders: map[string][]rules.Order{}})
	}
	t.Fatalf("%s never answered", p)
	return rules.Order{}
}

// TestPersonalitiesSayItTheirWay: the same request over an insecure line
// is answered at once by a cooperative bot, declined by a legalistic one
// (only a liaison officer or a secure link will do, and it says so), and
// declined by a hoarder that trusts the asker little, saying why.
func TestPersonalitiesSayItTheirWay(t *testing.T) {
	coop := answerTo(t, "cooperative", 45)
	assert.NotEmpty(t, coop.Item, "cooperative answers with the berth roster")
	assert.Contains(t, coop.Note, "You asked for the where of")

	legal := answerTo(t, "legalistic", 45)
	assert.Empty(t, legal.Item, "legalistic will not answer over an insecure line")
	assert.Contains(t, legal.Note, "we answer only over a liaison officer or a secure link")

	hoard := answerTo(t, "hoarder", 20)
	assert.Empty(t, hoard.Item)
	assert.Contains(t, hoard.Note, "Declined: we share with partners we trust, and our trust in you is low (")
}

// TestReciprocity: a cooperative bot shares unasked with a partner it
// trusts, saying how far, and shares nothing unasked with a partner it
// trusts below 25.
func TestReciprocity(t *testing.T) {
	for _, c := range []struct {
		trust int
		share bool
	}{{60, true}, {20, false}} {
		sc := shippedtest.Scenario(t, "tutorial.yaml")
		sc.Trust["valmora-cio"]["estrel-fpl"] = c.trust
		st := rules.New(sc, 1)
		b, _ := bot.New("cooperative", 1)
		shared := false
		for _, o := range b.Orders(st.View("valmora-cio"), st) {
			if o.Kind == rules.Share {
				shared = true
				assert.Contains(t, o.Note, "(60)", "it says how far it trusts the partner")
			}
		}
		assert.Equal(t, c.share, shared, "trust %d", c.trust)
	}
}
