package report

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"regexp"
	"strings"
	"time"
)

var (
	uuidRE     = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$`)
	langRE     = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`)
	durationRE = regexp.MustCompile(`^P(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$`)
	sha1RE     = regexp.MustCompile(`^[0-9a-fA-F]{40}$`)
)

// Validate checks a statement against the xAPI 1.0.3 rules that apply to
// what Liaison sends: a UUID id; an Agent or Group actor with exactly one
// inverse functional identifier (or an anonymous Group with members); a verb
// with an absolute IRI and a valid language map; an Activity object with an
// absolute IRI; a scaled score in [-1, 1], raw within [min, max] and min <
// max; an ISO 8601 duration; a UUID registration; IRI extension keys; and an
// RFC 3339 timestamp with a time zone. It reports every problem found.
func Validate(s Statement) error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if !uuidRE.MatchString(s.ID) {
		bad("id %q is not an RFC 4122 UUID", s.ID)
	}
	validActor("actor", s.Actor, true, bad)
	if !isIRI(s.Verb.ID) {
		bad("verb.id %q is not an absolute IRI", s.Verb.ID)
	}
	if len(s.Verb.Display) == 0 {
		bad("verb.display is empty")
	}
	validLangMap("verb.display", s.Verb.Display, bad)
	validActivity("object", s.Object, bad)
	if r := s.Result; r != nil {
		if sc := r.Score; sc != nil {
			if sc.Scaled != nil && (*sc.Scaled < -1 || *sc.Scaled > 1 || math.IsNaN(*sc.Scaled)) {
				bad("result.score.scaled %g is outside [-1, 1]", *sc.Scaled)
			}
			if sc.Min != nil && sc.Max != nil && *sc.Min >= *sc.Max {
				bad("result.score.min %g is not below max %g", *sc.Min, *sc.Max)
			}
			if sc.Raw != nil && ((sc.Min != nil && *sc.Raw < *sc.Min) || (sc.Max != nil && *sc.Raw > *sc.Max)) {
				bad("result.score.raw %g is outside [min, max]", *sc.Raw)
			}
		}
		if r.Duration != "" && !validDuration(r.Duration) {
			bad("result.duration %q is not an ISO 8601 duration", r.Duration)
		}
		validExtensions("result.extensions", r.Extensions, bad)
	}
	if c := s.Context; c != nil {
		if c.Registration != "" && !uuidRE.MatchString(c.Registration) {
			bad("context.registration %q is not a UUID", c.Registration)
		}
		if c.Language != "" && !langRE.MatchString(c.Language) {
			bad("context.language %q is not an RFC 5646 tag", c.Language)
		}
		if ca := c.ContextActivities; ca != nil {
			for name, list := range map[string][]Activity{"parent": ca.Parent, "grouping": ca.Grouping, "category": ca.Category, "other": ca.Other} {
				for i, a := range list {
					validActivity(fmt.Sprintf("context.contextActivities.%s[%d]", name, i), a, bad)
				}
			}
		}
		validExtensions("context.extensions", c.Extensions, bad)
	}
	if s.Timestamp == "" {
		bad("timestamp is missing")
	} else if _, err := time.Parse(time.RFC3339Nano, s.Timestamp); err != nil || strings.HasSuffix(s.Timestamp, "-00:00") {
		bad("timestamp %q is not an ISO 8601 date-time with a time zone", s.Timestamp)
	}
	return errors.Join(errs...)
}

func validActor(path string, a Actor, top bool, bad func(string, ...any)) {
	ifis := 0
	if a.Mbox != "" {
		ifis++
		if !strings.HasPrefix(a.Mbox, "mailto:") {
			bad("%s.mbox %q is not a mailto IRI", path, a.Mbox)
		}
	}
	if a.MboxSHA1Sum != "" {
		ifis++
		if !sha1RE.MatchString(a.MboxSHA1Sum) {
			bad("%s.mbox_sha1sum is not a SHA-1 hex digest", path)
		}
	}
	if a.OpenID != "" {
		ifis++
		if !isIRI(a.OpenID) {
			bad("%s.openid %q is not an IRI", path, a.OpenID)
		}
	}
	if a.Account != nil {
		ifis++
		if u, err := url.Parse(a.Account.HomePage); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			bad("%s.account.homePage %q is not an IRL", path, a.Account.HomePage)
		}
		if a.Account.Name == "" {
			bad("%s.account.name is empty", path)
		}
	}
	switch a.ObjectType {
	case "Group":
		if !top {
			bad("%s: a group member must be an Agent", path)
		}
		if ifis > 1 || (ifis == 0 && len(a.Member) == 0) {
			bad("%s: a Group needs exactly one identifier, or members when anonymous (it has %d identifiers)", path, ifis)
		}
		for i, m := range a.Member {
			validActor(fmt.Sprintf("%s.member[%d]", path, i), m, false, bad)
		}
	case "Agent", "":
		if len(a.Member) > 0 {
			bad("%s: an Agent has no members", path)
		}
		if ifis != 1 {
			bad("%s: an Agent needs exactly one identifier (it has %d)", path, ifis)
		}
	default:
		bad("%s.objectType %q is neither Agent nor Group", path, a.ObjectType)
	}
}

func validActivity(path string, a Activity, bad func(string, ...any)) {
	if a.ObjectType != "" && a.ObjectType != "Activity" {
		bad("%s.objectType %q is not Activity", path, a.ObjectType)
	}
	if !isIRI(a.ID) {
		bad("%s.id %q is not an absolute IRI", path, a.ID)
	}
	if d := a.Definition; d != nil {
		validLangMap(path+".definition.name", d.Name, bad)
		validLangMap(path+".definition.description", d.Description, bad)
		if d.Type != "" && !isIRI(d.Type) {
			bad("%s.definition.type %q is not an IRI", path, d.Type)
		}
		validExtensions(path+".definition.extensions", d.Extensions, bad)
	}
}

func validLangMap(path string, m LangMap, bad func(string, ...any)) {
	for k := range m {
		if !langRE.MatchString(k) {
			bad("%s: %q is not an RFC 5646 language tag", path, k)
		}
	}
}

func validExtensions(path string, m map[string]any, bad func(string, ...any)) {
	for k, v := range m {
		if !isIRI(k) {
			bad("%s: key %q is not an IRI", path, k)
		}
		if v == nil {
			bad("%s: %q is null", path, k)
		}
	}
}

// isIRI reports whether s is an absolute IRI (a scheme and no spaces).
func isIRI(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t\n<>\"{}|\\^`") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && u.IsAbs()
}

// validDuration accepts ISO 8601 durations, but not "P" or a trailing "T".
func validDuration(d string) bool {
	return durationRE.MatchString(d) && d != "P" && !strings.HasSuffix(d, "T")
}
