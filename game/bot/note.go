package bot

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"liaison/game/rules"
)

// maxNoteRunes bounds a bot's reason: short enough to read in the round
// results at a glance (rules.Order.Note allows 280 bytes).
const maxNoteRunes = 120

// annotate writes each queued order's reason into its Note, in plain words
// with display names (never ids), for every order that touches another
// team. Only the chosen orders are annotated; each note is built in one
// reused buffer and looked up in notes, so a reason given before (the
// same words recur round after round and game after game) costs no
// allocation.
func (b *Bot) annotate(k *knowledge, q []rules.Order, buf []byte, notes *noteCache) []byte {
	for i := range q {
		if q[i].Note != "" {
			continue // decided with the order (messages)
		}
		w := noteWriter{k: k, b: buf[:0]}
		b.note(&w, &q[i])
		buf = w.b
		if len(w.b) > 0 {
			q[i].Note = notes.get(w.b)
		}
	}
	return buf
}

// noteCache interns notes (clipped); it is bounded, emptied when full.
type noteCache struct{ m map[string]string }

// maxCachedNotes bounds a noteCache.
const maxCachedNotes = 4096

// get returns the clipped note spelled by b, interned.
func (c *noteCache) get(b []byte) string {
	if s, ok := c.m[string(b)]; ok {
		return s
	}
	if c.m == nil || len(c.m) >= maxCachedNotes {
		c.m = make(map[string]string, 64)
	}
	key := string(b)
	s := clipNote(key)
	c.m[key] = s
	return s
}

// noteWriter builds one note in a reused buffer.
type noteWriter struct {
	k *knowledge
	b []byte
}

// s appends strings.
func (w *noteWriter) s(parts ...string) {
	for _, p := range parts {
		w.b = append(w.b, p...)
	}
}

// n appends a number.
func (w *noteWriter) n(v int) { w.b = strconv.AppendInt(w.b, int64(v), 10) }

// note writes the reason for order o; nothing for an order that stays
// inside the team.
func (b *Bot) note(w *noteWriter, o *rules.Order) {
	k := w.k
	switch o.Kind {
	case rules.Share:
		b.shareNote(w, o)
	case rules.Respond:
		b.respondNote(w, o)
	case rules.Request:
		w.s("We still lack ")
		w.subject(o.Threat, o.Facet, o.Item)
		w.s("; can you help?")
	case rules.Propose:
		w.s("Joint operation on ", k.threatName(o.Threat), " in round ")
		w.n(o.At)
		w.s(": we bring ")
		w.bring(k.me, o.Threat, "our support")
		for _, t := range o.To {
			ti := k.teamInfo(t)
			switch {
			case ti == nil:
			case w.brings(ti, o.Threat):
				w.s("; ", ti.Name, " ")
				w.bring(ti, o.Threat, "")
			default:
				w.s("; ", ti.Name, " joins us")
			}
		}
	case rules.Commit:
		for _, op := range k.v.Operations {
			if op.ID == o.Ref {
				w.s("Committing this round as agreed on ", k.threatName(op.Threat), ": we bring ")
				w.bring(k.me, op.Threat, "our support")
				return
			}
		}
	case rules.Grant:
		w.s("Released ", k.itemTitle(o.Item), " to you: ")
		w.trust(first(o.To))
	case rules.AskRelease:
		w.s(k.itemTitle(o.Item), " is your ORCON item; please release it so we can pass it to partners who need it")
	case rules.PostLiaison:
		w.s("Posting an officer to you to work closer: our trust in you is our lowest (")
		w.n(k.v.TrustOut[first(o.To)])
		w.s(")")
	}
}

// shareNote says why an item goes to a partner unasked.
func (b *Bot) shareNote(w *noteWriter, o *rules.Order) {
	k := w.k
	it := k.itemView(o.Item)
	if it == nil {
		return
	}
	to := first(o.To)
	switch {
	case b.style.shareAnyone:
		w.s("Passing on everything we hold: ", it.Title)
		return
	case it.Sanitised:
		w.s("Sanitised copy of ", it.Title, " (", k.whyCopy(it, to), ") for your mandate; ")
	default:
		w.s(it.Title, ": for your mandate; ")
	}
	w.trust(to)
}

// respondNote explains an answer or a decline.
func (b *Bot) respondNote(w *noteWriter, o *rules.Order) {
	k := w.k
	req := k.request(o.Ref)
	if req == nil {
		return
	}
	if o.Item == "" {
		w.s("Declined: ")
		b.declineReason(w, req)
		return
	}
	it := k.itemView(o.Item)
	if it == nil {
		return
	}
	w.s("You asked for ")
	w.subject(req.Threat, req.Facet, req.Item)
	if it.Sanitised {
		w.s("; this is our sanitised copy (", k.whyCopy(it, req.From), ")")
	} else {
		w.s("; here is ", it.Title)
	}
	switch b.style.name {
	case "hoarder":
		w.s(", in our own time")
	case "legalistic":
		if c := k.channel(o.Channel); c != nil && c.Kind == "liaison" {
			w.s(", through your liaison officer as our rules require")
		} else {
			w.s(", over a secure link as our rules require")
		}
	}
}

// declineReason says why the bot cannot answer req (it has nothing it may
// send), naming the blocking caveat when it holds an item that answers.
func (b *Bot) declineReason(w *noteWriter, req *rules.RequestView) {
	k := w.k
	if b.style.name == "hoarder" && k.v.TrustOut[req.From] < hoarderTrust {
		w.s("we share with partners we trust, and our trust in you is low (")
		w.n(k.v.TrustOut[req.From])
		w.s(")")
		return
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
			w.s("we hold ", it.Title, " but cannot read it yet")
		case it.ORCON && it.Origin != k.v.Team && !it.Released:
			w.s(it.Title, " is ORCON, ask ", k.teamName(it.Origin), " to release it")
		case (it.TLP == "RED" || it.TLP == "AMBER+STRICT") && it.Origin != k.v.Team:
			w.s(it.Title, " is TLP ", it.TLP, ": not ours to pass on")
		case relBlocks(it, req.From) && !k.copyHelps(it, req):
			w.s(it.Title, " is not releasable to you (REL TO) and its tear line drops what you asked")
		case classAbove(it.Class, k.clearance(req.From)) && !k.copyHelps(it, req):
			w.s(it.Title, " is above your clearance and its tear line drops what you asked")
		case classAbove(it.Class, k.clearance(req.From)) || relBlocks(it, req.From):
			w.s(it.Title, " needs a sanitised copy first; it follows")
		case it.PersonalData && k.breachRisk(it, req.From, nil) != "":
			w.s(it.Title, " holds personal data your law does not let us send")
		case b.style.name == "legalistic":
			w.s("we answer only over a liaison officer or a secure link, and none reaches you now")
		default:
			continue
		}
		return
	}
	w.s("we hold nothing on ")
	w.subject(req.Threat, req.Facet, req.Item)
}

// trust says how far the bot trusts team to (reciprocity).
func (w *noteWriter) trust(to string) {
	tr := w.k.v.TrustOut[to]
	switch {
	case tr >= 60:
		w.s("we trust you (")
		w.n(tr)
		w.s(")")
	case tr >= 40:
		w.s("fair trust (")
		w.n(tr)
		w.s(")")
	default:
		w.s("low trust (")
		w.n(tr)
		w.s("), but you need it")
	}
}

// subject names what a request is about: "the who of The Lantern
// consignment", or an item's title.
func (w *noteWriter) subject(threat, facet, item string) {
	k := w.k
	switch {
	case item != "":
		w.s(k.itemTitle(item))
	case facet != "":
		aspect := facet
		if i := strings.IndexByte(facet, ':'); i >= 0 {
			aspect = facet[i+1:]
		}
		if threat == "" {
			threat = threatOf(facet)
		}
		w.s("the ", aspect, " of ", k.threatName(threat))
	default:
		w.s("anything on ", k.threatName(threat))
	}
}

// bring writes team ti's capabilities the threat needs (all of them when
// the needs are unknown), or none when it brings nothing.
func (w *noteWriter) bring(ti *rules.TeamInfo, threat, none string) {
	if ti == nil {
		w.s(none)
		return
	}
	needs := w.k.threatNeeds(threat)
	n := 0
	for _, c := range ti.Capabilities {
		if needs == nil || contains(needs, c) {
			if n > 0 {
				w.s(" and ")
			}
			w.s(c)
			n++
		}
	}
	if n == 0 {
		w.s(none)
	}
}

// brings reports whether team ti brings a capability the threat needs.
func (w *noteWriter) brings(ti *rules.TeamInfo, threat string) bool {
	needs := w.k.threatNeeds(threat)
	for _, c := range ti.Capabilities {
		if needs == nil || contains(needs, c) {
			return true
		}
	}
	return false
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
