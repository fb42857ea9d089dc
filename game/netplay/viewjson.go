package netplay

import "liaison/game/rules"

// A team's View is encoded once a round for its snapshots, and the
// facilitator's frame carries every team's View again. encoding/json
// spent a quarter of the host's CPU on these (reflection over a dozen
// struct types, a few hundred strings a View), so they are written here
// by hand: each type's fields in declaration order with the same
// omitempty rules, byte for byte what json.Marshal writes (the property
// tests in viewjson_test.go fill every field of every type, including
// fields added later, and compare with json.Marshal).

// appendView appends a rules.View.
func appendView(b []byte, v *rules.View) []byte {
	b = append(b, `{"scenario":`...)
	b = appendString(b, v.Scenario)
	b = append(b, `,"title":`...)
	b = appendString(b, v.Title)
	b = append(b, `,"round_label":`...)
	b = appendString(b, v.RoundLabel)
	b = appendInt(b, `,"round":`, v.Round)
	b = appendInt(b, `,"rounds":`, v.Rounds)
	b = append(b, `,"team":`...)
	b = appendString(b, v.Team)
	b = appendInt(b, `,"ap":`, v.AP)
	b = appendBool(b, `,"over":`, v.Over)
	b = appendList(append(b, `,"teams":`...), v.Teams, appendTeamInfo)
	b = appendList(append(b, `,"items":`...), v.Items, appendItemView)
	b = appendIntMap(append(b, `,"trust_out":`...), v.TrustOut)
	b = appendIntMap(append(b, `,"trust_in":`...), v.TrustIn)
	b = appendList(append(b, `,"channels":`...), v.Channels, appendChannelView)
	b = appendList(append(b, `,"requests":`...), v.Requests, appendRequestView)
	b = appendList(append(b, `,"threats":`...), v.Threats, appendThreatView)
	b = appendList(append(b, `,"operations":`...), v.Operations, appendOpView)
	b = appendList(append(b, `,"messages":`...), v.Messages, appendMessageView)
	b = appendStrings(append(b, `,"liaisons":`...), v.Liaisons)
	b = appendList(append(b, `,"releases":`...), v.Releases, appendReleaseView)
	b = appendList(append(b, `,"injects":`...), v.Injects, appendInjectView)
	b = appendList(append(b, `,"log":`...), v.Log, appendEvent)
	b = appendList(append(b, `,"sent":`...), v.Sent, appendSentView)
	return append(b, '}')
}

// appendList appends a list of structs with their encoder (null for a
// nil list, as encoding/json writes it).
func appendList[T any](b []byte, list []T, one func([]byte, *T) []byte) []byte {
	if list == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = one(b, &list[i])
	}
	return append(b, ']')
}

func appendTeamInfo(b []byte, t *rules.TeamInfo) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, t.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, t.Name)
	b = appendField(b, `,"short":`, t.Short)
	b = append(b, `,"country":`...)
	b = appendString(b, t.Country)
	b = append(b, `,"colour":`...)
	b = appendString(b, t.Colour)
	b = appendField(b, `,"profile":`, t.Profile)
	b = appendStrings(append(b, `,"capabilities":`...), t.Capabilities)
	b = appendStrings(append(b, `,"mandate":`...), t.Mandate)
	b = append(b, `,"format":`...)
	b = appendString(b, t.Format)
	b = appendBoolField(b, `,"formality":`, t.Formality)
	b = append(b, `,"tempo":`...)
	b = appendString(b, t.Tempo)
	b = appendField(b, `,"language":`, t.Language)
	b = append(b, `,"personal_data":`...)
	b = appendString(b, t.PersonalData)
	b = appendField(b, `,"clearance":`, t.Clearance)
	b = appendStringsField(b, `,"reads":`, t.Reads)
	b = appendStringsField(b, `,"agreements":`, t.Agreements)
	return append(b, '}')
}

func appendItemView(b []byte, it *rules.ItemView) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, it.ID)
	b = append(b, `,"root":`...)
	b = appendString(b, it.Root)
	b = append(b, `,"title":`...)
	b = appendString(b, it.Title)
	b = append(b, `,"text":`...)
	b = appendString(b, it.Text)
	b = append(b, `,"origin":`...)
	b = appendString(b, it.Origin)
	b = append(b, `,"from":`...)
	b = appendString(b, it.From)
	b = append(b, `,"class":`...)
	b = appendString(b, it.Class)
	b = appendStringsField(b, `,"rel_to":`, it.RelTo)
	b = appendBoolField(b, `,"orcon":`, it.ORCON)
	b = appendBoolField(b, `,"released":`, it.Released)
	b = append(b, `,"tlp":`...)
	b = appendString(b, it.TLP)
	b = appendBoolField(b, `,"personal_data":`, it.PersonalData)
	b = append(b, `,"admiralty":`...)
	b = appendString(b, it.Admiralty)
	b = appendStrings(append(b, `,"facets":`...), it.Facets)
	b = appendStrings(append(b, `,"topics":`...), it.Topics)
	b = append(b, `,"format":`...)
	b = appendString(b, it.Format)
	b = appendBool(b, `,"readable":`, it.Readable)
	b = appendBool(b, `,"confirmed":`, it.Confirmed)
	b = appendBool(b, `,"verified":`, it.Verified)
	b = appendBoolPtrField(b, `,"truth":`, it.Truth)
	b = appendBoolField(b, `,"sanitised":`, it.Sanitised)
	b = appendInt(b, `,"received":`, it.Received)
	b = appendStringsField(b, `,"tear_line":`, it.TearLine)
	return append(b, '}')
}

// appendChannelFields appends a ChannelView's fields without its braces
// (FacilitatorChannel embeds them).
func appendChannelFields(b []byte, c *rules.ChannelView) []byte {
	b = append(b, `"id":`...)
	b = appendString(b, c.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, c.Name)
	b = appendField(b, `,"short":`, c.Short)
	b = append(b, `,"kind":`...)
	b = appendString(b, c.Kind)
	b = appendStrings(append(b, `,"members":`...), c.Members)
	b = appendInt(b, `,"latency":`, c.Latency)
	b = appendInt(b, `,"capacity":`, c.Capacity)
	b = appendInt(b, `,"used":`, c.Used)
	b = appendBool(b, `,"secure":`, c.Secure)
	b = append(b, `,"max_class":`...)
	b = appendString(b, c.MaxClass)
	b = appendField(b, `,"format":`, c.Format)
	b = appendBool(b, `,"up":`, c.Up)
	b = appendIntField(b, `,"down_until":`, c.DownUntil)
	return appendInt(b, `,"in_flight":`, c.InFlight)
}

func appendChannelView(b []byte, c *rules.ChannelView) []byte {
	return append(appendChannelFields(append(b, '{'), c), '}')
}

func appendRequestView(b []byte, r *rules.RequestView) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, r.ID)
	b = append(b, `,"from":`...)
	b = appendString(b, r.From)
	b = append(b, `,"to":`...)
	b = appendString(b, r.To)
	b = appendField(b, `,"threat":`, r.Threat)
	b = appendField(b, `,"facet":`, r.Facet)
	b = appendField(b, `,"item":`, r.Item)
	b = appendInt(b, `,"round":`, r.Round)
	b = appendIntField(b, `,"arrived":`, r.Arrived)
	b = appendBool(b, `,"answered":`, r.Answered)
	b = appendField(b, `,"answer":`, r.Answer)
	b = appendBoolField(b, `,"expired":`, r.Expired)
	return append(b, '}')
}

func appendThreatView(b []byte, t *rules.ThreatView) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, t.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, t.Name)
	b = appendStrings(append(b, `,"facets":`...), t.Facets)
	b = appendStrings(append(b, `,"held":`...), t.Held)
	b = appendBool(b, `,"assessed":`, t.Assessed)
	b = appendBoolPtrField(b, `,"correct":`, t.Correct)
	b = appendIntField(b, `,"deadline":`, t.Deadline)
	b = appendStringsField(b, `,"needs":`, t.Needs)
	b = appendIntField(b, `,"min_teams":`, t.MinTeams)
	b = appendField(b, `,"resolved":`, t.Resolved)
	b = appendField(b, `,"description":`, t.Description)
	return append(b, '}')
}

func appendOpView(b []byte, o *rules.OpView) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, o.ID)
	b = append(b, `,"threat":`...)
	b = appendString(b, o.Threat)
	b = appendInt(b, `,"round":`, o.Round)
	b = append(b, `,"proposer":`...)
	b = appendString(b, o.Proposer)
	b = appendIntField(b, `,"made":`, o.Made)
	b = appendStrings(append(b, `,"teams":`...), o.Teams)
	b = appendStrings(append(b, `,"committed":`...), o.Committed)
	b = appendField(b, `,"outcome":`, o.Outcome)
	return append(b, '}')
}

func appendMessageView(b []byte, m *rules.MessageView) []byte {
	b = appendInt(b, `{"round":`, m.Round)
	b = append(b, `,"from":`...)
	b = appendString(b, m.From)
	b = append(b, `,"kind":`...)
	b = appendString(b, string(m.Kind))
	b = append(b, `,"subject":`...)
	b = appendString(b, m.Subject)
	b = appendField(b, `,"note":`, m.Note)
	return append(b, '}')
}

func appendReleaseView(b []byte, r *rules.ReleaseView) []byte {
	b = append(b, `{"item":`...)
	b = appendString(b, r.Item)
	b = append(b, `,"asker":`...)
	b = appendString(b, r.Asker)
	b = append(b, `,"owner":`...)
	b = appendString(b, r.Owner)
	b = appendInt(b, `,"round":`, r.Round)
	b = append(b, `,"status":`...)
	b = appendString(b, r.Status)
	return append(b, '}')
}

func appendInjectView(b []byte, in *rules.InjectView) []byte {
	b = appendInt(b, `{"round":`, in.Round)
	b = append(b, `,"id":`...)
	b = appendString(b, in.ID)
	b = append(b, `,"title":`...)
	b = appendString(b, in.Title)
	b = append(b, `,"text":`...)
	b = appendString(b, in.Text)
	return append(b, '}')
}

func appendEvent(b []byte, e *rules.Event) []byte {
	b = appendInt(b, `{"seq":`, e.Seq)
	b = appendInt(b, `,"round":`, e.Round)
	b = append(b, `,"kind":`...)
	b = appendString(b, string(e.Kind))
	b = appendField(b, `,"team":`, e.Team)
	b = appendField(b, `,"from":`, e.From)
	b = appendStringsField(b, `,"to":`, e.To)
	b = appendField(b, `,"item":`, e.Item)
	b = appendField(b, `,"root":`, e.Root)
	b = appendField(b, `,"channel":`, e.Channel)
	b = appendField(b, `,"threat":`, e.Threat)
	b = appendField(b, `,"facet":`, e.Facet)
	b = appendField(b, `,"ref":`, e.Ref)
	b = appendField(b, `,"subject":`, e.Subject)
	b = appendField(b, `,"rule":`, e.Rule)
	b = appendIntField(b, `,"delta":`, e.Delta)
	b = appendIntField(b, `,"value":`, e.Value)
	b = appendIntField(b, `,"cost":`, e.Cost)
	b = appendBoolField(b, `,"truth":`, e.Truth)
	b = appendBoolField(b, `,"readable":`, e.Readable)
	b = appendBoolField(b, `,"confirmed":`, e.Confirmed)
	b = append(b, `,"text":`...)
	b = appendString(b, e.Text)
	b = appendField(b, `,"note":`, e.Note)
	return append(b, '}')
}

func appendSentView(b []byte, s *rules.SentView) []byte {
	b = append(b, `{"item":`...)
	b = appendString(b, s.Item)
	b = append(b, `,"to":`...)
	b = appendString(b, s.To)
	b = appendInt(b, `,"round":`, s.Round)
	b = append(b, `,"channel":`...)
	b = appendString(b, s.Channel)
	return append(b, '}')
}
