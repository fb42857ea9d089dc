package rules

// Causes of trust changes (Event.Rule of EvTrust).
const (
	TrustUsefulShare  = "useful_share"
	TrustFalseShared  = "false_shared"
	TrustBreach       = "breach"
	TrustUnanswered   = "unanswered"
	TrustLiaison      = "liaison"
	TrustInformal     = "informal"
	TrustJointSuccess = "joint_success"
	TrustStoodUp      = "stood_up"
	TrustInject       = "inject"
)

// clampTrust keeps trust within 0..100.
func clampTrust(v int) int {
	return min(100, max(0, v))
}

// moveTrust changes trust[a][b] by delta, clamped to 0..100, and emits an
// EvTrust naming the cause when the value actually changed.
func (r *resolver) moveTrust(a, b, delta int, rule, why string) {
	if a == b || a < 0 || b < 0 {
		return
	}
	st := r.st
	k := a*st.nTeams() + b
	old := st.trust[k]
	nv := clampTrust(old + delta)
	if nv == old {
		return
	}
	st.trust[k] = nv
	r.emit(Event{Kind: EvTrust, Team: r.id(a), From: r.id(b), Delta: nv - old, Value: nv, Rule: rule, Text: why})
}

// trustOf returns trust[a][b] (100 for a team in itself).
func (st *State) trustOf(a, b int) int {
	if a == b {
		return 100
	}
	return st.trust[a*st.nTeams()+b]
}
