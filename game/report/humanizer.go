package report

import (
	"bytes"
	"regexp"
	"strings"

	"liaison/game/rules"
)

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
	s = messageWords.Replace(rules.NameRules(s))
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		if !idByte(s[i]) {
			out = append(out, s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && idByte(s[j]) {
			j++
		}
		tok := s[i:j]
		core := strings.TrimRight(tok, ":>-")
		end := i + len(core)
		name, ok := h.ids[core]
		if !ok && words {
			name, ok = h.words[core]
		}
		switch {
		case !ok:
			out = append(out, tok...)
		case !words && i > 0 && s[i-1] == '(' && j < len(s) && s[j] == ')':
			// "Sound operations link (nordvik-tf)": an author's gloss of
			// a name by its id; the name is there already.
			out = bytes.TrimRight(out[:len(out)-1], " ")
			j++
		case i > 0 && s[i-1] == '"' && end < len(s) && s[end] == '"' && strings.HasPrefix(name, "“"):
			// A quoted id loses its quotes: the title brings its own.
			out = append(out[:len(out)-1], name...)
			j = end + 1
		default:
			out = append(out, name...)
			out = append(out, tok[len(core):]...)
		}
		i = j
	}
	return string(out)
}

func idByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '~' || c == '>' || c == ':' || c == '_'
}

// countedNoun is a number, at most one word, and a noun with its plural
// ending in brackets: "3 round(s)", "2 sharing team(s)", "0 breach(es)".
var countedNoun = regexp.MustCompile(`\b(\d+(?:\.\d+)?) ((?:[a-z-]+ )?)([a-z]+)\((s|es)\)`)

// plurals writes the scoring texts' "round(s)" as a reader would: "1
// round", "3 rounds".
func plurals(s string) string {
	return countedNoun.ReplaceAllStringFunc(s, func(m string) string {
		p := countedNoun.FindStringSubmatch(m)
		if p[1] == "1" {
			return p[1] + " " + p[2] + p[3]
		}
		return p[1] + " " + p[2] + p[3] + p[4]
	})
}
