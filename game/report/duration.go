package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DefaultRoundDuration is the scenario time of a round whose label does not
// say one (e.g. the default "1 round").
const DefaultRoundDuration = time.Hour

// RoundDuration parses a scenario's round label ("6 hours", "30 minutes",
// "1 day", "2 weeks", "90 min", "6h") into a duration. ok is false when the
// label names no time unit.
func RoundDuration(label string) (d time.Duration, ok bool) {
	fields := strings.Fields(strings.ToLower(strings.TrimSpace(label)))
	var num, unit string
	switch len(fields) {
	case 1:
		i := strings.IndexFunc(fields[0], func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
		if i <= 0 {
			return 0, false
		}
		num, unit = fields[0][:i], fields[0][i:]
	case 2:
		num, unit = fields[0], fields[1]
	default:
		return 0, false
	}
	n, err := strconv.ParseFloat(num, 64)
	if err != nil || n <= 0 {
		return 0, false
	}
	per, ok := timeUnits[unit]
	if !ok {
		return 0, false
	}
	return time.Duration(n * float64(per)), true
}

// timeUnits are the units a round label may use.
var timeUnits = map[string]time.Duration{
	"s": time.Second, "sec": time.Second, "secs": time.Second, "second": time.Second, "seconds": time.Second,
	"m": time.Minute, "min": time.Minute, "mins": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"h": time.Hour, "hr": time.Hour, "hrs": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"d": 24 * time.Hour, "day": 24 * time.Hour, "days": 24 * time.Hour,
	"w": 7 * 24 * time.Hour, "wk": 7 * 24 * time.Hour, "week": 7 * 24 * time.Hour, "weeks": 7 * 24 * time.Hour,
}

// ISODuration formats a duration as ISO 8601 (PT6H, PT1H30M, PT0.5S), the
// form xAPI results use; seconds keep at most two decimals.
func ISODuration(d time.Duration) string {
	if d <= 0 {
		return "PT0S"
	}
	var b strings.Builder
	b.WriteString("PT")
	if h := d / time.Hour; h > 0 {
		fmt.Fprintf(&b, "%dH", h)
		d -= h * time.Hour
	}
	if m := d / time.Minute; m > 0 {
		fmt.Fprintf(&b, "%dM", m)
		d -= m * time.Minute
	}
	if d > 0 {
		cs := (d + 5*time.Millisecond) / (10 * time.Millisecond) // centiseconds
		s := strconv.FormatFloat(float64(cs)/100, 'f', -1, 64)
		if s != "0" {
			b.WriteString(s + "S")
		}
	}
	if b.Len() == 2 {
		return "PT0S"
	}
	return b.String()
}
