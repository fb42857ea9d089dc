package rules

import "strings"

// Item ids of derived copies. A scenario's item ids are lower-case letters,
// digits and '-' (the loader refuses anything else), so the engine marks a
// copy it derives with a '~' suffix no authored id can carry. This file is
// the one place that encoding is written; every package decodes it here.

// sanitisedSuffix ends the id of an item's tear-line (sanitised) copy.
const sanitisedSuffix = "~s"

// SanitisedID is the id of the sanitised copy of item id.
func SanitisedID(id string) string { return id + sanitisedSuffix }

// RootID is the id of the authored item that id was derived from: id itself
// for an authored item, the original's id for a sanitised copy.
func RootID(id string) string {
	if i := strings.IndexByte(id, '~'); i >= 0 {
		return id[:i]
	}
	return id
}
