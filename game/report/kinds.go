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

// message names a kind of structured message with its article ("an
// acknowledgement").
func message(kind string) string {
	if m, ok := rules.MsgNames[rules.MsgKind(kind)]; ok {
		return article(m)
	}
	return "a message"
}

// article puts "a" or "an" before a noun.
func article(noun string) string {
	if strings.IndexByte("aeiou", noun[0]) >= 0 {
		return "an " + noun
	}
	return "a " + noun
}

// messageWords rewrites the message kinds engine texts name in capitals
// ("ACK message dropped") to words ("an acknowledgement dropped").
var messageWords = func() *strings.Replacer {
	var pairs []string
	for kind, name := range rules.MsgNames {
		pairs = append(pairs, string(kind)+" message", article(name))
	}
	return strings.NewReplacer(pairs...)
}()
