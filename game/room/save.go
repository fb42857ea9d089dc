package room

import (
	"fmt"
	"slices"

	"liaison/game/bot"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/scenario"
)

// Snapshot returns the game as a save in the desktop game's format, at the
// start of the current round: orders queued or confirmed during the round
// are not kept (after a restart the people confirm again), so the save
// opens in the desktop game as well as in a host.
func (r *Room) Snapshot() (*save.Save, error) {
	sv, err := save.New(r.Record(), r.st, save.UI{Source: r.src, Facilitator: r.facil, Phase: save.PhaseRound})
	if err != nil {
		return nil, fmt.Errorf("snapshot of %s, round %d: %w", r.sc.ID, r.Round(), err)
	}
	return sv, nil
}

// Restore rebuilds the room a save was made from. data must be the very
// scenario bytes the game was played with (save.Resume checks them and the
// recorded state hash); the seats, seed and facilitator flag come from the
// save. Orders confirmed in the save's unfinished round are handed back to
// their seats.
func Restore(sv *save.Save, data []byte) (*Room, error) { return RestoreWith(sv, data, nil) }

// RestoreWith is Restore with the bots built by newBot (nil: bot.New), as
// Config.NewBot builds them for a new room.
func RestoreWith(sv *save.Save, data []byte, newBot func(personality string, seed uint64) (bot.Player, error)) (*Room, error) {
	if sv == nil || sv.Record == nil {
		return nil, fmt.Errorf("restore room: %w: no game record", save.ErrCorrupt)
	}
	st, err := save.Resume(sv, data)
	if err != nil {
		return nil, fmt.Errorf("restore room: %w", err)
	}
	rec := sv.Record
	sc, diags := scenario.Parse(rec.ScenarioFile, data)
	if sc == nil {
		return nil, fmt.Errorf("restore room of %s: the scenario does not load: %w", rec.Scenario, diags.Errors())
	}
	return Resumed(sv, sc, data, st, newBot)
}

// Resumed is RestoreWith for a caller that has already resumed the save
// (save.Resume: st) and parsed its scenario (sc, from data), so the game
// is not replayed again. save.Resume has checked the save's seats against
// the scenario (replay.Record.CheckSeats); they are not checked again here.
func Resumed(sv *save.Save, sc *scenario.Scenario, data []byte, st *rules.State, newBot func(personality string, seed uint64) (bot.Player, error)) (*Room, error) {
	rec := sv.Record
	// A seat the check would have refused still cannot panic: a team
	// without one gets "" here, which newSeat refuses as no known player.
	kinds := rec.Players(sc)
	c := Config{Scenario: sc, Data: data, File: rec.ScenarioFile, Source: sv.UI.Source, Facilitator: sv.UI.Facilitator, NewBot: newBot}
	r, err := build(c, rec.Seed, kinds, st)
	if err != nil {
		return nil, fmt.Errorf("restore room of %s: %w", rec.Scenario, err)
	}
	r.turns = slices.Clone(rec.Turns)
	for team, os := range sv.UI.Confirmed {
		if h, err := r.human(team); err == nil {
			h.Confirm(os)
		}
	}
	return r, nil
}
