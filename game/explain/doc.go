// Package explain tells a scenario's author what the validator derived
// and what the rules allow at best: each team's need-to-know pairs and why
// each is there, each facet's first round and holders, the tightest timing
// of each threat (the earliest fuse, proposal and commitment the channel
// latencies allow), and the channels by which each team reaches each
// partner. `liaisonctl validate --explain` prints it.
//
// The timings are a best case: every team acts at once, nothing is
// dropped, delayed by an outage or refused for want of trust or action
// points. A threat whose best case misses its deadline cannot be
// disrupted; one whose best case is far ahead leaves the players room.
// The package is pure and deterministic.
package explain
