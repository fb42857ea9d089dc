package sim

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/internal/shippedtest"
	"liaison/game/replay"
	"liaison/scenarios"
)

func source(t testing.TB, name string) Source {
	t.Helper()
	sc, data := shippedtest.Load(t, name)
	return Source{Scenario: sc, Data: data, File: name}
}

func TestSeatsResolvesMixAndHumans(t *testing.T) {
	src := source(t, "tutorial.yaml")
	seats, err := Seats(src.Scenario, map[string]string{"all": "hoarder", "estrel-fpl": "reckless"})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"valmora-cio": "hoarder", "estrel-fpl": "reckless"}, seats)

	seats, err = Seats(src.Scenario, nil)
	require.NoError(t, err)
	assert.Equal(t, "cooperative", seats["valmora-cio"], "the human seat is played by a cooperative bot")

	_, err = Seats(src.Scenario, map[string]string{"nobody": "reckless"})
	require.ErrorContains(t, err, `unknown team "nobody"`)
}

func TestPlayedGameReplaysIdentically(t *testing.T) {
	for _, name := range scenarios.Names() {
		t.Run(name, func(t *testing.T) {
			src := source(t, name)
			seats, err := Seats(src.Scenario, nil)
			require.NoError(t, err)
			g, err := Play(src, 11, seats)
			require.NoError(t, err)
			require.True(t, g.Final.Over())
			enc, err := replay.Encode(g.Record)
			require.NoError(t, err)
			rec, err := replay.Decode(enc)
			require.NoError(t, err)
			st, err := replay.Replay(rec, src.Data)
			require.NoError(t, err)
			assert.Equal(t, g.Final.Hash(), st.Hash())
			assert.Equal(t, g.Final.Events(), st.Events())
		})
	}
}

func TestRunIsIndependentOfWorkers(t *testing.T) {
	src := source(t, "tutorial.yaml")
	one, err := Run(context.Background(), src, Options{Games: 12, Seed: 3, Workers: 1})
	require.NoError(t, err)
	four, err := Run(context.Background(), src, Options{Games: 12, Seed: 3, Workers: 4})
	require.NoError(t, err)
	assert.Equal(t, one, four)
	assert.Equal(t, 12, one.Games)
	assert.Equal(t, 12, one.Coalition.Total.N)
}

func TestRunRejectsZeroGames(t *testing.T) {
	_, err := Run(context.Background(), source(t, "tutorial.yaml"), Options{Games: 0})
	require.ErrorContains(t, err, "at least 1")
}
