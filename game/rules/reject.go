package rules

import (
	"strconv"
	"strings"
)

// RejectError is why an order is illegal. Its message is a short human
// reason the UI shows as is.
type RejectError struct {
	Order  Order
	Reason string
}

// Error returns the reason.
func (e *RejectError) Error() string { return e.Reason }

// code names a rejection reason; its value is stable (appended to, never
// reordered). rej carries it with its arguments so that
// the hot path (Legal) never formats a message it will not show.
type code uint8

const (
	rOK code = iota
	rOver
	rUnknownTeam
	rUnknownKind
	rAP
	rUnknownItem
	rNotHeld
	rNoRecipient
	rBadRecipient
	rSelf
	rTwice
	rUnknownChannel
	rNotMember
	rDown
	rNoChannel
	rRelTo
	rClearance
	rGarbled
	rSanitisedAgain
	rHasSanitised
	rORCONSanitise
	rVerified
	rReadable
	rNotORCON
	rOwnItem
	rAlreadyReleased
	rAskOpen
	rNotOriginator
	rUnknownThreat
	rResolved
	rAssessedAlready
	rMissingFacet
	rNotAssessed
	rBadRound
	rUnknownOp
	rNotInOp
	rOpClosed
	rQueued
	rSlots
	rPosted
	rNoSubject
	rUnknownFacet
	rUnknownRequest
	rNotYours
	rNotArrived
	rAnswered
	rOpenRequest
	rBadMsgKind
	rTooLong
	rOneTarget
)

// rej is a rejection: a stable code, up to two strings and two numbers,
// and say, which words them. It is built only by the rej* constructors
// below, one per reason, each with its parameters named and its message
// beside it. say is a plain function (it captures nothing), so making a
// rej costs no allocation: Legal rejects thousands of candidates per round
// and never shows one, and only text() formats.
type rej struct {
	c    code
	a, b string
	n, m int
	say  func(a, b, n, m string) string
}

func (r rej) ok() bool { return r.c == rOK }

// text renders the reason shown to players: the strings clipped, the
// numbers in decimal.
func (r rej) text() string {
	if r.c == rOK {
		return ""
	}
	if r.say == nil {
		return "illegal order"
	}
	return r.say(clip(r.a), clip(r.b), strconv.Itoa(r.n), strconv.Itoa(r.m))
}

// The reasons, in the order of their codes.

// rejOver: the game has ended: no more orders.
func rejOver() rej {
	return rej{c: rOver, say: func(_, _, _, _ string) string {
		return "the game is over"
	}}
}

// rejUnknownTeam: the ordering team is not in the scenario.
func rejUnknownTeam(team string) rej {
	return rej{c: rUnknownTeam, a: team, say: func(team, _, _, _ string) string {
		return "no team " + strconv.Quote(team)
	}}
}

// rejUnknownKind: the order kind is not one the rules know.
func rejUnknownKind(kind string) rej {
	return rej{c: rUnknownKind, a: kind, say: func(kind, _, _, _ string) string {
		return "unknown order " + strconv.Quote(kind)
	}}
}

// rejNotEnoughAP: the order costs more action points than the team has left.
func rejNotEnoughAP(kind string, cost, left int) rej {
	return rej{c: rAP, a: kind, n: cost, m: left, say: func(kind, _, cost, left string) string {
		return "not enough AP: " + kind + " costs " + cost + ", " + left + " left"
	}}
}

// rejUnknownItem: the item is not in the scenario.
func rejUnknownItem(item string) rej {
	return rej{c: rUnknownItem, a: item, say: func(item, _, _, _ string) string {
		return "no item " + strconv.Quote(item)
	}}
}

// rejNotHeld: the team does not hold the item.
func rejNotHeld(item string) rej {
	return rej{c: rNotHeld, a: item, say: func(item, _, _, _ string) string {
		return "you do not hold " + item
	}}
}

// rejNoRecipient: a share or message names no recipient.
func rejNoRecipient() rej {
	return rej{c: rNoRecipient, say: func(_, _, _, _ string) string {
		return "name at least one team to send to"
	}}
}

// rejBadRecipient: a recipient is not a team of the scenario.
func rejBadRecipient(team string) rej {
	return rej{c: rBadRecipient, a: team, say: func(team, _, _, _ string) string {
		return "no team " + strconv.Quote(team) + " to send to"
	}}
}

// rejSendToSelf: the team names itself as a recipient.
func rejSendToSelf() rej {
	return rej{c: rSelf, say: func(_, _, _, _ string) string {
		return "you cannot send to yourself"
	}}
}

// rejNamedTwice: a recipient is named twice.
func rejNamedTwice(team string) rej {
	return rej{c: rTwice, a: team, say: func(team, _, _, _ string) string {
		return team + " is named twice"
	}}
}

// rejUnknownChannel: the channel is not in the scenario.
func rejUnknownChannel(channel string) rej {
	return rej{c: rUnknownChannel, a: channel, say: func(channel, _, _, _ string) string {
		return "no channel " + strconv.Quote(channel)
	}}
}

// rejNotMember: the sender or a recipient is not a member of the channel.
func rejNotMember(team, channel string) rej {
	return rej{c: rNotMember, a: team, b: channel, say: func(team, channel, _, _ string) string {
		return team + " is not on channel " + channel
	}}
}

// rejChannelDown: the channel is down this round.
func rejChannelDown(channel string) rej {
	return rej{c: rDown, a: channel, say: func(channel, _, _, _ string) string {
		return "channel " + channel + " is down this round"
	}}
}

// rejNoChannelUp: no channel that is up joins the team to a recipient.
func rejNoChannelUp(team string) rej {
	return rej{c: rNoChannel, a: team, say: func(team, _, _, _ string) string {
		return "no channel to " + team + " is up"
	}}
}

// rejRelTo: the item's REL TO list leaves out a recipient.
func rejRelTo(team string) rej {
	return rej{c: rRelTo, a: team, say: func(team, _, _, _ string) string {
		return "REL TO forbids release to " + team + ": sanitise first"
	}}
}

// rejNotCleared: a recipient is not cleared for the item's classification.
func rejNotCleared(team, class string) rej {
	return rej{c: rClearance, a: team, b: class, say: func(team, class, _, _ string) string {
		return team + " is not cleared for " + class + ": sanitise first"
	}}
}

// rejUnreadable: the team cannot read the item.
func rejUnreadable(item string) rej {
	return rej{c: rGarbled, a: item, say: func(item, _, _, _ string) string {
		return item + " is unreadable to you: translate first"
	}}
}

// rejSanitisedAgain: the item is itself a sanitised copy.
func rejSanitisedAgain(item string) rej {
	return rej{c: rSanitisedAgain, a: item, say: func(item, _, _, _ string) string {
		return item + " is already a sanitised copy"
	}}
}

// rejHasSanitised: the team already holds the item's sanitised copy.
func rejHasSanitised(sanitisedCopy string) rej {
	return rej{c: rHasSanitised, a: sanitisedCopy, say: func(sanitisedCopy, _, _, _ string) string {
		return "you already hold the sanitised copy " + sanitisedCopy
	}}
}

// rejORCONSanitise: an ORCON item may be sanitised only by its originator or a team it was released to.
func rejORCONSanitise(item string) rej {
	return rej{c: rORCONSanitise, a: item, say: func(item, _, _, _ string) string {
		return item + " is ORCON: only its originator, or a team it released it to, may sanitise it (ask release)"
	}}
}

// rejVerified: the item is already verified.
func rejVerified(item string) rej {
	return rej{c: rVerified, a: item, say: func(item, _, _, _ string) string {
		return item + " is already verified"
	}}
}

// rejReadable: the item needs no translation.
func rejReadable(item string) rej {
	return rej{c: rReadable, a: item, say: func(item, _, _, _ string) string {
		return item + " is already readable"
	}}
}

// rejNotORCON: a release is asked or granted for an item that is not ORCON.
func rejNotORCON(item string) rej {
	return rej{c: rNotORCON, a: item, say: func(item, _, _, _ string) string {
		return item + " is not ORCON: no release needed"
	}}
}

// rejOwnItem: the team asks release of its own item.
func rejOwnItem(item string) rej {
	return rej{c: rOwnItem, a: item, say: func(item, _, _, _ string) string {
		return "you originated " + item + ": no release needed"
	}}
}

// rejAlreadyReleased: the item is already released to the team.
func rejAlreadyReleased(item, to string) rej {
	return rej{c: rAlreadyReleased, a: item, b: to, say: func(item, to, _, _ string) string {
		return item + " is already released to " + to
	}}
}

// rejAskOpen: a release of the item is already asked for.
func rejAskOpen(item string) rej {
	return rej{c: rAskOpen, a: item, say: func(item, _, _, _ string) string {
		return "a release of " + item + " was already asked for"
	}}
}

// rejNotOriginator: only the item's originator may grant its release.
func rejNotOriginator(item, originator string) rej {
	return rej{c: rNotOriginator, a: item, b: originator, say: func(item, originator, _, _ string) string {
		return "only the originator " + originator + " can release " + item
	}}
}

// rejUnknownThreat: the threat is not in the scenario.
func rejUnknownThreat(threat string) rej {
	return rej{c: rUnknownThreat, a: threat, say: func(threat, _, _, _ string) string {
		return "no threat " + strconv.Quote(threat)
	}}
}

// rejResolved: the threat is already disrupted or struck.
func rejResolved(threat, outcome string) rej {
	return rej{c: rResolved, a: threat, b: outcome, say: func(threat, outcome, _, _ string) string {
		return "threat " + threat + " is already " + outcome
	}}
}

// rejAssessedAlready: the team already assessed the threat.
func rejAssessedAlready(threat string) rej {
	return rej{c: rAssessedAlready, a: threat, say: func(threat, _, _, _ string) string {
		return "you already assessed " + threat
	}}
}

// rejMissingFacet: a fuse lacks a readable, confirmed item for one of the threat's facets.
func rejMissingFacet(threat, facet string) rej {
	return rej{c: rMissingFacet, a: threat, b: facet, say: func(threat, facet, _, _ string) string {
		return "cannot fuse " + threat + ": no readable, confirmed item reveals " + facet
	}}
}

// rejNotAssessed: a team proposes an operation on a threat it has not assessed.
func rejNotAssessed(team, threat string) rej {
	return rej{c: rNotAssessed, a: team, b: threat, say: func(team, threat, _, _ string) string {
		return team + " has not assessed threat " + threat + ": fuse first"
	}}
}

// rejBadOpRound: the operation's round is not after this round or is past the threat's deadline.
func rejBadOpRound(round, deadline int) rej {
	return rej{c: rBadRound, n: round, m: deadline, say: func(_, _, round, deadline string) string {
		return "operation round must be after this round (" + round + ") and no later than the deadline (" + deadline + ")"
	}}
}

// rejUnknownOp: the operation does not exist.
func rejUnknownOp(op string) rej {
	return rej{c: rUnknownOp, a: op, say: func(op, _, _, _ string) string {
		return "no operation " + strconv.Quote(op)
	}}
}

// rejNotInOp: the team is not part of the operation.
func rejNotInOp(op string) rej {
	return rej{c: rNotInOp, a: op, say: func(op, _, _, _ string) string {
		return "you are not part of operation " + op
	}}
}

// rejOpClosed: the operation is already over.
func rejOpClosed(op string) rej {
	return rej{c: rOpClosed, a: op, say: func(op, _, _, _ string) string {
		return "operation " + op + " is already over"
	}}
}

// rejQueued: the same order is already queued this round.
func rejQueued(what string) rej {
	return rej{c: rQueued, a: what, say: func(what, _, _, _ string) string {
		return "already ordered this round: " + what
	}}
}

// rejNoSlot: the team has used all its liaison slots.
func rejNoSlot(used, slots int) rej {
	return rej{c: rSlots, n: used, m: slots, say: func(_, _, used, slots string) string {
		return "no liaison slot left (" + used + " of " + slots + " used)"
	}}
}

// rejPosted: an officer is already posted to the team.
func rejPosted(team string) rej {
	return rej{c: rPosted, a: team, say: func(team, _, _, _ string) string {
		return "a liaison officer is already posted to " + team
	}}
}

// rejNoSubject: a request names no subject.
func rejNoSubject() rej {
	return rej{c: rNoSubject, say: func(_, _, _, _ string) string {
		return "say what you request: a threat, a facet or an item"
	}}
}

// rejUnknownFacet: the facet is not one of the threat's.
func rejUnknownFacet(facet string) rej {
	return rej{c: rUnknownFacet, a: facet, say: func(facet, _, _, _ string) string {
		return "no facet " + strconv.Quote(facet)
	}}
}

// rejUnknownRequest: the request does not exist.
func rejUnknownRequest(request string) rej {
	return rej{c: rUnknownRequest, a: request, say: func(request, _, _, _ string) string {
		return "no request " + strconv.Quote(request)
	}}
}

// rejNotYours: the request is addressed to another team.
func rejNotYours(request, to string) rej {
	return rej{c: rNotYours, a: request, b: to, say: func(request, to, _, _ string) string {
		return "request " + request + " is addressed to " + to + ", not you"
	}}
}

// rejNotArrived: the request has not reached the team yet.
func rejNotArrived(request string) rej {
	return rej{c: rNotArrived, a: request, say: func(request, _, _, _ string) string {
		return "request " + request + " has not reached you yet"
	}}
}

// rejAnswered: the request is already answered.
func rejAnswered(request string) rej {
	return rej{c: rAnswered, a: request, say: func(request, _, _, _ string) string {
		return "request " + request + " is already answered"
	}}
}

// rejOpenRequest: the team already has an open request on the subject to that team.
func rejOpenRequest(team, subject string) rej {
	return rej{c: rOpenRequest, a: team, b: subject, say: func(team, subject, _, _ string) string {
		return "you already have an open request to " + team + " about " + subject
	}}
}

// rejBadMsgKind: the message kind is not one the rules know.
func rejBadMsgKind(kind string) rej {
	return rej{c: rBadMsgKind, a: kind, say: func(kind, _, _, _ string) string {
		return "unknown message kind " + strconv.Quote(kind) + " (use " + strings.Join(msgKindNames, ", ") + ")"
	}}
}

// rejTooLong: free text is over its length limit.
func rejTooLong(field string, length, limit int) rej {
	return rej{c: rTooLong, a: field, n: length, m: limit, say: func(field, _, length, limit string) string {
		return field + " is too long (" + length + " characters, at most " + limit + ")"
	}}
}

// rejOneTarget: the order must name exactly one team.
func rejOneTarget() rej {
	return rej{c: rOneTarget, say: func(_, _, _, _ string) string {
		return "name exactly one team"
	}}
}

// err converts a rejection into the error Validate returns (nil if legal).
func (r rej) err(o Order) error {
	if r.ok() {
		return nil
	}
	return &RejectError{Order: o, Reason: r.text()}
}

var msgKindNames = []string{string(MsgRequest), string(MsgOffer), string(MsgPropose), string(MsgAck), string(MsgDecline), string(MsgWarn)}
