package session

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/save"
	"liaison/scenarios"
)

// TestSavesOfTheLandedSessionLoad restores saves written by the hot-seat
// session as it was before it moved onto game/room (testdata/landed, made
// at commit 2abd62b; steps.tsv lists each save's state hash and step): each
// restores to the same state and step, and saves again to the same record
// and screen state.
func TestSavesOfTheLandedSessionLoad(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "landed", "steps.tsv"))
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		require.Len(t, cols, 4, sc.Text())
		name, hash, phase, team := cols[0], cols[1], cols[2], cols[3]
		n++
		t.Run(name, func(t *testing.T) {
			sv, err := save.Load(filepath.Join("testdata", "landed", name+".save"))
			require.NoError(t, err)
			data, err := scenarios.Read(sv.UI.Source.Embedded)
			require.NoError(t, err)
			s, err := Restore(Options{}, sv, data)
			require.NoError(t, err)
			assert.Equal(t, hash, s.Hash())
			want := Step{Team: team}
			for p := Handoff; p <= Over; p++ {
				if p.String() == phase {
					want.Phase = p
				}
			}
			if want.Phase == Facilitate {
				// The facilitator's step resumes behind its handoff.
				want.Phase = Handoff
			}
			assert.Equal(t, want, s.Current())

			again, err := s.Snapshot(sv.Record.ScenarioFile, data, sv.UI.Source)
			require.NoError(t, err)
			assert.Equal(t, sv.UI, again.UI)
			a, err := replay.Encode(sv.Record)
			require.NoError(t, err)
			b, err := replay.Encode(again.Record)
			require.NoError(t, err)
			assert.Equal(t, string(a), string(b), "byte-identical record")
		})
	}
	require.NoError(t, sc.Err())
	assert.Equal(t, 6, n)
}
