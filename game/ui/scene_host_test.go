//go:build !js

package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
	"liaison/game/room"
	"liaison/game/ui/catalog"
	"liaison/game/ui/hosting"
	"liaison/game/ui/input"
)

// hostUntil runs ticks until ok holds, for at most 20 s of wall time (the
// room answers in the background).
func hostUntil(t *testing.T, a *App, hs *hostScene, what string, ok func(*hostScene) bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		step(t, a, 1)
		if ok(hs) {
			return
		}
	}
	t.Fatalf("the host never showed %s; last frame: %+v", what, hs.st.Frame)
}

// TestHostSceneFromTheTitle hosts the tutorial from the title with scripted
// keys on 127.0.0.1: a person's seat and a bot, a round timer; a trainee
// joins with the code shown; the host pauses, opens the facilitator view,
// resolves, and stops (the room is saved). Screens at both gallery sizes.
func TestHostSceneFromTheTitle(t *testing.T) {
	for _, size := range gallerySizes {
		t.Run(size.tag, func(t *testing.T) {
			dir := t.TempDir()
			t.Setenv("LIAISON_SAVE_DIR", dir)
			a, script := newTestApp(t, Options{}, size.w, size.h)
			title := a.Scene()
			shoot := func(name string) {
				t.Helper()
				img := shot(t, a)
				save(t, img, fmt.Sprintf("gallery-%s-%s", name, size.tag))
				assertNotBlank(t, img)
			}
			step(t, a, 1)
			shoot("title-host")
			press(t, a, script, input.KeyH)
			settle(t, a)
			ss, ok := a.Scene().(*hostSetupScene)
			require.True(t, ok, "H on the title opened %s", a.Scene().Name())
			require.NotEmpty(t, ss.entries)
			sc := ss.entries[ss.cur].Scenario
			require.Equal(t, "tutorial", sc.ID, "the title's selection")
			require.Equal(t, []string{room.Human, "cooperative"}, ss.seats, "the file's seats")

			// Every seat a bot: Start is refused with the reason.
			press(t, a, script, input.KeySpace)
			step(t, a, 1)
			assert.Equal(t, 0, ss.humans())
			assert.True(t, ss.startB.Disabled)
			for ss.seats[0] != room.Human {
				press(t, a, script, input.KeySpace)
			}
			press(t, a, script, input.KeyT)
			press(t, a, script, input.KeyT) // 10 min
			assert.Equal(t, 600, hostTimers[ss.timer])
			press(t, a, script, input.KeyTab)
			require.True(t, ss.addr.Focused)
			for range len(ss.addr.Text()) {
				press(t, a, script, input.KeyBackspace)
			}
			script.Type("127.0.0.1:0")
			step(t, a, 2)
			assert.Equal(t, "127.0.0.1:0", ss.addr.Text())
			shoot("host-setup")
			press(t, a, script, input.KeyEnter)
			settle(t, a)
			hs, ok := a.Scene().(*hostScene)
			require.True(t, ok, "Enter started hosting (at %s: %s)", a.Scene().Name(), ss.message)
			stopped := false
			defer func() {
				if !stopped {
					_ = hs.h.Stop(context.Background())
				}
			}()
			info := hs.h.Info()
			require.Len(t, info.Codes, 1)
			code := info.Codes["valmora-cio"]
			require.NotEmpty(t, code)
			hostUntil(t, a, hs, "the round's frame", func(hs *hostScene) bool { return hs.st.Frame.Deadline > 0 })
			assert.False(t, hs.showKey, "the key is hidden until K")

			// A trainee joins with the code.
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			trainee, err := netplay.Dial(ctx, fmt.Sprintf("ws://127.0.0.1:%d/ws", info.Port), netplay.Hello{Code: code})
			require.NoError(t, err)
			defer trainee.Close()
			hostUntil(t, a, hs, "the trainee connected", func(hs *hostScene) bool { return hs.status("valmora-cio").Connected == 1 })
			line, _ := seatLine(hs.status("valmora-cio"))
			assert.Equal(t, "1 connected · giving orders", line)
			press(t, a, script, input.KeyK)
			assert.True(t, hs.showKey)
			shoot("host")

			// Pause, then the facilitator view and back.
			press(t, a, script, input.KeyP)
			hostUntil(t, a, hs, "the pause", func(hs *hostScene) bool { return hs.st.Frame.Paused })
			assert.Error(t, trainee.Confirm(ctx, 1, nil), "orders are refused while paused")
			press(t, a, script, input.KeyP)
			hostUntil(t, a, hs, "the resume", func(hs *hostScene) bool { return !hs.st.Frame.Paused })
			press(t, a, script, input.KeyF)
			settle(t, a)
			fs, ok := a.Scene().(*facilitatorScene)
			require.True(t, ok, "F opened %s", a.Scene().Name())
			assert.Len(t, fs.fv.Teams, 2, "the room's facilitator view")
			shoot("host-facilitator")
			// An inject and a note go to the room through the facilitator scene.
			for range 4 {
				press(t, a, script, input.KeyDown)
			}
			press(t, a, script, input.KeyI)
			require.Contains(t, fs.message, "Inject queued", "inject %d", fs.injectL.Selected)
			click(t, a, script, fs.note.Rect, "focus note")
			script.Type("Ask Estrel about the berth roster")
			step(t, a, 1)
			press(t, a, script, input.KeyEnter)
			require.Equal(t, "Note added to the timeline.", fs.message)
			// (hs is not the scene now: ask the host itself.)
			hostUntil(t, a, hs, "both pending", func(hs *hostScene) bool { return len(hs.h.State().Frame.Pending) == 2 })
			assert.Len(t, fs.g.sess.PendingActions(), 2)
			script.Add(input.Step{Keys: []input.Key{input.KeyS}, Ctrl: true})
			step(t, a, 1)
			assert.Contains(t, a.notice.Text(), "saved after every round", "Ctrl+S saves no other game here")
			press(t, a, script, input.KeyEscape)
			settle(t, a)
			require.Same(t, hs, a.Scene())

			// The trainee confirms: the round resolves; then the host resolves round 2.
			require.NoError(t, trainee.Confirm(ctx, 1, nil))
			hostUntil(t, a, hs, "round 2", func(hs *hostScene) bool { return hs.st.Frame.Round == 2 })
			script.Add(input.Step{Keys: []input.Key{input.KeyEnter}, Ctrl: true})
			step(t, a, 1)
			hostUntil(t, a, hs, "round 3", func(hs *hostScene) bool { return hs.st.Frame.Round == 3 })
			assert.Equal(t, "Round 2 resolved.", hs.message)

			// Esc asks; Esc keeps hosting; Esc, Enter stops and saves.
			press(t, a, script, input.KeyEscape)
			require.NotNil(t, hs.confirm)
			shoot("host-stop")
			press(t, a, script, input.KeyEscape)
			assert.Nil(t, hs.confirm)
			press(t, a, script, input.KeyEscape)
			press(t, a, script, input.KeyEnter)
			stopped = true
			settle(t, a)
			assert.Same(t, title, a.Scene())
			assert.Contains(t, a.notice.Text(), info.Room)
			saves, err := filepath.Glob(filepath.Join(dir, "hosted", "*.save"))
			require.NoError(t, err)
			assert.Len(t, saves, 1, "the room is saved")
			assert.Eventually(t, func() bool { return trainee.Err() != nil }, 10*time.Second, 10*time.Millisecond, "the trainee was disconnected")
			assert.True(t, strings.Contains(a.notice.Text(), "saved"), a.notice.Text())
		})
	}
}

// TestHostSceneHandsStalledSeatsToBots: two teams of people; one confirms,
// nobody joined the other, which stalls the round; B gives it to a bot and
// the round resolves.
func TestHostSceneHandsStalledSeatsToBots(t *testing.T) {
	a, script := newTestApp(t, Options{}, 1280, 720)
	title := a.Scene()
	ts := title.(*titleScene)
	var e *catalog.Entry
	for i := range ts.entries {
		if ts.entries[i].Name == "harbour-watch.yaml" {
			e = &ts.entries[i]
		}
	}
	require.NotNil(t, e)
	h, err := hosting.Start(context.Background(), hosting.Config{Scenario: e.Scenario, Data: e.Data, File: e.Name,
		Seats: map[string]string{"nordvik-sss": room.Human, "aurelia-fib": room.Human}, Addr: "127.0.0.1:0"})
	require.NoError(t, err)
	defer func() { _ = h.Stop(context.Background()) }()
	hs := newHostScene(h, e, title, "")
	a.GoTo(hs)
	settle(t, a)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	trainee, err := netplay.Dial(ctx, fmt.Sprintf("ws://127.0.0.1:%d/ws", h.Info().Port), netplay.Hello{Code: h.Info().Codes["nordvik-sss"]})
	require.NoError(t, err)
	defer trainee.Close()
	require.NoError(t, trainee.Confirm(ctx, 1, nil))
	hostUntil(t, a, hs, "aurelia stalled", func(hs *hostScene) bool { return len(hs.st.Frame.Stalled) == 1 })
	line, _ := seatLine(hs.status("aurelia-fib"))
	assert.Equal(t, "disconnected: the round waits for it", line)
	step(t, a, 1)
	assert.False(t, hs.botB.Disabled)
	img := shot(t, a)
	save(t, img, "gallery-host-stalled-720p")
	assertText(t, img, hs.botB.Rect, "the bots button")
	press(t, a, script, input.KeyB)
	hostUntil(t, a, hs, "round 2", func(hs *hostScene) bool { return hs.st.Frame.Round == 2 })
	assert.Contains(t, hs.message, "Aurelia")
	assert.Equal(t, "cooperative", hs.status("aurelia-fib").Seat)
}
