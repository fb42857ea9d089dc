package netplay

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"liaison/game/narrative"
	"liaison/game/rules"
)

// text draws ids and free text alike: plain ASCII most of the time, and
// the characters encoding/json escapes or repairs (HTML, quotes, control
// characters, non-ASCII, invalid UTF-8).
func text(t *rapid.T, label string) string {
	return rapid.OneOf(
		rapid.StringMatching(`[a-z0-9:~-]{0,12}`),
		rapid.String(),
		rapid.SampledFrom([]string{"<b>&", `"q"\`, "\x00\x1f\x7f", "é✓", "\xff\xfe", "\u2028"}),
	).Draw(t, label)
}

func order(t *rapid.T) rules.Order {
	o := rules.Order{Kind: rules.OrderKind(text(t, "kind")), Team: text(t, "team"), Item: text(t, "item"),
		Channel: text(t, "channel"), Threat: text(t, "threat"), Facet: text(t, "facet"), Ref: text(t, "ref"),
		At: rapid.IntRange(-3, 30).Draw(t, "at"), MsgKind: rules.MsgKind(text(t, "msg")), Subject: text(t, "subject"), Note: text(t, "note")}
	if rapid.Bool().Draw(t, "has to") {
		o.To = rapid.SliceOfN(rapid.Custom(func(t *rapid.T) string { return text(t, "to") }), 0, 3).Draw(t, "to")
	}
	return o
}

// TestAppendSnapshotIsJSONMarshal: the hand-built snapshot body is byte
// for byte what json.Marshal writes for the same Snapshot.
func TestAppendSnapshotIsJSONMarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		orders := func(label string) []rules.Order {
			if rapid.Bool().Draw(t, label+" nil") {
				return nil
			}
			return rapid.SliceOfN(rapid.Custom(order), 0, 5).Draw(t, label)
		}
		sn := Snapshot{Round: rapid.IntRange(0, 40).Draw(t, "round"), Phase: text(t, "phase"),
			View:   rules.View{Team: text(t, "view team"), Round: 3, AP: 4},
			Queued: orders("queued"), Deadline: rapid.Int64Range(0, 2e9).Draw(t, "deadline"), Legal: orders("legal"),
			APLeft: rapid.IntRange(-5, 9).Draw(t, "ap"), InformalCost: rapid.IntRange(0, 5).Draw(t, "informal")}
		if rapid.Bool().Draw(t, "costs") {
			sn.Costs = map[rules.OrderKind]int{rules.Share: 1, rules.Fuse: 2}
		}
		if rapid.Bool().Draw(t, "results") {
			sn.Results = &narrative.Narrative{Round: 2, Team: text(t, "name")}
		}
		want, err := json.Marshal(sn)
		require.NoError(t, err)

		w := snapshotWire{Round: sn.Round, Phase: sn.Phase, Queued: sn.Queued, Deadline: sn.Deadline, Legal: sn.Legal,
			APLeft: sn.APLeft, InformalCost: sn.InformalCost}
		w.View, _ = json.Marshal(sn.View)
		if sn.Costs != nil {
			w.Costs, _ = json.Marshal(sn.Costs)
		}
		if sn.Results != nil {
			w.Results, _ = json.Marshal(sn.Results)
		}
		require.Equal(t, string(want), string(appendSnapshot(nil, &w)))
	})
}

// TestAppendOrderIsJSONMarshal: an order with every field drawn by fill
// (so a field added to rules.Order later is drawn too, where the order
// generator above lists today's fields) encodes as json.Marshal writes it.
func TestAppendOrderIsJSONMarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o := drawn[rules.Order](t)
		want, err := json.Marshal(o)
		require.NoError(t, err)
		require.Equal(t, string(want), string(appendOrder(nil, &o)))
	})
}

// TestSnapshotWireHasSnapshotsFields: appendSnapshot writes a
// snapshotWire, and TestAppendSnapshotIsJSONMarshal fills only the
// Snapshot fields it names; a field added to Snapshot must be added to
// snapshotWire too (and so to the encoder and that test), or this fails.
func TestSnapshotWireHasSnapshotsFields(t *testing.T) {
	names := func(typ reflect.Type) []string {
		var ns []string
		for f := range typ.Fields() {
			ns = append(ns, f.Name)
		}
		return ns
	}
	require.Equal(t, names(reflect.TypeFor[Snapshot]()), names(reflect.TypeFor[snapshotWire]()))
}
