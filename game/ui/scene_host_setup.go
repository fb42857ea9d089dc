//go:build !js

package ui

import (
	"context"
	"fmt"
	"liaison/game/ui/draw"
	"liaison/game/ui/widget"
	"path/filepath"
	"time"

	"github.com/hajimehoshi/ebiten/v2"

	"liaison/game/bot"
	"liaison/game/room"
	gamesave "liaison/game/save"
	"liaison/game/ui/catalog"
	"liaison/game/ui/hosting"
	"liaison/game/ui/input"
	"liaison/game/ui/layout"
)

// hostSetupScene is "Host a game": the scenario (the title's playable
// entries, the loaded file among them), who plays each team (people
// joining over the network, or a bot; an empty seat is a bot), an optional
// round timer and the address to listen on. Start opens the host scene.
type hostSetupScene struct {
	back    Scene
	entries []catalog.Entry // playable ones only
	cur     int             // the chosen entry
	seats   []string        // per team of the chosen scenario: room.Human or a personality
	list    layout.List     // the seat rows
	timer   int             // index into hostTimers
	addr    widget.TextField
	startB  widget.Button
	backB   widget.Button
	scenB   widget.Button // next scenario
	timerB  widget.Button // next timer
	message string        // why the last start failed
	size    [3]float64
	head    layout.Rect
	body    layout.Rect
	footer  layout.Rect
	seatR   layout.Rect
	sideR   layout.Rect
	clip    draw.Clipper
}

// hostTimers are the round timers on offer, in seconds (0: none).
var hostTimers = []int{0, 300, 600, 900, 1200, 1800}

// seatCycle is the order a seat row steps through.
var seatCycle = append([]string{room.Human}, bot.Personalities...)

func newHostSetupScene(back Scene, entries []catalog.Entry, sel int) *hostSetupScene {
	s := &hostSetupScene{back: back}
	for i := range entries {
		if entries[i].OK() {
			if i == sel {
				s.cur = len(s.entries)
			}
			s.entries = append(s.entries, entries[i])
		}
	}
	s.addr = widget.TextField{Hint: "address to listen on, such as " + hosting.DefaultAddr, Max: 200}
	s.addr.Set(hosting.DefaultAddr)
	s.startB = widget.Button{Label: "Start hosting", Hint: "Enter", Icon: "human", Primary: true,
		Reason: "Listen on the network and show each team's join code."}
	s.backB = widget.Button{Label: "Back", Hint: "Esc"}
	s.scenB = widget.Button{Label: "Next scenario", Hint: "Left / Right", Icon: "scenario"}
	s.timerB = widget.Button{Label: "Round timer", Hint: "T", Icon: "pause"}
	s.list.Selected, s.list.Hover = 0, -1
	s.choose(s.cur)
	return s
}

// choose picks the scenario at i and seats its teams as the file suggests:
// people where it seats a person, its bots elsewhere.
func (s *hostSetupScene) choose(i int) {
	if len(s.entries) == 0 {
		return
	}
	s.cur = (i + len(s.entries)) % len(s.entries)
	sc := s.entries[s.cur].Scenario
	s.seats = s.seats[:0]
	for _, t := range sc.Teams {
		k := sc.Seats[t.ID]
		if k == "" {
			k = room.Human
		}
		s.seats = append(s.seats, k)
	}
	s.list.Selected = 0
	s.size = [3]float64{}
}

// Name implements Scene.
func (s *hostSetupScene) Name() string { return "host-setup" }

// Help implements Scene.
func (s *hostSetupScene) Help() []Shortcut {
	return []Shortcut{
		{"Left / Right", "choose the scenario"},
		{"Up / Down", "choose a team"},
		{"Space or click", "person (joins with a code) or a bot"},
		{"T", "round timer"},
		{"Tab", "edit the address to listen on"},
		{"Enter", "start hosting"},
		{"Esc", "back"},
	}
}

func (s *hostSetupScene) layout(ctx *Context) {
	if s.size == [3]float64{ctx.W, ctx.H, ctx.Scale} {
		return
	}
	s.size = [3]float64{ctx.W, ctx.H, ctx.Scale}
	s.head, s.body, s.footer = pageFrame(ctx, ctx.LineH(fHeading)+ctx.LineH(fBody)+ctx.S(8), 14)
	s.seatR, s.sideR = s.body.CutRight(min(ctx.S(380), s.body.W*0.42), ctx.S(16))
	n := 0
	if len(s.entries) > 0 {
		n = len(s.entries[s.cur].Scenario.Teams)
	}
	s.list.SetSize(widget.PanelContent(ctx.Context, s.seatR, true), ctx.S(44), ctx.S(4), n)
	s.list.Select(s.list.Selected)
	c := widget.PanelContent(ctx.Context, s.sideR, true)
	bh := ctx.S(36)
	y := c.Y + ctx.LineH(fBodyBold) + ctx.LineH(fSmall) + ctx.S(8)
	s.scenB.Rect = layout.R(c.X, y, c.W, bh)
	y += bh + ctx.S(14) + ctx.LineH(fBodyBold) + ctx.S(4)
	s.timerB.Rect = layout.R(c.X, y, c.W, bh)
	y += bh + ctx.S(14) + ctx.LineH(fBodyBold) + ctx.S(4)
	s.addr.Rect = layout.R(c.X, y, c.W, bh)
	s.backB.Rect = layout.R(s.footer.X, s.footer.Y, ctx.S(140), s.footer.H)
	s.startB.Rect = layout.R(s.footer.Right()-ctx.S(230), s.footer.Y, ctx.S(230), s.footer.H)
}

// Update implements Scene.
func (s *hostSetupScene) Update(ctx *Context) Scene {
	s.layout(ctx)
	in := ctx.In
	if s.addr.Update(ctx.Context) {
		ctx.Invalidate()
	}
	if in.Pressed(input.KeyTab) {
		s.addr.Focused = !s.addr.Focused
		in.Consume(input.KeyTab)
	}
	if s.backB.Update(ctx.Context) || (in.Pressed(input.KeyEscape) && !s.addr.Focused) {
		return s.back
	}
	if in.Pressed(input.KeyEscape) {
		s.addr.Focused = false
	}
	s.startB.Disabled = len(s.entries) == 0 || s.humans() == 0
	s.startB.Reason = "Listen on the network and show each team's join code."
	if s.humans() == 0 {
		s.startB.Reason = "Give at least one team to people: every seat is a bot."
	}
	if s.startB.Update(ctx.Context) || (in.Pressed(input.KeyEnter) && !s.startB.Disabled) {
		return s.start(ctx)
	}
	if s.addr.Focused || len(s.entries) == 0 {
		return nil
	}
	s.list.Hover = s.list.HitRow(in.X, in.Y)
	switch {
	case s.scenB.Update(ctx.Context) || in.Pressed(input.KeyRight):
		s.choose(s.cur + 1)
		ctx.Invalidate()
	case in.Pressed(input.KeyLeft):
		s.choose(s.cur - 1)
		ctx.Invalidate()
	case s.timerB.Update(ctx.Context) || in.Pressed(input.KeyT):
		s.timer = (s.timer + 1) % len(hostTimers)
	case in.Pressed(input.KeyDown):
		s.list.Move(1)
	case in.Pressed(input.KeyUp):
		s.list.Move(-1)
	case in.Pressed(input.KeySpace):
		s.cycle(s.list.Selected)
	case in.Click && s.list.Hover >= 0:
		in.ConsumeClick()
		s.list.Select(s.list.Hover)
		s.cycle(s.list.Hover)
	}
	return nil
}

// cycle steps a seat to the next kind: person, then each bot personality.
func (s *hostSetupScene) cycle(i int) {
	if i < 0 || i >= len(s.seats) {
		return
	}
	at := 0
	for j, k := range seatCycle {
		if k == s.seats[i] {
			at = j
		}
	}
	s.seats[i] = seatCycle[(at+1)%len(seatCycle)]
}

// humans counts the seats people play.
func (s *hostSetupScene) humans() int {
	n := 0
	for _, k := range s.seats {
		if k == room.Human {
			n++
		}
	}
	return n
}

// start listens and opens the host scene, or says why it cannot.
func (s *hostSetupScene) start(ctx *Context) Scene {
	e := &s.entries[s.cur]
	seats := map[string]string{}
	for i, t := range e.Scenario.Teams {
		seats[t.ID] = s.seats[i]
	}
	cfg := hosting.Config{Scenario: e.Scenario, Data: e.Data, File: e.Name, Source: sourceOf(e), Seed: ctx.app.opts.Seed,
		Seats: seats, Timer: hostTimers[s.timer], Addr: s.addr.Text(), SaveDir: hostSaveDir()}
	c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	h, err := hosting.Start(c, cfg)
	if err != nil {
		s.message = err.Error()
		ctx.Invalidate()
		return nil
	}
	return newHostScene(h, e, s.back, cfg.SaveDir)
}

// hostSaveDir is where a hosted room autosaves: "hosted" in the save
// folder ("" when there is none: the room is then not saved).
func hostSaveDir() string {
	d, err := gamesave.Dir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "hosted")
}

// timerLabel names a round timer.
func timerLabel(secs int) string {
	if secs == 0 {
		return "none"
	}
	return fmt.Sprintf("%d min per round", secs/60)
}

// Draw implements Scene.
func (s *hostSetupScene) Draw(dst *ebiten.Image, ctx *Context) {
	s.layout(ctx)
	ctx.Text(dst, fHeading, "Host a game", s.head.X, s.head.Y, colText)
	ctx.Para(dst, fBody, "Trainees join from their own machines with their team's code; this screen becomes the facilitator seat.",
		s.head.X, s.head.Y+ctx.LineH(fHeading)+ctx.S(6), s.head.W, s.head.Bottom(), colTextDim)
	s.backB.Draw(dst, ctx.Context)
	if len(s.entries) == 0 {
		ctx.Para(dst, fBody, "No playable scenario: the files have errors.", s.body.X, s.body.Y, s.body.W, s.body.Bottom(), colWarn)
		return
	}
	e := &s.entries[s.cur]
	sc := e.Scenario
	widget.Panel(dst, ctx.Context, s.seatR, "Seats: Space switches person / bot", "human")
	clip := s.clip.Of(dst, s.list.Frame)
	first, end := s.list.Visible()
	for i := first; i < end; i++ {
		t := &sc.Teams[i]
		r := s.list.Row(i)
		rowBox(clip, ctx, r, i == s.list.Hover, i == s.list.Selected)
		in := r.InsetXY(ctx.S(10), 0)
		sw := ctx.LineH(fBody) * 0.7
		ctx.Paint.Swatch(clip, layout.R(in.X, in.CenterY()-sw/2, sw, sw), t.Colour)
		icon, label, col := "bot", "bot ("+s.seats[i]+")", colTextDim
		if s.seats[i] == room.Human {
			icon, label, col = "human", "people: join with a code", colAccent
		}
		lw := min(in.W*0.45, ctx.TextW(fSmallBold, label)+sw+ctx.S(8))
		ctx.TextMid(clip, fBody, ctx.Fit(fBody, t.Name, in.W-lw-2*sw-ctx.S(16)), layout.R(in.X+sw+ctx.S(8), in.Y, in.W, in.H), colText, alignLeft)
		ctx.Icon(clip, icon, layout.R(in.Right()-lw, in.CenterY()-sw/2, sw, sw), col)
		ctx.TextMid(clip, fSmallBold, ctx.Fit(fSmallBold, label, lw-sw-ctx.S(6)), layout.R(in.Right()-lw+sw+ctx.S(6), in.Y, lw-sw-ctx.S(6), in.H), col, alignLeft)
	}
	widget.Scrollbar(dst, ctx.Context, s.list.Frame, &s.list.Scroll)

	c := widget.Panel(dst, ctx.Context, s.sideR, "Game", "scenario")
	ctx.Text(dst, fBodyBold, ctx.Fit(fBodyBold, e.Title(), c.W), c.X, c.Y, colText)
	ctx.Text(dst, fSmall, ctx.Fit(fSmall, e.Name, c.W), c.X, c.Y+ctx.LineH(fBodyBold), colTextDim)
	s.scenB.Draw(dst, ctx.Context)
	ctx.Text(dst, fBodyBold, "Round timer: "+timerLabel(hostTimers[s.timer]), c.X, s.timerB.Rect.Y-ctx.LineH(fBodyBold)-ctx.S(4), colText)
	s.timerB.Draw(dst, ctx.Context)
	ctx.Text(dst, fBodyBold, "Listen on (Tab to edit)", c.X, s.addr.Rect.Y-ctx.LineH(fBodyBold)-ctx.S(4), colText)
	s.addr.Draw(dst, ctx.Context)
	y := s.addr.Rect.Bottom() + ctx.S(10)
	msg, col := fmt.Sprintf("%d of %d teams played by people; empty seats are bots.", s.humans(), len(s.seats)), colTextDim
	if s.message != "" {
		msg, col = s.message, colBad
	}
	ctx.Para(dst, fSmall, msg, c.X, y, c.W, c.Bottom(), col)
	s.startB.Draw(dst, ctx.Context)
}
