package narrative

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/sim"
	"liaison/scenarios"
)

// scenarioIDs lists every id of a scenario a player must never read: team,
// item (and sanitised copy), channel, threat, facet and inject ids, plus
// the request, operation and liaison-link ids a game made (from events).
func scenarioIDs(sc *scenario.Scenario, events []rules.Event) map[string]bool {
	ids := map[string]bool{}
	for _, t := range sc.Teams {
		ids[t.ID] = true
	}
	for _, it := range sc.Items {
		ids[it.ID] = true
		ids[rules.SanitisedID(it.ID)] = true
	}
	for _, c := range sc.Channels {
		ids[c.ID] = true
	}
	for _, th := range sc.Threats {
		ids[th.ID] = true
		for _, f := range th.Facets {
			ids[f] = true
		}
	}
	for _, in := range sc.Injects {
		ids[in.ID] = true
	}
	addEventIDs(ids, events)
	// An id that is one ordinary word ("harbour", "start") is checked
	// only if the scenario's own player-visible text never uses that word:
	// otherwise the word in a line is the scenario's prose, not a leak.
	prose := visibleProse(sc)
	for id := range ids {
		if !strings.ContainsAny(id, "-:~>0123456789") && wordIn(prose, id) {
			delete(ids, id)
		}
	}
	return ids
}

// addEventIDs adds the request, operation and liaison-link ids of events.
func addEventIDs(ids map[string]bool, events []rules.Event) {
	for _, e := range events {
		for _, s := range []string{e.Ref, e.Subject, e.Channel} {
			if strings.HasPrefix(s, "req-") || strings.HasPrefix(s, "op-") || strings.HasPrefix(s, "liaison:") {
				ids[s] = true
			}
		}
	}
}

// visibleProse is every text of the scenario a player may read.
func visibleProse(sc *scenario.Scenario) string {
	var sb strings.Builder
	add := func(s ...string) {
		for _, x := range s {
			sb.WriteString(x)
			sb.WriteByte('\n')
		}
	}
	add(sc.Title, sc.Briefing)
	for _, t := range sc.Teams {
		add(t.Name, t.Country, t.Profile)
	}
	for _, it := range sc.Items {
		add(it.Title, it.Text)
	}
	for _, c := range sc.Channels {
		add(c.Name)
	}
	for _, th := range sc.Threats {
		add(th.Name, th.Description)
	}
	for _, in := range sc.Injects {
		add(in.Title, in.Text)
	}
	return sb.String()
}

// wordIn reports whether w occurs in s as a whole word.
func wordIn(s, w string) bool {
	return regexp.MustCompile(`(^|[^A-Za-z0-9_-])` + regexp.QuoteMeta(w) + `($|[^A-Za-z0-9_-])`).MatchString(s)
}

// leakedIDs returns the ids found in a line as whole tokens, or as parts
// of a token split at ':', '>' and '~'.
func leakedIDs(line string, ids map[string]bool) []string {
	var out []string
	tokens := strings.FieldsFunc(line, func(r rune) bool { return r > 127 || !isIDChar(byte(r)) })
	for _, tok := range tokens {
		tok = strings.TrimRight(tok, ":->")
		cands := []string{tok}
		if strings.ContainsAny(tok, ":>~") {
			cands = append(cands, strings.FieldsFunc(tok, func(r rune) bool { return r == ':' || r == '>' || r == '~' })...)
		}
		for _, c := range cands {
			if ids[c] {
				out = append(out, c)
			}
		}
	}
	return out
}

// assertNoIDs fails if any line of the narrative (text or hint) holds an
// id of the scenario.
func assertNoIDs(t *testing.T, ids map[string]bool, n Narrative) {
	t.Helper()
	for _, l := range n.Lines() {
		for _, s := range []string{l.Text, l.Hint} {
			if found := leakedIDs(s, ids); len(found) > 0 {
				t.Errorf("round %d, %s: ids %v in %q", n.Round, n.Team, found, s)
			}
		}
	}
}

func TestLeakedIDsFindsWholeWordsOnly(t *testing.T) {
	ids := map[string]bool{"crew-list": true, "lantern:who": true, "lantern": true, "req-3": true}
	require.Equal(t, []string{"crew-list"}, leakedIDs("you shared crew-list.", ids))
	require.Equal(t, []string{"lantern:who", "lantern"}, leakedIDs("facet lantern:who: held", ids))
	require.Equal(t, []string{"req-3"}, leakedIDs("(req-3)", ids))
	require.Empty(t, leakedIDs("crew-lists and the Lantern consignment", ids))
}

// TestShippedScenariosNarrateInNamesOnly plays every shipped scenario with
// bots to the end, in two seat mixes, and tells every round to every team:
// no line may hold a scenario id.
func TestShippedScenariosNarrateInNamesOnly(t *testing.T) {
	for _, name := range scenarios.Names() {
		sc := shippedtest.Scenario(t, name)
		for _, mix := range []map[string]string{nil, {"all": "reckless"}} {
			seats, err := sim.Seats(sc, mix)
			require.NoError(t, err)
			players, err := sim.Players(sc, sc.Seed, seats)
			require.NoError(t, err)
			st := rules.New(sc, sc.Seed)
			ids := scenarioIDs(sc, nil)
			lines := 0
			for !st.Over() {
				round := st.Round()
				turn := sim.NextTurn(st, players)
				var evs []rules.Event
				st, evs = rules.Resolve(st, turn)
				addEventIDs(ids, evs)
				for _, team := range sc.Teams {
					v := st.View(team.ID)
					n := Build(Input{Scenario: sc, Team: team.ID, Round: round, View: v, Orders: turn.Orders[team.ID]})
					lines += len(n.Lines())
					assertNoIDs(t, ids, n)
				}
			}
			require.Positive(t, lines, "%s: nothing narrated", name)
		}
	}
}
