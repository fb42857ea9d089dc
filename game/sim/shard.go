package sim

import "fmt"

// Shard is share K (from 0) of N of a batch's games.
type Shard struct {
	K int `json:"k"`
	N int `json:"n"`
}

// Whole reports whether the shard is the whole batch.
func (s Shard) Whole() bool { return s.N <= 1 }

// count is how many of games this shard plays.
func (s Shard) count(games int) int {
	if s.Whole() {
		return games
	}
	if s.K >= games {
		return 0
	}
	return (games - s.K + s.N - 1) / s.N
}

// game is the position in the batch of this shard's j-th game.
func (s Shard) game(j int) int {
	if s.Whole() {
		return j
	}
	return s.K + j*s.N
}

// MaxShards bounds N: more shards than this is a mistake, and merge
// keeps one slot per shard.
const MaxShards = 10000

// Check reports whether the shard is valid.
func (s Shard) Check() error {
	if s.N < 0 || s.N > MaxShards || (s.N > 0 && (s.K < 0 || s.K >= s.N)) {
		return fmt.Errorf("shard %d/%d: want K/N with 0 <= K < N <= %d", s.K, s.N, MaxShards)
	}
	return nil
}
