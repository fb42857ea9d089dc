package rules

import "strings"

// RuleNames name the caveat rules (Event.Rule of EvBreach) for people.
var RuleNames = map[string]string{
	RuleTLP:          "TLP",
	RulePersonalData: "the personal-data rules",
	RuleInsecureLink: "the channel's classification limit",
	RuleORCON:        "ORCON",
	RuleRelTo:        "REL TO",
}

// ruleWords rewrites the rule ids in the trust cause of a breach
// ("breached personal_data on", caveat.go) to the rules' names.
var ruleWords = func() *strings.Replacer {
	var pairs []string
	for _, r := range []string{RuleTLP, RulePersonalData, RuleInsecureLink, RuleORCON, RuleRelTo} {
		pairs = append(pairs, " breached "+r+" on ", " breached "+RuleNames[r]+" on ")
	}
	return strings.NewReplacer(pairs...)
}()

// NameRules rewrites the caveat rules an event's text names by id to their
// names ("X breached orcon on Y" → "X breached ORCON on Y"), for texts
// people read. The event texts themselves (hashed, recorded) keep the ids.
func NameRules(s string) string { return ruleWords.Replace(s) }
