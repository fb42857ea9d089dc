package rules

import "strings"

// ShortNames gives each team a short unique label for tight spaces: the
// scenario's short name if it gives one, else its country when no other
// team shares it, else the country and the first distinctive word of its
// name ("Kestria Railway", "Kestria Border"). The game's screens and the
// after-action review's charts name teams with it.
func ShortNames(teams []TeamInfo) map[string]string {
	count := map[string]int{}
	for _, t := range teams {
		count[t.Country]++
	}
	out := make(map[string]string, len(teams))
	for _, t := range teams {
		switch {
		case t.Short != "":
			out[t.ID] = t.Short
		case t.Country == "":
			out[t.ID] = t.Name
		case count[t.Country] == 1:
			out[t.ID] = t.Country
		default:
			out[t.ID] = t.Country + " " + distinctive(t.Name, t.Country)
		}
	}
	// Still ambiguous (same country, same first word): fall back to names.
	seen := map[string]int{}
	for _, s := range out {
		seen[s]++
	}
	for _, t := range teams {
		if seen[out[t.ID]] > 1 {
			out[t.ID] = t.Name
		}
	}
	return out
}

// distinctive returns the first word of name that is not a stop word and
// does not merely repeat the country (Kestrian, Vesterholm).
func distinctive(name, country string) string {
	stop := map[string]bool{"and": true, "of": true, "the": true, "for": true, "national": true, "federal": true}
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if stop[lw] || sharesStem(lw, strings.ToLower(country)) {
			continue
		}
		return w
	}
	return name
}

// sharesStem reports whether two words share their first five letters (or
// the whole shorter word).
func sharesStem(a, b string) bool {
	n := min(5, len(a), len(b))
	return n >= 4 && a[:n] == b[:n]
}
