package ui

import "strconv"

// seatUnknown is the seat of another team as a joined seat knows it: the
// host does not tell a team who plays the others.
const seatUnknown = "unknown"

// seatLabel names a seat for people: "human", or "bot (cooperative)".
func seatLabel(seat string) string {
	switch seat {
	case "", "human":
		return "human"
	case seatUnknown:
		return "partner agency"
	default:
		return "bot (" + seat + ")"
	}
}

// itoa formats a small integer.
func itoa(n int) string { return strconv.Itoa(n) }

// joinComma joins words with ", ".
func joinComma(xs []string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}
