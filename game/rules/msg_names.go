package rules

// MsgNames name each kind of structured message for people
// ("acknowledgement" for ACK): the after-action review and the round
// narrative both word messages from it.
var MsgNames = map[MsgKind]string{
	MsgRequest: "request", MsgOffer: "offer", MsgPropose: "proposal",
	MsgAck: "acknowledgement", MsgDecline: "refusal", MsgWarn: "warning",
}
