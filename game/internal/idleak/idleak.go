// Package idleak finds scenario ids in text meant for people, for the
// tests of every package that writes such text (the round narrative, the
// after-action review, the facilitator view): a trainee or an instructor
// reads names, never ids (issue 13).
package idleak

import (
	"regexp"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// Set is the ids a reader must never see.
type Set map[string]bool

// IDs lists every id of a scenario a reader must never see: team, item
// (and sanitised copy), channel, threat, facet and inject ids (an inject
// id of one word aside), plus the
// request, operation and liaison-link ids a game made (from events).
//
// An id that is one ordinary word ("harbour", "start") is left out when the
// scenario's own readable text uses that word: there the word in a line is
// the scenario's prose, not a leak.
func IDs(sc *scenario.Scenario, events []rules.Event) Set {
	ids := Set{}
	for _, t := range sc.Teams {
		ids[t.ID] = true
	}
	for _, it := range sc.Items {
		ids[it.ID] = true
		ids[rules.SanitisedID(it.ID)] = true
	}
	for _, c := range sc.Channels {
		ids[c.ID] = true
	}
	for _, th := range sc.Threats {
		ids[th.ID] = true
		for _, f := range th.Facets {
			ids[f] = true
		}
	}
	for _, in := range sc.Injects {
		// An inject id that is one ordinary word ("start") is left out:
		// engine and report texts use such words as words.
		if strings.ContainsAny(in.ID, "-:~") {
			ids[in.ID] = true
		}
	}
	prose := visibleProse(sc)
	for id := range ids {
		if !strings.ContainsAny(id, "-:~>0123456789") && wordIn(prose, id) {
			delete(ids, id)
		}
	}
	ids.AddEvents(events)
	return ids
}

// AddEvents adds the request, operation and liaison-link ids of events.
func (ids Set) AddEvents(events []rules.Event) {
	for _, e := range events {
		for _, s := range []string{e.Ref, e.Subject, e.Channel} {
			if strings.HasPrefix(s, "req-") || strings.HasPrefix(s, "op-") || strings.HasPrefix(s, "liaison:") {
				ids[s] = true
			}
		}
	}
}

// visibleProse is every text of the scenario a player may read.
func visibleProse(sc *scenario.Scenario) string {
	var sb strings.Builder
	add := func(s ...string) {
		for _, x := range s {
			sb.WriteString(x)
			sb.WriteByte('\n')
		}
	}
	add(sc.Title, sc.Briefing)
	for _, t := range sc.Teams {
		add(t.Name, t.Country, t.Profile)
	}
	for _, it := range sc.Items {
		add(it.Title, it.Text)
	}
	for _, c := range sc.Channels {
		add(c.Name)
	}
	for _, th := range sc.Threats {
		add(th.Name, th.Description)
	}
	for _, in := range sc.Injects {
		add(in.Title, in.Text)
	}
	return sb.String()
}

// wordIn reports whether w occurs in s as a whole word.
func wordIn(s, w string) bool {
	return regexp.MustCompile(`(^|[^A-Za-z0-9_-])` + regexp.QuoteMeta(w) + `($|[^A-Za-z0-9_-])`).MatchString(s)
}

// idChar reports whether r may be part of an id token.
func idChar(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == ':' || r == '~' || r == '>'
}

// Find returns the ids found in a line as whole tokens, or as parts of a
// token split at ':', '>' and '~' (a facet "plot:who" names its threat).
func (ids Set) Find(line string) []string {
	var out []string
	tokens := strings.FieldsFunc(line, func(r rune) bool { return !idChar(r) })
	for _, tok := range tokens {
		tok = strings.TrimRight(tok, ":->")
		cands := []string{tok}
		if strings.ContainsAny(tok, ":>~") {
			cands = append(cands, strings.FieldsFunc(tok, func(r rune) bool { return r == ':' || r == '>' || r == '~' })...)
		}
		for _, c := range cands {
			if ids[c] {
				out = append(out, c)
			}
		}
	}
	return out
}
