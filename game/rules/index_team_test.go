package rules

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"liaison/game/internal/lookup"
	"liaison/game/scenario"
)

// TestIndexTeamFindsTheFirstTeamWithAnID checks team lookups by scan (few
// teams) and by map (many), duplicate ids included: the first team wins.
func TestIndexTeamFindsTheFirstTeamWithAnID(t *testing.T) {
	for _, n := range []int{3, lookup.MapFrom - 1, lookup.MapFrom, 70} {
		sc := &scenario.Scenario{}
		for i := range n {
			sc.Teams = append(sc.Teams, scenario.Team{ID: fmt.Sprintf("t%d", i)})
		}
		sc.Teams = append(sc.Teams, scenario.Team{ID: "t1"}) // a duplicate, last
		ix := newIndex(sc)
		assert.Equal(t, n+1 >= lookup.MapFrom, ix.teamBy.Mapped(), "%d teams", n+1)
		for i := range n {
			assert.Equal(t, i, ix.team(fmt.Sprintf("t%d", i)), "%d teams", n+1)
		}
		assert.Equal(t, -1, ix.team("nobody"))
		assert.Equal(t, -1, ix.team(""))
		assert.False(t, ix.uniqueIDs)
	}
}
