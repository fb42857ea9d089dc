package rules

// kindSet is a set of order kinds: a caller that acts on a few kinds only
// (a bot that never sends messages) lists those (a Focus's Kind, see
// speed.go) and is spared the rest.
type kindSet uint16

// allKinds holds every order kind.
const allKinds kindSet = 1<<len(kindNames) - 1

// kindNames lists the kinds by kindIndex (OrderKinds' order).
var kindNames = [...]OrderKind{Share, Request, Respond, Sanitise, Verify, Translate, AskRelease, Grant, Fuse, Propose, Commit, PostLiaison, Message, Pass}

// kindsOf returns the set of the given kinds; unknown kinds are ignored.
func kindsOf(kinds ...OrderKind) kindSet {
	var s kindSet
	for _, k := range kinds {
		s |= kindBit(k)
	}
	return s
}

// Has reports whether k is in the set.
func (s kindSet) Has(k OrderKind) bool { return s&kindBit(k) != 0 }

// kindBit is k's bit: 1 << its position in OrderKinds (0 for unknown kinds).
func kindBit(k OrderKind) kindSet {
	if i := kindIndex(k); i >= 0 {
		return 1 << i
	}
	return 0
}

// kindIndex is k's position in OrderKinds, or -1.
func kindIndex(k OrderKind) int {
	switch k {
	case Share:
		return 0
	case Request:
		return 1
	case Respond:
		return 2
	case Sanitise:
		return 3
	case Verify:
		return 4
	case Translate:
		return 5
	case AskRelease:
		return 6
	case Grant:
		return 7
	case Fuse:
		return 8
	case Propose:
		return 9
	case Commit:
		return 10
	case PostLiaison:
		return 11
	case Message:
		return 12
	case Pass:
		return 13
	}
	return -1
}
