package ui

import "strings"

// term is one glossary entry: the jargon as the board shows it, and what it
// means in the rules (docs/rules.md), in a trainee's words.
type term struct {
	Term, Meaning string
}

// glossary is the '?' overlay's list of the board's jargon; tooltips on the
// board quote the same entries (see jargon).
var glossary = []term{
	{"AP", "Action points: what your agency can do in a round. Each order costs AP (shown beside it); AP left unused at the end of the round lower your discipline score a little."},
	{"Admiralty", "How far to trust a report, e.g. B2. Letter = the source (A reliable … E unreliable, F unknown); digit = the information (1 confirmed … 5 improbable, 6 cannot be judged)."},
	{"TLP", "Traffic Light Protocol: who may see it. CLEAR anyone; GREEN the community; AMBER partners who need it; AMBER+STRICT and RED only those named: re-sharing them is a breach."},
	{"Class", "Classification (UNCLASSIFIED … TOP SECRET): a partner must be cleared for it, and a channel must carry that level; above RESTRICTED over an insecure link is a breach."},
	{"REL TO", "Releasable to: only the teams listed may receive it; the engine refuses other shares. Sanitise makes a copy without the restriction."},
	{"ORCON", "Originator controlled: only the agency that wrote it may pass it on, unless it grants you release (Ask the originator to release it)."},
	{"Personal data", "Names of people: some partners' law forbids receiving them from you; sharing anyway is a breach. Sanitise removes them."},
	{"Format", "An agency's data format (csv-legacy, json-stix …): each reads its own. A card in a format you do not read arrives garbled: Translate it (1 AP). A liaison officer's link converts formats."},
	{"Garbled", "Arrived in a format you cannot read: no text, no facets, until you Translate it."},
	{"Unconfirmed", "From a sender you trust below 40: its facets do not count until you Verify it."},
	{"Facet", "A piece of a threat: who, where, when. Hold every facet of a threat, readable and confirmed, to Fuse an assessment."},
	{"Formal", "A formal agency: requests that do not come through a liaison officer cost you some of its trust (the board warns first)."},
	{"Liaison officer", "Posted to a partner: a secure, instant link of capacity 2 that converts formats, and trust that grows both ways every round."},
	{"1r · 2/2", "A channel's latency · capacity: 1r = arrives 1 round later (now = this round). 2/2 = sends left this round of the channel's capacity; sends beyond it are dropped, AP spent."},
	{"→60 ←45", "→ your trust in them, ← theirs in you (0–100). Useful shares and liaison raise it; breaches, silence and informal requests lower it."},
	{"Tempo", "A slow agency answers requests one round later."},
	{"Inject", "An event the exercise injects: news, an outage, a new card."},
}

// jargon returns the glossary meanings of the terms, one per line, for a
// tooltip. Terms are matched on the start of a glossary entry.
func jargon(terms ...string) string {
	var b strings.Builder
	for _, t := range terms {
		for _, g := range glossary {
			if strings.HasPrefix(g.Term, t) {
				if b.Len() > 0 {
					b.WriteByte('\n')
				}
				b.WriteString(t + ": " + g.Meaning)
				break
			}
		}
	}
	return b.String()
}
