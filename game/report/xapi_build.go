package report

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/google/uuid"
)

// DefaultBaseIRI roots the activity, account, verb and extension IRIs that
// Liaison mints itself (.example is reserved: set a real base in production).
const DefaultBaseIRI = "https://liaison.example/xapi"

// PassTotal is the total (grade C or better) a team result counts as success.
const PassTotal = 55

// ADL verbs (http://adlnet.gov/expapi/verbs/...) used by the statements.
const (
	VerbExperienced = "http://adlnet.gov/expapi/verbs/experienced"
	VerbAsked       = "http://adlnet.gov/expapi/verbs/asked"
	VerbResponded   = "http://adlnet.gov/expapi/verbs/responded"
	VerbAttempted   = "http://adlnet.gov/expapi/verbs/attempted"
	VerbCompleted   = "http://adlnet.gov/expapi/verbs/completed"
	VerbPassed      = "http://adlnet.gov/expapi/verbs/passed"
	VerbFailed      = "http://adlnet.gov/expapi/verbs/failed"
)

// ADL activity types.
const (
	TypeSimulation = "http://adlnet.gov/expapi/activities/simulation"
	TypeObjective  = "http://adlnet.gov/expapi/activities/objective"
)

// XAPIOptions places a game in time and names its IRIs. Timestamps are
// Start + (round-1)·Round, spread over the round in resolution order; the
// builder never reads the clock.
type XAPIOptions struct {
	Start   time.Time     // when round 1 began
	Round   time.Duration // scenario time of one round (0: from the scenario's round label)
	BaseIRI string        // root of minted IRIs ("" = DefaultBaseIRI)
}

// xapiBuilder mints the statements of one AAR.
type xapiBuilder struct {
	a     *AAR
	opt   XAPIOptions
	base  string
	reg   uuid.UUID
	perRd map[int][2]int // round → (index of its first entry, count)
	out   []Statement
}

// Statements turns the AAR into xAPI 1.0.3 statements: one per significant
// event per team involved (docs/aar.md lists the verbs) and one result per
// team and for the coalition. The registration and every statement id are
// name-based UUIDs derived from the record, so the same game always gives
// the same statements and re-sending them is idempotent.
func Statements(a *AAR, opt XAPIOptions) ([]Statement, error) {
	if a == nil {
		return nil, errors.New("xapi: no AAR")
	}
	if opt.Start.IsZero() {
		return nil, errors.New("xapi: a start time is required (timestamps derive from it)")
	}
	base := strings.TrimRight(opt.BaseIRI, "/")
	if base == "" {
		base = DefaultBaseIRI
	}
	if u, err := url.Parse(base); err != nil || !u.IsAbs() || u.Host == "" {
		return nil, fmt.Errorf("xapi: base IRI %q is not an absolute http(s) IRI", opt.BaseIRI)
	}
	if opt.Round <= 0 {
		opt.Round = DefaultRoundDuration
		if d, ok := RoundDuration(a.Scenario.RoundLabel); ok {
			opt.Round = d
		}
	}
	x := &xapiBuilder{a: a, opt: opt, base: base, perRd: map[int][2]int{}}
	x.reg = uuid.NewSHA1(uuid.NameSpaceURL, []byte(base+"/games/"+a.Game.RecordSHA256))
	for i, e := range a.Timeline {
		r := x.perRd[e.Round]
		if r[1] == 0 {
			r[0] = i
		}
		r[1]++
		x.perRd[e.Round] = r
	}
	for i, e := range a.Timeline {
		x.event(i, e)
	}
	x.results()
	for i := range x.out {
		if err := Validate(x.out[i]); err != nil {
			return nil, fmt.Errorf("xapi: statement %d: %w", i, err)
		}
	}
	return x.out, nil
}

// Registration returns the registration UUID of a game's statements.
func Registration(a *AAR, baseIRI string) string {
	base := strings.TrimRight(baseIRI, "/")
	if base == "" {
		base = DefaultBaseIRI
	}
	return uuid.NewSHA1(uuid.NameSpaceURL, []byte(base+"/games/"+a.Game.RecordSHA256)).String()
}

func (x *xapiBuilder) verb(id, display string) Verb {
	return Verb{ID: id, Display: LangMap{"en": display}}
}

// ownVerbs are the verbs Liaison mints under BaseIRI+"/verbs/", with their display.
var ownVerbs = map[string]string{
	"left-unanswered": "left unanswered",
	"breached":        "breached a caveat",
	"leaked":          "leaked",
	"verified":        "verified",
	"sanitised":       "sanitised",
	"released":        "released",
	"refused-release": "refused release",
	"posted-liaison":  "posted a liaison officer",
	"assessed":        "assessed",
	"proposed":        "proposed",
}

// own mints a Liaison verb IRI under the base.
func (x *xapiBuilder) own(name string) Verb { return x.verb(x.base+"/verbs/"+name, ownVerbs[name]) }

func (x *xapiBuilder) ext(name string) string { return x.base + "/extensions/" + name }

func (x *xapiBuilder) scenario() Activity {
	s := x.a.Scenario
	return Activity{ObjectType: "Activity", ID: x.base + "/scenarios/" + url.PathEscape(s.ID),
		Definition: &ActivityDefinition{Name: LangMap{"en": s.Title}, Type: TypeSimulation,
			Description: LangMap{"en": fmt.Sprintf("Liaison scenario %s: %d rounds of %s.", s.ID, s.Rounds, orLabel(s.RoundLabel))}}}
}

func (x *xapiBuilder) threat(id string) Activity {
	name := id
	for _, t := range x.a.Scenario.Threats {
		if t.ID == id {
			name = t.Name
		}
	}
	return Activity{ObjectType: "Activity", ID: x.scenario().ID + "/threats/" + url.PathEscape(id),
		Definition: &ActivityDefinition{Name: LangMap{"en": name}, Type: TypeObjective}}
}

func (x *xapiBuilder) inject(id string) Activity {
	def := &ActivityDefinition{Name: LangMap{"en": id}, Type: TypeObjective}
	for _, in := range x.a.Scenario.Injects {
		if in.ID == id {
			def.Name = LangMap{"en": in.Title}
		}
	}
	for _, ex := range x.a.Expectations {
		if ex.Inject == id {
			def.Name = LangMap{"en": ex.Title}
			def.Description = LangMap{"en": ex.Expected}
		}
	}
	return Activity{ObjectType: "Activity", ID: x.scenario().ID + "/injects/" + url.PathEscape(id), Definition: def}
}

// group is the identified Group of a team, or of the coalition.
func (x *xapiBuilder) group(team string) Actor {
	return Actor{ObjectType: "Group", Name: x.a.teamName(team),
		Account: &Account{HomePage: x.base, Name: x.a.Scenario.ID + "/" + team}}
}

// at is the timestamp of the i-th timeline entry: its round's start plus its
// share of the round in resolution order.
func (x *xapiBuilder) at(i int, e Entry) string {
	r := x.perRd[e.Round]
	t := x.opt.Start.Add(time.Duration(max(e.Round-1, 0)) * x.opt.Round)
	if r[1] > 0 {
		t = t.Add(x.opt.Round * time.Duration(i-r[0]) / time.Duration(r[1]))
	}
	return stamp(t)
}

func stamp(t time.Time) string {
	return t.UTC().Truncate(time.Millisecond).Format("2006-01-02T15:04:05.000Z07:00")
}

// add appends a statement for one actor about one event.
func (x *xapiBuilder) add(i int, e Entry, team string, v Verb, obj Activity, res *Result) {
	ctx := &Context{Registration: x.reg.String(), Platform: "Liaison", Language: "en",
		Extensions: map[string]any{x.ext("round"): e.Round, x.ext("event"): e.Seq, x.ext("kind"): e.Kind,
			x.ext("what"): e.What, x.ext("why"): e.Why}}
	if obj.ID != x.scenario().ID {
		ctx.ContextActivities = &ContextActivities{Parent: []Activity{x.scenario()}}
	}
	id := uuid.NewSHA1(x.reg, []byte(fmt.Sprintf("event/%d/%s", e.Seq, team)))
	x.out = append(x.out, Statement{ID: id.String(), Actor: x.group(team), Verb: v, Object: obj, Result: res,
		Context: ctx, Timestamp: x.at(i, e)})
}

// event emits the statements of one timeline entry (none for routine ones).
func (x *xapiBuilder) event(i int, e Entry) {
	yes, no := true, false
	success := func(ok bool) *bool {
		if ok {
			return &yes
		}
		return &no
	}
	scen := x.scenario()
	objFor := func(threat string) Activity {
		if threat != "" {
			return x.threat(threat)
		}
		return scen
	}
	switch e.Kind {
	case "inject":
		for _, t := range e.Teams {
			x.add(i, e, t, x.verb(VerbExperienced, "experienced"), x.inject(e.Ref), nil)
		}
	case "request":
		x.add(i, e, e.Team, x.verb(VerbAsked, "asked"), objFor(e.Threat), &Result{Response: e.What})
	case "respond":
		resp := "declined"
		if e.Item != "" {
			resp = e.Item
		}
		x.add(i, e, e.Team, x.verb(VerbResponded, "responded"), scen,
			&Result{Response: resp, Extensions: map[string]any{x.ext("rounds-taken"): e.Value}})
	case "request-expired":
		x.add(i, e, e.Team, x.own("left-unanswered"), scen, &Result{Success: &no})
	case "breach":
		x.add(i, e, e.Team, x.own("breached"), scen,
			&Result{Success: &no, Extensions: map[string]any{x.ext("rule"): e.Rule, x.ext("severity"): e.Value}})
	case "leak":
		x.add(i, e, e.Team, x.own("leaked"), objFor(e.Threat), &Result{Success: &no})
	case "verify":
		x.add(i, e, e.Team, x.own("verified"), scen, &Result{Response: fmt.Sprint(e.Truth)})
	case "sanitise":
		x.add(i, e, e.Team, x.own("sanitised"), scen, nil)
	case "grant":
		x.add(i, e, e.Team, x.own("released"), scen, nil)
	case "refuse-release":
		x.add(i, e, e.Team, x.own("refused-release"), scen, nil)
	case "liaison":
		x.add(i, e, e.Team, x.own("posted-liaison"), scen, nil)
	case "fuse":
		x.add(i, e, e.Team, x.own("assessed"), objFor(e.Threat), &Result{Success: success(e.Truth)})
	case "propose":
		x.add(i, e, e.Team, x.own("proposed"), objFor(e.Threat), nil)
	case "operation":
		teams := e.To
		if len(teams) == 0 {
			teams = []string{"coalition"}
		}
		for _, t := range teams {
			x.add(i, e, t, x.verb(VerbAttempted, "attempted"), objFor(e.Threat), &Result{Success: success(e.Truth), Response: e.Why})
		}
	case "disrupted":
		scaled := x.outcomeCredit(e.Threat, e.Value)
		for _, t := range e.To {
			x.add(i, e, t, x.verb(VerbCompleted, "completed"), objFor(e.Threat), &Result{Success: &yes, Completion: &yes,
				Score: &Score{Scaled: &scaled}, Extensions: map[string]any{x.ext("lead-rounds"): e.Value}})
		}
	case "struck":
		zero := 0.0
		x.add(i, e, "coalition", x.verb(VerbFailed, "failed"), objFor(e.Threat), &Result{Success: &no, Completion: &yes,
			Score: &Score{Scaled: &zero}})
	case "expectation":
		if e.Rule == "manual" {
			return // left to the evaluator
		}
		v := x.verb(VerbFailed, "failed")
		if e.Truth {
			v = x.verb(VerbPassed, "passed")
		}
		x.add(i, e, "coalition", v, x.inject(e.Ref), &Result{Success: success(e.Truth)})
	}
}

// outcomeCredit is the outcome credit of a disruption: 0.6 + 0.4·min(L, lead)/lead.
func (x *xapiBuilder) outcomeCredit(threat string, lead int) float64 {
	full := 1
	for _, t := range x.a.Scenario.Threats {
		if t.ID == threat {
			full = max(1, t.LeadRound)
		}
	}
	v := 0.6 + 0.4*float64(min(lead, full))/float64(full)
	return round3(v)
}

// results emits one completed statement per team and for the coalition.
func (x *xapiBuilder) results() {
	yes := true
	end := x.opt.Start.Add(time.Duration(x.a.Game.Played) * x.opt.Round)
	dur := ISODuration(time.Duration(x.a.Game.Played) * x.opt.Round)
	for _, c := range append([]Card{x.a.Scores.Coalition}, x.a.Scores.Teams...) {
		scaled := round3(c.Total / 100)
		raw, lo, hi := c.Total, 0.0, 100.0
		pass := c.Total >= PassTotal
		dims := map[string]any{}
		for _, d := range c.Dims {
			if d.Measured {
				dims[d.Name] = d.Score
			}
		}
		id := uuid.NewSHA1(x.reg, []byte("result/"+c.Team))
		x.out = append(x.out, Statement{ID: id.String(), Actor: x.group(c.Team), Verb: x.verb(VerbCompleted, "completed"),
			Object: x.scenario(),
			Result: &Result{Score: &Score{Scaled: &scaled, Raw: &raw, Min: &lo, Max: &hi}, Success: &pass, Completion: &yes,
				Duration: dur, Extensions: map[string]any{x.ext("grade"): c.Grade, x.ext("dimensions"): dims}},
			Context: &Context{Registration: x.reg.String(), Platform: "Liaison", Language: "en",
				Extensions: map[string]any{x.ext("seed"): x.a.Game.Seed, x.ext("rounds-played"): x.a.Game.Played,
					x.ext("record-sha256"): x.a.Game.RecordSHA256}},
			Timestamp: stamp(end)})
	}
}

func round3(v float64) float64 {
	if v < 0 {
		return -round3(-v)
	}
	return float64(int64(v*1000+0.5)) / 1000
}

func orLabel(s string) string {
	if s == "" {
		return "1 round"
	}
	return s
}
