package netplay_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/scenario"
)

// TestNoFrameLeaksAnotherTeamsState plays several games with people and
// bots and checks every frame each person's client received: every
// snapshot's view is exactly the engine's View of that team at that round
// (rebuilt from the game record), and no frame names an item or threat id,
// or an item title, that the team's views never showed.
func TestNoFrameLeaksAnotherTeamsState(t *testing.T) {
	games := []struct {
		file   string
		seed   uint64
		people []string
	}{
		{"harbour-watch.yaml", 1, []string{"nordvik-sss", "maritime-tf"}},
		{"harbour-watch.yaml", 2, []string{"nordvik-sss", "aurelia-fib", "vesterholm-customs"}},
		{"harbour-watch.yaml", 3, []string{"maritime-tf"}},
		{"northern-corridor.yaml", 4, []string{"nordvik-sss", "tavora-cert", "lindmark-npi"}},
	}
	for _, g := range games {
		t.Run(fmt.Sprintf("%s seed %d", g.file, g.seed), func(t *testing.T) {
			dir := t.TempDir()
			h := newHost(t, netplay.Options{SaveDir: dir})
			seats := map[string]string{}
			for _, p := range g.people {
				seats[p] = "human"
			}
			c := config(t, g.file, seats)
			for _, tm := range c.Scenario.Teams {
				if seats[tm.ID] == "" {
					seats[tm.ID] = "cooperative"
				}
			}
			c.Seed = g.seed
			cr, err := h.srv.CreateRoom(c)
			require.NoError(t, err)

			peers := map[string]*peer{}
			var wg sync.WaitGroup
			for _, team := range g.people {
				p, _ := join(t, h.url, netplay.Hello{Code: cr.Codes[team]})
				peers[team] = p
				// Ask the host about ids the team cannot know, too.
				p.send(netplay.TCheck, netplay.Check{Order: rules.Order{Kind: rules.Verify, Team: team, Item: c.Scenario.Items[len(c.Scenario.Items)-1].ID}})
				first := p.snapshot()
				wg.Add(1)
				go func() {
					defer wg.Done()
					p.playToEnd(first)
				}()
			}
			wg.Wait()
			ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
			defer cancel()
			require.NoError(t, h.srv.Shutdown(ctx)) // the last autosave is written

			sv, err := save.Load(filepath.Join(dir, cr.Room+".save"))
			require.NoError(t, err)
			require.True(t, sv.Over())
			// Every round's views, rebuilt from the record.
			st := rules.New(c.Scenario, sv.Record.Seed)
			views := []*rules.State{st}
			for _, turn := range sv.Record.Turns {
				st, _ = rules.Resolve(st, turn)
				views = append(views, st)
			}
			for team, p := range peers {
				checkFrames(t, c.Scenario.Items, c.Scenario.Threats, team, p.frames, views)
			}
		})
	}
}

// checkFrames applies the leak test to one team's frames.
func checkFrames(t *testing.T, items []scenario.Item, threats []scenario.Threat, team string, frames []frame, states []*rules.State) {
	t.Helper()
	// What the team's views ever showed.
	var seen bytes.Buffer
	for _, st := range states {
		b, err := json.Marshal(st.View(team))
		require.NoError(t, err)
		seen.Write(b)
	}
	var hidden [][]byte
	for _, it := range items {
		for _, s := range []string{it.ID, it.Title} {
			if q := quoted(s); !bytes.Contains(seen.Bytes(), q) {
				hidden = append(hidden, q)
			}
		}
	}
	for _, th := range threats {
		if q := quoted(th.ID); !bytes.Contains(seen.Bytes(), q) {
			hidden = append(hidden, q)
		}
	}
	require.NotEmpty(t, hidden, "%s saw everything: the test would prove nothing", team)
	snaps := 0
	for i, f := range frames {
		for _, h := range hidden {
			require.False(t, bytes.Contains(f.raw, h), "%s's frame %d (%s) names %s, which its views never showed", team, i, f.env.Type, h)
		}
		if f.env.Type != netplay.TSnapshot {
			continue
		}
		snaps++
		checkLegal(t, team, f.env.Body)
		var sn viewJSON
		require.NoError(t, json.Unmarshal(f.env.Body, &sn))
		idx := sn.Round - 1
		if sn.Phase == netplay.PhaseOver {
			idx = len(states) - 1
		}
		require.True(t, idx >= 0 && idx < len(states), "round %d", sn.Round)
		want, err := json.Marshal(states[idx].View(team))
		require.NoError(t, err)
		var got bytes.Buffer
		require.NoError(t, json.Compact(&got, sn.View))
		require.Equal(t, string(want), got.String(), "%s's snapshot %d of round %d is not its View", team, i, sn.Round)
	}
	require.Greater(t, snaps, 3)
}

// viewJSON is a frame's snapshot with its view kept raw.
type viewJSON struct {
	Round int             `json:"round"`
	Phase string          `json:"phase"`
	View  json.RawMessage `json:"view"`
}

func quoted(s string) []byte { return []byte(strconv.Quote(s)) }
