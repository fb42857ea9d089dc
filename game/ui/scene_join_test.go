package ui

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/netplay"
	"liaison/game/room"
	gamesave "liaison/game/save"
	"liaison/game/ui/input"
)

// joinHost starts a netplay host on 127.0.0.1 with a harbour-watch room
// (one human seat, a bot in the other) and returns HOST:PORT and the code.
func joinHost(t *testing.T) (string, string) {
	t.Helper()
	const file = "harbour-watch.yaml"
	sc, data := shippedtest.Load(t, file)
	srv := netplay.NewServer(netplay.Options{SaveDir: t.TempDir(), Logf: func(string, ...any) {}})
	cr, err := srv.CreateRoom(room.Config{Scenario: sc, Data: data, File: file, Source: gamesave.Source{Embedded: file},
		Seats: map[string]string{"nordvik-sss": "human", "maritime-tf": "cooperative"}})
	require.NoError(t, err)
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(func() { srv.Abort(); ts.CloseClientConnections(); ts.Close() })
	return strings.TrimPrefix(ts.URL, "http://"), cr.Codes["nordvik-sss"]
}

// stepUntil runs ticks until the join scene's status line contains want,
// for at most 20 s of wall time (the network answers in the background).
func stepUntil(t *testing.T, a *App, js *joinScene, want string) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		step(t, a, 1)
		if strings.Contains(js.shown, want) {
			return
		}
	}
	t.Fatalf("status never said %q; last: %q", want, js.shown)
}

// TestJoinSceneFieldsErrorsAndConfirm drives "Join a game" from the title
// with scripted keys: a wrong code shows the host's refusal, the right
// code joins the team and opens its board.
func TestJoinSceneFieldsErrorsAndConfirm(t *testing.T) {
	hostPort, code := joinHost(t)
	a, script := newTestApp(t, Options{}, 1280, 720)
	title := a.Scene()
	step(t, a, 1)
	script.Press(input.KeyJ)
	step(t, a, 1)
	js, ok := a.Scene().(*joinScene)
	require.True(t, ok, "J on the title opened %s", a.Scene().Name())
	settle(t, a)
	require.True(t, js.host.Focused, "the host field takes the first keys")

	script.Type(hostPort)
	script.Press(input.KeyTab)
	script.Type("WRONG-CODE")
	step(t, a, 3)
	assert.Equal(t, hostPort, js.host.Text())
	assert.Equal(t, "WRONG-CODE", js.code.Text())
	script.Press(input.KeyEnter)
	stepUntil(t, a, js, "refused the code")
	img := shot(t, a)
	save(t, img, "join-error")
	assertText(t, img, js.code.Rect, "code field")

	for range len("WRONG-CODE") {
		script.Press(input.KeyBackspace)
	}
	step(t, a, len("WRONG-CODE"))
	require.Empty(t, js.code.Text(), "Backspace empties the code field")
	script.Type(code)
	script.Press(input.KeyEnter)
	var b *boardScene
	stepTo(t, a, "the team's board", func() bool { b, _ = a.Scene().(*boardScene); return b != nil })
	assert.Contains(t, js.shown, "nordvik-sss")
	assert.Equal(t, "nordvik-sss", b.team)

	// Esc clears the selection, then opens the game menu; leaving goes
	// back to the title and closes the connection.
	script.Press(input.KeyEscape)
	step(t, a, 1)
	script.Press(input.KeyEscape)
	step(t, a, 1)
	require.NotNil(t, b.modal)
	script.Press(input.KeyEnter)
	step(t, a, 1)
	assert.Equal(t, title, a.Scene(), "leaving the game goes back to the title")
	assert.Nil(t, js.seat, "leaving closed the connection")
}

// TestJoinOptionOpensJoinScene checks --join/--host (the browser's
// ?join=CODE) open the join scene with the fields filled in.
func TestJoinOptionOpensJoinScene(t *testing.T) {
	a, _ := newTestApp(t, Options{Join: "ABCD-EFGH", Host: "10.0.0.5:8470"}, 1280, 720)
	js, ok := a.Scene().(*joinScene)
	require.True(t, ok, "first scene is %s", a.Scene().Name())
	assert.Equal(t, "ABCD-EFGH", js.code.Text())
	assert.Equal(t, "10.0.0.5:8470", js.host.Text())
	assert.True(t, js.code.Focused, "with the host known, the code field has focus")
}
