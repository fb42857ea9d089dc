package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
)

// shippedNames lists the scenarios the engine is tested against.
var shippedNames = []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"}

// randomTurn picks random legal orders for every team until Pass or AP runs out.
func randomTurn(st *State, rng *rand.Rand) Turn {
	turn := Turn{Orders: map[string][]Order{}}
	for _, tm := range st.Scenario().Teams {
		var q []Order
		for range 8 {
			legal := st.Legal(tm.ID, q)
			o := legal[rng.IntN(len(legal))]
			if o.Kind == Pass {
				break
			}
			q = append(q, o)
		}
		turn.Orders[tm.ID] = q
	}
	return turn
}

func ip(v int) *int         { return &v }
func fp(v float64) *float64 { return &v }
func bp(v bool) *bool       { return &v }

// mini is a small three-team scenario most tests start from:
//
//	a (json-stix, watch)  b (json-stix, arrest)  c (csv-legacy, finance)
//	ab: secure link, latency 1, capacity 2   ab-radio: insecure, latency 0, capacity 1, never leaks
//	ac: secure link, latency 1, no gateway    bc-gw: secure gateway (auto), latency 0
//	hub: database of a, b, c, latency 1, capacity 3, up to CONFIDENTIAL
//
// Threat plot (plot:who, plot:where), deadline 6, needs watch + arrest.
func mini(mods ...func(*scenario.Scenario)) *scenario.Scenario {
	s := &scenario.Scenario{
		ID: "mini", Title: "Mini", Rounds: 8,
		Teams: []scenario.Team{
			{ID: "a", Name: "A", Country: "Aland", Mandate: []string{"x"}, Capabilities: []string{"watch"}, Format: "json-stix"},
			{ID: "b", Name: "B", Country: "Bland", Mandate: []string{"x"}, Capabilities: []string{"arrest"}, Format: "json-stix"},
			{ID: "c", Name: "C", Country: "Cland", Mandate: []string{"y"}, Capabilities: []string{"finance"}, Format: "csv-legacy"},
		},
		Trust: map[string]map[string]int{"a": {"b": 60, "c": 60}, "b": {"a": 60, "c": 60}, "c": {"a": 60, "b": 60}},
		Channels: []scenario.Channel{
			{ID: "ab", Between: []string{"a", "b"}, Latency: ip(1), Capacity: 2, Secure: true},
			{ID: "ab-radio", Between: []string{"a", "b"}, Latency: ip(0), Capacity: 1, Leak: fp(0)},
			{ID: "ac", Between: []string{"a", "c"}, Latency: ip(1), Secure: true},
			{ID: "bc-gw", Between: []string{"b", "c"}, Latency: ip(0), Secure: true, Format: scenario.FormatAuto},
			{ID: "hub", Kind: scenario.ChannelDatabase, Between: []string{"a", "b", "c"}, Latency: ip(1), Capacity: 3, Secure: true, MaxClass: "CONFIDENTIAL"},
		},
		Items: []scenario.Item{
			{ID: "who", Title: "Who", Text: "who text", Origin: "a", Facets: []string{"plot:who"}, Topics: []string{"x"}, HeldBy: []string{"a"},
				Need: []scenario.Need{{Team: "b", By: 4}}},
			{ID: "where", Title: "Where", Text: "where text", Origin: "b", Facets: []string{"plot:where"}, Topics: []string{"x"}, HeldBy: []string{"b"}},
			{ID: "lie", Title: "Lie", Text: "lie text", Origin: "b", Facets: []string{"plot:where"}, Truth: bp(false), HeldBy: []string{"b"}},
			{ID: "secret", Title: "Secret", Origin: "a", Class: "SECRET", Facets: []string{"plot:who"}, HeldBy: []string{"a"}},
			{ID: "orcon", Title: "Orcon", Origin: "a", Caveats: scenario.Caveats{ORCON: true}, HeldBy: []string{"a"}},
			{ID: "red", Title: "Red", Origin: "a", Caveats: scenario.Caveats{TLP: "RED"}, HeldBy: []string{"a"}},
			{ID: "pd", Title: "Personal", Origin: "a", Caveats: scenario.Caveats{PersonalData: true}, HeldBy: []string{"a"}},
			{ID: "rel", Title: "Rel", Origin: "a", Caveats: scenario.Caveats{RelTo: []string{"a", "b"}}, HeldBy: []string{"a"}},
			{ID: "csv", Title: "Csv", Text: "csv text", Origin: "c", Facets: []string{"plot:where"}, HeldBy: []string{"c"}},
		},
		Threats: []scenario.Threat{{ID: "plot", Name: "The Plot", Description: "the plot", Facets: []string{"plot:who", "plot:where"},
			Deadline: 6, Disrupt: scenario.Disrupt{Capabilities: []string{"watch", "arrest"}}}},
	}
	for _, m := range mods {
		m(s)
	}
	scenario.ApplyDefaults(s)
	return s
}

// item returns a pointer to a scenario item by id (for mods).
func item(s *scenario.Scenario, id string) *scenario.Item {
	it, _ := s.Item(id)
	return it
}

// team returns a pointer to a scenario team by id (for mods).
func team(s *scenario.Scenario, id string) *scenario.Team {
	tm, _ := s.Team(id)
	return tm
}

// play resolves one round with the given orders (grouped by Order.Team) and
// fails on any rejection.
func play(t *testing.T, st *State, orders ...Order) (*State, []Event) {
	t.Helper()
	ns, evs := Resolve(st, turnOf(orders...))
	for _, e := range evs {
		require.NotEqual(t, EvRejected, e.Kind, "rejected: %s %s: %s", e.Team, e.Ref, e.Text)
	}
	return ns, evs
}

// turnOf groups orders into a Turn.
func turnOf(orders ...Order) Turn {
	turn := Turn{Orders: map[string][]Order{}}
	for _, o := range orders {
		turn.Orders[o.Team] = append(turn.Orders[o.Team], o)
	}
	return turn
}

// idle resolves n rounds with no orders.
func idle(t *testing.T, st *State, n int) (*State, []Event) {
	t.Helper()
	var all []Event
	for range n {
		var evs []Event
		st, evs = play(t, st)
		all = append(all, evs...)
	}
	return st, all
}

// of returns the events of a kind.
func of(evs []Event, k EventKind) []Event {
	var out []Event
	for _, e := range evs {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

// rule returns the events of a kind with a rule.
func rule(evs []Event, k EventKind, r string) []Event {
	var out []Event
	for _, e := range of(evs, k) {
		if e.Rule == r {
			out = append(out, e)
		}
	}
	return out
}

// share builds a share order.
func share(team, item, channel string, to ...string) Order {
	return Order{Kind: Share, Team: team, Item: item, Channel: channel, To: to}
}

// itemView finds an item in a view.
func itemView(v View, id string) (ItemView, bool) {
	for _, it := range v.Items {
		if it.ID == id {
			return it, true
		}
	}
	return ItemView{}, false
}

// requireReason checks that Validate refuses o with a reason containing want.
func requireReason(t *testing.T, st *State, queued []Order, o Order, want string) {
	t.Helper()
	err := st.Validate(queued, o)
	require.Error(t, err, "order %+v should be refused", o)
	require.True(t, strings.Contains(err.Error(), want), "reason %q should contain %q", err.Error(), want)
	var re *RejectError
	require.ErrorAs(t, err, &re)
}
