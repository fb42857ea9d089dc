package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/report"
)

// editRecord rewrites a copy of the record at path with edit applied to its
// decoded JSON and returns the copy's path.
func editRecord(t *testing.T, path string, edit func(r map[string]any)) string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var r map[string]any
	require.NoError(t, json.Unmarshal(data, &r))
	edit(r)
	out, err := json.Marshal(r)
	require.NoError(t, err)
	p := filepath.Join(t.TempDir(), "edited.json")
	require.NoError(t, os.WriteFile(p, out, 0o600))
	return p
}

func TestReplayVerifiesARecord(t *testing.T) {
	rec := simRecord(t)
	code, stdout, stderr := reportCLI("replay", rec)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "verified: final state hash matches the record")
}

func TestRecordScenarioFileMustBeAScenario(t *testing.T) {
	rec := simRecord(t)
	for _, name := range []string{"/dev/zero", "/proc/self/environ", "/etc/passwd", "", "x\x1b]0;pwned\x07"} {
		bad := editRecord(t, rec, func(r map[string]any) { r["scenario_file"] = name })
		for _, cmd := range []string{"replay", "report"} {
			code, stdout, stderr := reportCLI(cmd, bad)
			assert.Equal(t, 1, code, "%s %q", cmd, name)
			assert.Empty(t, stdout)
			if name == "" {
				assert.Contains(t, stderr, "does not name its scenario file; give it with --scenario")
				continue
			}
			assert.Contains(t, stderr, "which is not a .yaml scenario file; give the scenario with --scenario", "%s %q", cmd, name)
			assert.NotContains(t, stderr, "\x1b")
		}
	}
	// --scenario overrides the name in the record.
	bad := editRecord(t, rec, func(r map[string]any) { r["scenario_file"] = "/dev/zero" })
	code, _, stderr := reportCLI("replay", "-q", bad, "--scenario", "harbour-watch")
	assert.Equal(t, 0, code, stderr)
}

func TestReplayRefusesSeatsThatDoNotFit(t *testing.T) {
	rec := simRecord(t)
	tests := []struct {
		name string
		edit func(seat map[string]any)
		want string
	}{
		{"path as a team", func(s map[string]any) { s["team"] = "../../etc/passwd" }, `seat 1 is for team "../../etc/passwd", which scenario "harbour-watch" does not have`},
		{"unknown team", func(s map[string]any) { s["team"] = "atlantis" }, `team "atlantis"`},
		{"bad seat kind", func(s map[string]any) { s["player"] = "root" }, `is played by "root", neither a person nor a bot this version knows`},
		{"escape in the kind", func(s map[string]any) { s["player"] = "\x1b[2J" }, `is played by "\x1b[2J"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bad := editRecord(t, rec, func(r map[string]any) { tc.edit(r["seats"].([]any)[0].(map[string]any)) })
			for _, cmd := range []string{"replay", "report"} {
				code, stdout, stderr := reportCLI(cmd, bad)
				assert.Equal(t, 1, code, cmd)
				assert.NotContains(t, stdout, "verified", cmd)
				assert.Contains(t, stderr, tc.want, cmd)
				assert.NotContains(t, stderr, "\x1b", cmd)
			}
		})
	}
}

func TestReportRoundDurationBounds(t *testing.T) {
	rec := simRecord(t)
	for _, tc := range []struct{ arg, want string }{
		{"--round-duration=-5h", "--round-duration is -5h0m0s: a round cannot last a negative time"},
		{"--round-duration=721h", "--round-duration is 721h0m0s: a round may last at most 720h0m0s (30 days)"},
		{"--round-duration=2000000h", "a round may last at most 720h0m0s"},
	} {
		code, stdout, stderr := reportCLI("report", rec, "-f", "xapi", "--start", "2026-05-04T09:00:00Z", tc.arg)
		assert.Equal(t, 1, code, tc.arg)
		assert.Empty(t, stdout, tc.arg)
		assert.Contains(t, stderr, tc.want, tc.arg)
	}
	code, _, stderr := reportCLI("report", rec, "-f", "xapi", "--start", "9999-12-01T00:00:00Z", "--round-duration=720h")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "ends after the year 9999")
	code, _, stderr = reportCLI("report", rec, "-f", "xapi", "--start", "2026-05-04T09:00:00Z", "--round-duration=720h")
	assert.Equal(t, 0, code, stderr)
}

// hostileLRS answers every batch as an LRS that is hostile or misconfigured
// would: with the status and body answer gives, after checking that the
// credentials sent are the expected ones.
func hostileLRS(t *testing.T, answer func(w http.ResponseWriter, batch []report.Statement)) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "inst" || p != "s3cret" {
			http.Error(w, `{"message":"unauthorised"}`, http.StatusUnauthorized)
			return
		}
		var batch []report.Statement
		if err := json.NewDecoder(r.Body).Decode(&batch); err != nil {
			http.Error(w, `{"message":"bad batch"}`, http.StatusBadRequest)
			return
		}
		answer(w, batch)
	}))
	t.Cleanup(srv.Close)
	require.True(t, strings.HasPrefix(srv.URL, "http://127.0.0.1:"))
	return srv
}

func TestReportLRSNeverPrintsCredentialsOrControlCharacters(t *testing.T) {
	rec := simRecord(t)
	confirm := func(w http.ResponseWriter, batch []report.Statement) {
		ids := []string{}
		for _, s := range batch {
			ids = append(ids, s.ID)
		}
		_ = json.NewEncoder(w).Encode(ids)
	}
	other := hostileLRS(t, confirm)
	tests := []struct {
		name   string
		answer func(w http.ResponseWriter, batch []report.Statement)
		code   int
		want   string
	}{
		{"success", confirm, 0, "posted "},
		{"refusal with escapes", func(w http.ResponseWriter, _ []report.Statement) {
			http.Error(w, `{"message":"no \u001b]0;pwned\u0007 thanks"}`, http.StatusBadRequest)
		}, 1, `no \x1b]0;pwned\a thanks`},
		{"302 to a page", func(w http.ResponseWriter, _ []report.Statement) {
			w.Header().Set("Location", "/welcome")
			w.WriteHeader(http.StatusFound)
		}, 1, "HTTP 302, a redirect to http://127.0.0.1:"},
		{"307 elsewhere", func(w http.ResponseWriter, _ []report.Statement) {
			w.Header().Set("Location", strings.Replace(other.URL, "http://", "http://inst:s3cret@", 1)+"/xapi/statements")
			w.WriteHeader(http.StatusTemporaryRedirect)
		}, 1, "HTTP 307, a redirect to http://***@127.0.0.1:"},
		{"200 without ids", func(w http.ResponseWriter, _ []report.Statement) { fmt.Fprint(w, "<html>ok</html>") }, 1,
			"not the JSON array of statement ids"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := hostileLRS(t, tc.answer)
			endpoint := strings.Replace(srv.URL, "http://", "http://inst:s3cret@", 1) + "/xapi/"
			code, stdout, stderr := reportCLI("report", rec, "-f", "xapi", "--start", "2026-05-04T09:00:00Z", "--lrs", endpoint)
			assert.Equal(t, tc.code, code, stderr)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, tc.want)
			assert.Contains(t, stderr, "http://***@127.0.0.1:", "the LRS is named, masked")
			assert.NotContains(t, stderr, "s3cret")
			assert.NotContains(t, stderr, "\x1b")
			assert.NotContains(t, stderr, "\x07")
		})
	}
}
