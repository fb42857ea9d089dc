package ui

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/internal/idleak"
	"liaison/game/session"
	"liaison/game/ui/widget"
)

// facilitatorStrings is every string the facilitator view builds.
func facilitatorStrings(s *facilitatorScene) []string {
	out := []string{s.banner.Text, s.pending}
	for i := range s.teams {
		out = append(out, paraTexts(s.teams[i].Paras())...)
	}
	out = append(out, paraTexts(s.channels.Paras())...)
	for _, in := range s.injects {
		out = append(out, in.line1, in.line2)
	}
	out = append(out, s.trustIDs...)
	return append(out, s.trustCodes...)
}

// endStrings is every string the end screen builds.
func endStrings(s *endScene) []string {
	out := []string{s.banner.Text, s.banner.Right, s.why, s.heading}
	for _, d := range s.dims {
		out = append(out, d.name, d.basis)
	}
	for _, t := range s.teams {
		out = append(out, t.name, t.seat)
	}
	return append(out, paraTexts(s.losses.Paras())...)
}

func paraTexts(ps []widget.Para) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}

// The instructor's screens (the facilitator view every round, the end
// screen) of every shipped scenario, played by bots to the end, show
// names, never scenario ids (issue 13).
func TestInstructorScreensShowNoIDs(t *testing.T) {
	for _, name := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"} {
		t.Run(name, func(t *testing.T) {
			a, _ := newGameApp(t, name, 1280, 720, 0, true)
			g := a.game
			check := func(where string, strs []string) {
				t.Helper()
				ids := idleak.IDs(g.sess.Scenario(), g.sess.Events())
				for _, s := range strs {
					if found := ids.Find(s); len(found) > 0 {
						t.Errorf("%s: %q shows ids %v", where, s, found)
					}
				}
			}
			for guard := 0; !g.sess.IsOver() && guard < 400; guard++ {
				cur := g.sess.Current()
				if cur.Phase == session.Orders {
					require.NoError(t, g.sess.Submit(cur.Team, nil))
					continue
				}
				check("facilitator view", facilitatorStrings(newFacilitatorScene(g, false)))
				if cur.Phase == session.Facilitate {
					require.NoError(t, g.sess.Resolve())
					continue
				}
				require.NoError(t, g.sess.Advance())
			}
			require.True(t, g.sess.IsOver())
			check("facilitator view at the end", facilitatorStrings(newFacilitatorScene(g, false)))
			check("end screen", endStrings(newEndScene(g)))
		})
	}
}
