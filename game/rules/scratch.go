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
	if cap(sc.acc) < n {
		sc.acc = make([][]Order, n)
	}
	sc.acc = sc.acc[:n]
	clear(sc.acc)
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
	if cap(sc.spent) < n {
		sc.spent = make([]int, n)
	}
	sc.spent = sc.spent[:n]
	clear(sc.spent)
	return sc.spent
}

// bools returns n falses.
func (sc *scratch) bools(n int) []bool {
	if cap(sc.owned) < n {
		sc.owned = make([]bool, n)
	}
	sc.owned = sc.owned[:n]
	clear(sc.owned)
	return sc.owned
}

// release clears what the call left (so the pool keeps no strings alive)
// and returns the scratch to the pool.
func (sc *scratch) release() {
	clear(sc.all[:cap(sc.all)])
	clear(sc.acc[:cap(sc.acc)])
	scratchPool.Put(sc)
}
