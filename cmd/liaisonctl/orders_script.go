package main

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// Limits of an orders script: it is a hand-written regression test of an
// exercise, never large.
const (
	maxScriptBytes  = 1 << 20
	maxScriptOrders = 10_000
)

// ordersScript is the --orders FILE of `liaisonctl play`: the orders some
// teams give, round by round, in the game record's order form.
//
//	teams: [valmora-cio]            # optional: the scripted teams
//	rounds:
//	  1:
//	    - {kind: share, team: valmora-cio, item: crew-list, to: [estrel-fpl], channel: strait-secure}
//
// The scripted teams are those listed under teams, or else every team an
// order names; a scripted team with no orders in a round passes it.
type ordersScript struct {
	Teams  []string              `yaml:"teams,omitempty"`
	Rounds map[int][]rules.Order `yaml:"rounds"`

	file string
	pos  map[int][]string // round → "file:line:col" of each order
}

// scriptedOrder is one order of the script with where it was written.
type scriptedOrder struct {
	rules.Order
	at string // file:line:col
	n  int    // 1-based position in its round
}

// loadOrdersScript reads and checks an orders script against a scenario.
func loadOrdersScript(path string, sc *scenario.Scenario) (*ordersScript, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("orders script: %w", err)
	}
	if st.Size() > maxScriptBytes {
		return nil, fmt.Errorf("%s: %d bytes; an orders script may have at most %d", path, st.Size(), maxScriptBytes)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("orders script: %w", err)
	}
	s, err := parseOrdersScript(path, data)
	if err != nil {
		return nil, err
	}
	return s, s.check(sc)
}

// parseOrdersScript decodes an orders script strictly (unknown keys are
// errors) and records where each order is written.
func parseOrdersScript(file string, data []byte) (s *ordersScript, err error) {
	if len(data) > maxScriptBytes {
		return nil, fmt.Errorf("%s: %d bytes; an orders script may have at most %d", file, len(data), maxScriptBytes)
	}
	// The YAML library may panic on input it mishandles; no input may
	// crash the command, so that is an error too.
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("%s: not a valid orders script (the YAML reader failed: %v)", file, r)
		}
	}()
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", file, yaml.FormatError(err, false, true))
	}
	if len(f.Docs) != 1 || f.Docs[0] == nil || f.Docs[0].Body == nil {
		return nil, fmt.Errorf("%s: an orders script is one YAML document: rounds: {1: [ORDER, …], …}", file)
	}
	if at := plainYAML(f.Docs[0].Body); at != "" {
		return nil, fmt.Errorf("%s:%s: anchors, aliases and tags are not allowed in an orders script; write each order out", file, at)
	}
	s = &ordersScript{file: file}
	if err := yaml.NodeToValue(f.Docs[0].Body, s, yaml.Strict()); err != nil {
		return nil, fmt.Errorf("%s: %s", file, yaml.FormatError(err, false, true))
	}
	if s.Rounds == nil {
		return nil, fmt.Errorf("%s: no rounds: write rounds: {1: [ORDER, …], …}", file)
	}
	total := 0
	for r, list := range s.Rounds {
		if r < 1 {
			return nil, fmt.Errorf("%s: round %d: rounds are numbered from 1", file, r)
		}
		total += len(list)
	}
	if total > maxScriptOrders {
		return nil, fmt.Errorf("%s: %d orders; a script may have at most %d", file, total, maxScriptOrders)
	}
	s.pos = orderPositions(file, f)
	return s, nil
}

// orderPositions finds the file:line:col of every order under rounds.
func orderPositions(file string, f *ast.File) map[int][]string {
	out := map[int][]string{}
	if f == nil || len(f.Docs) == 0 {
		return out
	}
	root, ok := unwrapNode(f.Docs[0].Body).(*ast.MappingNode)
	if !ok {
		return out
	}
	for _, kv := range root.Values {
		if kv.Key == nil || kv.Key.String() != "rounds" {
			continue
		}
		rounds, ok := unwrapNode(kv.Value).(*ast.MappingNode)
		if !ok {
			return out
		}
		for _, rv := range rounds.Values {
			if rv.Key == nil {
				continue
			}
			r, err := strconv.Atoi(strings.TrimSpace(rv.Key.String()))
			if err != nil {
				continue
			}
			seq, ok := unwrapNode(rv.Value).(*ast.SequenceNode)
			if !ok {
				continue
			}
			for _, o := range seq.Values {
				p := "?"
				if tk := o.GetToken(); tk != nil && tk.Position != nil {
					p = strconv.Itoa(tk.Position.Line) + ":" + strconv.Itoa(tk.Position.Column)
				}
				out[r] = append(out[r], file+":"+p)
			}
		}
	}
	return out
}

// plainYAML returns the line:col of the first anchor, alias or tag in the
// tree, or "" if there is none. Scripts are plain data: this keeps alias
// bombs and odd tags out before decoding.
func plainYAML(n ast.Node) string {
	var w plainWalker
	ast.Walk(&w, n)
	return w.at
}

// plainWalker finds the first anchor, alias or tag.
type plainWalker struct{ at string }

// Visit implements ast.Visitor.
func (w *plainWalker) Visit(n ast.Node) ast.Visitor {
	if w.at != "" || n == nil {
		return nil
	}
	switch n.(type) {
	case *ast.AnchorNode, *ast.AliasNode, *ast.TagNode:
		w.at = "?:?"
		if tk := n.GetToken(); tk != nil && tk.Position != nil {
			w.at = strconv.Itoa(tk.Position.Line) + ":" + strconv.Itoa(tk.Position.Column)
		}
		return nil
	}
	return w
}

// unwrapNode looks through tags and anchors to the node they mark.
func unwrapNode(n ast.Node) ast.Node {
	for i := 0; i < 8; i++ {
		switch v := n.(type) {
		case *ast.TagNode:
			n = v.Value
		case *ast.AnchorNode:
			n = v.Value
		default:
			return n
		}
	}
	return n
}

// check holds the script to the scenario: rounds within the game, every
// order for a team of the scenario. Legality is the engine's, checked
// round by round as the game is played.
func (s *ordersScript) check(sc *scenario.Scenario) error {
	var errs []error
	for _, id := range s.Teams {
		if _, ok := sc.Team(id); !ok {
			errs = append(errs, fmt.Errorf("%s: teams: no team %q in scenario %s", s.file, id, sc.ID))
		}
	}
	for _, r := range s.roundNumbers() {
		if r > sc.Rounds {
			errs = append(errs, fmt.Errorf("%s: round %d: the scenario has only %d rounds", s.file, r, sc.Rounds))
		}
		for _, o := range s.orders(r) {
			switch {
			case o.Team == "":
				errs = append(errs, fmt.Errorf("%s: round %d, order %d: say which team gives it (team: …)", o.at, r, o.n))
			case func() bool { _, ok := sc.Team(o.Team); return !ok }():
				errs = append(errs, fmt.Errorf("%s: round %d, order %d: no team %q in scenario %s", o.at, r, o.n, o.Team, sc.ID))
			case len(s.Teams) > 0 && !slices.Contains(s.Teams, o.Team):
				errs = append(errs, fmt.Errorf("%s: round %d, order %d: team %s is not listed under teams", o.at, r, o.n, o.Team))
			}
		}
	}
	return errors.Join(errs...)
}

// roundNumbers lists the script's rounds in order.
func (s *ordersScript) roundNumbers() []int {
	rs := make([]int, 0, len(s.Rounds))
	for r := range s.Rounds {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	return rs
}

// orders lists a round's orders with their positions, in file order.
func (s *ordersScript) orders(round int) []scriptedOrder {
	var out []scriptedOrder
	for k, o := range s.Rounds[round] {
		at := s.file
		if k < len(s.pos[round]) {
			at = s.pos[round][k]
		}
		out = append(out, scriptedOrder{Order: o, at: at, n: k + 1})
	}
	return out
}

// teams lists the scripted teams, in scenario order.
func (s *ordersScript) teams(sc *scenario.Scenario) []string {
	set := map[string]bool{}
	for _, id := range s.Teams {
		set[id] = true
	}
	if len(s.Teams) == 0 {
		for _, list := range s.Rounds {
			for _, o := range list {
				set[o.Team] = true
			}
		}
	}
	var out []string
	for _, t := range sc.Teams {
		if set[t.ID] {
			out = append(out, t.ID)
		}
	}
	return out
}

// apply replaces the scripted teams' orders in a turn with the script's for
// the round, checking each against the engine's legality in queue order.
// An illegal order is an error naming where it is written, the round and
// the engine's reason.
func (s *ordersScript) apply(st *rules.State, turn *rules.Turn) error {
	r := st.Round()
	sc := st.Scenario()
	queued := map[string][]rules.Order{}
	for _, id := range s.teams(sc) {
		turn.Orders[id] = nil
	}
	list := s.orders(r)
	slices.SortStableFunc(list, func(a, b scriptedOrder) int { return cmp.Compare(sc.TeamIndex(a.Team), sc.TeamIndex(b.Team)) })
	for _, o := range list {
		if err := st.Validate(queued[o.Team], o.Order); err != nil {
			return fmt.Errorf("%s: round %d, order %d (%s by %s) is illegal: %v", o.at, r, o.n, o.Kind, o.Team, err)
		}
		queued[o.Team] = append(queued[o.Team], o.Order)
	}
	for id, q := range queued {
		turn.Orders[id] = q
	}
	return nil
}
