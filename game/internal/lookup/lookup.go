// Package lookup finds an id's position in a list of ids, the way the
// engine and the scores look up teams: by scanning a short list (for a
// handful of ids, comparing strings beats hashing one) and through a map
// for a long one.
package lookup

// MapFrom is the list length from which an Index builds a map. The
// shipped scenarios have 2 to 6 teams and scan; the scaled benchmarks
// (BenchmarkScaledRun in game/sim, 16× the teams) look up through the map.
const MapFrom = 17

// Index finds positions in a list of ids. Its zero value is an empty list.
type Index struct {
	ids []string
	m   map[string]int // id → first position; nil for a short list
}

// New indexes ids (kept, not copied). Where an id repeats, the first
// position wins.
func New(ids []string) Index {
	x := Index{ids: ids}
	if len(ids) >= MapFrom {
		x.m = make(map[string]int, len(ids))
		for i := len(ids) - 1; i >= 0; i-- {
			x.m[ids[i]] = i
		}
	}
	return x
}

// Of returns the first position of id, or -1 if the list does not hold it.
func (x *Index) Of(id string) int {
	if x.m != nil {
		if i, ok := x.m[id]; ok {
			return i
		}
		return -1
	}
	for i, s := range x.ids {
		if s == id {
			return i
		}
	}
	return -1
}

// Mapped reports whether the index looks up through a map (for tests).
func (x *Index) Mapped() bool { return x.m != nil }
