// Package balance explains why an exercise works or fails over many bot
// games: per threat how often it is disrupted and why operations fail or
// never form, how often each expected outcome is met, which need-to-know
// pairs are rarely met and what rule blocks them, how far leaks pull the
// deadlines, and the warnings an instructor acts on.
//
// It is a fold: a Tally starts from the scenario (NewTally), takes each
// game's events (Observe, then Add) and merges with the Tally of another
// share of the seeds (Merge). Every count is an integer, so a Tally merged
// from shards equals the Tally of one run, whatever the order. Report turns
// tallies into rates and warnings. The package is pure and deterministic.
package balance
