package sim

import (
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/bot"
	"liaison/game/rules"
)

// TestUnrecordedGamesMatchPlay checks the batch path (no record, each game
// in the memory of the last, turns in reused lists) scores every game
// exactly as Play does, on each shipped scenario.
func TestUnrecordedGamesMatchPlay(t *testing.T) {
	for i, name := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"} {
		src := source(t, name).Prepared()
		var spare *rules.State
		for seed := uint64(1); seed <= 12; seed++ {
			mix := map[string]string{"all": bot.Personalities[(int(seed)+i)%len(bot.Personalities)]}
			seats, err := Seats(src.Scenario, mix)
			require.NoError(t, err)
			want, err := Play(src, seed, seats)
			require.NoError(t, err)
			got, err := play(src, seed, seats, false, spare)
			require.NoError(t, err)
			require.Nil(t, got.Record)
			require.Equal(t, want.Result.Scores(), got.Result.Scores(), "%s seed %d", name, seed)
			require.Nil(t, got.Result.Coalition.Losses, "a batch keeps no losses")
			require.Equal(t, want.Record.FinalHash, got.Final.Hash(), "%s seed %d", name, seed)
			spare = got.Final
		}
	}
}
