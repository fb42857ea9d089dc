package bot_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/scenario"
)

// touchesOthers lists the order kinds that reach another team.
var touchesOthers = map[rules.OrderKind]bool{
	rules.Share: true, rules.Respond: true, rules.Propose: true, rules.Commit: true, rules.Message: true,
	rules.Grant: true, rules.AskRelease: true, rules.PostLiaison: true, rules.Request: true,
}

// ids lists the scenario's ids that look like ids (with '-', ':' or '~'),
// which no note may show.
func ids(sc *scenario.Scenario) []string {
	var out []string
	add := func(id string) {
		if strings.ContainsAny(id, "-:~") {
			out = append(out, id)
		}
	}
	for _, t := range sc.Teams {
		add(t.ID)
	}
	for _, it := range sc.Items {
		add(it.ID)
	}
	for _, th := range sc.Threats {
		add(th.ID)
		for _, f := range th.Facets {
			add(f)
		}
	}
	for _, c := range sc.Channels {
		add(c.ID)
	}
	return out
}

// TestEveryBotOrderToAnotherTeamSaysWhy plays the shipped scenarios and the
// sanitising test scenario with every personality: every order that touches
// another team carries a reason of at most 120 characters with display
// names, never ids, and the reason reaches the events.
func TestEveryBotOrderToAnotherTeamSaysWhy(t *testing.T) {
	scs := []*scenario.Scenario{shippedtest.Scenario(t, "tutorial.yaml"), shippedtest.Scenario(t, "harbour-watch.yaml"), testdataSource(t, "shelter-clearance.yaml").Scenario}
	for _, sc := range scs {
		forbidden := ids(sc)
		for _, p := range bot.Personalities {
			st := rules.New(sc, 3)
			noted := 0
			for !st.Over() {
				turn := rules.Turn{Orders: map[string][]rules.Order{}}
				for _, tm := range sc.Teams {
					b, _ := bot.New(p, 3)
					q := b.Orders(st.View(tm.ID), st)
					for _, o := range q {
						if !touchesOthers[o.Kind] {
							assert.Empty(t, o.Note, "%s %s: %s stays inside the team", sc.ID, p, o.Kind)
							continue
						}
						require.NotEmpty(t, o.Note, "%s %s round %d: %+v has no reason", sc.ID, p, st.Round(), o)
						assert.LessOrEqual(t, utf8.RuneCountInString(o.Note), 120, o.Note)
						for _, id := range forbidden {
							assert.NotContains(t, o.Note, id, "%s %s: a note shows an id", sc.ID, p)
						}
						noted++
					}
					turn.Orders[tm.ID] = q
				}
				st, _ = rules.Resolve(st, turn)
			}
			withNote := 0
			for _, e := range st.Events() {
				if e.Note != "" {
					withNote++
				}
			}
			if noted > 0 {
				assert.Positive(t, withNote, "%s %s: notes reach the log", sc.ID, p)
			}
		}
	}
}

// TestSanitisedCopyNoteNamesTheClearance checks the words a cooperative
// police bot uses when it shares its sanitised copy with the NGO.
func TestSanitisedCopyNoteNamesTheClearance(t *testing.T) {
	sc := testdataSource(t, "shelter-clearance.yaml").Scenario
	var notes []string
	cooperativeRounds(sc, 4, func(e rules.Event) {
		if e.Kind == rules.EvDeliver && e.Team == "haven-ngo" && e.Item == "informant-report~s" {
			notes = append(notes, e.Note)
		}
	})
	require.NotEmpty(t, notes, "the NGO receives the sanitised report")
	assert.Contains(t, notes[0], "Sanitised copy of Informant report on the recruiters (cut to RESTRICTED for your clearance)")
}
