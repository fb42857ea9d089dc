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

// code names a rejection reason; rej carries it with its arguments so that
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

// rej is a rejection: a code and up to two strings and two numbers.
type rej struct {
	c    code
	a, b string
	n, m int
}

func (r rej) ok() bool { return r.c == rOK }

func no(c code, a, b string, n, m int) rej { return rej{c: c, a: a, b: b, n: n, m: m} }

// text renders the reason shown to players.
func (r rej) text() string {
	a, b := clip(r.a), clip(r.b)
	n, m := strconv.Itoa(r.n), strconv.Itoa(r.m)
	switch r.c {
	case rOK:
		return ""
	case rOver:
		return "the game is over"
	case rUnknownTeam:
		return "no team " + strconv.Quote(a)
	case rUnknownKind:
		return "unknown order " + strconv.Quote(a)
	case rAP:
		return "not enough AP: " + a + " costs " + n + ", " + m + " left"
	case rUnknownItem:
		return "no item " + strconv.Quote(a)
	case rNotHeld:
		return "you do not hold " + a
	case rNoRecipient:
		return "name at least one team to send to"
	case rBadRecipient:
		return "no team " + strconv.Quote(a) + " to send to"
	case rSelf:
		return "you cannot send to yourself"
	case rTwice:
		return a + " is named twice"
	case rUnknownChannel:
		return "no channel " + strconv.Quote(a)
	case rNotMember:
		return a + " is not on channel " + b
	case rDown:
		return "channel " + a + " is down this round"
	case rNoChannel:
		return "no channel to " + a + " is up" + b
	case rRelTo:
		return "REL TO forbids release to " + a + ": sanitise first"
	case rClearance:
		return a + " is not cleared for " + b + ": sanitise first"
	case rGarbled:
		return a + " is unreadable to you: translate first"
	case rSanitisedAgain:
		return a + " is already a sanitised copy"
	case rHasSanitised:
		return "you already hold the sanitised copy " + a
	case rORCONSanitise:
		return a + " is ORCON: only its originator, or a team it released it to, may sanitise it (ask release)"
	case rVerified:
		return a + " is already verified"
	case rReadable:
		return a + " is already readable"
	case rNotORCON:
		return a + " is not ORCON: no release needed"
	case rOwnItem:
		return "you originated " + a + ": no release needed"
	case rAlreadyReleased:
		return a + " is already released to " + b
	case rAskOpen:
		return "a release of " + a + " was already asked for"
	case rNotOriginator:
		return "only the originator " + b + " can release " + a
	case rUnknownThreat:
		return "no threat " + strconv.Quote(a)
	case rResolved:
		return "threat " + a + " is already " + b
	case rAssessedAlready:
		return "you already assessed " + a
	case rMissingFacet:
		return "cannot fuse " + a + ": no readable, confirmed item reveals " + b
	case rNotAssessed:
		return a + " has not assessed threat " + b + ": fuse first"
	case rBadRound:
		return "operation round must be after this round (" + n + ") and no later than the deadline (" + m + ")"
	case rUnknownOp:
		return "no operation " + strconv.Quote(a)
	case rNotInOp:
		return "you are not part of operation " + a
	case rOpClosed:
		return "operation " + a + " is already over"
	case rQueued:
		return "already ordered this round: " + a
	case rSlots:
		return "no liaison slot left (" + n + " of " + m + " used)"
	case rPosted:
		return "a liaison officer is already posted to " + a
	case rNoSubject:
		return "say what you request: a threat, a facet or an item"
	case rUnknownFacet:
		return "no facet " + strconv.Quote(a)
	case rUnknownRequest:
		return "no request " + strconv.Quote(a)
	case rNotYours:
		return "request " + a + " is addressed to " + b + ", not you"
	case rNotArrived:
		return "request " + a + " has not reached you yet"
	case rAnswered:
		return "request " + a + " is already answered"
	case rOpenRequest:
		return "you already have an open request to " + a + " about " + b
	case rBadMsgKind:
		return "unknown message kind " + strconv.Quote(a) + " (use " + strings.Join(msgKindNames, ", ") + ")"
	case rTooLong:
		return a + " is too long (" + n + " characters, at most " + m + ")"
	case rOneTarget:
		return "name exactly one team"
	}
	return "illegal order"
}

// err converts a rejection into the error Validate returns (nil if legal).
func (r rej) err(o Order) error {
	if r.ok() {
		return nil
	}
	return &RejectError{Order: o, Reason: r.text()}
}

var msgKindNames = []string{string(MsgRequest), string(MsgOffer), string(MsgPropose), string(MsgAck), string(MsgDecline), string(MsgWarn)}
