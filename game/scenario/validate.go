package scenario

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
	"sort"
	"strings"
)

// isID reports whether s is an identifier: lowercase letters, digits and
// hyphens (and any byte of extra), starting with a letter or digit; the
// pattern ^[a-z0-9][a-z0-9-]*$ with extra added to the second class. A
// loop, not a regexp: a large scenario checks hundreds of ids.
func isID(s, extra string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && (i == 0 || (c != '-' && strings.IndexByte(extra, c) < 0)) {
			return false
		}
	}
	return s != ""
}

// validator collects every semantic finding of one file.
type validator struct {
	file  string
	loc   *locator
	s     *Scenario
	lim   Limits
	diags Diagnostics

	dropped int // findings not reported once maxFindings were
	refused refusedFields

	teams, items, threats, channels map[string]bool
	formats                         map[string]bool
	capabilities                    map[string]bool
}

// maxFindings caps the findings reported for one file: nobody reads more,
// and a hostile file could otherwise ask for millions of did-you-mean hints.
const maxFindings = 200

// full reports whether the cap is reached, counting the finding it refuses.
func (v *validator) full() bool {
	if len(v.diags) < maxFindings {
		return false
	}
	v.dropped++
	return true
}

// p builds a path from steps.
func p(steps ...step) []step { return steps }

// extend returns a new path, base followed by more, with room for two more
// steps, so that a caller can append to it without another copy.
func extend(base []step, more ...step) []step {
	out := make([]step, 0, len(base)+len(more)+2)
	return append(append(out, base...), more...)
}

func (v *validator) errf(path []step, format string, args ...any) {
	if v.refused.has(path) || v.full() {
		return
	}
	v.diags = append(v.diags, v.loc.diag(v.file, SevError, path, false, format, args...))
}

func (v *validator) errKey(path []step, format string, args ...any) {
	if v.refused.has(path) || v.full() {
		return
	}
	v.diags = append(v.diags, v.loc.diag(v.file, SevError, path, true, format, args...))
}

func (v *validator) warnf(path []step, format string, args ...any) {
	if v.refused.has(path) || v.full() {
		return
	}
	v.diags = append(v.diags, v.loc.diag(v.file, SevWarning, path, false, format, args...))
}

// run checks everything that can be checked on the file as written.
func (v *validator) run() {
	s := v.s
	if !v.checkSizes() {
		// Every later check is linear or better only within the limits;
		// a file past them is refused before they run.
		return
	}
	if s.ID == "" {
		v.errf(nil, "missing scenario id (add e.g. id: my-exercise)")
	} else if !isID(s.ID, "") {
		v.errf(p("id"), "scenario id %q must use lowercase letters, digits and hyphens", s.ID)
	}
	if strings.TrimSpace(s.Title) == "" {
		v.missing(nil, "title", "missing title")
	}
	if s.Rounds < 1 {
		v.errf(p("rounds"), "rounds must be at least 1 (got %d)", s.Rounds)
	} else if s.Rounds > v.lim.MaxRounds {
		v.errf(p("rounds"), "rounds is %d; the limit is %d", s.Rounds, v.lim.MaxRounds)
	}
	if len(s.Teams) < 2 {
		v.errf(p("teams"), "a scenario needs at least 2 teams (found %d)", len(s.Teams))
	}
	if len(s.Items) == 0 {
		v.errf(p("items"), "a scenario needs at least one intel item")
	}
	if len(s.Threats) == 0 {
		v.errf(p("threats"), "a scenario needs at least one threat")
	}
	v.checkTeams()
	v.checkSeats()
	v.checkTrust()
	v.checkChannels()
	v.checkThreats()
	v.checkItems()
	v.checkInjects()
	v.checkRules()
}

// checkSizes reports every list longer than its limit and returns whether
// the file is within all of them.
func (v *validator) checkSizes() bool {
	s := v.s
	before := len(v.diags)
	for _, c := range []struct {
		key   string
		n, mx int
	}{
		{"teams", len(s.Teams), v.lim.MaxTeams},
		{"items", len(s.Items), v.lim.MaxItems},
		{"threats", len(s.Threats), v.lim.MaxThreats},
		{"injects", len(s.Injects), v.lim.MaxInjects},
		{"channels", len(s.Channels), v.lim.MaxChannels},
	} {
		if c.n > c.mx {
			v.errf(p(c.key), "%d %s; the limit is %d", c.n, c.key, c.mx)
		}
	}
	if len(v.diags) > before {
		return false // the per-element lists below may be just as large
	}
	// lists reports each list inside element i of listKey that is longer
	// than MaxList; a key may name a nested list (legal.agreements). The
	// sizes come in key order.
	type sized struct {
		key string
		n   int
	}
	lists := func(listKey string, i int, sizes ...sized) {
		for _, sz := range sizes {
			if sz.n <= v.lim.MaxList {
				continue
			}
			path := p(listKey, i)
			for _, part := range strings.Split(sz.key, ".") {
				path = append(path, part)
			}
			v.list(path, sz.n)
		}
	}
	for i, t := range s.Teams {
		lists("teams", i, sized{"capabilities", len(t.Capabilities)}, sized{"legal.agreements", len(t.Legal.Agreements)},
			sized{"liaisons", len(t.Liaisons)}, sized{"mandate", len(t.Mandate)}, sized{"reads", len(t.Reads)})
	}
	for i, c := range s.Channels {
		lists("channels", i, sized{"between", len(c.Between)}, sized{"outages", len(c.Outages)})
	}
	for i, th := range s.Threats {
		lists("threats", i, sized{"disrupt.capabilities", len(th.Disrupt.Capabilities)}, sized{"facets", len(th.Facets)})
	}
	for i, it := range s.Items {
		lists("items", i, sized{"caveats.rel_to", len(it.Caveats.RelTo)}, sized{"facets", len(it.Facets)}, sized{"held_by", len(it.HeldBy)},
			sized{"need", len(it.Need)}, sized{"tear_line", len(it.TearLine)}, sized{"topics", len(it.Topics)})
	}
	for i, in := range s.Injects {
		if d := in.Effect.Deliver; d != nil {
			lists("injects", i, sized{"effect.deliver.to", len(d.To)})
		}
		lists("injects", i, sized{"effect.deliveries", len(in.Effect.Deliveries)})
		for j, d := range in.Effect.Deliveries {
			if len(d.To) > v.lim.MaxList {
				v.list(p("injects", i, "effect", "deliveries", j, "to"), len(d.To))
			}
		}
		if l := in.Effect.Legal; l != nil {
			lists("injects", i, sized{"effect.legal.add_agreements", len(l.AddAgreements)})
		}
		lists("injects", i, sized{"effect.trust", len(in.Effect.Trust)}, sized{"to", len(in.To)})
	}
	for _, m := range []struct {
		key string
		n   int
	}{{"seats", len(s.Seats)}, {"trust", len(s.Trust)}} {
		if m.n > v.lim.MaxTeams {
			v.errf(p(m.key), "%s names %d teams; the limit is %d", m.key, m.n, v.lim.MaxTeams)
		}
	}
	for from, row := range s.Trust {
		if len(row) > v.lim.MaxTeams {
			v.errKey(p("trust", from), "trust row %q names %d teams; the limit is %d", from, len(row), v.lim.MaxTeams)
		}
	}
	return len(v.diags) == before
}

// ids checks one kind of identifier for presence, pattern and duplicates,
// and returns the set of ids.
func (v *validator) ids(kind, listKey string, n int, id func(i int) string, optional bool) map[string]bool {
	set := map[string]bool{}
	first := map[string]int{}
	for i := 0; i < n; i++ {
		x := id(i)
		if x == "" {
			if !optional {
				v.errf(p(listKey, i), "%s #%d has no id", kind, i+1)
			}
			continue
		}
		if !isID(x, "") {
			v.errf(p(listKey, i, "id"), "%s id %q must use lowercase letters, digits and hyphens", kind, x)
		}
		if j, dup := first[x]; dup {
			line, _ := pos(v.nodeOf(p(listKey, j, "id")))
			v.errf(p(listKey, i, "id"), "duplicate %s id %q (first defined on line %d)", kind, x, line)
			continue
		}
		first[x] = i
		set[x] = true
	}
	return set
}

// written reports whether the path exists in the source (as opposed to a
// zero value the decoder filled in for an omitted key).
func (v *validator) written(path []step) bool {
	_, ok := v.loc.node(path)
	return ok
}

func (v *validator) nodeOf(path []step) ast.Node {
	n, _ := v.loc.node(path)
	return n
}

// ref reports an unknown reference with a did-you-mean hint.
func (v *validator) ref(path []step, kind, id string, known map[string]bool) bool {
	if known[id] {
		return true
	}
	if v.full() {
		return false
	}
	v.errf(path, "unknown %s %q%s", kind, id, hint(id, known))
	return false
}

func (v *validator) refs(path []step, kind string, ids []string, known map[string]bool) {
	for i, id := range ids {
		v.ref(extend(path, i), kind, id, known)
	}
}

// hint names the closest known id, or lists up to eight known ids.
func hint(id string, known map[string]bool) string {
	names := sortedKeys(known)
	if len(names) == 0 {
		return ""
	}
	best, bestD := "", max(3, len(id)/3+1)
	for _, n := range names {
		if d := editDistance(id, n); d < bestD {
			best, bestD = n, d
		}
	}
	if best != "" {
		return fmt.Sprintf("; did you mean %q?", best)
	}
	if len(names) > 8 {
		return fmt.Sprintf("; known: %s, … (%d in all)", strings.Join(names[:8], ", "), len(names))
	}
	return "; known: " + strings.Join(names, ", ")
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (v *validator) text(path []step, s string) {
	if len(s) > v.lim.MaxText {
		v.errf(path, "text is %d characters; the limit is %d", len(s), v.lim.MaxText)
	}
}

func (v *validator) list(path []step, n int) {
	if n > v.lim.MaxList {
		v.errf(path, "%s has %d entries; the limit is %d", pathString(path), n, v.lim.MaxList)
	}
}

// outsideRounds reports whether round r is outside 1..rounds. With rounds
// unset (or refused as written, refused.go) only r < 1 is: rounds itself
// gets the finding.
func (v *validator) outsideRounds(r int) bool {
	return r < 1 || v.s.Rounds > 0 && r > v.s.Rounds
}

func (v *validator) inRange(path []step, what string, x, lo, hi int) {
	if x < lo || x > hi {
		v.errf(path, "%s must be between %d and %d (got %d)", what, lo, hi, x)
	}
}

func (v *validator) oneOf(path []step, what, x string, allowed []string) {
	if x == "" {
		return
	}
	for _, a := range allowed {
		if a == x {
			return
		}
	}
	v.errf(path, "%s %q is not one of: %s", what, x, strings.Join(allowed, ", "))
}
