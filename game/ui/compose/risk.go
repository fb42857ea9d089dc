package compose

import (
	"slices"
	"strings"

	"liaison/game/rules"
	"liaison/game/scenario"
)

// shareRisks lists, from what the team can see, the caveat and channel
// problems a share would have: the engine lets some of them through (they
// are scored as breaches), so the board warns before the player clicks.
func shareRisks(v *rules.View, it *rules.ItemView, to []string, channel string) []string {
	var out []string
	short := rules.ShortNames(v.Teams)
	var ch *rules.ChannelView
	for i := range v.Channels {
		if v.Channels[i].ID == channel {
			ch = &v.Channels[i]
		}
	}
	if ch != nil {
		if scenario.ClassRank(it.Class) > scenario.ClassRank(ch.MaxClass) {
			out = append(out, it.Class+" above the channel's "+ch.MaxClass)
		}
		if !ch.Secure {
			out = append(out, "insecure link: may leak")
		}
	}
	for _, t := range to {
		if len(it.RelTo) > 0 && !slices.Contains(it.RelTo, t) {
			out = append(out, "REL TO does not include "+short[t])
		}
	}
	if it.ORCON && it.Origin != v.Team && !it.Released {
		out = append(out, "ORCON: not released by its originator")
	}
	if it.TLP == "RED" {
		out = append(out, "TLP:RED: named recipients only")
	}
	if it.PersonalData {
		for _, t := range to {
			for _, ti := range v.Teams {
				if ti.ID == t && ti.PersonalData == scenario.PersonalDataForbidden {
					out = append(out, "personal data: "+short[t]+" may not receive it")
				}
			}
		}
	}
	return out
}

// riskHint joins risks into a tooltip line.
func riskHint(risks []string) string {
	if len(risks) == 0 {
		return ""
	}
	return "Warning: " + strings.Join(risks, "; ") + "."
}
