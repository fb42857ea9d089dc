package netplay

import (
	"strconv"

	"liaison/game/rules"
)

// A round's snapshots are most of what a host encodes: each carries the
// team's View (encoded once a round, see teamRound) and its legal orders
// (a few hundred). encoding/json spends most of its time on reflection
// and, for pre-encoded parts, on validating them again; so a snapshot's
// body is put together here by hand, byte for byte what json.Marshal of
// the Snapshot would give (a property test holds it to that).

// appendSnapshot appends the JSON of a Snapshot whose View, Costs and
// Results are already encoded (view must be valid JSON; costs and results
// may be nil for none).
func appendSnapshot(b []byte, sn *snapshotWire) []byte {
	b = appendInt(b, `{"round":`, sn.Round)
	b = append(b, `,"phase":`...)
	b = appendString(b, sn.Phase)
	b = append(b, `,"view":`...)
	b = append(b, sn.View...)
	b = appendList(append(b, `,"queued":`...), sn.Queued, appendOrder)
	if sn.Deadline != 0 {
		b = append(b, `,"deadline":`...)
		b = strconv.AppendInt(b, sn.Deadline, 10)
	}
	if len(sn.Legal) > 0 {
		b = appendList(append(b, `,"legal":`...), sn.Legal, appendOrder)
	}
	b = appendInt(b, `,"ap_left":`, sn.APLeft)
	if len(sn.Costs) > 0 {
		b = append(b, `,"costs":`...)
		b = append(b, sn.Costs...)
	}
	b = appendIntField(b, `,"informal_cost":`, sn.InformalCost)
	if len(sn.Results) > 0 {
		b = append(b, `,"results":`...)
		b = append(b, sn.Results...)
	}
	return append(b, '}')
}

// appendOrder appends one rules.Order: its fields in declaration order,
// with the same omitempty rules.
func appendOrder(b []byte, o *rules.Order) []byte {
	b = append(b, `{"kind":`...)
	b = appendString(b, string(o.Kind))
	b = append(b, `,"team":`...)
	b = appendString(b, o.Team)
	b = appendField(b, `,"item":`, o.Item)
	b = appendStringsField(b, `,"to":`, o.To)
	b = appendField(b, `,"channel":`, o.Channel)
	b = appendField(b, `,"threat":`, o.Threat)
	b = appendField(b, `,"facet":`, o.Facet)
	b = appendField(b, `,"ref":`, o.Ref)
	b = appendIntField(b, `,"at":`, o.At)
	b = appendField(b, `,"msg":`, string(o.MsgKind))
	b = appendField(b, `,"subject":`, o.Subject)
	b = appendField(b, `,"note":`, o.Note)
	return append(b, '}')
}
