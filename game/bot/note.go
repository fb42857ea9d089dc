package bot

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// maxNoteRunes bounds a bot's reason: short enough to read in the round
// results at a glance (rules.Order.Note allows 280 bytes).
const maxNoteRunes = 120

// annotate writes each queued order's reason into its Note, in plain words
// with display names (never ids), for every order that touches another
// team. Only the chosen orders are annotated, so the cost is a few short
// strings per round.
func (b *Bot) annotate(k *knowledge, q []rules.Order) {
	for i := range q {
		if q[i].Note != "" {
			continue // decided with the order (messages)
		}
		q[i].Note = clipNote(b.note(k, &q[i]))
	}
}

// note is the reason for order o, or "" for an order that stays inside the team.
func (b *Bot) note(k *knowledge, o *rules.Order) string {
	switch o.Kind {
	case rules.Share:
		return b.shareNote(k, o)
	case rules.Respond:
		return b.respondNote(k, o)
	case rules.Request:
		return "We still lack " + k.subjectName(o.Threat, o.Facet, o.Item) + "; can you help?"
	case rules.Propose:
		return b.proposeNote(k, o)
	case rules.Commit:
		for _, op := range k.v.Operations {
			if op.ID == o.Ref {
				return "Committing this round as agreed on " + k.threatName(op.Threat) + ": we bring " + k.bring(op.Threat)
			}
		}
	case rules.Grant:
		return "Released " + k.itemTitle(o.Item) + " to you: " + b.trustClause(k, first(o.To))
	case rules.AskRelease:
		it := k.itemView(o.Item)
		if it == nil {
			return ""
		}
		return it.Title + " is your ORCON item; please release it so we can pass it to partners who need it"
	case rules.PostLiaison:
		to := first(o.To)
		return "Posting an officer to you to work closer: " + "our trust in you is our lowest (" + strconv.Itoa(k.v.TrustOut[to]) + ")"
	}
	return ""
}

// shareNote says why an item goes to a partner unasked.
func (b *Bot) shareNote(k *knowledge, o *rules.Order) string {
	it := k.itemView(o.Item)
	to := first(o.To)
	if it == nil {
		return ""
	}
	if b.style.shareAnyone {
		return "Passing on everything we hold: " + it.Title
	}
	if it.Sanitised {
		return "Sanitised copy of " + it.Title + " (" + k.whyCopy(it, to) + ") for your mandate; " + b.trustClause(k, to)
	}
	return it.Title + ": for your mandate; " + b.trustClause(k, to)
}

// respondNote explains an answer or a decline.
func (b *Bot) respondNote(k *knowledge, o *rules.Order) string {
	req := k.request(o.Ref)
	if req == nil {
		return ""
	}
	subject := k.subjectName(req.Threat, req.Facet, req.Item)
	if o.Item == "" {
		return "Declined: " + b.declineReason(k, req)
	}
	it := k.itemView(o.Item)
	if it == nil {
		return ""
	}
	var s strings.Builder
	s.WriteString("You asked for " + subject + "; ")
	if it.Sanitised {
		s.WriteString("this is our sanitised copy (" + k.whyCopy(it, req.From) + ")")
	} else {
		s.WriteString("here is " + it.Title)
	}
	switch b.style.name {
	case "hoarder":
		s.WriteString(", in our own time")
	case "legalistic":
		if c := k.channel(o.Channel); c != nil && c.Kind == "liaison" {
			s.WriteString(", through your liaison officer as our rules require")
		} else {
			s.WriteString(", over a secure link as our rules require")
		}
	}
	return s.String()
}

// declineReason says why the bot cannot answer req (it has nothing it may
// send), naming the blocking caveat when it holds an item that answers.
func (b *Bot) declineReason(k *knowledge, req *rules.RequestView) string {
	if b.style.name == "hoarder" && k.v.TrustOut[req.From] < hoarderTrust {
		return "we share with partners we trust, and our trust in you is low (" + strconv.Itoa(k.v.TrustOut[req.From]) + ")"
	}
	for i := range k.v.Items {
		it := &k.v.Items[i]
		if !answers(it, req) {
			continue
		}
		switch {
		case it.Truth != nil && !*it.Truth:
			continue
		case !it.Readable:
			return "we hold " + it.Title + " but cannot read it yet"
		case it.ORCON && it.Origin != k.v.Team && !it.Released:
			return it.Title + " is ORCON, ask " + k.teamName(it.Origin) + " to release it"
		case (it.TLP == "RED" || it.TLP == "AMBER+STRICT") && it.Origin != k.v.Team:
			return it.Title + " is TLP " + it.TLP + ": not ours to pass on"
		case relBlocks(it, req.From) && !k.copyHelps(it, req):
			return it.Title + " is not releasable to you (REL TO) and its tear line drops what you asked"
		case classAbove(it.Class, k.clearance(req.From)) && !k.copyHelps(it, req):
			return it.Title + " is above your clearance and its tear line drops what you asked"
		case classAbove(it.Class, k.clearance(req.From)) || relBlocks(it, req.From):
			return it.Title + " needs a sanitised copy first; it follows"
		case it.PersonalData && k.breachRisk(it, req.From, nil) != "":
			return it.Title + " holds personal data your law does not let us send"
		case b.style.name == "legalistic":
			return "we answer only over a liaison officer or a secure link, and none reaches you now"
		}
	}
	return "we hold nothing on " + subject(k, req)
}

func subject(k *knowledge, req *rules.RequestView) string {
	return k.subjectName(req.Threat, req.Facet, req.Item)
}

// proposeNote names what each party brings.
func (b *Bot) proposeNote(k *knowledge, o *rules.Order) string {
	var s strings.Builder
	s.WriteString("Joint operation on " + k.threatName(o.Threat) + " in round " + strconv.Itoa(o.At) + ": we bring " + k.bring(o.Threat))
	for _, t := range o.To {
		ti := k.teamInfo(t)
		if ti == nil {
			continue
		}
		if caps := k.brings(ti, o.Threat); caps != "" {
			s.WriteString(", " + ti.Name + " " + caps)
		}
	}
	return s.String()
}

// trustClause says how far the bot trusts team to (reciprocity).
func (b *Bot) trustClause(k *knowledge, to string) string {
	tr := k.v.TrustOut[to]
	switch {
	case tr >= 60:
		return "we trust you (" + strconv.Itoa(tr) + ")"
	case tr >= 40:
		return "fair trust (" + strconv.Itoa(tr) + ")"
	}
	return "low trust (" + strconv.Itoa(tr) + "), but you need it"
}

// whyCopy says what the tear line changed that lets team to have the copy.
func (k *knowledge) whyCopy(copyIt *rules.ItemView, to string) string {
	orig := k.itemView(copyIt.Root)
	if orig == nil {
		return "caveats removed"
	}
	switch {
	case classAbove(orig.Class, k.clearance(to)):
		return "cut to " + copyIt.Class + " for your clearance"
	case relBlocks(orig, to):
		return "REL TO lifted"
	case orig.PersonalData:
		return "names removed"
	case orig.ORCON:
		return "released, ORCON lifted"
	}
	return "caveats removed"
}

// bring lists the capabilities the bot brings to an operation on threat.
func (k *knowledge) bring(threat string) string {
	if s := k.brings(k.me, threat); s != "" {
		return s
	}
	return "our support"
}

// brings lists team ti's capabilities the threat needs (all of them when
// the needs are unknown), joined with "and".
func (k *knowledge) brings(ti *rules.TeamInfo, threat string) string {
	if ti == nil {
		return ""
	}
	needs := k.threatNeeds(threat)
	var out []string
	for _, c := range ti.Capabilities {
		if needs == nil || contains(needs, c) {
			out = append(out, c)
		}
	}
	return strings.Join(out, ", ")
}

// threatNeeds returns the capabilities a known threat needs, nil if unknown.
func (k *knowledge) threatNeeds(id string) []string {
	for i := range k.v.Threats {
		if k.v.Threats[i].ID == id {
			return k.v.Threats[i].Needs
		}
	}
	return nil
}

// request returns the request with that id, or nil.
func (k *knowledge) request(id string) *rules.RequestView {
	for i := range k.v.Requests {
		if k.v.Requests[i].ID == id {
			return &k.v.Requests[i]
		}
	}
	return nil
}

// teamName is team id's display name.
func (k *knowledge) teamName(id string) string {
	if ti := k.teamInfo(id); ti != nil && ti.Name != "" {
		return ti.Name
	}
	return "its originator"
}

// itemTitle is a held item's title.
func (k *knowledge) itemTitle(id string) string {
	if it := k.itemView(id); it != nil && it.Title != "" {
		return it.Title
	}
	return "the item"
}

// threatName is a threat's display name as the team knows it.
func (k *knowledge) threatName(id string) string {
	for i := range k.v.Threats {
		if th := &k.v.Threats[i]; th.ID == id && th.Assessed && th.Name != "" {
			return th.Name
		}
	}
	return "a plot we track"
}

// subjectName names what a request is about: "the who of The Lantern
// consignment", or an item's title.
func (k *knowledge) subjectName(threat, facet, item string) string {
	switch {
	case item != "":
		return k.itemTitle(item)
	case facet != "":
		aspect := facet
		if i := strings.IndexByte(facet, ':'); i >= 0 {
			aspect = facet[i+1:]
		}
		if threat == "" {
			threat = threatOf(facet)
		}
		return "the " + aspect + " of " + k.threatName(threat)
	}
	return "anything on " + k.threatName(threat)
}

// clearance is team id's clearance (SECRET, the scenario default, if unknown).
func (k *knowledge) clearance(id string) string {
	if ti := k.teamInfo(id); ti != nil && ti.Clearance != "" {
		return ti.Clearance
	}
	return "SECRET"
}

// classAbove reports whether class is above clearance.
func classAbove(class, clearance string) bool {
	return scenario.ClassRank(class) > scenario.ClassRank(clearance)
}

// clipNote bounds a note to maxNoteRunes characters (and well under the
// engine's 280 bytes), ending a cut note with "…".
func clipNote(s string) string {
	if utf8.RuneCountInString(s) <= maxNoteRunes && len(s) <= 240 {
		return s
	}
	n, cut := 0, 0
	for i := range s {
		if n == maxNoteRunes-1 || i > 236 {
			break
		}
		n++
		cut = i
	}
	// cut is the start of the last rune kept; keep it whole.
	_, size := utf8.DecodeRuneInString(s[cut:])
	return strings.TrimRight(s[:cut+size], " ,;:") + "…"
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}
