package netplay

import (
	"strconv"

	"liaison/game/rules"
)

// The facilitator's frame after a round carries the whole facilitator
// view, and that holds every team's View again: the same Views the
// teams' snapshots have just encoded from the same engine state. So the
// frame is written by hand (see viewjson.go) and takes each team's View
// already encoded where the room has it (teamRound.json), byte for byte
// what json.Marshal of the FacilitatorFrame writes (viewjson_test.go).

// appendFacilitatorFrame appends a FacilitatorFrame. views, when not nil,
// holds the teams' Views already encoded, indexed like f.View.Teams; a
// nil entry is encoded here. ok is false when the frame holds a number
// JSON cannot (a NaN or infinite leak chance): the caller then asks
// json.Marshal, which says what is wrong.
func appendFacilitatorFrame(b []byte, f *FacilitatorFrame, views [][]byte) (_ []byte, ok bool) {
	b = appendInt(b, `{"round":`, f.Round)
	b = appendBool(b, `,"paused":`, f.Paused)
	b = appendBool(b, `,"over":`, f.Over)
	b = appendList(append(b, `,"teams":`...), f.Teams, appendTeamStatus)
	b = appendStringsField(b, `,"stalled":`, f.Stalled)
	b = appendBoolField(b, `,"time_up":`, f.TimeUp)
	if f.Deadline != 0 {
		b = strconv.AppendInt(append(b, `,"deadline":`...), f.Deadline, 10)
	}
	if len(f.Pending) > 0 {
		b = appendList(append(b, `,"pending":`...), f.Pending, appendFacilitatorAction)
	}
	if f.View != nil {
		if b, ok = appendFacilitatorView(append(b, `,"view":`...), f.View, views); !ok {
			return b, false
		}
	}
	b = appendField(b, `,"hash":`, f.Hash)
	return append(b, '}'), true
}

func appendTeamStatus(b []byte, t *TeamStatus) []byte {
	b = append(b, `{"team":`...)
	b = appendString(b, t.Team)
	b = append(b, `,"seat":`...)
	b = appendString(b, t.Seat)
	b = appendInt(b, `,"connected":`, t.Connected)
	b = appendBool(b, `,"confirmed":`, t.Confirmed)
	return append(b, '}')
}

func appendFacilitatorAction(b []byte, a *rules.FacilitatorAction) []byte {
	b = append(b, '{')
	n := len(b)
	b = appendField(b, `,"inject":`, a.Inject)
	b = appendField(b, `,"note":`, a.Note)
	if len(b) > n { // the first field written drops its comma
		b = append(b[:n], b[n+1:]...)
	}
	return append(b, '}')
}

// appendFacilitatorView appends a rules.FacilitatorView (see
// appendFacilitatorFrame for views and ok).
func appendFacilitatorView(b []byte, fv *rules.FacilitatorView, views [][]byte) (_ []byte, ok bool) {
	b = append(b, `{"scenario":`...)
	b = appendString(b, fv.Scenario)
	b = append(b, `,"title":`...)
	b = appendString(b, fv.Title)
	b = appendInt(b, `,"round":`, fv.Round)
	b = appendInt(b, `,"rounds":`, fv.Rounds)
	b = appendBool(b, `,"over":`, fv.Over)
	b = strconv.AppendUint(append(b, `,"seed":`...), fv.Seed, 10)
	b = appendStrings(append(b, `,"team_ids":`...), fv.TeamIDs)
	b = append(b, `,"teams":`...)
	if fv.Teams == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range fv.Teams {
			if i > 0 {
				b = append(b, ',')
			}
			if i < len(views) && views[i] != nil {
				b = append(b, views[i]...)
			} else {
				b = appendView(b, &fv.Teams[i])
			}
		}
		b = append(b, ']')
	}
	b = appendList(append(b, `,"trust":`...), fv.Trust, appendIntRow)
	b = appendInts(append(b, `,"breaches":`...), fv.Breaches)
	b = append(b, `,"channels":`...)
	if fv.Channels == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range fv.Channels {
			if i > 0 {
				b = append(b, ',')
			}
			c := &fv.Channels[i]
			b = append(appendChannelFields(append(b, '{'), &c.ChannelView), `,"leak":`...)
			if b, ok = appendFloat(b, c.Leak); !ok {
				return b, false
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = appendList(append(b, `,"in_flight":`...), fv.InFlight, appendInFlightView)
	b = appendList(append(b, `,"threats":`...), fv.Threats, appendFacilitatorThreat)
	b = appendList(append(b, `,"operations":`...), fv.Operations, appendOpView)
	b = appendList(append(b, `,"requests":`...), fv.Requests, appendRequestView)
	b = appendList(append(b, `,"releases":`...), fv.Releases, appendReleaseView)
	b = appendList(append(b, `,"injects":`...), fv.Injects, appendFacilitatorInject)
	b = appendList(append(b, `,"log":`...), fv.Log, appendEvent)
	return append(b, '}'), true
}

// appendIntRow appends a row of the trust matrix.
func appendIntRow(b []byte, row *[]int) []byte { return appendInts(b, *row) }

func appendInFlightView(b []byte, v *rules.InFlightView) []byte {
	b = append(b, `{"kind":`...)
	b = appendString(b, v.Kind)
	b = append(b, `,"from":`...)
	b = appendString(b, v.From)
	b = append(b, `,"to":`...)
	b = appendString(b, v.To)
	b = append(b, `,"channel":`...)
	b = appendString(b, v.Channel)
	b = appendField(b, `,"item":`, v.Item)
	b = appendField(b, `,"ref":`, v.Ref)
	b = appendInt(b, `,"sent":`, v.Sent)
	b = appendInt(b, `,"arrive":`, v.Arrive)
	return append(b, '}')
}

func appendFacilitatorThreat(b []byte, t *rules.FacilitatorThreat) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, t.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, t.Name)
	b = appendStrings(append(b, `,"facets":`...), t.Facets)
	b = appendInt(b, `,"deadline":`, t.Deadline)
	b = appendInt(b, `,"original_deadline":`, t.Original)
	b = appendField(b, `,"resolved":`, t.Resolved)
	b = appendStrings(append(b, `,"assessed":`...), t.Assessed)
	b = appendStrings(append(b, `,"incorrect":`...), t.Incorrect)
	return append(b, '}')
}

func appendFacilitatorInject(b []byte, in *rules.FacilitatorInject) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, in.ID)
	b = append(b, `,"title":`...)
	b = appendString(b, in.Title)
	b = append(b, `,"text":`...)
	b = appendString(b, in.Text)
	b = appendIntField(b, `,"at":`, in.At)
	b = appendField(b, `,"when":`, in.When)
	b = appendIntField(b, `,"fired":`, in.Fired)
	b = appendField(b, `,"expect":`, in.Expect)
	return append(b, '}')
}
