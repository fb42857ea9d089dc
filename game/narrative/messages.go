package narrative

import "liaison/game/rules"

// messageWords name each kind of structured message in words; the kind
// itself (as the board's action labels show it) follows in brackets.
var messageWords = map[rules.MsgKind]string{
	rules.MsgRequest: "request", rules.MsgOffer: "offer", rules.MsgPropose: "proposal",
	rules.MsgAck: "acknowledgement", rules.MsgDecline: "refusal", rules.MsgWarn: "warning",
}

// messageNoun names a kind of structured message: "acknowledgement (ACK)";
// "message" for a kind it does not know.
func messageNoun(kind string) string {
	if w, ok := messageWords[rules.MsgKind(kind)]; ok {
		return w + " (" + kind + ")"
	}
	return "message"
}

// message is messageNoun with its article: "an acknowledgement (ACK)".
func message(kind string) string {
	noun := messageNoun(kind)
	if noun[0] == 'a' || noun[0] == 'o' {
		return "an " + noun
	}
	return "a " + noun
}
