package ui

import (
	"image/color"
	"strconv"
)

// teamColour parses a #rrggbb team colour; unknown values give grey.
func teamColour(hex string) color.RGBA {
	if len(hex) != 7 || hex[0] != '#' {
		return color.RGBA{0x88, 0x88, 0x88, 0xff}
	}
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil {
		return color.RGBA{0x88, 0x88, 0x88, 0xff}
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}

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
