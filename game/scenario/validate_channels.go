package scenario

import (
	"fmt"
	"regexp"
	"strings"
)

var colourPattern = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

func (v *validator) checkChannels() {
	v.channels = map[string]bool{}
	first := map[string]int{}
	shorts := map[string]bool{}
	for i, c := range v.s.Channels {
		base := p("channels", i)
		at := func(k string) []step { return extend(base, k) }
		v.short(at("short"), c.Short, shorts)
		kind := c.Kind
		if kind == "" {
			kind = ChannelLink
		}
		v.oneOf(at("kind"), "channel kind", c.Kind, []string{ChannelLink, ChannelDatabase})
		seen := map[string]bool{}
		for j, t := range c.Between {
			path := append(at("between"), j)
			if seen[t] {
				v.errf(path, "team %q is listed twice in this channel", t)
				continue
			}
			seen[t] = true
			v.ref(path, "team", t, v.teams)
		}
		switch {
		case kind == ChannelLink && len(c.Between) != 2:
			v.errf(at("between"), "a link joins exactly 2 teams (found %d); use kind: database for more", len(c.Between))
		case kind == ChannelDatabase && len(c.Between) < 2:
			v.errf(at("between"), "a shared database needs at least 2 members (found %d)", len(c.Between))
		}
		if c.Latency != nil {
			v.inRange(at("latency"), "latency", *c.Latency, 0, 10)
		}
		if c.Capacity != 0 {
			v.inRange(at("capacity"), "capacity", c.Capacity, 1, 100)
		}
		v.oneOf(at("max_class"), "max_class", c.MaxClass, Classifications)
		if c.Format != "" && c.Format != FormatAuto && !v.formats[c.Format] {
			v.errf(at("format"), "format %q is spoken by no team; use auto for a gateway or one of: %s", c.Format, strings.Join(sortedKeys(v.formats), ", "))
		}
		if c.Leak != nil && !(*c.Leak >= 0 && *c.Leak <= 1) { // NaN fails too
			v.errf(at("leak"), "leak is a probability between 0 and 1 (got %g)", *c.Leak)
		}
		if !c.Secure && ClassRank(c.MaxClass) > ClassRank("RESTRICTED") {
			v.warnf(at("max_class"), "an insecure channel carrying %s: every item above RESTRICTED sent over it is a breach; is it meant to be secure: true?", c.MaxClass)
		}
		if c.Secure && c.Leak != nil && *c.Leak > 0 {
			v.warnf(at("leak"), "leak is ignored on a secure channel")
		}
		for j, w := range c.Outages {
			path := append(at("outages"), j)
			if v.outsideRounds(w.From) {
				v.errf(append(path, "from"), "outage starts in round %d, outside rounds 1..%d", w.From, v.s.Rounds)
			}
			if w.Rounds < 1 {
				v.errf(append(path, "rounds"), "outage must last at least 1 round (got %d)", w.Rounds)
			}
		}
		id := c.ID
		if id == "" {
			id = strings.Join(c.Between, "~")
		} else if !isID(id, "~") {
			v.errf(at("id"), "channel id %q must use lowercase letters, digits, hyphens and ~", id)
		}
		if j, dup := first[id]; dup {
			line, _ := pos(v.nodeOf(p("channels", j)))
			msg := fmt.Sprintf("duplicate channel id %q (first on line %d)", id, line)
			if c.ID == "" {
				msg += "; give each channel between the same teams its own id"
			}
			v.errf(base, "%s", msg)
			continue
		}
		first[id] = i
		v.channels[id] = true
	}
}
