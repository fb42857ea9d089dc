package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gamesave "liaison/game/save"
	"liaison/game/scenario"
	"liaison/game/session"
	"liaison/game/ui/input"
	"liaison/game/ui/widget"
)

// playTutorialRounds starts the tutorial (one human seat) and plays n rounds
// through the input layer; it returns at the next board.
func playTutorialRounds(t *testing.T, n int) (*App, *input.Script) {
	t.Helper()
	a, script := startTutorial(t, 1280, 720, nil)
	for played := 0; ; {
		switch sc := a.Scene().(type) {
		case *briefingScene, *handoffScene, *resultsScene:
			press(t, a, script, input.KeyEnter)
		case *boardScene:
			if played == n {
				settle(t, a)
				return a, script
			}
			playRound(t, a, script, sc)
			played++
		default:
			t.Fatalf("unexpected scene %s after %d rounds", sc.Name(), played)
		}
	}
}

// TestContinueAfterRestart plays two rounds, then opens a new App on the same
// save folder as after a crash, presses C on the menu and checks the game is
// back at the same round, team and engine state.
func TestContinueAfterRestart(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("LIAISON_SAVE_DIR", dir)
	a, _ := playTutorialRounds(t, 2)
	b := a.Scene().(*boardScene)
	round, team, hash := a.game.sess.Round(), b.team, a.game.sess.Hash()
	require.Equal(t, 3, round)
	assert.Empty(t, a.Notice(), "no autosave failed")

	a2, script := newTestApp(t, Options{}, 1280, 720)
	step(t, a2, 1)
	ts, ok := a2.Scene().(*titleScene)
	require.True(t, ok)
	require.True(t, ts.saves.canContinue, "the menu offers to continue")
	assert.Contains(t, ts.saves.line.game, "round 3 of")
	assert.Contains(t, ts.saves.line.game, "Tutorial")
	assert.Equal(t, "saved just now", ts.saves.line.when)
	step(t, a2, 1)
	img := shot(t, a2)
	save(t, img, "title-continue")
	assertNotBlank(t, img)
	assertText(t, img, ts.saves.strip, "continue strip")
	assertText(t, img, ts.saves.load.Rect, "load game button")

	press(t, a2, script, input.KeyC)
	settle(t, a2)
	b2, ok := a2.Scene().(*boardScene)
	require.True(t, ok, "Continue went to %s", a2.Scene().Name())
	assert.Equal(t, team, b2.team)
	assert.Equal(t, round, a2.game.sess.Round())
	assert.Equal(t, round, b2.v.Round, "the board shows the round")
	assert.Equal(t, hash, a2.game.sess.Hash())
	assert.Len(t, a2.game.sess.History(), 2)

	// The restored game plays on and autosaves again.
	before := countFiles(t, dir, "auto-")
	playRound(t, a2, script, b2)
	assert.Equal(t, before+1, countFiles(t, dir, "auto-"), "one autosave after the round")
	assert.Equal(t, 4, a2.game.sess.Round())
}

// TestManualSaveAndLoadList saves with Ctrl+S at the board, then finds the
// save in the Load game list and continues it.
func TestManualSaveAndLoadList(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("LIAISON_SAVE_DIR", dir)
	a, script := playTutorialRounds(t, 1)
	hash := a.game.sess.Hash()
	script.Add(input.Step{Keys: []input.Key{input.KeyS}, Ctrl: true})
	step(t, a, 1)
	require.True(t, strings.HasPrefix(a.Notice(), "Game saved"), "notice %q", a.Notice())
	require.Contains(t, a.Notice(), "\n"+dir+string(filepath.Separator)+"save-tutorial-")
	assert.Contains(t, a.Notice(), "orders not yet confirmed are not in the save")
	require.Equal(t, 1, countFiles(t, dir, "save-"))
	settle(t, a)
	save(t, shot(t, a), "board-saved")

	// A broken file beside it is listed, greyed, with its reason.
	broken := filepath.Join(dir, "auto-000000000999.json")
	require.NoError(t, os.WriteFile(broken, []byte(`{"liaison_save": 1, "sha256": "`), 0o600))

	a2, script2 := newTestApp(t, Options{}, 1280, 720)
	step(t, a2, 1)
	press(t, a2, script2, input.KeyL)
	ls, ok := a2.Scene().(*loadScene)
	require.True(t, ok, "L went to %s", a2.Scene().Name())
	manual, bad := -1, -1
	for i, e := range ls.entries {
		switch {
		case e.Kind == gamesave.Manual:
			manual = i
		case e.Path == broken:
			bad = i
		}
	}
	require.GreaterOrEqual(t, manual, 0)
	require.GreaterOrEqual(t, bad, 0)
	assert.False(t, ls.lines[bad].usable)
	assert.Contains(t, ls.lines[bad].game, "Cannot be used: save file is truncated")
	assert.True(t, ls.lines[manual].usable)
	assert.Contains(t, ls.lines[manual].name, "Tutorial")
	settle(t, a2)
	img := shot(t, a2)
	save(t, img, "load")
	assertText(t, img, ls.list.Row(0), "first save row")

	// The broken one explains itself and goes back to the list.
	ls.list.Select(bad)
	press(t, a2, script2, input.KeyEnter)
	es, ok := a2.Scene().(*saveErrorScene)
	require.True(t, ok, "Enter on a broken save went to %s", a2.Scene().Name())
	assert.Equal(t, "This save is incomplete", es.title)
	press(t, a2, script2, input.KeyEscape)
	require.Equal(t, ls, a2.Scene())

	ls.list.Select(manual)
	press(t, a2, script2, input.KeyEnter)
	settle(t, a2)
	_, ok = a2.Scene().(*boardScene)
	require.True(t, ok, "the manual save opened %s", a2.Scene().Name())
	assert.Equal(t, hash, a2.game.sess.Hash())
}

// TestChangedScenarioShowsWhy continues a save whose scenario file was
// edited since: the menu shows the save package's reason, never a crash.
func TestChangedScenarioShowsWhy(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("LIAISON_SAVE_DIR", dir)
	data, err := os.ReadFile("../../scenarios/tutorial.yaml")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "my-tutorial.yaml")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	sc, diags := scenario.Parse(path, data)
	require.NotNil(t, sc, "%v", diags)
	sess, err := session.New(session.Options{Scenario: sc})
	require.NoError(t, err)
	require.NoError(t, sess.Advance())
	require.NoError(t, sess.Submit("valmora-cio", nil))
	sv, err := sess.Snapshot(path, data, gamesave.Source{Path: path})
	require.NoError(t, err)
	store, err := gamesave.OpenDefault()
	require.NoError(t, err)
	_, err = store.Autosave(sv)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, append(data, "\n# edited after the game\n"...), 0o644))

	a, script := newTestApp(t, Options{}, 1280, 720)
	step(t, a, 1)
	ts := a.Scene().(*titleScene)
	require.True(t, ts.saves.canContinue)
	press(t, a, script, input.KeyC)
	es, ok := a.Scene().(*saveErrorScene)
	require.True(t, ok, "Continue went to %s", a.Scene().Name())
	assert.Equal(t, "The scenario changed since this game was saved", es.title)
	assert.Contains(t, es.message, "differs from the one the game was played with")
	settle(t, a)
	img := shot(t, a)
	save(t, img, "save-error")
	assertText(t, img, es.head, "error heading")
	assertText(t, img, es.frame, "error message")
	press(t, a, script, input.KeyEscape)
	assert.Equal(t, ts, a.Scene())
}

// TestAutosaveFailureIsANotice breaks the save folder mid-game: the round
// still resolves and a notice says the autosave failed.
func TestAutosaveFailureIsANotice(t *testing.T) {
	t.Setenv("LIAISON_SAVE_DIR", t.TempDir())
	a, script := playTutorialRounds(t, 0)
	notDir := filepath.Join(t.TempDir(), "a-file")
	require.NoError(t, os.WriteFile(notDir, nil, 0o600))
	a.saves.store.Dir = notDir
	b := a.Scene().(*boardScene)
	playRound(t, a, script, b)
	settle(t, a)
	if _, ok := a.Scene().(*resultsScene); ok {
		press(t, a, script, input.KeyEnter)
	}
	_, ok := a.Scene().(*boardScene)
	require.True(t, ok, "the game goes on at %s", a.Scene().Name())
	assert.Equal(t, 2, a.game.sess.Round())
	assert.True(t, strings.HasPrefix(a.Notice(), "Autosave failed"), "notice %q", a.Notice())
	assert.Contains(t, a.Notice(), notDir)
	save(t, shot(t, a), "autosave-failed")
	step(t, a, widget.NoticeTicks)
	assert.Empty(t, a.Notice(), "the notice goes away by itself")
}

// countFiles counts the files in dir whose names start with prefix.
func countFiles(t *testing.T, dir, prefix string) int {
	t.Helper()
	des, err := os.ReadDir(dir)
	require.NoError(t, err)
	n := 0
	for _, de := range des {
		if strings.HasPrefix(de.Name(), prefix) {
			n++
		}
	}
	return n
}
