package save

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"liaison/game/replay"
	"liaison/game/rules"
)

// check verifies a save beyond what replay.Decode checks of its record:
// kind and name, the UI state, and the length of every id and text field.
func (sv *Save) check() error {
	switch sv.Kind {
	case Auto, Manual:
	case "":
		return fmt.Errorf("the save does not say how it was made (no kind)")
	default:
		return fmt.Errorf("unknown save kind %q", clip(string(sv.Kind)))
	}
	if sv.Name != "" {
		if err := checkName(sv.Name); err != nil {
			return err
		}
	}
	rec := sv.Record
	if rec == nil {
		return fmt.Errorf("the save holds no game record")
	}
	if err := checkRecord(rec); err != nil {
		return err
	}
	return sv.UI.check(rec)
}

// checkName verifies a manual save's name: 1 to MaxNameBytes bytes of
// printable text.
func checkName(name string) error {
	if name == "" {
		return fmt.Errorf("the save name is empty")
	}
	if len(name) > MaxNameBytes {
		return fmt.Errorf("the save name is %d bytes; the limit is %d", len(name), MaxNameBytes)
	}
	if !utf8.ValidString(name) {
		return fmt.Errorf("the save name is not valid text")
	}
	for _, r := range name {
		if !unicode.IsPrint(r) {
			return fmt.Errorf("the save name %q holds a control character", clip(name))
		}
	}
	return nil
}

// checkRecord bounds the fields of a record that replay.Decode leaves
// unbounded (ids, recipients, facilitator notes), so that a hostile save
// cannot make the engine work on megabyte-long ids.
func checkRecord(rec *replay.Record) error {
	if len(rec.Scenario) > MaxIDBytes || len(rec.ScenarioFile) > MaxPathBytes {
		return fmt.Errorf("the record's scenario name is too long")
	}
	for i, s := range rec.Seats {
		if len(s.Team) > MaxIDBytes || len(s.Player) > MaxIDBytes {
			return fmt.Errorf("seat %d: an id is longer than %d bytes", i+1, MaxIDBytes)
		}
	}
	for i, t := range rec.Turns {
		for team, os := range t.Orders {
			if len(team) > MaxIDBytes {
				return fmt.Errorf("turn %d: a team id is longer than %d bytes", i+1, MaxIDBytes)
			}
			for k, o := range os {
				if err := checkOrder(o); err != nil {
					return fmt.Errorf("turn %d: order %d of team %s: %w", i+1, k+1, clip(team), err)
				}
			}
		}
		for k, a := range t.Facilitator {
			if len(a.Inject) > MaxIDBytes || len(a.Note) > replay.MaxNoteBytes {
				return fmt.Errorf("turn %d: facilitator action %d is longer than the limits (%d-byte ids, %d-byte notes)", i+1, k+1, MaxIDBytes, replay.MaxNoteBytes)
			}
		}
	}
	return nil
}

// checkOrder bounds one order's fields.
func checkOrder(o rules.Order) error {
	for _, s := range []string{string(o.Kind), o.Team, o.Item, o.Channel, o.Threat, o.Facet, o.Ref, string(o.MsgKind), o.Subject} {
		if len(s) > MaxIDBytes {
			return fmt.Errorf("an id is %d bytes; the limit is %d", len(s), MaxIDBytes)
		}
	}
	if len(o.To) > replay.MaxTeams {
		return fmt.Errorf("%d recipients; the limit is %d", len(o.To), replay.MaxTeams)
	}
	for _, s := range o.To {
		if len(s) > MaxIDBytes {
			return fmt.Errorf("a recipient id is %d bytes; the limit is %d", len(s), MaxIDBytes)
		}
	}
	if len(o.Note) > replay.MaxNoteBytes {
		return fmt.Errorf("a note is %d bytes; the limit is %d", len(o.Note), replay.MaxNoteBytes)
	}
	return nil
}
