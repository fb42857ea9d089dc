package narrative

import "liaison/game/rules"

// messageNoun names a kind of structured message in words, with the kind
// itself (as the board's action labels show it) in brackets:
// "acknowledgement (ACK)"; "message" for a kind it does not know.
func messageNoun(kind string) string {
	if w, ok := rules.MsgNames[rules.MsgKind(kind)]; ok {
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
