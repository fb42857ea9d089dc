package report

import (
	"liaison/game/rules"
)

// notes gathers the scenario author's debrief notes for every threat and
// for the items that took part in a loss or a decided expectation, with the
// events of this game that involve them.
func (b *builder) notes(aar *AAR) []Note {
	out := []Note{}
	for _, th := range aar.Scenario.Threats {
		if th.Debrief == "" {
			continue
		}
		var evs []int
		if th.Cause >= 0 {
			evs = append(evs, th.Cause)
		}
		out = append(out, Note{Kind: "threat", ID: th.ID, Title: th.Name, Text: b.human.text(th.Debrief), Events: evs})
	}
	involved := map[string][]int{}
	mark := func(seqs ...int) {
		for _, s := range seqs {
			if e, ok := b.event(s); ok && e.Item != "" {
				root := rules.RootID(e.Item)
				involved[root] = append(involved[root], s)
			}
		}
	}
	for _, d := range aar.Scores.Coalition.Dims {
		for _, l := range d.Losses {
			mark(lossEvents(l)...)
		}
	}
	for _, x := range aar.Expectations {
		if x.Status == ExpectMet || x.Status == ExpectMissed || x.Status == ExpectManual {
			mark(x.Events...)
		}
	}
	for _, it := range b.sc.Items {
		evs, ok := involved[it.ID]
		if !ok || it.Debrief == "" {
			continue
		}
		out = append(out, Note{Kind: "item", ID: it.ID, Title: it.Title, Text: b.human.text(it.Debrief), Events: uniqueSorted(evs)})
	}
	return out
}
