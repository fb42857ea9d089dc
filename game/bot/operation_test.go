package bot_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/sim"
	"liaison/scenarios"
)

// TestProposalsCoverTheNeeds plays harbour-watch with every personality:
// no operation a bot proposes fails for a missing capability, and every
// proposal is ACKed or DECLINEd, with a reason, by each bot partner.
func TestProposalsCoverTheNeeds(t *testing.T) {
	data, err := scenarios.Read("harbour-watch.yaml")
	require.NoError(t, err)
	sc := shippedtest.Scenario(t, "harbour-watch.yaml")
	src := sim.Source{Scenario: sc, Data: data, File: "harbour-watch.yaml"}.Prepared()
	for _, p := range bot.Personalities {
		seats, err := sim.Seats(sc, map[string]string{"all": p})
		require.NoError(t, err)
		proposals, replies := 0, 0
		for seed := uint64(1); seed <= 30; seed++ {
			g, err := sim.Play(src, seed, seats)
			require.NoError(t, err)
			for _, e := range g.Final.Events() {
				switch e.Kind {
				case rules.EvOperation:
					assert.NotContains(t, e.Text, "no participant has the capability", "%s seed %d: %s", p, seed, e.Text)
				case rules.EvPropose:
					if e.Round < g.Final.Round()-1 {
						proposals += len(e.To) - 1
					}
				case rules.EvMessage:
					if e.Ref == string(rules.MsgAck) || e.Ref == string(rules.MsgDecline) {
						require.NotEmpty(t, e.Note)
						replies++
					}
				}
			}
		}
		t.Logf("%-12s %d partner invitations, %d ACK/DECLINE", p, proposals, replies)
		if proposals > 0 {
			assert.Positive(t, replies, "%s: partners answer proposals", p)
		}
	}
}

// TestBotJoinsAHumanProposal: a human proposes an operation to a bot; the
// bot ACKs it with a reason and commits in the operation's round.
func TestBotJoinsAHumanProposal(t *testing.T) {
	sc := shippedtest.Scenario(t, "tutorial.yaml")
	st := rules.New(sc, 2)
	human, partner := sc.Teams[0].ID, sc.Teams[1].ID
	b, _ := bot.New("cooperative", 2)
	h, _ := bot.New("cooperative", 2) // plays the human's routine orders
	proposed, acked, committed := false, false, false
	for !st.Over() {
		turn := rules.Turn{Orders: map[string][]rules.Order{}}
		var hq []rules.Order
		for _, o := range h.Orders(st.View(human), st) {
			if o.Kind != rules.Propose {
				hq = append(hq, o)
			}
		}
		if !proposed && st.Assessed(human, "lantern") && st.Round()+1 <= st.Deadline("lantern") {
			p := rules.Order{Kind: rules.Propose, Team: human, Threat: "lantern", At: st.Round() + 1, To: []string{partner}}
			if st.Validate(hq, p) == nil {
				hq = append(hq, p)
				proposed = true
			}
		}
		turn.Orders[human] = hq
		var bq []rules.Order
		for _, o := range b.Orders(st.View(partner), st) {
			if o.Kind != rules.Propose { // leave the proposing to the human
				bq = append(bq, o)
			}
		}
		for _, o := range bq {
			if o.Kind == rules.Message && o.MsgKind == rules.MsgAck {
				acked = true
				assert.Contains(t, o.Note, "Joining your operation on round")
			}
			if o.Kind == rules.Commit {
				committed = true
			}
		}
		turn.Orders[partner] = bq
		st, _ = rules.Resolve(st, turn)
		if committed {
			break
		}
	}
	require.True(t, proposed, "the human could propose")
	assert.True(t, acked, "the bot ACKs the human's proposal")
	assert.True(t, committed, "the bot commits to the human's operation")
}
