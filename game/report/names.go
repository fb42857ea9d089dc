package report

import (
	"fmt"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/score"
)

// names turns the ids in events into what an instructor reads.
type names struct {
	sc *scenario.Scenario
	// reqs and ops are the events that made each request (EvRequest) and
	// joint operation (EvPropose), by id: a request or an operation is
	// told by what was asked or proposed, never by its id.
	reqs map[string]rules.Event
	ops  map[string]rules.Event
}

// newNames indexes the requests and operations of a game's events.
func newNames(sc *scenario.Scenario, idx *eventIndex) names {
	n := names{sc: sc, reqs: map[string]rules.Event{}, ops: map[string]rules.Event{}}
	for e := range idx.kind(rules.EvRequest) {
		n.reqs[e.Ref] = e
	}
	for e := range idx.kind(rules.EvPropose) {
		n.ops[e.Ref] = e
	}
	return n
}

// team returns a team's display name ("the coalition" for the coalition).
func (n names) team(id string) string {
	if id == score.Coalition {
		return "the coalition"
	}
	if t, ok := n.sc.Team(id); ok && t.Name != "" {
		return t.Name
	}
	return id
}

// teams joins team names: "A", "A and B", "A, B and C".
func (n names) teams(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = n.team(id)
	}
	return joinAnd(out)
}

// item returns an item's title in quotes, marking sanitised copies.
func (n names) item(id string) string {
	root := rules.RootID(id)
	title := id
	if it, ok := n.sc.Item(root); ok && it.Title != "" {
		title = it.Title
	}
	if root != id {
		title += " (sanitised)"
	}
	return "“" + title + "”"
}

// threat returns a threat's name.
func (n names) threat(id string) string {
	if th, ok := n.sc.Threat(id); ok && th.Name != "" {
		return th.Name
	}
	return id
}

// channel returns a channel's name; liaison links read as such.
func (n names) channel(id string) string {
	if c, ok := n.sc.Channel(id); ok && c.Name != "" {
		return c.Name
	}
	if rest, ok := strings.CutPrefix(id, "liaison:"); ok {
		if from, to, ok := strings.Cut(rest, ">"); ok {
			return "the liaison link of " + n.team(from) + " at " + n.team(to)
		}
	}
	return id
}

// facet names a facet of a threat: the “who” of The Lantern consignment.
func (n names) facet(id string) string {
	th, f, ok := strings.Cut(id, ":")
	if !ok {
		return "a facet"
	}
	return "the “" + f + "” of " + n.threat(th)
}

// facetName is the facet's own word, without its threat: "who".
func facetName(id string) string {
	if _, f, ok := strings.Cut(id, ":"); ok {
		return f
	}
	return id
}

// facets names several facets: "the “who” of X and the “when” of X".
func (n names) facets(ids []string) string {
	if len(ids) == 0 {
		return "no facet"
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = n.facet(id)
	}
	return joinAnd(out)
}

// subject says what a request or message is about.
func (n names) subject(e rules.Event) string {
	switch {
	case e.Facet != "":
		return n.facet(e.Facet)
	case e.Item != "":
		return n.item(e.Item)
	case e.Threat != "":
		return n.threat(e.Threat)
	}
	return "information"
}

// request describes a request by who asked for what, and when:
// "Nordvik Security Service's request of round 7 for the “where” of …".
func (n names) request(ref string) string {
	q, ok := n.reqs[ref]
	if !ok {
		return "a request"
	}
	return fmt.Sprintf("%s request of round %d for %s", possessive(n.team(q.Team)), q.Round, n.subject(q))
}

// operation describes a joint operation by its proposer, threat and round:
// "Aurelian Federal Investigation Bureau's joint operation against Quiet
// Ledger's ticketing attack for round 11" (two teams may propose on one
// threat for one round; the proposer tells them apart).
func (n names) operation(ref string) string {
	if p, ok := n.ops[ref]; ok {
		return fmt.Sprintf("%s joint operation against %s for round %d", possessive(n.team(p.Team)), n.threat(p.Threat), p.Value)
	}
	return "a joint operation"
}

// orderVerbs say what each kind of order asks for, after "orders to".
var orderVerbs = map[rules.OrderKind]string{
	rules.Share: "share", rules.Request: "ask for information", rules.Respond: "answer a request",
	rules.Sanitise: "sanitise", rules.Verify: "verify", rules.Translate: "translate",
	rules.AskRelease: "ask the originator to release", rules.Grant: "release",
	rules.Fuse: "assess a threat", rules.Propose: "propose a joint operation", rules.Commit: "commit to a joint operation",
	rules.PostLiaison: "post a liaison officer", rules.Message: "send a message", rules.Pass: "pass",
}

// order says what an order kind asks for ("post a liaison officer").
func order(kind string) string {
	if v, ok := orderVerbs[rules.OrderKind(kind)]; ok {
		return v
	}
	return kind
}

// messageNames name each kind of structured message.
var messageNames = map[rules.MsgKind]string{
	rules.MsgRequest: "a request", rules.MsgOffer: "an offer", rules.MsgPropose: "a proposal",
	rules.MsgAck: "an acknowledgement", rules.MsgDecline: "a refusal", rules.MsgWarn: "a warning",
}

// message names a kind of structured message ("an acknowledgement").
func message(kind string) string {
	if m, ok := messageNames[rules.MsgKind(kind)]; ok {
		return m
	}
	return "a message"
}

// inject returns an inject's title (or id).
func (n names) inject(id string) string {
	for i := range n.sc.Injects {
		if n.sc.Injects[i].ID == id {
			if n.sc.Injects[i].Title != "" {
				return n.sc.Injects[i].Title
			}
			break
		}
	}
	return id
}

// dimension labels, in scoring order.
var dimLabels = map[string]string{
	"reach":           "Reach & timeliness",
	"compliance":      "Compliance",
	"trust":           "Trust",
	"synchronisation": "Synchronisation",
	"responsiveness":  "Responsiveness",
	"outcome":         "Outcome",
	"discipline":      "Discipline",
}

// DimensionLabel returns the display label of a scoring dimension.
func DimensionLabel(dim string) string {
	if l, ok := dimLabels[dim]; ok {
		return l
	}
	return dim
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// possessive adds 's, or just ' after a final s ("Customs'").
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// humanizer rewrites engine and scoring texts for readers: item ids become
// titles, channel and team ids become names, facets, requests, joint
// operations and injects are described. Mixed texts (scoring texts carry
// names of threats and titles of items) get only the ids with a hyphen,
// ':' or '~' rewritten, so that an id that is also a plain word
// ("harbour") never changes prose; texts the engine makes only of ids and
// its own words get every threat id rewritten as well.
type humanizer struct {
	ids   map[string]string // ids that cannot be words
	words map[string]string // threat ids that are words ("harbour")
}

func newHumanizer(n names) humanizer {
	h := humanizer{ids: map[string]string{}, words: map[string]string{}}
	for _, c := range n.sc.Channels {
		h.ids[c.ID] = n.channel(c.ID)
	}
	for _, a := range n.sc.Teams {
		h.ids[a.ID] = n.team(a.ID)
		for _, b := range n.sc.Teams {
			if a.ID != b.ID {
				id := "liaison:" + a.ID + ">" + b.ID
				h.ids[id] = n.channel(id)
			}
		}
	}
	for _, it := range n.sc.Items {
		h.ids[it.ID] = n.item(it.ID)
		h.ids[rules.SanitisedID(it.ID)] = n.item(rules.SanitisedID(it.ID))
	}
	for _, th := range n.sc.Threats {
		h.ids[th.ID] = n.threat(th.ID)
		for _, f := range th.Facets {
			h.ids[f] = n.facet(f)
		}
	}
	for _, in := range n.sc.Injects {
		h.ids[in.ID] = "“" + n.inject(in.ID) + "”"
	}
	for id := range n.reqs {
		h.ids[id] = n.request(id)
	}
	for id := range n.ops {
		h.ids[id] = n.operation(id)
	}
	for id, name := range h.ids {
		if !strings.ContainsAny(id, "-~:") {
			delete(h.ids, id)
			if _, ok := n.sc.Threat(id); ok {
				h.words[id] = name
			}
		}
	}
	return h
}

// engine rewrites a text the engine made (an event's text): every id,
// threat ids that are plain words too.
func (h humanizer) engine(s string) string { return h.rewrite(s, true) }

// text rewrites, in one pass, every whole token of s that is an id with a
// hyphen, ':' or '~' (a quoted id loses its quotes: the title brings its
// own).
func (h humanizer) text(s string) string { return h.rewrite(s, false) }

// rewrite is text, and with words also rewrites plain-word threat ids.
func (h humanizer) rewrite(s string, words bool) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if !idByte(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && idByte(s[j]) {
			j++
		}
		tok := s[i:j]
		core := strings.TrimRight(tok, ":>-")
		name, ok := h.ids[core]
		if !ok && words {
			name, ok = h.words[core]
		}
		if !ok {
			b.WriteString(tok)
			i = j
			continue
		}
		if i > 0 && s[i-1] == '(' && j < len(s) && s[j] == ')' {
			// "Sound operations link (nordvik-tf)": an author's gloss of
			// a name by its id; the name is there already.
			out := strings.TrimSuffix(b.String(), "(")
			b.Reset()
			b.WriteString(strings.TrimRight(out, " "))
			i = j + 1
			continue
		}
		if i > 0 && s[i-1] == '"' && j-(len(tok)-len(core)) < len(s) && s[j-(len(tok)-len(core))] == '"' && strings.HasPrefix(name, "“") {
			out := b.String()
			b.Reset()
			b.WriteString(strings.TrimSuffix(out, `"`))
			b.WriteString(name)
			i = j - (len(tok) - len(core)) + 1
			continue
		}
		b.WriteString(name)
		b.WriteString(tok[len(core):])
		i = j
	}
	return b.String()
}

func idByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '~' || c == '>' || c == ':' || c == '_'
}
