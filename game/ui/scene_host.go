//go:build !js

package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/room"
	"liaison/game/ui/catalog"
	"liaison/game/ui/hosting"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/widget"
)

// hostScene is the host's own screen while it hosts a game: the addresses
// trainees type, each people's team's join code, the instructor key (hidden
// until K), and per team its seat status — connected, confirmed, never
// what it ordered. It is the facilitator seat: pause, resolve, and F opens
// the facilitator view (the hot-seat facilitator scene on the room's
// frames) for injects and notes. Esc asks, then stops hosting and saves.
type hostScene struct {
	h       *hosting.Host
	g       *game // the room as the facilitator scenes see it
	hg      *hosting.Game
	back    Scene  // the title
	saveDir string // where the room autosaves, as the host was started ("" nowhere)
	st      hosting.Status
	showKey bool
	confirm *widget.Modal
	message string
	pauseB  widget.Button
	goB     widget.Button
	facB    widget.Button
	keyB    widget.Button
	botB    widget.Button // bots take the stalled seats
	stopB   widget.Button
	size    [3]float64
	head    layout.Rect
	seatR   layout.Rect
	sideR   layout.Rect
	footer  layout.Rect
	shown   uint64 // the status version last drawn
	left    int64  // the timer's seconds left when last drawn
}

// timeLeft is the round timer's time left (0 without a timer).
func (s *hostScene) timeLeft() time.Duration {
	f := &s.st.Frame
	if f.Deadline == 0 || f.Over {
		return 0
	}
	return max(0, time.Until(time.Unix(f.Deadline, 0)).Round(time.Second))
}

// newHostScene shows h, started with saveDir as its hosting.Config's SaveDir.
func newHostScene(h *hosting.Host, e *catalog.Entry, back Scene, saveDir string) *hostScene {
	hg := h.Game()
	s := &hostScene{h: h, hg: hg, back: back, saveDir: saveDir, g: &game{entry: e, sess: hg}}
	s.pauseB = widget.Button{Label: "Pause", Hint: "P", Icon: "pause", Reason: "Stop the exercise: orders are refused until you resume."}
	s.goB = widget.Button{Label: "Resolve round", Hint: "Ctrl+Enter", Icon: "verify", Reason: "Resolve now: teams that have not confirmed give no orders."}
	s.facB = widget.Button{Label: "Facilitator view", Hint: "F", Icon: "inbox", Primary: true, Reason: "Everything every team knows, trust, channels; fire injects and add notes."}
	s.keyB = widget.Button{Label: "Show key", Hint: "K"}
	s.botB = widget.Button{Label: "Bots take stalled seats", Hint: "B", Icon: "bot",
		Reason: "Every person of these teams is disconnected: a cooperative bot plays them from this round on."}
	s.stopB = widget.Button{Label: "Stop hosting", Hint: "Esc"}
	s.st = h.State()
	return s
}

// Name implements Scene.
func (s *hostScene) Name() string { return "host" }

// Help implements Scene.
func (s *hostScene) Help() []Shortcut {
	return []Shortcut{
		{"F", "facilitator view: injects, notes, everything each team knows"},
		{"P", "pause or resume the exercise"},
		{"Ctrl+Enter", "resolve the round now"},
		{"K", "show or hide the instructor key"},
		{"B", "hand disconnected teams the round waits for to bots"},
		{"Esc", "stop hosting (the room is saved)"},
	}
}

func (s *hostScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	var body layout.Rect
	s.head, body, s.footer = pageFrame(ctx, ctx.LineH(fHeading)+ctx.LineH(fBody)+ctx.S(8), 14)
	s.seatR, s.sideR = body.CutRight(min(ctx.S(400), body.W*0.42), ctx.S(16))
	c := widget.PanelContent(ctx.Context, s.sideR, true)
	bh := ctx.S(36)
	half := (c.W - ctx.S(8)) / 2
	y := c.Bottom() - 3*bh - 2*ctx.S(8)
	s.botB.Rect = layout.R(c.X, y, c.W, bh)
	y += bh + ctx.S(8)
	s.pauseB.Rect = layout.R(c.X, y, half, bh)
	s.keyB.Rect = layout.R(c.Right()-half, y, half, bh)
	s.goB.Rect = layout.R(c.X, y+bh+ctx.S(8), c.W, bh)
	s.stopB.Rect = layout.R(s.footer.X, s.footer.Y, ctx.S(200), s.footer.H)
	s.facB.Rect = layout.R(s.footer.Right()-ctx.S(260), s.footer.Y, ctx.S(260), s.footer.H)
}

// Update implements Scene.
func (s *hostScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	in := ctx.In
	s.st = s.h.State()
	if s.st.Version != s.shown {
		s.shown = s.st.Version
		ctx.Invalidate()
	}
	if left := int64(s.timeLeft() / time.Second); left != s.left {
		s.left = left // the timer counts down on screen
		ctx.Invalidate()
	}
	if s.confirm != nil {
		switch s.confirm.Update(ctx.Context) {
		case 1:
			return s.stop(ctx)
		case -1:
			s.confirm = nil
		}
		return nil
	}
	down := s.st.Err != nil
	over := s.st.Frame.Over
	s.pauseB.Label = "Pause"
	if s.st.Frame.Paused {
		s.pauseB.Label = "Resume"
	}
	s.pauseB.Disabled, s.goB.Disabled, s.facB.Disabled = down || over, down || over || s.st.Frame.Paused, down
	s.botB.Disabled = down || len(s.st.Frame.Stalled) == 0
	switch {
	case s.stopB.Update(ctx.Context) || in.Pressed(input.KeyEscape):
		s.confirm = widget.NewModal("Stop hosting?", "Every trainee is disconnected. The room is saved (in "+s.saveDir+"): liaisonctl serve --save-dir with that folder hosts it again, same codes and key.", "Stop hosting", "Keep hosting")
		if s.saveDir == "" {
			s.confirm.Warnings = []string{"There is no save folder on this machine: the game will be lost."}
		}
	case s.keyB.Update(ctx.Context) || in.Pressed(input.KeyK):
		s.showKey = !s.showKey
	case s.facB.Update(ctx.Context) || (in.Pressed(input.KeyF) && !s.facB.Disabled):
		return newFacilitatorSceneFrom(s.g, s)
	case s.pauseB.Update(ctx.Context) || (in.Pressed(input.KeyP) && !s.pauseB.Disabled):
		s.hg.SetPaused(!s.st.Frame.Paused)
		s.say(s.hg.Err(), "")
	case (s.botB.Update(ctx.Context) || in.Pressed(input.KeyB)) && len(s.st.Frame.Stalled) > 0 && !down:
		s.handToBots()
	case s.goB.Update(ctx.Context) || (in.Ctrl && in.Pressed(input.KeyEnter) && !s.goB.Disabled):
		s.say(s.hg.Resolve(), fmt.Sprintf("Round %d resolved.", s.st.Frame.Round))
	}
	return nil
}

// handToBots gives every stalled team to a cooperative bot.
func (s *hostScene) handToBots() {
	var names []string
	for _, team := range s.st.Frame.Stalled {
		if err := s.h.HandToBot(team, hosting.DefaultBot); err != nil {
			s.say(err, "")
			return
		}
		names = append(names, s.teamName(team))
	}
	s.say(nil, "Bots now play "+strings.Join(names, ", ")+".")
}

// teamName is a team's name, or its id.
func (s *hostScene) teamName(team string) string {
	if t, _ := s.h.Scenario().Team(team); t != nil {
		return t.Name
	}
	return team
}

// say shows a control's outcome.
func (s *hostScene) say(err error, ok string) {
	if err != nil {
		s.message = err.Error()
		return
	}
	s.message = ok
}

// stop stops hosting (saving the room) and returns to the title.
func (s *hostScene) stop(ctx *Context) Scene {
	c, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := s.h.Stop(c)
	switch {
	case err != nil:
		ctx.app.notify("Stopped hosting, but the room may not be saved: "+err.Error(), colWarn)
	case s.saveDir != "":
		ctx.app.notify("Stopped hosting. Room "+s.h.Info().Room+" is saved in:\n"+s.saveDir, colGood)
	default:
		ctx.app.notify("Stopped hosting.", colGood)
	}
	return s.back
}

// seatLine is a team's status in words: who plays it, and how far it is.
func seatLine(t teamStatus) (string, colourRGBA) {
	if t.Seat != room.Human {
		return "bot (" + t.Seat + ") · always ready", colTextDim
	}
	switch {
	case t.Stalled:
		return "disconnected: the round waits for it", colWarn
	case t.Confirmed:
		return fmt.Sprintf("%s · confirmed", connectedLabel(t.Connected)), colGood
	case t.Connected == 0:
		return "nobody has joined yet", colTextDim
	}
	return fmt.Sprintf("%s · giving orders", connectedLabel(t.Connected)), colAccent
}

// connectedLabel says how many machines are on a seat.
func connectedLabel(n int) string {
	if n == 1 {
		return "1 connected"
	}
	return fmt.Sprintf("%d connected", n)
}

// teamStatus is one team's row.
type teamStatus struct {
	Seat      string
	Connected int
	Confirmed bool
	Stalled   bool
}

// status returns team's row from the latest frame.
func (s *hostScene) status(team string) teamStatus {
	ts := teamStatus{Seat: room.Human}
	if _, ok := s.h.Info().Codes[team]; !ok {
		ts.Seat = s.hg.Seat(team)
	}
	for _, t := range s.st.Frame.Teams {
		if t.Team == team {
			ts.Seat, ts.Connected, ts.Confirmed = t.Seat, t.Connected, t.Confirmed
		}
	}
	for _, t := range s.st.Frame.Stalled {
		ts.Stalled = ts.Stalled || t == team
	}
	return ts
}

// Draw implements Scene.
func (s *hostScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	info := s.h.Info()
	sc := s.h.Scenario()
	f := &s.st.Frame
	ctx.Text(dst, fHeading, ctx.Fit(fHeading, "Hosting · "+sc.Title, s.head.W), s.head.X, s.head.Y, colText)
	state := fmt.Sprintf("Room %s · round %d of %d", info.Room, max(1, f.Round), sc.Rounds)
	switch {
	case s.st.Err != nil:
		state += " · the room stopped: " + s.st.Err.Error()
	case f.Over:
		state += " · game over"
	case f.Paused:
		state += " · PAUSED"
	}
	if f.Deadline > 0 && !f.Over {
		state += fmt.Sprintf(" · timer %s left", s.timeLeft())
	}
	if f.TimeUp {
		state += " · time is up: resolve when ready"
	}
	ctx.Text(dst, fBody, ctx.Fit(fBody, state, s.head.W), s.head.X, s.head.Y+ctx.LineH(fHeading)+ctx.S(6), colTextDim)

	// Seats and codes.
	c := widget.Panel(dst, ctx.Context, s.seatR, "Teams: give each its code", "human")
	lh := ctx.LineH(fBody)
	rowH := max(lh+ctx.LineH(fSmall), ctx.LineH(fHeading)) + ctx.S(10)
	y := c.Y
	for i := range sc.Teams {
		t := &sc.Teams[i]
		if y+rowH > c.Bottom() {
			ctx.Text(dst, fSmall, fmt.Sprintf("and %d more teams…", len(sc.Teams)-i), c.X, y, colTextDim)
			break
		}
		sw := lh * 0.7
		ctx.Paint.Swatch(dst, layout.R(c.X, y+(lh-sw)/2, sw, sw), t.Colour)
		st := s.status(t.ID)
		code := info.Codes[t.ID]
		if st.Seat != room.Human {
			code = "" // handed to a bot: the code no longer opens a seat worth joining
		}
		cw := ctx.TextW(fHeading, "WWWW-WWWW") + ctx.S(12)
		ctx.Text(dst, fBodyBold, ctx.Fit(fBodyBold, t.Name, c.W-cw-sw-ctx.S(8)), c.X+sw+ctx.S(8), y, colText)
		if code != "" {
			// Large enough to read from the back of the room.
			ctx.TextAl(dst, fHeading, code, c.Right(), y, colAccent, alignRight)
		}
		line, col := seatLine(st)
		ctx.Text(dst, fSmall, ctx.Fit(fSmall, line, c.W-cw-sw-ctx.S(8)), c.X+sw+ctx.S(8), y+lh, col)
		y += rowH
	}

	// Joining, the key and the controls.
	c = widget.Panel(dst, ctx.Context, s.sideR, "Join this host", "secure")
	y = c.Y
	ctx.Text(dst, fSmall, "In Join a game, trainees type one of:", c.X, y, colTextDim)
	y += ctx.LineH(fSmall) + ctx.S(2)
	for i, a := range info.Addrs {
		if i == 3 || y+ctx.LineH(fMono) > s.botB.Rect.Y-4*ctx.LineH(fSmall) {
			ctx.Text(dst, fSmall, fmt.Sprintf("and %d more", len(info.Addrs)-i), c.X, y, colTextDim)
			y += ctx.LineH(fSmall)
			break
		}
		ctx.Text(dst, fMono, ctx.Fit(fMono, a, c.W), c.X, y, colText)
		y += ctx.LineH(fMono)
	}
	y += ctx.S(6)
	key := "hidden (K shows it)"
	if s.showKey {
		key = info.Key
	}
	ctx.Text(dst, fSmall, "Instructor key (facilitator seat):", c.X, y, colTextDim)
	y += ctx.LineH(fSmall)
	ctx.Text(dst, fMono, ctx.Fit(fMono, key, c.W), c.X, y, colText)
	y += ctx.LineH(fMono) + ctx.S(6)
	msg, col := s.message, colAccent
	if s.st.Err != nil {
		msg, col = "The room stopped: "+s.st.Err.Error(), colBad
	} else if s.st.SaveErr != "" {
		msg, col = "The room is not being saved: "+s.st.SaveErr, colWarn
	} else if msg == "" {
		msg, col = s.waiting(), colTextDim
	}
	ctx.Para(dst, fSmall, msg, c.X, y, c.W, s.botB.Rect.Y-ctx.S(4), col)
	if len(f.Stalled) > 0 {
		s.botB.Draw(dst, ctx.Context)
	}
	s.pauseB.Draw(dst, ctx.Context)
	s.keyB.Label = "Show key"
	if s.showKey {
		s.keyB.Label = "Hide key"
	}
	s.keyB.Draw(dst, ctx.Context)
	s.goB.Draw(dst, ctx.Context)
	s.stopB.Draw(dst, ctx.Context)
	s.facB.Draw(dst, ctx.Context)
	if s.confirm != nil {
		s.confirm.Draw(dst, ctx.Context)
	}
}

// waiting says who the round waits for.
func (s *hostScene) waiting() string {
	var names []string
	for _, t := range s.h.Scenario().Teams {
		if ts := s.status(t.ID); ts.Seat == room.Human && !ts.Confirmed {
			names = append(names, t.Name)
		}
	}
	switch {
	case s.st.Frame.Over:
		return "The game has ended."
	case len(names) == 0:
		return "Every team has confirmed."
	}
	return "Waiting for " + strings.Join(names, ", ") + " to confirm."
}
