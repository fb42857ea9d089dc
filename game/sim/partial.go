package sim

import (
	"fmt"
	"slices"
	"strings"
)

// PartialFormat names the format of a Partial file.
const PartialFormat = "liaison-sim-partial/1"

// Partial is the mergeable result of a batch (or of one shard of it) over
// one or more seat mixes: what `liaisonctl sim --shard K/N --json` writes
// and `liaisonctl merge` folds. It holds no timings, only counts, so the
// merge of all shards is exactly the result of the whole batch.
type Partial struct {
	Format       string   `json:"format"`
	Scenario     string   `json:"scenario"`
	ScenarioFile string   `json:"scenario_file"`
	ScenarioHash string   `json:"scenario_hash"`
	Seed         uint64   `json:"seed"`
	Games        int      `json:"games"` // games per seat mix in the whole batch
	Shard        Shard    `json:"shard"`
	Balance      bool     `json:"balance"`
	Mixes        []*Tally `json:"mixes"`
	// Name is where the partial was read from, for error messages.
	Name string `json:"-"`
}

// NewPartial starts the partial of a batch of games of src (one shard of
// it, or the whole when shard.N is 0) with no mixes yet.
func NewPartial(src Source, seed uint64, games int, shard Shard, withBalance bool) *Partial {
	if shard.Whole() {
		shard = Shard{K: 0, N: 1}
	}
	return &Partial{Format: PartialFormat, Scenario: src.Scenario.ID, ScenarioFile: src.File,
		ScenarioHash: src.Prepared().hash, Seed: seed, Games: games, Shard: shard, Balance: withBalance, Mixes: []*Tally{}}
}

// Summaries returns the statistics of every mix.
func (p *Partial) Summaries() []*Summary {
	out := make([]*Summary, len(p.Mixes))
	for i, t := range p.Mixes {
		out[i] = t.Summary()
	}
	return out
}

// Check reports whether a partial read from a file is whole and
// consistent: its format, its shard, and each mix's game count.
func (p *Partial) Check() error {
	if p.Format != PartialFormat {
		return fmt.Errorf("%s: not a simulation part (format %q, want %q)", p.Name, p.Format, PartialFormat)
	}
	if err := p.Shard.Check(); err != nil || p.Shard.N < 1 {
		return fmt.Errorf("%s: bad shard %d/%d", p.Name, p.Shard.K, p.Shard.N)
	}
	if p.Games < 1 {
		return fmt.Errorf("%s: games must be at least 1 (got %d)", p.Name, p.Games)
	}
	if len(p.Mixes) == 0 {
		return fmt.Errorf("%s: no seat mixes", p.Name)
	}
	want := p.Shard.count(p.Games)
	for _, m := range p.Mixes {
		if m == nil {
			return fmt.Errorf("%s: an empty seat mix", p.Name)
		}
		if m.Games != want {
			return fmt.Errorf("%s: seat mix %s has %d games; shard %d/%d of %d games has %d", p.Name,
				MixLabel(m.Seats, m.teamIDs()), m.Games, p.Shard.K, p.Shard.N, p.Games, want)
		}
		if (m.Balance != nil) != p.Balance {
			return fmt.Errorf("%s: seat mix %s does not match the part's balance setting", p.Name, MixLabel(m.Seats, m.teamIDs()))
		}
	}
	return nil
}

// Merge folds the parts of a sharded batch, in shard order, into the
// partial of the whole batch. It refuses parts of different batches
// (scenario, seed, games, seat mixes, balance, shard count) and a shard
// missing or given twice.
func Merge(parts []*Partial) (*Partial, error) {
	if len(parts) == 0 {
		return nil, fmt.Errorf("no parts to merge")
	}
	for _, p := range parts {
		if err := p.Check(); err != nil {
			return nil, err
		}
	}
	first := parts[0]
	for _, p := range parts[1:] {
		if err := sameBatch(first, p); err != nil {
			return nil, err
		}
	}
	n := first.Shard.N
	byK := make([]*Partial, n)
	for _, p := range parts {
		if q := byK[p.Shard.K]; q != nil {
			return nil, fmt.Errorf("shard %d/%d given twice: %s and %s", p.Shard.K, n, q.Name, p.Name)
		}
		byK[p.Shard.K] = p
	}
	var missing []string
	for k, p := range byK {
		if p == nil {
			missing = append(missing, fmt.Sprintf("%d/%d", k, n))
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("missing shard(s) %s of %d: merge needs every shard", strings.Join(missing, ", "), n)
	}
	out := &Partial{Format: PartialFormat, Scenario: first.Scenario, ScenarioFile: first.ScenarioFile,
		ScenarioHash: first.ScenarioHash, Seed: first.Seed, Games: first.Games, Shard: Shard{K: 0, N: 1},
		Balance: first.Balance, Mixes: make([]*Tally, len(first.Mixes))}
	for m := range first.Mixes {
		// A fresh tally, so that the parts are left as they were read.
		t := emptyLike(first.Mixes[m])
		for _, p := range byK {
			if err := t.Merge(p.Mixes[m]); err != nil {
				return nil, fmt.Errorf("%s: %w", p.Name, err)
			}
		}
		out.Mixes[m] = t
	}
	return out, nil
}

// sameBatch reports whether two parts are shards of the same batch.
func sameBatch(a, b *Partial) error {
	var diff []string
	if a.Scenario != b.Scenario || a.ScenarioHash != b.ScenarioHash {
		diff = append(diff, fmt.Sprintf("scenario %s (%.12s) vs %s (%.12s)", a.Scenario, a.ScenarioHash, b.Scenario, b.ScenarioHash))
	}
	if a.Seed != b.Seed {
		diff = append(diff, fmt.Sprintf("seed %d vs %d", a.Seed, b.Seed))
	}
	if a.Games != b.Games {
		diff = append(diff, fmt.Sprintf("games %d vs %d", a.Games, b.Games))
	}
	if a.Shard.N != b.Shard.N {
		diff = append(diff, fmt.Sprintf("shard count %d vs %d", a.Shard.N, b.Shard.N))
	}
	if a.Balance != b.Balance {
		diff = append(diff, fmt.Sprintf("--balance %t vs %t", a.Balance, b.Balance))
	}
	if la, lb := mixLabels(a), mixLabels(b); !slices.Equal(la, lb) {
		diff = append(diff, fmt.Sprintf("seat mixes [%s] vs [%s]", strings.Join(la, " "), strings.Join(lb, " ")))
	}
	if len(diff) > 0 {
		return fmt.Errorf("%s and %s are not parts of the same batch: %s", a.Name, b.Name, strings.Join(diff, "; "))
	}
	return nil
}

func mixLabels(p *Partial) []string {
	out := make([]string, len(p.Mixes))
	for i, m := range p.Mixes {
		out[i] = MixLabel(m.Seats, m.teamIDs())
	}
	return out
}

// emptyLike is a tally of the same scenario, seats and teams as t, with
// no games.
func emptyLike(t *Tally) *Tally {
	e := &Tally{Scenario: t.Scenario, Seats: t.Seats, Coalition: newCardTally(t.Coalition.Team, t.Coalition.Player), Teams: []CardTally{}}
	for _, c := range t.Teams {
		e.Teams = append(e.Teams, newCardTally(c.Team, c.Player))
	}
	if t.Balance != nil {
		e.Balance = t.Balance.Empty()
	}
	return e
}
