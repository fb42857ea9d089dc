package compose

import (
	"fmt"
	"slices"

	"liaison/game/rules"
)

// TrustCoster is implemented by an Oracle that knows the scenario's trust
// moves (the session): what a request to a formal team costs when it does
// not go through a liaison officer.
type TrustCoster interface {
	InformalCost() int
}

// informalCost returns the trust a request o costs (0 when none): a
// request to a team with formality that does not travel on a liaison link.
func informalCost(v *rules.View, or Oracle, o *rules.Order) int {
	if o.Kind != rules.Request || len(o.To) != 1 {
		return 0
	}
	to := o.To[0]
	formal := false
	for i := range v.Teams {
		if v.Teams[i].ID == to {
			formal = v.Teams[i].Formality
		}
	}
	if !formal || viaLiaison(v, o.Channel, to) {
		return 0
	}
	if tc, ok := or.(TrustCoster); ok {
		return tc.InformalCost()
	}
	return 2 // the rules' default
}

// viaLiaison reports whether traffic to partner on channel ch goes over a
// liaison link ("" is the best channel, a liaison link when one exists).
func viaLiaison(v *rules.View, ch, partner string) bool {
	for i := range v.Channels {
		c := &v.Channels[i]
		if c.Kind != "liaison" || !slices.Contains(c.Members, partner) {
			continue
		}
		if ch == "" || c.ID == ch {
			return true
		}
	}
	return false
}

// trustWarning is the words for a request's trust cost.
func trustWarning(n names, o *rules.Order, cost int) string {
	who := n.team(o.To[0])
	return fmt.Sprintf("Costs %d of %s's trust in you: %s is formal, and requests that do not come through a liaison officer offend it.", cost, who, who)
}

// transmits reports whether an order uses channel capacity.
func transmits(k rules.OrderKind) bool {
	switch k {
	case rules.Share, rules.Request, rules.Respond, rules.Message:
		return true
	}
	return false
}

// Warnings lists what the player should know before ending the turn with
// queue: trust the queued orders cost, channels the queue alone overfills
// (the excess is dropped, AP spent) and AP left idle.
func Warnings(v *rules.View, or Oracle, queue []rules.Order) []string {
	n := names{v, rules.ShortNames(v.Teams)}
	var out []string
	for i := range queue {
		if c := informalCost(v, or, &queue[i]); c > 0 {
			out = append(out, trustWarning(n, &queue[i], c))
		}
	}
	for i := range v.Channels {
		c := &v.Channels[i]
		sends := 0
		for j := range queue {
			if transmits(queue[j].Kind) && queue[j].Channel == c.ID {
				sends++
			}
		}
		if sends > c.Capacity {
			out = append(out, fmt.Sprintf("%d sends queued on %s, which carries %d per round: the last %d will be dropped (their AP is spent).",
				sends, n.channel(c.ID), c.Capacity, sends-c.Capacity))
		}
	}
	if left := or.APLeft(v.Team, queue); left > 0 {
		out = append(out, fmt.Sprintf("%s unused: idle AP lower your discipline score (1 point per 3 idle AP over the game).", Plural(left, "AP", "AP")))
	}
	return out
}

// Plural writes n with the singular or plural noun: "1 order", "2 orders".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
