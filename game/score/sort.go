package score

import (
	"cmp"
	"slices"
)

// lossKey is what losses are sorted by: impact on the total, largest
// first, then round, then position (the sort is stable).
type lossKey struct {
	impact float64
	round  int
	at     int
}

func (a lossKey) cmp(b lossKey) int {
	if a.impact != b.impact {
		if a.impact > b.impact {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(a.round, b.round); c != 0 {
		return c
	}
	return cmp.Compare(a.at, b.at)
}

// sortLosses sorts losses by their keys (keys[i] being that of losses[i]),
// sorting the keys and then moving each loss once, along the cycles of
// the permutation.
func sortLosses(losses []Loss, keys []lossKey) {
	slices.SortFunc(keys, lossKey.cmp)
	for start := range keys {
		if keys[start].at < 0 || keys[start].at == start {
			continue
		}
		tmp := losses[start]
		i := start
		for {
			j := keys[i].at
			keys[i].at = -1
			if j == start {
				losses[i] = tmp
				break
			}
			losses[i] = losses[j]
			i = j
		}
	}
}
