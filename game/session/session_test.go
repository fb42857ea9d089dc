package session

import (
	"errors"
	"strings"
	"testing"

	"liaison/game/bot"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/scenarios"
)

func tutorial(t *testing.T) *scenario.Scenario {
	t.Helper()
	data, err := scenarios.Read("tutorial.yaml")
	if err != nil {
		t.Fatal(err)
	}
	sc, diags := scenario.Parse("tutorial.yaml", data)
	if sc == nil {
		t.Fatal(diags)
	}
	return sc
}

func pass(team string) []rules.Order { return []rules.Order{{Kind: rules.Pass, Team: team}} }

func TestSoloRoundsWithoutHandoff(t *testing.T) {
	s, err := New(Options{Scenario: tutorial(t)})
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Humans(); len(got) != 1 || got[0] != "valmora-cio" {
		t.Fatalf("humans %v", got)
	}
	if cur := s.Current(); cur != (Step{Briefing, "valmora-cio"}) {
		t.Fatalf("solo starts with the briefing, got %+v", cur)
	}
	if err := s.Advance(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.View("estrel-fpl"); err == nil {
		t.Fatal("a bot team's view must not be shown")
	}
	if err := s.Submit("estrel-fpl", pass("estrel-fpl")); err == nil {
		t.Fatal("a bot team cannot submit at the screen")
	}
	rounds := 0
	for !s.IsOver() {
		cur := s.Current()
		if cur.Phase != Orders || cur.Team != "valmora-cio" {
			t.Fatalf("round %d: step %+v", s.Round(), cur)
		}
		if err := s.Submit("valmora-cio", pass("valmora-cio")); err != nil {
			t.Fatal(err)
		}
		rounds++
		if rounds > 10 {
			t.Fatal("the game does not end")
		}
	}
	if rounds != s.Rounds() && len(s.History()) != rounds {
		t.Fatalf("played %d rounds, history %d", rounds, len(s.History()))
	}
	res, ok := s.Result()
	if !ok || res.Coalition.Grade == "" {
		t.Fatalf("no result at the end: %+v", res)
	}
	if s.Current().Phase != Over {
		t.Fatalf("current %+v", s.Current())
	}
}

func TestHotSeatHandoffOrder(t *testing.T) {
	s, err := New(Options{Scenario: tutorial(t), Seats: map[string]string{"estrel-fpl": Human}})
	if err != nil {
		t.Fatal(err)
	}
	want := []Step{{Handoff, "valmora-cio"}, {Briefing, "valmora-cio"}, {Orders, "valmora-cio"},
		{Handoff, "estrel-fpl"}, {Briefing, "estrel-fpl"}, {Orders, "estrel-fpl"}}
	for i, w := range want {
		if got := s.Current(); got != w {
			t.Fatalf("step %d: %+v want %+v", i, got, w)
		}
		if w.Phase == Orders {
			if err := s.Submit(w.Team, pass(w.Team)); err != nil {
				t.Fatal(err)
			}
		} else if err := s.Advance(); err != nil {
			t.Fatal(err)
		}
	}
	if s.Round() != 2 || s.Current() != (Step{Handoff, "valmora-cio"}) {
		t.Fatalf("round 2 starts with a handoff: round %d %+v", s.Round(), s.Current())
	}
	if len(s.LastRound()) == 0 {
		t.Fatal("round 1 produced no events")
	}
}

func TestSubmitRefusesIllegalOrdersWithReason(t *testing.T) {
	s, _ := New(Options{Scenario: tutorial(t)})
	_ = s.Advance()
	bad := []rules.Order{{Kind: rules.Verify, Team: "valmora-cio", Item: "no-such-item"}}
	err := s.Submit("valmora-cio", bad)
	if err == nil || !strings.Contains(err.Error(), "order 1") {
		t.Fatalf("illegal order accepted or unexplained: %v", err)
	}
	if s.Current().Phase != Orders {
		t.Fatal("a refused submission must not end the turn")
	}
	v, err := s.View("valmora-cio")
	if err != nil || v.Team != "valmora-cio" || v.Round != 1 {
		t.Fatalf("view %+v %v", v, err)
	}
	legal := s.Legal("valmora-cio", nil)
	if len(legal) < 2 {
		t.Fatalf("legal orders: %v", legal)
	}
	if s.APLeft("valmora-cio", legal[:1]) != v.AP-s.Cost(legal[0].Kind) {
		t.Fatal("APLeft does not match costs")
	}
}

func TestFacilitatorStepsPauseInjectNote(t *testing.T) {
	sc := tutorial(t)
	s, err := New(Options{Scenario: sc, Facilitator: true})
	if err != nil {
		t.Fatal(err)
	}
	for s.Current().Phase != Facilitate {
		cur := s.Current()
		if cur.Phase == Orders {
			if err := s.Submit(cur.Team, pass(cur.Team)); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := s.Advance(); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.FireInject("nope"); err == nil {
		t.Fatal("unknown inject accepted")
	}
	if err := s.FireInject(sc.Injects[len(sc.Injects)-1].ID); err != nil {
		t.Fatal(err)
	}
	if err := s.AddNote(""); err == nil {
		t.Fatal("empty note accepted")
	}
	if err := s.AddNote("Valmora hesitated over the caveats."); err != nil {
		t.Fatal(err)
	}
	s.SetPaused(true)
	if err := s.Resolve(); !errors.Is(err, ErrPaused) {
		t.Fatalf("resolve while paused: %v", err)
	}
	s.SetPaused(false)
	if err := s.Resolve(); err != nil {
		t.Fatal(err)
	}
	notes := 0
	for _, e := range s.LastRound() {
		if e.Kind == rules.EvNote && strings.Contains(e.Text, "hesitated") {
			notes++
		}
	}
	if notes != 1 {
		t.Fatalf("the facilitator's note is not in the round's events: %+v", s.LastRound())
	}
	if len(s.PendingActions()) != 0 {
		t.Fatal("actions are cleared for the next round")
	}
}

func TestAllBotsPlayToTheEnd(t *testing.T) {
	s, err := New(Options{Scenario: tutorial(t), Seats: map[string]string{"valmora-cio": "cooperative"}})
	if err != nil {
		t.Fatal(err)
	}
	if !s.IsOver() {
		t.Fatal("a game with no people plays itself out")
	}
	if _, ok := s.Result(); !ok {
		t.Fatal("no result")
	}
}

func TestUnknownPersonality(t *testing.T) {
	_, err := New(Options{Scenario: tutorial(t), Seats: map[string]string{"estrel-fpl": "grumpy"}})
	if err == nil {
		t.Fatal("unknown bot accepted")
	}
	calls := 0
	_, err = New(Options{Scenario: tutorial(t), NewBot: func(p string, seed uint64) (bot.Player, error) {
		calls++
		return bot.New(p, seed)
	}})
	if err != nil || calls != 1 {
		t.Fatalf("NewBot used %d times: %v", calls, err)
	}
}

// TestSubmitRefusalsNameTheOrder pins the hot-seat wording of the room's
// refusals: which order, and why (another team's order, or the engine's
// reason with the order's kind).
func TestSubmitRefusalsNameTheOrder(t *testing.T) {
	tests := []struct {
		name   string
		orders []rules.Order
		want   string
	}{
		{"another team's order", []rules.Order{{Kind: rules.Pass, Team: "estrel-fpl"}}, "order 1 is for estrel-fpl, not valmora-cio"},
		{"illegal second order", []rules.Order{{Kind: rules.Pass, Team: "valmora-cio"}, {Kind: rules.Verify, Team: "valmora-cio", Item: "no-such-item"}}, "order 2 (verify): "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(Options{Scenario: tutorial(t)})
			if err != nil {
				t.Fatal(err)
			}
			_ = s.Advance()
			err = s.Submit("valmora-cio", tt.orders)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("Submit: %v, want an error starting %q", err, tt.want)
			}
			if s.Current().Phase != Orders {
				t.Fatal("a refused submission must not end the turn")
			}
		})
	}
}
