package scenario

import (
	"strings"
	"unicode/utf8"
)

func (v *validator) checkTeams() {
	s := v.s
	v.teams = v.ids("team", "teams", len(s.Teams), func(i int) string { return s.Teams[i].ID }, false)
	v.formats = map[string]bool{}
	v.capabilities = map[string]bool{}
	shorts := map[string]bool{}
	for i, t := range s.Teams {
		base := p("teams", i)
		at := func(k string) []step { return extend(base, k) }
		if strings.TrimSpace(t.Name) == "" {
			v.missing(base, "name", "team %q has no name", t.ID)
		}
		if strings.TrimSpace(t.Country) == "" {
			v.missing(base, "country", "team %q has no country", t.ID)
		}
		v.short(at("short"), t.Short, shorts)
		if t.AP != 0 {
			v.inRange(at("ap"), "ap", t.AP, 1, 20)
		}
		if t.Colour != "" && !colourPattern.MatchString(t.Colour) {
			v.errf(at("colour"), "colour %q must be #rrggbb", t.Colour)
		}
		if len(t.Mandate) == 0 {
			v.missing(base, "mandate", "team %q has no mandate (the topics it works on)", t.ID)
		}
		v.text(at("profile"), t.Profile)
		v.oneOf(at("clearance"), "clearance", t.Clearance, Classifications)
		v.oneOf(append(at("legal"), "personal_data"), "personal_data policy", t.Legal.PersonalData, []string{PersonalDataAllowed, PersonalDataNeedsAgreement, PersonalDataForbidden})
		v.oneOf(append(at("culture"), "tempo"), "tempo", t.Culture.Tempo, []string{"fast", "normal", "slow"})
		if t.LiaisonSlots != nil {
			v.inRange(at("liaison_slots"), "liaison_slots", *t.LiaisonSlots, 0, 8)
		}
		f := t.Format
		if f == "" {
			f = DefaultFormat
		}
		v.formats[f] = true
		for _, r := range t.Reads {
			v.formats[r] = true
		}
		for _, c := range t.Capabilities {
			v.capabilities[c] = true
		}
	}
	for i, t := range s.Teams {
		base := p("teams", i)
		for j, a := range t.Legal.Agreements {
			v.ref(extend(base, "legal", "agreements", j), "team", a, v.teams)
		}
		posted := map[string]bool{}
		for j, l := range t.Liaisons {
			path := extend(base, "liaisons", j)
			if posted[l] {
				v.errf(path, "team %q posts two liaison officers to %q; list each partner once", t.ID, l)
				continue
			}
			posted[l] = true
			if l == t.ID {
				v.errf(path, "team %q cannot post a liaison officer to itself", t.ID)
				continue
			}
			v.ref(path, "team", l, v.teams)
		}
		if len(t.Liaisons) > t.Slots() {
			v.errf(extend(base, "liaisons"), "team %q posts %d liaison officers but has %d liaison_slots", t.ID, len(t.Liaisons), t.Slots())
		}
	}
}

func (v *validator) checkSeats() {
	for _, id := range sortedKeys(setOf(mapKeys(v.s.Seats))) {
		path := p("seats", id)
		if !v.teams[id] {
			if !v.full() {
				v.diags = append(v.diags, v.loc.diag(v.file, SevError, path, true, "seat for unknown team %q%s", id, hint(id, v.teams)))
			}
			continue
		}
		v.oneOf(path, "seat", v.s.Seats[id], SeatKinds)
	}
}

func (v *validator) checkTrust() {
	for _, from := range sortedKeys(setOf(mapKeys(v.s.Trust))) {
		if !v.teams[from] {
			if v.full() {
				continue
			}
			v.errKey(p("trust", from), "trust row for unknown team %q%s", from, hint(from, v.teams))
			continue
		}
		row := v.s.Trust[from]
		for _, to := range sortedKeys(setOf(mapKeys(row))) {
			path := p("trust", from, to)
			switch {
			case !v.teams[to] && v.full():
			case !v.teams[to]:
				v.errKey(path, "trust of %q in unknown team %q%s", from, to, hint(to, v.teams))
			case to == from:
				v.errKey(path, "trust of %q in itself is meaningless; remove it", from)
			case row[to] < 0 || row[to] > 100:
				v.errf(path, "trust must be between 0 and 100 (got %d)", row[to])
			}
		}
	}
}

func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func setOf(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// MaxShort is the longest short name of a team or channel, in characters.
const MaxShort = 16

// short checks an optional short name: at most MaxShort characters on one
// line, not blank, and unique among its kind (seen).
func (v *validator) short(path []step, s string, seen map[string]bool) {
	if s == "" {
		return
	}
	switch n := utf8.RuneCountInString(s); {
	case strings.TrimSpace(s) == "":
		v.errf(path, "short name is blank; leave it out for the default")
	case strings.ContainsAny(s, "\n\r\t"):
		v.errf(path, "short name %q must be one line", s)
	case n > MaxShort:
		v.errf(path, "short name %q is %d characters; the limit is %d", s, n, MaxShort)
	case seen[s]:
		v.errf(path, "short name %q is used twice; each must tell its owner apart", s)
	}
	seen[s] = true
}
