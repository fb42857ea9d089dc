package report

import (
	"strings"

	"liaison/game/rules"
)

// orderVerbs say what each kind of order asks for, after "orders to".
var orderVerbs = map[rules.OrderKind]string{
	rules.Share: "share", rules.Request: "ask for information", rules.Respond: "answer a request",
	rules.Sanitise: "sanitise", rules.Verify: "verify", rules.Translate: "translate",
	rules.AskRelease: "ask the originator to release", rules.Grant: "release",
	rules.Fuse: "assess a threat", rules.Propose: "propose a joint operation", rules.Commit: "commit to a joint operation",
	rules.PostLiaison: "post a liaison officer", rules.Message: "send a message", rules.Pass: "pass",
}

// order says what an order kind asks for ("post a liaison officer").
func order(kind string) string {
	if v, ok := orderVerbs[rules.OrderKind(kind)]; ok {
		return v
	}
	return kind
}

// messageNames name each kind of structured message.
var messageNames = map[rules.MsgKind]string{
	rules.MsgRequest: "a request", rules.MsgOffer: "an offer", rules.MsgPropose: "a proposal",
	rules.MsgAck: "an acknowledgement", rules.MsgDecline: "a refusal", rules.MsgWarn: "a warning",
}

// message names a kind of structured message ("an acknowledgement").
func message(kind string) string {
	if m, ok := messageNames[rules.MsgKind(kind)]; ok {
		return m
	}
	return "a message"
}

// messageWords rewrites the message kinds engine texts name in capitals
// ("ACK message dropped") to words ("an acknowledgement dropped").
var messageWords = func() *strings.Replacer {
	var pairs []string
	for kind, name := range messageNames {
		pairs = append(pairs, string(kind)+" message", name)
	}
	return strings.NewReplacer(pairs...)
}()
