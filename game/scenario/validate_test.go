package scenario

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// helperT is what the test helpers need; both *testing.T and *rapid.T have it.
type helperT interface {
	require.TestingT
	Helper()
}

// located renders findings as "line:col: message" for table comparisons.
func located(ds Diagnostics) []string {
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%d:%d: %s", d.Line, d.Col, d.Message))
	}
	return out
}

// readTestdata reads a file under testdata and returns its path and bytes.
func readTestdata(t testing.TB, elem ...string) (string, []byte) {
	t.Helper()
	path := filepath.Join(append([]string{"testdata"}, elem...)...)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return path, data
}

// assertSourceLines checks that every finding quotes the line it points at.
func assertSourceLines(t *testing.T, data []byte, ds Diagnostics) {
	t.Helper()
	lines := strings.Split(string(data), "\n")
	for _, d := range ds {
		require.GreaterOrEqual(t, d.Line, 1, d.Message)
		require.GreaterOrEqual(t, d.Col, 1, d.Message)
		require.LessOrEqual(t, d.Line, len(lines), d.Message)
		assert.Equal(t, strings.TrimRight(lines[d.Line-1], "\r"), d.Source, "source line of %q", d.Message)
	}
}

// badFiles lists, for each file in testdata/bad (without .yaml), every error
// Parse must report, in order, as "line:col: message". Each file breaks one
// rule; many-errors breaks several and all must be reported at once.
var badFiles = []struct {
	file string
	errs []string
}{
	{"agreement-unknown-team", []string{
		`11:58: unknown team "brav"; did you mean "bravo"?`,
	}},
	{"alias-bomb", []string{
		`1:1: the file expands to more than 500000 YAML nodes (check anchors and aliases)`,
	}},
	{"bad-admiralty", []string{
		`25:16: admiralty code "G7" must be a reliability A-F and a credibility 1-6, e.g. B2`,
	}},
	{"bad-classification", []string{
		`25:12: class "SECRET//NOFORN" is not one of: UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET`,
	}},
	{"bad-clearance", []string{
		`11:16: clearance "TOPSECRET" is not one of: UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET`,
	}},
	{"bad-colour", []string{
		`11:13: colour "red" must be #rrggbb`,
	}},
	{"short-names", []string{
		`11:12: short name "Aland Coastal Watch Office" is 26 characters; the limit is 16`,
		`15:12: short name is blank; leave it out for the default`,
		`23:12: short name "Secure line" is used twice; each must tell its owner apart`,
	}},
	{"bad-id", []string{
		`2:5: scenario id "Mini_1" must use lowercase letters, digits and hyphens`,
	}},
	{"bad-personal-data-policy", []string{
		`11:28: personal_data policy "sometimes" is not one of: allowed, needs-agreement, forbidden`,
	}},
	{"bad-seat-kind", []string{
		`6:10: seat "pilot" is not one of: human, cooperative, legalistic, hoarder, reckless`,
	}},
	{"bad-tempo", []string{
		`11:22: tempo "rapid" is not one of: fast, normal, slow`,
	}},
	{"bad-tlp", []string{
		`25:20: TLP "ORANGE" is not one of: CLEAR, GREEN, AMBER, AMBER+STRICT, RED`,
	}},
	{"channel-bad-class", []string{
		`18:16: max_class "Secret" is not one of: UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET`,
	}},
	{"channel-bad-id", []string{
		`18:9: channel id "Link 1" must use lowercase letters, digits, hyphens and ~`,
	}},
	{"channel-bad-kind", []string{
		`18:11: channel kind "radio" is not one of: link, database`,
	}},
	{"channel-capacity-range", []string{
		`18:15: capacity must be between 1 and 100 (got 101)`,
	}},
	{"channel-latency-range", []string{
		`18:14: latency must be between 0 and 10 (got 11)`,
	}},
	{"channel-leak-range", []string{
		`18:11: leak is a probability between 0 and 1 (got 1.5)`,
	}},
	{"channel-team-twice", []string{
		`17:22: team "alpha" is listed twice in this channel`,
	}},
	{"channel-unknown-format", []string{
		`18:13: format "pdf" is spoken by no team; use auto for a gateway or one of: json-stix`,
	}},
	{"channel-unknown-team", []string{
		`17:22: unknown team "bravoo"; did you mean "bravo"?`,
	}},
	{"condition-no-test", []string{
		`32:11: a condition needs exactly one of threat_assessed, assessed_correctly, threat_disrupted, item_with, item_missing, verified, trust_below, trust_at_least, no_breach (found 0)`,
	}},
	{"condition-two-tests", []string{
		`33:7: a condition needs exactly one of threat_assessed, assessed_correctly, threat_disrupted, item_with, item_missing, verified, trust_below, trust_at_least, no_breach (found 2)`,
	}},
	{"condition-unknown-refs", []string{
		`32:38: unknown threat "plott"; did you mean "plot"?`,
		`32:51: unknown team "zulu"; known: alpha, bravo`,
		`34:39: unknown threat "ghost"; known: plot`,
		`34:52: unknown team "yankee"; known: alpha, bravo`,
		`36:30: unknown item "tipp"; did you mean "tip"?`,
		`38:55: round 9 is outside rounds 1..4`,
		`40:43: unknown team "zulu"; known: alpha, bravo`,
		`42:60: trust value must be between 0 and 100 (got 101)`,
		`44:30: unknown team "bravoo"; did you mean "bravo"?`,
		`46:41: unknown threat "plott"; did you mean "plot"?`,
		`46:54: unknown team "zulu"; known: alpha, bravo`,
		`48:29: unknown item "tipp"; did you mean "tip"?`,
		`48:41: unknown team "zulu"; known: alpha, bravo`,
	}},
	{"deliveries-bad", []string{
		`37:18: unknown item "tipp"; did you mean "tip"?`,
		`37:29: unknown team "zulu"; known: alpha, bravo`,
		`38:11: deliver needs to: the receiving teams`,
	}},
	{"database-one-member", []string{
		`20:14: a shared database needs at least 2 members (found 1)`,
	}},
	{"deadline-after-last-round", []string{
		`29:15: deadline 5 is after the last round (4)`,
	}},
	{"deadline-zero", []string{
		`29:15: deadline must be round 1 or later (got 0)`,
	}},
	{"deliver-no-recipients", []string{
		`34:16: deliver needs to: the receiving teams`,
	}},
	{"deliver-unknown-item", []string{
		`34:23: unknown item "tipp"; did you mean "tip"?`,
	}},
	{"deliver-unknown-team", []string{
		`34:40: unknown team "zulu"; known: alpha, bravo`,
	}},
	{"disrupt-no-capabilities", []string{
		`30:14: threat "plot" needs disrupt.capabilities: what a joint operation must bring`,
	}},
	{"duplicate-channel-default-id", []string{
		`19:5: duplicate channel id "alpha~bravo" (first on line 17); give each channel between the same teams its own id`,
	}},
	{"duplicate-channel-id", []string{
		`19:5: duplicate channel id "hotline" (first on line 17)`,
	}},
	{"duplicate-inject-id", []string{
		`35:9: duplicate inject id "storm" (first defined on line 32)`,
	}},
	{"duplicate-item-id", []string{
		`25:9: duplicate item id "tip" (first defined on line 19)`,
	}},
	{"duplicate-key", []string{
		`8:5: mapping key "name" already defined at [7:5]`,
	}},
	{"duplicate-team-id", []string{
		`16:9: duplicate team id "alpha" (first defined on line 6)`,
	}},
	{"duplicate-threat-id", []string{
		`31:9: duplicate threat id "plot" (first defined on line 26)`,
	}},
	{"effect-ap-refs", []string{
		`34:18: unknown team "zulu"; known: alpha, bravo`,
		`34:31: ap delta must be between -20 and 20 (got -30)`,
	}},
	{"effect-deadline-unknown-threat", []string{
		`34:26: unknown threat "plott"; did you mean "plot"?`,
	}},
	{"effect-legal-refs", []string{
		`34:21: unknown team "bravoo"; did you mean "bravo"?`,
		`34:44: personal_data policy "never" is not one of: allowed, needs-agreement, forbidden`,
		`34:68: unknown team "zulu"; known: alpha, bravo`,
	}},
	{"effect-trust-refs", []string{
		`35:29: unknown team "zulu"; known: alpha, bravo`,
		`36:18: unknown team "yankee"; known: alpha, bravo`,
		`37:43: trust delta must be between -100 and 100 (got -150)`,
	}},
	{"empty", []string{
		`1:1: the file is empty; a scenario needs at least id, title, rounds, teams, items and threats`,
	}},
	{"expect-check-two-tests", []string{
		`36:14: a condition needs exactly one of threat_assessed, assessed_correctly, threat_disrupted, item_with, item_missing, verified, trust_below, trust_at_least, no_breach (found 2)`,
	}},
	{"expect-no-text", []string{
		`34:13: expected outcome needs text for the evaluator`,
	}},
	{"facet-bad-form", []string{
		`28:24: facet "who" must be written plot:aspect (the threat id, a colon, an aspect)`,
		`28:24: no true item reveals facet "who", so threat "plot" can never be assessed`,
	}},
	{"facet-revealed-by-no-item", []string{
		`28:24: no true item reveals facet "plot:when", so threat "plot" can never be assessed`,
	}},
	{"facet-revealed-only-by-false-item", []string{
		`29:14: no true item reveals facet "plot:who", so threat "plot" can never be assessed`,
	}},
	{"facet-twice", []string{
		`28:24: facet "plot:who" is listed twice`,
	}},
	{"held-by-unknown-team", []string{
		`24:22: unknown team "zulu"; known: alpha, bravo`,
	}},
	{"inject-at-and-when", []string{
		`33:11: inject #1 has both at and when; give one`,
	}},
	{"inject-bad-id", []string{
		`32:9: inject id "Storm warning" must use lowercase letters, digits and hyphens`,
	}},
	{"inject-does-nothing", []string{
		`32:5: inject #1 has neither text nor effect; it would do nothing`,
	}},
	{"inject-negative-round", []string{
		`32:9: inject fires in round -1, outside rounds 1..4`,
	}},
	{"inject-no-round", []string{
		`32:5: inject #1 needs a round (at: N) or a condition (when: ...)`,
	}},
	{"inject-past-end", []string{
		`32:9: inject fires in round 5, outside rounds 1..4`,
	}},
	{"inject-round-zero", []string{
		`32:9: inject fires in round 0, outside rounds 1..4`,
	}},
	{"inject-to-unknown-team", []string{
		`34:17: unknown team "brvo"; did you mean "bravo"?`,
	}},
	{"item-bad-id", []string{
		`19:9: item id "Tip" must use lowercase letters, digits and hyphens`,
	}},
	{"item-facet-not-in-threat", []string{
		`22:24: facet "plot:where" is not one of threat "plot"'s facets (plot:who)`,
	}},
	{"item-facet-unknown-threat", []string{
		`22:24: facet "plott:who" names unknown threat "plott"; did you mean "plot"?`,
	}},
	{"item-never-available", []string{
		`25:5: item "rumour" is never available: list its holders in held_by or deliver it with an inject`,
	}},
	{"item-no-id", []string{
		`25:5: item #2 has no id`,
	}},
	{"item-no-origin", []string{
		`19:5: item "tip" has no origin (the team that produced it)`,
	}},
	{"holder-not-cleared", []string{
		`26:15: team "alpha" is cleared to CONFIDENTIAL but holds "tip", classified SECRET`,
	}},
	{"item-no-title", []string{
		`19:5: item "tip" has no title`,
	}},
	{"item-with-by", []string{
		`32:52: by applies only to item_missing; item_with holds whenever the team has the item (use the inject's at or the expectation's within for timing)`,
	}},
	{"item-unknown-origin", []string{
		`21:13: unknown team "alfa"; did you mean "alpha"?`,
	}},
	{"liaison-slots-range", []string{
		`11:20: liaison_slots must be between 0 and 8 (got 9)`,
	}},
	{"liaison-twice", []string{
		`12:23: team "alpha" posts two liaison officers to "bravo"; list each partner once`,
	}},
	{"liaison-to-itself", []string{
		`11:16: team "alpha" cannot post a liaison officer to itself`,
	}},
	{"liaison-too-many", []string{
		`12:15: team "alpha" posts 1 liaison officers but has 0 liaison_slots`,
	}},
	{"liaison-unknown-team", []string{
		`11:16: unknown team "zulu"; known: alpha, bravo`,
	}},
	{"link-three-teams", []string{
		`21:14: a link joins exactly 2 teams (found 3); use kind: database for more`,
	}},
	{"many-errors", []string{
		`2:5: scenario id "Many Errors" must use lowercase letters, digits and hyphens`,
		`9:13: colour "blue" must be #rrggbb`,
		`18:14: a link joins exactly 2 teams (found 3); use kind: database for more`,
		`18:29: team "alpha" is listed twice in this channel`,
		`23:12: class "SECERT" is not one of: UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET`,
		`24:16: admiralty code "Z9" must be a reliability A-F and a credibility 1-6, e.g. B2`,
		`32:15: deadline 7 is after the last round (4)`,
		`37:23: unknown item "tipp"; did you mean "tip"?`,
	}},
	{"min-teams-too-many", []string{
		`30:57: min_teams is 3 but the scenario has 2 teams`,
	}},
	{"missing-id", []string{
		`2:1: missing scenario id (add e.g. id: my-exercise)`,
	}},
	{"missing-title", []string{
		`2:1: missing title`,
	}},
	{"need-by-outside-rounds", []string{
		`26:27: need-by round 9 is outside rounds 1..4`,
	}},
	{"need-unknown-team", []string{
		`26:16: unknown team "bravoo"; did you mean "bravo"?`,
	}},
	{"need-unreachable", []string{
		`19:5: team "bravo" needs item "tip" but can never receive it: no channel or liaison path leads there from alpha`,
	}},
	{"no-items", []string{
		`18:8: a scenario needs at least one intel item`,
		`22:14: no true item reveals facet "plot:who", so threat "plot" can never be assessed`,
	}},
	{"no-threats", []string{
		`24:10: a scenario needs at least one threat`,
	}},
	{"one-team", []string{
		`6:3: a scenario needs at least 2 teams (found 1)`,
	}},
	{"outage-ambiguous", []string{
		`34:32: 2 links join "alpha" and "bravo"; name the one that goes down with channel: ID`,
	}},
	{"outage-channel-and-between", []string{
		`34:15: outage names both channel and between; give one`,
	}},
	{"outage-effect-zero-rounds", []string{
		`34:46: outage must last at least 1 round (got 0)`,
	}},
	{"outage-no-link", []string{
		`38:25: no link between "alpha" and "charlie"`,
	}},
	{"outage-no-target", []string{
		`34:15: outage needs channel: ID or between: [team, team]`,
	}},
	{"outage-outside-rounds", []string{
		`19:16: outage starts in round 5, outside rounds 1..4`,
	}},
	{"outage-unknown-channel", []string{
		`34:25: unknown channel "alpha-bravo"; did you mean "alpha~bravo"?`,
	}},
	{"outage-zero-rounds", []string{
		`19:27: outage must last at least 1 round (got 0)`,
	}},
	{"expect-by", []string{
		`34:51: expected outcome has both within and by; give one (by: the round the text names)`,
		`37:51: by round 9 is outside rounds 1..4`,
		`40:51: by round 2 is before the inject fires (round 3)`,
	}},
	{"ranges-inject", []string{
		`35:44: ap rounds must be between 1 and 200 (got -2)`,
		`36:39: deadline delta must be between -20 and 20 (got 30)`,
		`37:44: within must be between 0 and 50 (got 60)`,
	}},
	{"ranges-rules", []string{
		`31:16: cost of share must be between 0 and 10 (got -1)`,
		`31:34: cost of post-liaison must be between 0 and 10 (got 11)`,
		`33:19: request_expiry must be between 1 and 20 (got 30)`,
		`34:25: trust_moves.breach must be between 0 and 50 (got 60)`,
		`36:22: weight of outcome must be between 0 and 10 (got 11)`,
		`37:21: severity of orcon must be between 0 and 100 (got 150)`,
	}},
	{"ranges-threat", []string{
		`30:57: min_teams must be at least 1 (got -1)`,
		`31:18: lead_rounds must be between 0 and 20 (got -1)`,
		`32:17: leak_shift must be between 0 and 10 (got 11)`,
	}},
	{"rel-to-unknown-team", []string{
		`25:38: unknown team "zulu"; known: alpha, bravo`,
	}},
	{"rounds-over-limit", []string{
		`4:9: rounds is 201; the limit is 200`,
	}},
	{"rounds-zero", []string{
		`4:9: rounds must be at least 1 (got 0)`,
	}},
	{"rules-leak-chance-range", []string{
		`17:16: leak_chance is a probability between 0 and 1 (got 2)`,
	}},
	{"rules-trust-range", []string{
		`17:18: default_trust must be between 0 and 100 (got 101)`,
		`18:16: joint_trust must be between 0 and 100 (got -1)`,
	}},
	{"scoring-negative-weight", []string{
		`32:30: weight of trust must be between 0 and 10 (got -1)`,
	}},
	{"scoring-zero-weights", []string{
		`32:12: all scoring weights are zero; at least one dimension must count`,
	}},
	{"seat-unknown-team", []string{
		`7:3: seat for unknown team "bravoo"; did you mean "bravo"?`,
	}},
	{"syntax-error", []string{
		`3:8: could not find end character of double-quoted text`,
	}},
	{"team-ap-range", []string{
		`11:9: ap must be between 1 and 20 (got 25)`,
	}},
	{"team-bad-id", []string{
		`16:9: team id "Charlie" must use lowercase letters, digits and hyphens`,
	}},
	{"team-no-country", []string{
		`16:5: team "charlie" has no country`,
	}},
	{"team-no-id", []string{
		`16:5: team #3 has no id`,
	}},
	{"team-no-mandate", []string{
		`16:5: team "charlie" has no mandate (the topics it works on)`,
	}},
	{"team-no-name", []string{
		`16:5: team "charlie" has no name`,
	}},
	{"tear-line-unknown-facet", []string{
		`25:17: tear_line keeps facet "plot:when", which the item does not reveal`,
	}},
	{"threat-bad-id", []string{
		`26:9: threat id "the_plot" must use lowercase letters, digits and hyphens`,
	}},
	{"threat-no-facets", []string{
		`25:5: threat "plot" lists no facets; an assessment needs at least one`,
	}},
	{"threat-no-id", []string{
		`31:5: threat #2 has no id`,
	}},
	{"threat-no-name", []string{
		`26:5: threat "plot" has no name`,
	}},
	{"too-deep", []string{
		`2:36: the file is nested more than 32 levels deep`,
	}},
	{"trust-range", []string{
		`17:18: trust must be between 0 and 100 (got 150)`,
		`18:18: trust must be between 0 and 100 (got -5)`,
	}},
	{"trust-self", []string{
		`17:11: trust of "alpha" in itself is meaningless; remove it`,
	}},
	{"trust-unknown-column", []string{
		`17:11: trust of "alpha" in unknown team "bravoo"; did you mean "bravo"?`,
	}},
	{"trust-unknown-row", []string{
		`18:3: trust row for unknown team "zulu"; known: alpha, bravo`,
	}},
	{"two-documents", []string{
		`31:1: a scenario file holds one YAML document; remove the second '---' document`,
	}},
	{"type-ap", []string{
		`9:9: "ap" must be a whole number, not "five"`,
	}},
	{"type-overflow", []string{
		`4:9: "rounds": 99999999999999999999 is too large for a whole number (the largest is 9223372036854775807)`,
	}},
	{"type-root-list", []string{
		`2:1: the scenario must be a mapping, not a list`,
	}},
	{"type-rounds", []string{
		`4:9: "rounds" must be a whole number, not "twelve"`,
	}},
	{"type-teams-mapping", []string{
		`5:8: "teams" must be a list, not a mapping`,
	}},
	{"type-truth", []string{
		`25:12: "truth" must be true or false, not "maybe"`,
	}},
	{"unknown-capability", []string{
		`30:37: no team has capability "arest"; did you mean "arrest"?`,
	}},
	{"unknown-key-list", []string{
		`18:5: unknown key "colour"; expected one of: between, capacity, format, id, kind, latency, leak, max_class, name, outages, secure, short`,
	}},
	{"unknown-key", []string{
		`9:5: unknown key "profil"; did you mean "profile"?`,
	}},
	{"yaml-tag", []string{
		`3:8: YAML tag "!!str" is not supported in scenario files; remove it (quote the value if it must be text)`,
		`16:11: YAML tag "!!seq" is not supported in scenario files; remove it (quote the value if it must be text)`,
	}},
}

func TestParseBadFiles(t *testing.T) {
	for _, tc := range badFiles {
		t.Run(tc.file, func(t *testing.T) {
			path, data := readTestdata(t, "bad", tc.file+".yaml")
			s, diags := Parse(path, data)
			assert.Nil(t, s, "a file with errors yields no scenario")
			assert.Equal(t, tc.errs, located(diags.Errors()))
			assert.Empty(t, located(diags.Warnings()))
			for _, d := range diags {
				assert.Equal(t, path, d.File)
			}
			assertSourceLines(t, data, diags)

			// Load reports the same findings from disk and fails.
			ls, ldiags, err := Load(path)
			require.Error(t, err)
			assert.Nil(t, ls)
			assert.Equal(t, diags, ldiags)
			assert.Contains(t, err.Error(), path)
		})
	}
}

func TestBadFilesAllHaveARow(t *testing.T) {
	rows := map[string]bool{}
	for _, tc := range badFiles {
		assert.False(t, rows[tc.file], "duplicate row %s", tc.file)
		rows[tc.file] = true
	}
	entries, err := os.ReadDir(filepath.Join("testdata", "bad"))
	require.NoError(t, err)
	require.Len(t, entries, len(badFiles))
	for _, e := range entries {
		assert.True(t, rows[strings.TrimSuffix(e.Name(), ".yaml")], "testdata/bad/%s has no row in badFiles", e.Name())
	}
}

func TestParseReportsEveryErrorAtOnce(t *testing.T) {
	path, data := readTestdata(t, "bad", "many-errors.yaml")
	s, diags := Parse(path, data)
	require.Nil(t, s)
	errs := diags.Errors()
	require.Len(t, errs, 8)
	// Eight findings on seven different lines, from five different checks,
	// sorted by position.
	want := []struct {
		line, col int
		prefix    string
	}{
		{2, 5, `scenario id "Many Errors" must use`},
		{9, 13, `colour "blue" must be #rrggbb`},
		{18, 14, `a link joins exactly 2 teams (found 3)`},
		{18, 29, `team "alpha" is listed twice in this channel`},
		{23, 12, `class "SECERT" is not one of:`},
		{24, 16, `admiralty code "Z9"`},
		{32, 15, `deadline 7 is after the last round (4)`},
		{37, 23, `unknown item "tipp"; did you mean "tip"?`},
	}
	for i, w := range want {
		assert.Equal(t, w.line, errs[i].Line, w.prefix)
		assert.Equal(t, w.col, errs[i].Col, w.prefix)
		assert.True(t, strings.HasPrefix(errs[i].Message, w.prefix), "got %q, want prefix %q", errs[i].Message, w.prefix)
	}
	// The error value of Load renders all of them too.
	_, _, err := Load(path)
	require.Error(t, err)
	for _, w := range want {
		assert.Contains(t, err.Error(), fmt.Sprintf("%s:%d:%d: %s", path, w.line, w.col, w.prefix))
	}
}

// warnFiles load successfully but carry the listed warnings.
var warnFiles = []struct {
	file  string
	warns []string
}{
	{"item-format-unknown", []string{`25:13: format "pdf" is spoken by no team; every recipient will need to translate it`}},
	{"min-teams-capabilities", []string{`30:14: threat "plot" needs 2 teams in its operation but only 1 teams bring any required capability`}},
	{"need-before-available", []string{`29:27: item "report" is needed by round 2 but first appears in round 3`}},
	{"need-liaison-only", []string{`17:5: team "bravo" can receive item "tip" only if someone posts a liaison officer (no channel leads there)`}},
	{"insecure-high-class", []string{`17:57: an insecure channel carrying SECRET: every item above RESTRICTED sent over it is a breach; is it meant to be secure: true?`}},
	{"relto-omits-holder", []string{`22:23: rel_to does not name the originator "alpha"`, `25:15: team "alpha" holds "tip" but is not in its rel_to list`}},
	{"secure-leak", []string{`19:11: leak is ignored on a secure channel`}},
	{"threat-too-late", []string{`28:15: threat "plot" cannot be disrupted in time: facet "plot:who" first appears in round 3, and fusing and a joint operation need rounds 4 and 5, but the deadline is 4`}},
	{"topics-no-mandate", []string{`28:13: no team's mandate covers topics air; nobody needs this item by default`}},
}

func TestParseWarnings(t *testing.T) {
	for _, tc := range warnFiles {
		t.Run(tc.file, func(t *testing.T) {
			path, data := readTestdata(t, "warn", tc.file+".yaml")
			s, diags := Parse(path, data)
			require.NotNil(t, s, "warnings do not stop a scenario from loading: %v", diags)
			assert.Empty(t, located(diags.Errors()))
			assert.Equal(t, tc.warns, located(diags.Warnings()))
			for _, d := range diags {
				assert.Equal(t, SevWarning, d.Severity)
			}
			assertSourceLines(t, data, diags)
			assert.Equal(t, "mini", s.ID)

			ls, ldiags, err := Load(path)
			require.NoError(t, err)
			assert.Equal(t, s, ls)
			assert.Equal(t, diags, ldiags)
		})
	}
	entries, err := os.ReadDir(filepath.Join("testdata", "warn"))
	require.NoError(t, err)
	assert.Len(t, entries, len(warnFiles), "every file in testdata/warn needs a row in warnFiles")
}

func TestParseMiniIsValid(t *testing.T) {
	path, data := readTestdata(t, "mini.yaml")
	s, diags := Parse(path, data)
	require.Empty(t, diags)
	require.NotNil(t, s)
	assert.Equal(t, "mini", s.ID)
	assert.Equal(t, 4, s.Rounds)
	assert.Equal(t, []string{"alpha", "bravo"}, []string{s.Teams[0].ID, s.Teams[1].ID})
	// Defaults were applied.
	assert.Equal(t, "1 round", s.RoundLabel)
	assert.Equal(t, uint64(1), s.Seed)
	assert.Equal(t, 3, s.Teams[0].AP)
	assert.Equal(t, "alpha~bravo", s.Channels[0].ID)
	assert.Equal(t, "inject-1", s.Injects[0].ID)
	assert.Equal(t, []Need{{Team: "bravo", By: 3}}, s.Items[0].Need)
	assert.Equal(t, map[string]string{"alpha": "human", "bravo": "cooperative"}, s.Seats)
}

func TestParseLimits(t *testing.T) {
	cases := []struct {
		name string
		set  func(*Limits)
		errs []string
	}{
		{"teams", func(l *Limits) { l.MaxTeams = 1 }, []string{`6:3: 2 teams; the limit is 1`}},
		{"items", func(l *Limits) { l.MaxItems = 0 }, []string{`19:3: 1 items; the limit is 0`}},
		{"threats", func(l *Limits) { l.MaxThreats = 0 }, []string{`27:3: 1 threats; the limit is 0`}},
		{"injects", func(l *Limits) { l.MaxInjects = 0 }, []string{`33:3: 1 injects; the limit is 0`}},
		{"channels", func(l *Limits) { l.MaxChannels = 0 }, []string{`17:3: 1 channels; the limit is 0`}},
		{"rounds", func(l *Limits) { l.MaxRounds = 3 }, []string{`4:9: rounds is 4; the limit is 3`}},
		{"list", func(l *Limits) { l.MaxList = 1 }, []string{
			`10:14: $.teams[0].mandate has 2 entries; the limit is 1`,
			`17:14: $.channels[0].between has 2 entries; the limit is 1`,
			`31:29: $.threats[0].disrupt.capabilities has 2 entries; the limit is 1`,
		}},
		{"text", func(l *Limits) { l.MaxText = 10 }, []string{`21:11: text is 28 characters; the limit is 10`, `34:11: text is 18 characters; the limit is 10`}},
		{"nodes", func(l *Limits) { l.MaxNodes = 20 }, []string{`1:1: the file expands to more than 20 YAML nodes (check anchors and aliases)`}},
		{"depth", func(l *Limits) { l.MaxDepth = 3 }, []string{`9:19: the file is nested more than 3 levels deep`}},
		{"bytes", func(l *Limits) { l.MaxBytes = 100 }, []string{`1:1: the file is 667 bytes (0.00 MiB); scenario files are limited to 100 bytes (0.00 MiB)`}},
	}
	path, data := readTestdata(t, "mini.yaml")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lim := DefaultLimits
			tc.set(&lim)
			s, diags := parse(path, data, lim)
			assert.Nil(t, s)
			assert.Equal(t, tc.errs, located(diags))
		})
	}
}

func TestParseOversizedFile(t *testing.T) {
	_, mini := readTestdata(t, "mini.yaml")
	pad := func(n int) []byte {
		// Comment lines keep the file valid YAML of the right size.
		b := append([]byte{}, mini...)
		for len(b) < n {
			line := "# " + strings.Repeat("x", min(1000, n-len(b))) + "\n"
			b = append(b, line...)
		}
		return b[:n]
	}
	limit := DefaultLimits.MaxBytes
	require.Equal(t, 4<<20, limit)
	want := `1:1: the file is 4194305 bytes (4.00 MiB); scenario files are limited to 4194304 bytes (4.00 MiB)`

	big := pad(limit + 1)
	s, diags := Parse("big.yaml", big)
	assert.Nil(t, s)
	assert.Equal(t, []string{want}, located(diags))

	path := filepath.Join(t.TempDir(), "big.yaml")
	require.NoError(t, os.WriteFile(path, big, 0o644))
	s, diags, err := Load(path)
	require.Error(t, err)
	assert.Nil(t, s)
	assert.Equal(t, []string{want}, located(diags))
	assert.Contains(t, err.Error(), "scenario files are limited to 4194304 bytes")

	// A file of exactly the limit is read.
	exact := pad(limit - 1)
	exact = append(exact, '\n')
	require.Len(t, exact, limit)
	s, diags = Parse("exact.yaml", exact)
	require.Empty(t, diags)
	require.NotNil(t, s)
	assert.Equal(t, "mini", s.ID)
}

func TestParseEmptyInputs(t *testing.T) {
	const empty = `1:1: the file is empty; a scenario needs at least id, title, rounds, teams, items and threats`
	const second = `a scenario file holds one YAML document; remove the second '---' document`
	cases := []struct {
		name, src string
		errs      []string
	}{
		{"zero bytes", "", []string{empty}},
		{"blank lines", "\n\n  \n", []string{empty}},
		{"only a comment", "# nothing here\n", []string{empty}},
		{"only a document marker", "---\n", []string{empty}},
		{"trailing empty document", "id: a\n---\n", []string{"2:1: " + second}},
		{"second document after end marker", "id: a\n...\n---\nid: b\n", []string{"3:1: " + second}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, diags := Parse("x.yaml", []byte(tc.src))
			assert.Nil(t, s)
			assert.Equal(t, tc.errs, located(diags))
		})
	}
}

func TestDiagnosticString(t *testing.T) {
	cases := []struct {
		name string
		d    Diagnostic
		want string
	}{
		{
			name: "error with caret",
			d:    Diagnostic{File: "a.yaml", Line: 9, Col: 5, Severity: SevError, Message: "boom", Source: "    profil: x"},
			want: "a.yaml:9:5: boom\n    9 |     profil: x\n      |     ^",
		},
		{
			name: "warning prefix",
			d:    Diagnostic{File: "a.yaml", Line: 12, Col: 1, Severity: SevWarning, Message: "careful", Source: "id: x"},
			want: "a.yaml:12:1: warning: careful\n   12 | id: x\n      | ^",
		},
		{
			name: "tabs are kept so the caret lines up",
			d:    Diagnostic{File: "a.yaml", Line: 3, Col: 4, Severity: SevError, Message: "tab", Source: "a:\tb"},
			want: "a.yaml:3:4: tab\n    3 | a:\tb\n      |   \t^",
		},
		{
			name: "column past the end of the line",
			d:    Diagnostic{File: "a.yaml", Line: 1, Col: 4, Severity: SevError, Message: "eol", Source: "ab"},
			want: "a.yaml:1:4: eol\n    1 | ab\n      |    ^",
		},
		{
			name: "no source line",
			d:    Diagnostic{File: "a.yaml", Line: 1, Col: 1, Severity: SevError, Message: "too big"},
			want: "a.yaml:1:1: too big",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.d.String())
		})
	}
}

// caretColumn returns the 1-based rune column of the caret in a rendered
// diagnostic, counted in the source line's coordinates.
func caretColumn(t *testing.T, rendered string) (source string, col int) {
	t.Helper()
	lines := strings.Split(rendered, "\n")
	require.Len(t, lines, 3, rendered)
	_, src, ok := strings.Cut(lines[1], " | ")
	require.True(t, ok, rendered)
	_, caret, ok := strings.Cut(lines[2], " |")
	require.True(t, ok, rendered)
	// One space after the bar, then one pad rune per source rune before the caret.
	i := strings.IndexRune(caret, '^')
	require.GreaterOrEqual(t, i, 1, rendered)
	return src, len([]rune(caret[:i]))
}

func TestDiagnosticCaretUnderOffendingText(t *testing.T) {
	cases := []struct {
		name, src, at string
	}{
		{"unknown key", "bad/unknown-key.yaml", "profil"},
		{"bad colour", "bad/bad-colour.yaml", "red"},
		{"unknown item in deliver", "bad/deliver-unknown-item.yaml", "tipp"},
		{"trust out of range", "bad/trust-range.yaml", "150"},
		{"type error", "bad/type-rounds.yaml", "twelve"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path, data := readTestdata(t, strings.Split(tc.src, "/")...)
			_, diags := Parse(path, data)
			require.NotEmpty(t, diags)
			d := diags[0]
			out := d.String()
			assert.True(t, strings.HasPrefix(out, fmt.Sprintf("%s:%d:%d: %s\n", path, d.Line, d.Col, d.Message)), out)
			src, col := caretColumn(t, out)
			assert.Equal(t, d.Source, src)
			assert.Equal(t, d.Col, col)
			assert.True(t, strings.HasPrefix(string([]rune(src)[col-1:]), tc.at), "caret under %q in %q", tc.at, src)
		})
	}
}

func TestDiagnosticCaretCountsRunes(t *testing.T) {
	src := strings.Replace(string(mustRead(t, "bad", "bad-colour.yaml")),
		"  - id: alpha\n    name: Alpha\n    country: Aland\n    capabilities: [watch]\n    mandate: [sea]\n    colour: red\n",
		"  - {id: alpha, name: Ärger Ünïon, country: Åland, colour: red, capabilities: [watch], mandate: [sea]}\n", 1)
	require.Contains(t, src, "Ärger")
	_, diags := Parse("u.yaml", []byte(src))
	require.Equal(t, []string{`6:60: colour "red" must be #rrggbb`}, located(diags))
	line, col := caretColumn(t, diags[0].String())
	assert.Equal(t, 60, col)
	assert.Equal(t, "red", string([]rune(line)[col-1:col+2]))
}

func mustRead(t *testing.T, elem ...string) []byte {
	t.Helper()
	_, data := readTestdata(t, elem...)
	return data
}

func TestHint(t *testing.T) {
	many := setOf([]string{"a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8", "i9", "j10"})
	cases := []struct {
		id    string
		known map[string]bool
		want  string
	}{
		{"bravoo", setOf([]string{"alpha", "bravo"}), `; did you mean "bravo"?`},
		{"zulu", setOf([]string{"alpha", "bravo"}), `; known: alpha, bravo`},
		{"zzzzzz", many, `; known: a1, b2, c3, d4, e5, f6, g7, h8, … (10 in all)`},
		{"x", map[string]bool{}, ``},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, hint(tc.id, tc.known), tc.id)
	}
}

// clone deep-copies a scenario so tests can compare it with a modified
// copy. It goes through encoding/json, which (unlike YAML with omitempty)
// keeps the difference between a nil and an empty list.
func clone(t helperT, s *Scenario) *Scenario {
	t.Helper()
	b, err := json.Marshal(s)
	require.NoError(t, err)
	var c Scenario
	require.NoError(t, json.Unmarshal(b, &c))
	return &c
}

// equalJSON reports whether two values encode to the same JSON.
func equalJSON(t helperT, a, b any) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	require.NoError(t, err)
	jb, err := json.Marshal(b)
	require.NoError(t, err)
	return string(ja) == string(jb)
}

func TestParseCapsFindings(t *testing.T) {
	_, mini := readTestdata(t, "mini.yaml")
	facets := make([]string, 250)
	for i := range facets {
		facets[i] = fmt.Sprintf("ghost%d:who", i)
	}
	src := strings.Replace(string(mini), "    facets: [plot:who]\n    topics: [sea]",
		"    facets: [plot:who, "+strings.Join(facets, ", ")+"]\n    topics: [sea]", 1)
	require.NotEqual(t, string(mini), src)
	s, diags := Parse("capped.yaml", []byte(src))
	require.Nil(t, s)
	require.Len(t, diags, maxFindings+1)
	for _, d := range diags[:maxFindings] {
		assert.Contains(t, d.Message, `names unknown threat "ghost`)
	}
	last := diags[maxFindings]
	assert.Equal(t, SevError, last.Severity)
	assert.Equal(t, "1:1: 50 more problems were not listed (the first 200 are above); fix those and validate again", located(Diagnostics{last})[0])
}

func TestParseStopsAtSizeLimits(t *testing.T) {
	// A list over MaxList is reported, and nothing else is checked (the
	// unknown team and the missing title would otherwise be reported too).
	_, mini := readTestdata(t, "mini.yaml")
	topics := make([]string, DefaultLimits.MaxList+1)
	for i := range topics {
		topics[i] = fmt.Sprintf("t%d", i)
	}
	src := strings.Replace(string(mini), "    topics: [sea]", "    topics: ["+strings.Join(topics, ", ")+"]", 1)
	src = strings.Replace(src, "title: Mini\n", "", 1)
	src = strings.Replace(src, "origin: alpha", "origin: zulu", 1)
	s, diags := Parse("sizes.yaml", []byte(src))
	require.Nil(t, s)
	assert.Equal(t, []string{`23:13: $.items[0].topics has 257 entries; the limit is 256`}, located(diags))
}

func TestParseCapsUnknownKeys(t *testing.T) {
	_, mini := readTestdata(t, "mini.yaml")
	// 230 unknown keys, spread over three mappings: one mapping may hold
	// no more than MaxMappingKeys.
	extra := func(from, n int) string {
		var b strings.Builder
		for i := from; i < from+n; i++ {
			fmt.Fprintf(&b, "    extra%d: x\n", i)
		}
		return b.String()
	}
	src := strings.Replace(string(mini), "    country: Aland\n", "    country: Aland\n"+extra(0, 90), 1)
	src = strings.Replace(src, "    country: Bland\n", "    country: Bland\n"+extra(90, 90), 1)
	src = strings.Replace(src, "    name: Plot\n", "    name: Plot\n"+extra(180, 50), 1)
	s, diags := Parse("keys.yaml", []byte(src))
	require.Nil(t, s)
	require.Len(t, diags, maxFindings+1)
	assert.Equal(t, `9:5: unknown key "extra0"; expected one of: ap, capabilities, clearance, colour, country, culture, format, id, legal, liaison_slots, liaisons, mandate, name, profile, reads, short`, located(diags[:1])[0])
	assert.Equal(t, "1:1: 30 more problems were not listed (the first 200 are above); fix those and validate again", located(diags[maxFindings:])[0])
}

func TestParseLineEndings(t *testing.T) {
	_, lf := readTestdata(t, "bad", "many-errors.yaml")
	_, want := Parse("x.yaml", lf)
	require.Len(t, want, 8)
	// A multi-line quoted title before the errors: go-yaml alone would count
	// its CR LF twice and shift every later line.
	quoted := strings.Replace(string(lf), "title: Many\n", "title: \"Many\n  errors\"\n", 1)
	_, wantQuoted := Parse("x.yaml", []byte(quoted))
	require.Len(t, wantQuoted, 8)
	assert.Equal(t, want[1].Line+1, wantQuoted[1].Line)
	for _, tc := range []struct {
		name string
		src  string
		want Diagnostics
	}{
		{"CR LF", strings.ReplaceAll(string(lf), "\n", "\r\n"), want},
		{"lone CR", strings.ReplaceAll(string(lf), "\n", "\r"), want},
		{"CR LF inside a quoted scalar", strings.ReplaceAll(quoted, "\n", "\r\n"), wantQuoted},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got := Parse("x.yaml", []byte(tc.src))
			assert.Equal(t, located(tc.want), located(got))
			for i := range got {
				assert.Equal(t, tc.want[i].Source, got[i].Source)
			}
		})
	}
}

// TestFirstRoundsSharedIDs checks that firstRounds agrees with
// FirstAvailable even on items that share an id (which the validator
// refuses, but ApplyDefaults may still be given).
func TestFirstRoundsSharedIDs(t *testing.T) {
	held := Item{ID: "x", HeldBy: []string{"a"}}
	delivered := Item{ID: "x"}
	deliver := []Inject{{At: 3, Effect: Effect{Deliver: &Delivery{Item: "x", To: []string{"a"}}}}}
	for _, items := range [][]Item{{held, delivered}, {delivered, held}, {delivered, delivered}} {
		s := &Scenario{Rounds: 5, Items: items, Injects: deliver}
		assert.Equal(t, FirstAvailable(s, "x"), firstRounds(s)["x"])
		s.Injects = nil
		assert.Equal(t, FirstAvailable(s, "x"), firstRounds(s)["x"])
	}
}

// TestIDCheckersMatchTheirPatterns checks the hand-written id and Admiralty
// checks against the patterns docs/authoring.md and the schema state.
func TestIDCheckersMatchTheirPatterns(t *testing.T) {
	id := regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	channelID := regexp.MustCompile(`^[a-z0-9][a-z0-9~-]*$`)
	admiralty := regexp.MustCompile(`^[A-F][1-6]$`)
	alphabet := []string{"a", "z", "0", "9", "-", "~", "A", "F", "G", "1", "6", "7", "_", " ", "é", "\n", ""}
	var texts []string
	for _, a := range alphabet {
		for _, b := range alphabet {
			for _, c := range alphabet {
				texts = append(texts, a+b+c)
			}
		}
	}
	texts = append(texts, "nordvik-sss", "a~b", "-a", "~a", "B2", "harbour-watch\n")
	for _, s := range texts {
		assert.Equal(t, id.MatchString(s), isID(s, ""), "%q", s)
		assert.Equal(t, channelID.MatchString(s), isID(s, "~"), "%q", s)
		assert.Equal(t, admiralty.MatchString(s), isAdmiralty(s), "%q", s)
	}
}
