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
	b = append(b, `{"round":`...)
	b = strconv.AppendInt(b, int64(sn.Round), 10)
	b = append(b, `,"phase":`...)
	b = appendString(b, sn.Phase)
	b = append(b, `,"view":`...)
	b = append(b, sn.View...)
	b = append(b, `,"queued":`...)
	b = appendOrders(b, sn.Queued)
	if sn.Deadline != 0 {
		b = append(b, `,"deadline":`...)
		b = strconv.AppendInt(b, sn.Deadline, 10)
	}
	if len(sn.Legal) > 0 {
		b = append(b, `,"legal":`...)
		b = appendOrders(b, sn.Legal)
	}
	b = append(b, `,"ap_left":`...)
	b = strconv.AppendInt(b, int64(sn.APLeft), 10)
	if len(sn.Costs) > 0 {
		b = append(b, `,"costs":`...)
		b = append(b, sn.Costs...)
	}
	if sn.InformalCost != 0 {
		b = append(b, `,"informal_cost":`...)
		b = strconv.AppendInt(b, int64(sn.InformalCost), 10)
	}
	if len(sn.Results) > 0 {
		b = append(b, `,"results":`...)
		b = append(b, sn.Results...)
	}
	return append(b, '}')
}

// appendOrders appends a list of orders as json.Marshal writes them
// (null for a nil list).
func appendOrders(b []byte, os []rules.Order) []byte {
	if os == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range os {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendOrder(b, &os[i])
	}
	return append(b, ']')
}

// appendOrder appends one rules.Order: its fields in declaration order,
// with the same omitempty rules.
func appendOrder(b []byte, o *rules.Order) []byte {
	b = append(b, `{"kind":`...)
	b = appendString(b, string(o.Kind))
	b = append(b, `,"team":`...)
	b = appendString(b, o.Team)
	b = appendField(b, `,"item":`, o.Item)
	if len(o.To) > 0 {
		b = append(b, `,"to":[`...)
		for i, t := range o.To {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, t)
		}
		b = append(b, ']')
	}
	b = appendField(b, `,"channel":`, o.Channel)
	b = appendField(b, `,"threat":`, o.Threat)
	b = appendField(b, `,"facet":`, o.Facet)
	b = appendField(b, `,"ref":`, o.Ref)
	if o.At != 0 {
		b = append(b, `,"at":`...)
		b = strconv.AppendInt(b, int64(o.At), 10)
	}
	b = appendField(b, `,"msg":`, string(o.MsgKind))
	b = appendField(b, `,"subject":`, o.Subject)
	b = appendField(b, `,"note":`, o.Note)
	return append(b, '}')
}
