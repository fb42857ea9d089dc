package ui

import (
	"fmt"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/netplay"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
	"liaison/game/ui/remote"
)

// joinScene is "Join a game": the host's address and the team's join code,
// then the connection. Joining runs in the background (remote.Seat); the
// scene polls it each tick, so the frame loop never waits on the network.
// Once joined it opens the team's board for each round (board_remote.go)
// and shows, between them, that the team waits for the others.
type joinScene struct {
	back     Scene
	host     textField
	code     textField
	forced   string // the browser's own host: not editable
	connectB button
	backB    button
	seat     *remote.Seat
	net      *remoteBoard // plays the joined seat's rounds (board_remote.go)
	st       remote.State
	shown    string // what the last drawn state said, to redraw on change
	size     [3]float64
	head     layout.Rect
	body     layout.Rect
	footer   layout.Rect
}

// joinCodeMax bounds the code field (codes are short, such as ABCD-EFGH).
const joinCodeMax = 32

func newJoinScene(back Scene, host, code string) *joinScene {
	s := &joinScene{back: back, forced: pageHost()}
	s.host = textField{Hint: "host address, such as 192.168.1.20:8470", max: 200}
	s.code = textField{Hint: "your team's join code", max: joinCodeMax}
	if s.forced != "" {
		host = s.forced
	}
	s.host.set(host)
	s.code.set(code)
	if host == "" {
		s.host.Focused = true
	} else {
		s.code.Focused = true
	}
	s.connectB = button{Label: "Join", Hint: "Enter", Icon: "human", Primary: true}
	s.backB = button{Label: "Back", Hint: "Esc"}
	return s
}

// Name implements Scene.
func (s *joinScene) Name() string { return "join" }

// Help implements Scene.
func (s *joinScene) Help() []Shortcut {
	return []Shortcut{{"Tab", "next field"}, {"Enter", "join; your board opens for each round"}, {"Esc", "leave and go back"}}
}

func (s *joinScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	s.head, s.body, s.footer = pageFrame(ctx, ctx.LineH(fHeading)+ctx.LineH(fBody)+ctx.S(8), 18)
	w := min(s.body.W, ctx.S(560))
	fh := ctx.S(40)
	y := s.body.Y + ctx.LineH(fBodyBold) + ctx.S(6)
	s.host.Rect = layout.R(s.body.X, y, w, fh)
	y += fh + ctx.S(14) + ctx.LineH(fBodyBold) + ctx.S(6)
	s.code.Rect = layout.R(s.body.X, y, w, fh)
	s.backB.Rect = layout.R(s.footer.X, s.footer.Y, ctx.S(140), s.footer.H)
	s.connectB.Rect = layout.R(s.footer.Right()-ctx.S(230), s.footer.Y, ctx.S(230), s.footer.H)
}

// form reports whether the fields are in use (not joining or joined).
func (s *joinScene) form() bool { return s.seat == nil || s.st.Phase == remote.Failed }

// Update implements Scene.
func (s *joinScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	in := ctx.In
	if s.seat != nil {
		s.st = s.seat.State()
	}
	if now := s.status(); now != s.shown {
		s.shown = now
		ctx.Invalidate()
	}
	if s.backB.update(ctx) || in.Pressed(input.KeyEscape) {
		s.leave()
		return s.back
	}
	if s.form() {
		if !s.host.Focused && !s.code.Focused && !in.Click {
			s.code.Focused = true // back from a failed join: fix the code
		}
		if in.Pressed(input.KeyTab) && s.forced == "" {
			s.host.Focused, s.code.Focused = !s.host.Focused, s.host.Focused
			in.Consume(input.KeyTab)
		}
		if s.forced == "" && s.host.update(ctx) {
			ctx.Invalidate()
		}
		if s.code.update(ctx) {
			ctx.Invalidate()
		}
		s.connectB.Label, s.connectB.Disabled = "Join", false
		if s.connectB.update(ctx) || in.Pressed(input.KeyEnter) {
			s.leave()
			s.seat = remote.Join(s.host.Text(), s.code.Text())
			s.host.Focused, s.code.Focused = false, false
			s.st = s.seat.State()
			ctx.Invalidate()
		}
		return nil
	}
	if s.net == nil || s.net.seat != s.seat {
		s.net = &remoteBoard{seat: s.seat, join: s}
	}
	if next := s.net.next(ctx, s.st); next != nil {
		return next // the round's results, or the team's board
	}
	s.connectB.Label, s.connectB.Disabled = "Waiting for the host", true
	s.connectB.update(ctx)
	return nil
}

// leave closes the connection, if any.
func (s *joinScene) leave() {
	if s.seat != nil {
		s.seat.Close()
		s.seat = nil
	}
}

// status is the line under the fields, in words.
func (s *joinScene) status() string {
	st := s.st
	switch {
	case s.seat == nil:
		return ""
	case st.Phase == remote.Failed:
		return "Could not join: " + st.Err.Error()
	case st.Phase == remote.Connecting:
		return "Connecting…"
	case st.Phase == remote.Reconnecting:
		return fmt.Sprintf("The connection to the host dropped (%v). Reconnecting… your queued orders are kept.", st.Lost)
	case !st.Have:
		return fmt.Sprintf("Connected as %s. Waiting for the host's view of the round…", st.Welcome.Team)
	}
	v := &st.Snapshot.View
	line := fmt.Sprintf("Connected as %s (%s). Round %d of %d.", teamInfo(v, st.Welcome.Team).Name, st.Welcome.Team, st.Snapshot.Round, v.Rounds)
	switch {
	case st.Snapshot.Phase == netplay.PhaseOver:
		line += " The game has ended."
	case st.Snapshot.Phase == netplay.PhasePaused:
		line += " The facilitator has paused the exercise."
	case st.Err != nil:
		line += " " + st.Err.Error()
	case st.Sending:
		line += " Sending…"
	case st.Confirmed >= st.Snapshot.Round || st.Snapshot.Phase == netplay.PhaseConfirmed:
		line += fmt.Sprintf(" Confirmed: waiting for the other teams to finish round %d.", st.Snapshot.Round)
	default:
		line += " Opening your board…"
	}
	return line
}

// Draw implements Scene.
func (s *joinScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	ctx.Text(dst, fHeading, "Join a game", s.head.X, s.head.Y, colText)
	ctx.Para(dst, fBody, "Type the host's address and the join code your instructor gave your team.", s.head.X, s.head.Y+ctx.LineH(fHeading)+ctx.S(6), s.head.W, s.head.Bottom(), colTextDim)
	label := "Host"
	if s.forced != "" {
		label = "Host (this page's own)"
	}
	ctx.Text(dst, fBodyBold, label, s.host.Rect.X, s.host.Rect.Y-ctx.LineH(fBodyBold)-ctx.S(6), colText)
	ctx.Text(dst, fBodyBold, "Join code", s.code.Rect.X, s.code.Rect.Y-ctx.LineH(fBodyBold)-ctx.S(6), colText)
	s.host.draw(dst, ctx)
	s.code.draw(dst, ctx)
	col := colTextDim
	switch {
	case s.st.Phase == remote.Failed || (s.seat != nil && s.st.Err != nil):
		col = colBad
	case s.st.Phase == remote.Reconnecting:
		col = colWarn
	case s.st.Phase == remote.Joined:
		col = colGood
	}
	y := s.code.Rect.Bottom() + ctx.S(18)
	ctx.Para(dst, fBody, s.shown, s.code.Rect.X, y, s.body.W, s.body.Bottom(), col)
	s.backB.draw(dst, ctx)
	s.connectB.draw(dst, ctx)
}
