package narrative

import (
	"strconv"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// names turns the ids of a scenario into what one team may read: team
// names, item titles, channel names, threat names (only once the team has
// assessed the threat; until then "an unknown plot"), request and
// operation descriptions. It never returns an id of the scenario.
type names struct {
	sc      *scenario.Scenario
	shared  *Names
	team    string
	known   map[string]bool // threats the team has assessed
	reqs    map[string]rules.RequestView
	ops     map[string]rules.OpView
	chans   map[string]string // channel names, liaison links included
	lookups map[string]string // the ids the words pass rewrites that depend on the team: channels, threats, facets
}

// Names are the display forms of a scenario's ids that are the same for
// every team and round: team names, item titles (sanitised copies too)
// and inject titles. They are most of the work of indexing a scenario
// for a narrative; a host builds them once per game instead of once per
// team and round. Read only once made: safe to share.
type Names struct {
	sc      *scenario.Scenario
	base    map[string]string // teams, then items (an item id wins over a team id)
	injects map[string]string // inject ids, which win over every other id
}

// NewNames indexes sc's shared display names.
func NewNames(sc *scenario.Scenario) *Names {
	t := &Names{sc: sc, base: map[string]string{}, injects: map[string]string{}}
	for _, tm := range sc.Teams {
		t.base[tm.ID] = tm.Name
	}
	n := &names{sc: sc}
	for _, it := range sc.Items {
		t.base[it.ID] = n.item(it.ID)
		t.base[rules.SanitisedID(it.ID)] = n.item(rules.SanitisedID(it.ID))
	}
	for _, in := range sc.Injects {
		// An inject id that is an ordinary word ("start") is left alone:
		// engine texts use such words as words.
		if in.ID != "" && strings.ContainsAny(in.ID, "-~:") {
			t.injects[in.ID] = "“" + in.Title + "”"
		}
	}
	return t
}

// of returns t when it was made for sc, else sc's names, built now.
func (t *Names) of(sc *scenario.Scenario) *Names {
	if t != nil && t.sc == sc {
		return t
	}
	return NewNames(sc)
}

// newNames indexes the team's view over the scenario's shared names.
func newNames(shared *Names, team string, v *rules.View) *names {
	sc := shared.sc
	n := &names{sc: sc, shared: shared, team: team, known: map[string]bool{}, reqs: map[string]rules.RequestView{},
		ops: map[string]rules.OpView{}, chans: map[string]string{}}
	for _, th := range v.Threats {
		if th.Assessed {
			n.known[th.ID] = true
		}
	}
	for _, q := range v.Requests {
		n.reqs[q.ID] = q
	}
	for _, op := range v.Operations {
		n.ops[op.ID] = op
	}
	for _, c := range sc.Channels {
		n.chans[c.ID] = c.Name
	}
	n.lookups = map[string]string{}
	for _, c := range sc.Channels {
		n.lookups[c.ID] = n.channel(c.ID)
	}
	for _, th := range sc.Threats {
		n.lookups[th.ID] = n.threat(th.ID)
		for _, f := range th.Facets {
			n.lookups[f] = n.facet(f)
		}
	}
	return n
}

// lookup is an id's display form for the words pass, in the precedence
// one map filled in the order teams, items, channels, threats, facets,
// injects would give: a later kind wins.
func (n *names) lookup(id string) (string, bool) {
	if d, ok := n.shared.injects[id]; ok {
		return d, true
	}
	if d, ok := n.lookups[id]; ok {
		return d, true
	}
	d, ok := n.shared.base[id]
	return d, ok
}

// teamName is a team's display name.
func (n *names) teamName(id string) string {
	if id == n.team {
		return "you"
	}
	if t, ok := n.sc.Team(id); ok {
		return t.Name
	}
	return "another team"
}

// teamList names several teams: "A, B and C".
func (n *names) teamList(ids []string) string {
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		parts = append(parts, n.teamName(id))
	}
	return andList(parts)
}

// item is an item's title; a sanitised copy says so.
func (n *names) item(id string) string {
	if id == "" {
		return "an item"
	}
	root := rules.RootID(id)
	sanitised := root != id
	if it, ok := n.sc.Item(root); ok {
		if sanitised {
			return "the sanitised copy of “" + it.Title + "”"
		}
		return "“" + it.Title + "”"
	}
	return "an item"
}

// channel is a channel's name; a posted liaison officer's link is named
// after the two teams.
func (n *names) channel(id string) string {
	if rest, ok := strings.CutPrefix(id, "liaison:"); ok {
		a, b, _ := strings.Cut(rest, ">")
		switch n.team {
		case a:
			return "your liaison officer at " + n.teamName(b)
		case b:
			return n.teamName(a) + "'s liaison officer with you"
		}
		return "the liaison officer of " + n.teamName(a) + " at " + n.teamName(b)
	}
	if name, ok := n.chans[id]; ok && name != "" {
		return "the " + lowerFirst(name)
	}
	if c, ok := n.sc.Channel(id); ok {
		return "the link between " + n.teamList(c.Between)
	}
	if id == "" {
		return "the best channel"
	}
	return "a channel"
}

// threat is a threat's name once the team has assessed it, else "an
// unknown plot".
func (n *names) threat(id string) string {
	if n.known[id] {
		if th, ok := n.sc.Threat(id); ok && th.Name != "" {
			return th.Name
		}
	}
	return "an unknown plot"
}

// facet is "the who of The Lantern consignment" (or of an unknown plot).
func (n *names) facet(id string) string {
	th, f, ok := strings.Cut(id, ":")
	if !ok {
		return "a facet"
	}
	return "the “" + f + "” of " + lowerArticle(n.threat(th))
}

// request describes a request by its subject and parties.
func (n *names) request(id string) string {
	q, ok := n.reqs[id]
	if !ok {
		return "a request"
	}
	what := n.subject(q.Threat, q.Facet, q.Item)
	if q.From == n.team {
		return "your request for " + what
	}
	return n.teamName(q.From) + "'s request for " + what
}

// subject says what a request or message is about.
func (n *names) subject(threat, facet, item string) string {
	switch {
	case facet != "":
		return n.facet(facet)
	case item != "":
		return n.item(item)
	case threat != "":
		return "what you know of " + lowerArticle(n.threat(threat))
	}
	return "information"
}

// operation describes a joint operation by its threat and round.
func (n *names) operation(id, threat string) string {
	if op, ok := n.ops[id]; ok {
		// Two teams may propose on the same threat for the same round:
		// the proposer tells them apart.
		whose := "your"
		if op.Proposer != n.team {
			whose = n.teamName(op.Proposer) + "'s"
		}
		return whose + " joint operation on " + lowerArticle(n.threat(op.Threat)) + " for round " + strconv.Itoa(op.Round)
	}
	if threat != "" {
		return "the joint operation on " + lowerArticle(n.threat(threat))
	}
	return "a joint operation"
}

// proposal describes an operation without its proposer, for the line
// that says who proposed it: "a joint operation on … for round 5".
func (n *names) proposal(id, threat string, round int) string {
	if op, ok := n.ops[id]; ok {
		threat, round = op.Threat, op.Round
	}
	return "a joint operation on " + lowerArticle(n.threat(threat)) + " for round " + strconv.Itoa(round)
}

// isIDChar reports whether b may be part of an id token.
func isIDChar(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == ':' || b == '~' || b == '>'
}

// words rewrites every id in an engine text (a rejection reason, why an
// operation failed, the cause of a trust change) to its display form.
// Ids are matched as whole tokens; a trailing ':' or '>' is punctuation.
func (n *names) words(s string) string { return n.rewrite(s, true) }

// prose rewrites the ids in a text people wrote or that mixes names with
// ids (a team's reason, an inject's text, a score line): only the ids
// that cannot be words (with '-', ':', '~' or '>'), so that a threat id
// that is also a word ("harbour", "ticketing") is left alone inside an
// item's title or a threat's name.
func (n *names) prose(s string) string { return n.rewrite(s, false) }

// rewrite is words; without plain it leaves one-word tokens alone.
func (n *names) rewrite(s string, plain bool) string {
	s = rules.NameRules(s)
	var sb strings.Builder
	for i := 0; i < len(s); {
		if !isIDChar(s[i]) {
			sb.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isIDChar(s[j]) {
			j++
		}
		tok := s[i:j]
		core := strings.TrimRight(tok, ":->")
		if !plain && !strings.ContainsAny(core, "-:~>") {
			sb.WriteString(tok)
			i = j
			continue
		}
		sb.WriteString(n.token(core))
		sb.WriteString(tok[len(core):])
		i = j
	}
	return sb.String()
}

// token rewrites one whole token if it is an id.
func (n *names) token(tok string) string {
	if strings.HasPrefix(tok, "liaison:") {
		return n.channel(tok)
	}
	if strings.HasPrefix(tok, "req-") {
		if _, ok := n.reqs[tok]; ok {
			return n.request(tok)
		}
		if _, err := strconv.Atoi(tok[4:]); err == nil {
			return "a request"
		}
	}
	if strings.HasPrefix(tok, "op-") {
		if op, ok := n.ops[tok]; ok {
			return n.operation(tok, op.Threat)
		}
		if th, ok := opThreat(n.sc, tok); ok {
			return n.operation(tok, th)
		}
	}
	if d, ok := n.lookup(tok); ok {
		return d
	}
	return tok
}

// opThreat finds the threat of an operation id "op-<threat>-<n>".
func opThreat(sc *scenario.Scenario, id string) (string, bool) {
	rest := strings.TrimPrefix(id, "op-")
	k := strings.LastIndexByte(rest, '-')
	if k < 0 {
		return "", false
	}
	if _, ok := sc.Threat(rest[:k]); ok {
		return rest[:k], true
	}
	return "", false
}

// andList joins "a", "a and b", "a, b and c".
func andList(parts []string) string {
	switch len(parts) {
	case 0:
		return "nobody"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// lowerFirst lower-cases a leading "The " so a name reads inside a
// sentence ("over the Strait secure link").
func lowerFirst(s string) string {
	if rest, ok := strings.CutPrefix(s, "The "); ok {
		return rest
	}
	return s
}

// lowerArticle writes a leading "The" or "An" in lower case.
func lowerArticle(s string) string {
	for _, a := range []string{"The ", "An ", "A "} {
		if strings.HasPrefix(s, a) {
			return strings.ToLower(a[:1]) + s[1:]
		}
	}
	return s
}

// upperFirst capitalises the first letter of a sentence.
func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
