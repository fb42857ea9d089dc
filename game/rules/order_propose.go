package rules

// Propose: the legality of propose orders (a joint operation), and their
// enumeration in Legal.

func (st *State) checkPropose(t int, o *Order) rej {
	th := st.ix.threatIndex(o.Threat)
	if th < 0 {
		return rejUnknownThreat(o.Threat)
	}
	if rj := st.checkOpenThreat(th); !rj.ok() {
		return rj
	}
	if st.assessed[t*len(st.ix.threats)+th] == 0 {
		return rejNotAssessed("you", o.Threat)
	}
	if o.At <= st.round || o.At > st.deadline[th] {
		return rejBadOpRound(st.round, st.deadline[th])
	}
	var buf [16]int
	_, rj := st.parseTeams(t, o.To, buf[:])
	return rj
}

// proposeHorizon is how many rounds ahead Legal lists proposals.
const proposeHorizon = 3

// proposes lists, for each assessed open threat and each of the next
// proposeHorizon rounds up to the deadline, a proposal with each single
// partner and one with a greedy set of partners covering the missing
// capabilities.
func (l *lister) proposes() {
	st, t := l.st, l.t
	if !l.affords(Propose) {
		return
	}
	nth := len(st.ix.threats)
	for th := range st.ix.threats {
		if st.assessed[t*nth+th] == 0 || st.resolved[th] != open {
			continue
		}
		tid := st.ix.threats[th].id
		cover := st.coverSet(t, th)
		for at := st.round + 1; at <= min(st.deadline[th], st.round+proposeHorizon); at++ {
			for r := range st.ix.teams {
				if r != t {
					l.add(Order{Kind: Propose, Team: l.id, Threat: tid, At: at, To: st.ix.teams[r].one})
				}
			}
			if len(cover) > 1 {
				l.add(Order{Kind: Propose, Team: l.id, Threat: tid, At: at, To: cover})
			}
		}
	}
}

// coverSet picks partners, in file order, that add a capability the
// threat needs and the set lacks, until covered and MinTeams reached.
func (st *State) coverSet(t, th int) []string {
	src := st.ix.threats[th].src
	var out []string
	have := func(c string) bool {
		if st.ix.teams[t].team.HasCapability(c) {
			return true
		}
		for _, id := range out {
			if tm, _ := st.ix.sc.Team(id); tm != nil && tm.HasCapability(c) {
				return true
			}
		}
		return false
	}
	for r := range st.ix.teams {
		if r == t {
			continue
		}
		adds := false
		for _, c := range src.Disrupt.Capabilities {
			if !have(c) && st.ix.teams[r].team.HasCapability(c) {
				adds = true
				break
			}
		}
		if adds || len(out)+1 < src.Disrupt.MinTeams {
			out = append(out, st.ix.teamIDs[r])
		}
	}
	return out
}
