package hosting

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/room"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/game/session"
	"liaison/scenarios"
)

const harbour = "harbour-watch.yaml"

// config is a harbour-watch game on loopback with a free port, Nordvik
// played by people and the other team left empty.
func config(t *testing.T) Config {
	t.Helper()
	data, err := scenarios.Read(harbour)
	require.NoError(t, err)
	sc, diags := scenario.Parse(harbour, data)
	require.NotNil(t, sc, "%v", diags)
	return Config{Scenario: sc, Data: data, File: harbour, Source: save.Source{Embedded: harbour},
		Seats: map[string]string{"nordvik-sss": room.Human}, Addr: "127.0.0.1:0", SaveDir: filepath.Join(t.TempDir(), "rooms")}
}

// waitFor polls the host until ok holds, for at most 20 s.
func waitFor(t *testing.T, h *Host, ok func(Status) bool) Status {
	t.Helper()
	var st Status
	require.Eventually(t, func() bool { st = h.State(); return ok(st) }, 20*time.Second, 5*time.Millisecond, "last status: %+v", st.Frame)
	return st
}

func TestSeatsFillEmptySeatsWithBots(t *testing.T) {
	sc := config(t).Scenario
	got, err := Seats(sc, map[string]string{"nordvik-sss": room.Human})
	require.NoError(t, err)
	assert.Equal(t, room.Human, got["nordvik-sss"])
	assert.Len(t, got, len(sc.Teams))
	for team, k := range got {
		if team != "nordvik-sss" {
			assert.NotEqual(t, room.Human, k, "%s is an empty seat: a bot", team)
		}
	}
	_, err = Seats(sc, map[string]string{"atlantis": room.Human})
	assert.ErrorContains(t, err, `"atlantis"`)
}

func TestStartRefusesBadGames(t *testing.T) {
	cases := []struct {
		name string
		edit func(*Config)
		want string
	}{
		{"no scenario", func(c *Config) { c.Scenario = nil }, "no scenario"},
		{"all bots", func(c *Config) { c.Seats = nil }, "every seat is a bot"},
		{"timer too long", func(c *Config) { c.Timer = MaxTimer + 1 }, "round timer"},
		{"negative timer", func(c *Config) { c.Timer = -1 }, "round timer"},
		{"unknown team", func(c *Config) { c.Seats = map[string]string{"atlantis": room.Human} }, "atlantis"},
		{"bad address", func(c *Config) { c.Addr = "127.0.0.1:notaport" }, "cannot listen on 127.0.0.1:notaport"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := config(t)
			tc.edit(&c)
			h, err := Start(context.Background(), c)
			require.Error(t, err)
			assert.Nil(t, h)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	t.Run("port taken", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		defer ln.Close()
		c := config(t)
		c.Addr = ln.Addr().String()
		_, err = Start(context.Background(), c)
		assert.ErrorContains(t, err, "another host on this port")
	})
}

// TestHostPlaysARoundWithARemoteTeam hosts a game, joins Nordvik's seat
// with its code as a trainee's machine would, and drives the facilitator
// controls through the host; stopping saves the room.
func TestHostPlaysARoundWithARemoteTeam(t *testing.T) {
	c := config(t)
	c.Timer = 600
	h, err := Start(context.Background(), c)
	require.NoError(t, err)
	stopped := false
	defer func() {
		if !stopped {
			_ = h.Stop(context.Background())
		}
	}()
	info := h.Info()
	assert.NotEmpty(t, info.Room)
	assert.Len(t, info.Key, 32, "128 bits in hex")
	require.Len(t, info.Codes, 1, "only the people's seat gets a code")
	code := info.Codes["nordvik-sss"]
	require.NotEmpty(t, code)
	require.NotEmpty(t, info.Addrs)
	assert.Positive(t, info.Port)
	assert.Equal(t, []string{"127.0.0.1:" + itoa(info.Port)}, info.Addrs, "bound to one address: that one")

	st := waitFor(t, h, func(s Status) bool { return s.View != nil && s.Frame.Deadline > 0 }) // the round timer runs
	assert.Equal(t, 1, st.Frame.Round)
	assert.NotEmpty(t, st.Hash)
	g := h.Game()
	assert.Equal(t, session.Step{Phase: session.Facilitate, Team: session.FacilitatorSeat}, g.Current())
	assert.Equal(t, room.Human, g.Seat("nordvik-sss"))
	_, err = g.View("nordvik-sss")
	assert.Error(t, err, "the host's screen never shows a team's view")

	// A trainee joins with the code.
	url := "ws://127.0.0.1:" + itoa(info.Port) + "/ws"
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	trainee, err := netplay.Dial(ctx, url, netplay.Hello{Code: strings.ToLower(code)})
	require.NoError(t, err)
	defer trainee.Close()
	st = waitFor(t, h, func(s Status) bool { return connected(s, "nordvik-sss") == 1 })
	assert.False(t, confirmed(st, "nordvik-sss"))

	// Pause refuses the trainee's orders; resume lets them through.
	require.NoError(t, g.AddNote("Watch the ferry manifests"))
	g.SetPaused(true)
	require.NoError(t, g.Err())
	waitFor(t, h, func(s Status) bool { return s.Frame.Paused })
	assert.Error(t, trainee.Confirm(ctx, 1, nil))
	g.SetPaused(false)
	require.NoError(t, g.Err())
	waitFor(t, h, func(s Status) bool { return !s.Frame.Paused })
	assert.Len(t, g.PendingActions(), 1, "the note waits for the round")
	assert.Error(t, g.FireInject("no-such-inject"))

	require.NoError(t, trainee.Confirm(ctx, 1, nil))
	st = waitFor(t, h, func(s Status) bool { return s.Frame.Round == 2 })
	assert.False(t, confirmed(st, "nordvik-sss"), "a new round")
	assert.Equal(t, 2, g.Round())

	// The facilitator resolves round 2 without the trainee.
	require.NoError(t, g.Resolve())
	waitFor(t, h, func(s Status) bool { return s.Frame.Round == 3 })

	// Stopping saves the room where the desktop game can open it.
	require.NoError(t, h.Stop(context.Background()))
	stopped = true
	saves, err := filepath.Glob(filepath.Join(c.SaveDir, "*.save"))
	require.NoError(t, err)
	require.Len(t, saves, 1)
	raw, err := os.ReadFile(saves[0])
	require.NoError(t, err)
	sv, err := save.Decode(raw)
	require.NoError(t, err)
	assert.Len(t, sv.Record.Turns, 2)
	assert.NotContains(t, string(raw), code, "codes are never written to disk")
	assert.NotContains(t, string(raw), info.Key)
	_, err = net.DialTimeout("tcp", "127.0.0.1:"+itoa(info.Port), time.Second)
	assert.Error(t, err, "the host stopped listening")
}

func TestJoinAddrs(t *testing.T) {
	assert.Equal(t, []string{"192.168.1.20:8470"}, joinAddrs("192.168.1.20:8470", 8470))
	assert.Equal(t, []string{"class.example.org:9000"}, joinAddrs("class.example.org:0", 9000))
	for _, any := range []string{":8470", "0.0.0.0:8470", "[::]:8470"} {
		got := joinAddrs(any, 8470)
		require.NotEmpty(t, got, any)
		for _, a := range got {
			assert.True(t, strings.HasSuffix(a, ":8470"), a)
			assert.NotContains(t, a, "0.0.0.0")
		}
	}
}

func connected(s Status, team string) int {
	for _, t := range s.Frame.Teams {
		if t.Team == team {
			return t.Connected
		}
	}
	return -1
}

func confirmed(s Status, team string) bool {
	for _, t := range s.Frame.Teams {
		if t.Team == team {
			return t.Confirmed
		}
	}
	return false
}

func TestDoesNotLinkEbiten(t *testing.T) {
	out, err := goList("liaison/game/ui/hosting")
	if err != nil {
		t.Skip(err)
	}
	assert.NotContains(t, out, "ebiten")
}

// TestAutosaveFailureIsShown: when the room cannot be saved, the host's
// status says so (the game goes on).
func TestAutosaveFailureIsShown(t *testing.T) {
	c := config(t)
	h, err := Start(context.Background(), c)
	require.NoError(t, err)
	defer func() { _ = h.Stop(context.Background()) }()
	waitFor(t, h, func(s Status) bool { return s.View != nil })
	assert.Empty(t, h.State().SaveErr)
	// The save folder turns into a file: the next autosave fails.
	require.NoError(t, os.RemoveAll(c.SaveDir))
	require.NoError(t, os.WriteFile(c.SaveDir, []byte("not a folder"), 0o600))
	require.NoError(t, h.Game().Resolve())
	st := waitFor(t, h, func(s Status) bool { return s.SaveErr != "" })
	assert.Contains(t, st.SaveErr, "autosave failed")
	assert.NotContains(t, st.SaveErr, h.Info().Key)
	assert.Equal(t, 2, waitFor(t, h, func(s Status) bool { return s.Frame.Round == 2 }).Frame.Round, "the game goes on")
}
