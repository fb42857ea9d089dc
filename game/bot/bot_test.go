package bot_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
)

func TestNewRejectsUnknownPersonality(t *testing.T) {
	_, err := bot.New("sneaky", 1)
	require.ErrorContains(t, err, `unknown bot personality "sneaky"`)
	for _, p := range bot.Personalities {
		b, err := bot.New(p, 1)
		require.NoError(t, err)
		assert.Equal(t, p+" bot", b.Name())
	}
}

func TestOrdersAreLegalAndDeterministic(t *testing.T) {
	sc := shippedtest.Scenario(t, "harbour-watch.yaml")
	for _, p := range bot.Personalities {
		st := rules.New(sc, 5)
		for !st.Over() {
			turn := rules.Turn{Orders: map[string][]rules.Order{}}
			for _, tm := range sc.Teams {
				b1, _ := bot.New(p, 9)
				b2, _ := bot.New(p, 9)
				v := st.View(tm.ID)
				o1 := b1.Orders(v, st)
				o2 := b2.Orders(st.View(tm.ID), st)
				require.Equal(t, o1, o2, "%s: same view and seed must give the same orders", p)
				for i, o := range o1 {
					require.NoError(t, st.Validate(o1[:i], o), "%s round %d: order %d %+v", p, st.Round(), i, o)
					require.Equal(t, tm.ID, o.Team)
				}
				turn.Orders[tm.ID] = o1
			}
			var evs []rules.Event
			st, evs = rules.Resolve(st, turn)
			for _, e := range evs {
				require.NotEqual(t, rules.EvRejected, e.Kind, "%s: a bot order was rejected: %s", p, e.Text)
			}
		}
	}
}

func TestCooperativeCommitsToItsOperation(t *testing.T) {
	sc := shippedtest.Scenario(t, "tutorial.yaml")
	st := rules.New(sc, 3)
	b, _ := bot.New("cooperative", 1)
	committed := false
	for !st.Over() && !committed {
		turn := rules.Turn{Orders: map[string][]rules.Order{}}
		for _, tm := range sc.Teams {
			turn.Orders[tm.ID] = b.Orders(st.View(tm.ID), st)
		}
		var evs []rules.Event
		st, evs = rules.Resolve(st, turn)
		for _, e := range evs {
			if e.Kind == rules.EvOperation && e.Truth {
				committed = true
				assert.Len(t, e.To, 2, "both tutorial teams commit together")
			}
		}
	}
	assert.True(t, committed, "two cooperative bots disrupt the tutorial's threat")
}

func TestOverView(t *testing.T) {
	b, _ := bot.New("reckless", 1)
	assert.Nil(t, b.Orders(rules.View{Over: true}, nil))
}
