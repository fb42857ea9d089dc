package rules

import "liaison/game/internal/reuse"

// scratch is memory one Resolve call uses and drops: the accepted orders
// and per-team counters. It is pooled, so a batch of games resolves round
// after round without allocating it again; nothing in it outlives the call.
type scratch struct {
	acc   [][]Order
	all   []Order
	spent []int
	owned []bool
}

var scratchPool reuse.Pool[scratch]

// lists returns n empty order lists.
func (sc *scratch) lists(n int) [][]Order {
	sc.acc = reuse.Zeroed(sc.acc, n)
	return sc.acc
}

// orders returns room for n orders.
func (sc *scratch) orders(n int) []Order {
	if cap(sc.all) < n {
		sc.all = make([]Order, n)
	}
	return sc.all[:n]
}

// ints returns n zeros.
func (sc *scratch) ints(n int) []int {
	sc.spent = reuse.Zeroed(sc.spent, n)
	return sc.spent
}

// bools returns n falses.
func (sc *scratch) bools(n int) []bool {
	sc.owned = reuse.Zeroed(sc.owned, n)
	return sc.owned
}

// release clears what the call left (so the pool keeps no strings alive)
// and returns the scratch to the pool.
func (sc *scratch) release() {
	clear(sc.all[:cap(sc.all)])
	clear(sc.acc[:cap(sc.acc)])
	scratchPool.Put(sc)
}
