package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"liaison/game/session"
)

// scenarioIDs lists the ids a player must never read: teams, items,
// channels, threats, facets, injects, requests.
func scenarioIDs(a *App) []string {
	sc := a.game.sess.Scenario()
	var ids []string
	for _, t := range sc.Teams {
		ids = append(ids, t.ID)
	}
	for _, it := range sc.Items {
		ids = append(ids, it.ID)
	}
	for _, c := range sc.Channels {
		ids = append(ids, c.ID)
	}
	for _, th := range sc.Threats {
		ids = append(ids, th.ID)
		for _, f := range th.Facets {
			ids = append(ids, th.ID+":"+f)
		}
	}
	for _, in := range sc.Injects {
		if strings.ContainsAny(in.ID, "-:") { // "start" is a word too
			ids = append(ids, in.ID)
		}
	}
	return ids
}

// boardStrings is every string the board builds for the player (author
// prose such as card texts and briefings aside).
func boardStrings(b *boardScene) []string {
	var out []string
	for _, c := range b.cards {
		out = append(out, c.title, c.meta, c.facets, c.from, c.mark)
	}
	for _, th := range b.threats {
		out = append(out, th.name, th.facets, th.status)
	}
	for _, r := range b.rows {
		out = append(out, r.line1, r.line2)
	}
	for _, a := range b.actions {
		out = append(out, a.Label, a.Reason)
	}
	out = append(out, b.qlabels...)
	for _, p := range b.log.Paras() {
		if p.Icon != "inject" && p.Role != fSmall || p.Icon == "" {
			out = append(out, p.Text)
		}
	}
	return out
}

// The board of every shipped scenario, for every selection it offers and
// after a few rounds, shows names, never scenario ids (issue 13).
func TestBoardShowsNoIDs(t *testing.T) {
	for _, name := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"} {
		t.Run(name, func(t *testing.T) {
			a, script := newGameApp(t, name, 1280, 720, 1, false)
			ids := scenarioIDs(a)
			// Longest first; an id must stand alone (not inside a word).
			slices.SortFunc(ids, func(x, y string) int { return len(y) - len(x) })
			pats := make([]*regexp.Regexp, len(ids))
			for i, id := range ids {
				pats[i] = regexp.MustCompile(`(^|[^\pL\pN-])` + regexp.QuoteMeta(id) + `($|[^\pL\pN-])`)
			}
			check := func(b *boardScene, where string) {
				t.Helper()
				local := slices.Clone(pats)
				for _, r := range b.v.Requests {
					local = append(local, regexp.MustCompile(`(^|[^\pL\pN-])`+regexp.QuoteMeta(r.ID)+`($|[^\pL\pN-])`))
				}
				for _, op := range b.v.Operations {
					local = append(local, regexp.MustCompile(`(^|[^\pL\pN-])`+regexp.QuoteMeta(op.ID)+`($|[^\pL\pN-])`))
				}
				for _, s := range boardStrings(b) {
					for _, p := range local {
						if p.MatchString(s) {
							t.Errorf("%s: %q shows an id (%s)", where, s, p)
							return
						}
					}
				}
			}
			for round := 0; round < 3; round++ {
				b := toBoard(t, a, script)
				check(b, "no selection")
				for i := range b.cards {
					b.selectCard(i)
					check(b, "card "+b.cards[i].id)
				}
				for i := range b.threats {
					b.selectThreat(i)
					check(b, "threat "+b.threats[i].id)
				}
				for i := range b.rows {
					b.selectRow(i)
					check(b, "row "+b.rows[i].line1)
				}
				for i := range b.nodes {
					b.selectNode(i)
					check(b, "team "+b.nodes[i].label)
				}
				// Queue the first enabled action of the first card and end the turn.
				if len(b.cards) > 0 {
					b.selectCard(0)
					for _, act := range b.actions {
						if act.Enabled && act.Kind != "pass" {
							_ = b.queue.Add(a.game.sess, act.Order)
							break
						}
					}
					b.rebuild()
					check(b, "queued")
				}
				if err := a.game.sess.Submit(b.team, b.queue.Orders); err != nil {
					t.Fatal(err)
				}
				for a.game.sess.Current().Phase != session.Orders && !a.game.sess.IsOver() {
					if err := a.game.sess.Advance(); err != nil {
						t.Fatal(err)
					}
				}
				if a.game.sess.IsOver() {
					return
				}
				a.GoTo(a.sceneFor(a.game))
				settle(t, a)
			}
		})
	}
}
