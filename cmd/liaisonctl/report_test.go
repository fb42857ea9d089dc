package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/report"
)

// reportCLI runs liaisonctl with args and returns its exit code and output.
func reportCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// simRecord plays one harbour-watch game with sim --record and returns its path.
func simRecord(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	code, _, stderr := reportCLI("sim", "harbour-watch", "--games", "1", "--seed", "7", "--record", dir)
	require.Equal(t, 0, code, stderr)
	path := filepath.Join(dir, "harbour-watch-default-seed7.json")
	require.FileExists(t, path)
	return path
}

func TestReportEveryFormat(t *testing.T) {
	rec := simRecord(t)
	out := t.TempDir()
	for _, f := range []string{"md", "html", "json", "csv", "xapi"} {
		path := filepath.Join(out, "aar."+f)
		code, stdout, stderr := reportCLI("report", rec, "--format", f, "-o", path, "--start", "2026-05-04T09:00:00Z")
		require.Equal(t, 0, code, "%s: %s", f, stderr)
		assert.Empty(t, stdout)
		assert.Contains(t, stderr, "wrote "+path)
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		switch f {
		case "md":
			assert.True(t, strings.HasPrefix(string(data), "# After-action review: Harbour Watch"))
		case "html":
			assert.True(t, strings.HasPrefix(string(data), "<!DOCTYPE html>"))
			assert.Equal(t, 4, strings.Count(string(data), "<svg "))
		case "json":
			var a report.AAR
			require.NoError(t, json.Unmarshal(data, &a))
			assert.Equal(t, report.Format, a.Format)
			assert.Equal(t, report.Version, a.Version)
			assert.Equal(t, uint64(7), a.Game.Seed)
		case "csv":
			rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
			require.NoError(t, err)
			assert.Equal(t, report.CSVHeader, rows[0])
			assert.Greater(t, len(rows), 100)
		case "xapi":
			var stmts []report.Statement
			require.NoError(t, json.Unmarshal(data, &stmts))
			require.NotEmpty(t, stmts)
			assert.Equal(t, "2026-05-04T09:00:00.000Z", stmts[0].Timestamp)
			for _, s := range stmts {
				assert.NoError(t, report.Validate(s))
			}
		}
	}
}

func TestReportToStandardOutput(t *testing.T) {
	rec := simRecord(t)
	code, stdout, stderr := reportCLI("report", rec, "-f", "md")
	require.Equal(t, 0, code, stderr)
	assert.True(t, strings.HasPrefix(stdout, "# After-action review: Harbour Watch"))
	code, stdout, stderr = reportCLI("report", rec) // html by default
	require.Equal(t, 0, code, stderr)
	assert.True(t, strings.HasPrefix(stdout, "<!DOCTYPE html>"))
}

func TestReportXAPIStartDefaultsToRecordTime(t *testing.T) {
	rec := simRecord(t)
	st, err := os.Stat(rec)
	require.NoError(t, err)
	code, stdout, stderr := reportCLI("report", rec, "-f", "xapi", "--round-duration", "30m")
	require.Equal(t, 0, code, stderr)
	var stmts []report.Statement
	require.NoError(t, json.Unmarshal([]byte(stdout), &stmts))
	assert.Equal(t, st.ModTime().UTC().Truncate(1e9).Format("2006-01-02T15:04:05.000Z"), stmts[0].Timestamp)
	last := stmts[len(stmts)-1]
	assert.Regexp(t, `^PT\d+H(30M)?$`, last.Result.Duration, "rounds of 30 minutes")
}

func TestReportPostsToLRS(t *testing.T) {
	rec := simRecord(t)
	var posts, stored atomic.Int64
	lrs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if !ok || user != "inst" || pass != "pw" || r.Header.Get("X-Experience-API-Version") != "1.0.3" || r.URL.Path != "/xapi/statements" {
			http.Error(w, `{"message":"unauthorised"}`, http.StatusUnauthorized)
			return
		}
		var batch []report.Statement
		if err := json.NewDecoder(r.Body).Decode(&batch); err != nil || len(batch) > 20 {
			http.Error(w, `{"message":"bad batch"}`, http.StatusBadRequest)
			return
		}
		posts.Add(1)
		stored.Add(int64(len(batch)))
		ids := []string{}
		for _, s := range batch {
			ids = append(ids, s.ID)
		}
		_ = json.NewEncoder(w).Encode(ids)
	}))
	defer lrs.Close()
	code, stdout, stderr := reportCLI("report", rec, "-f", "xapi", "--start", "2026-05-04T09:00:00Z",
		"--lrs", lrs.URL+"/xapi/", "--lrs-user", "inst", "--lrs-password", "pw", "--batch", "20")
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout, "posting alone writes no file")
	assert.Contains(t, stderr, "posted ")
	assert.Positive(t, stored.Load())
	assert.Equal(t, (stored.Load()+19)/20, posts.Load())

	code, _, stderr = reportCLI("report", rec, "-f", "xapi", "--lrs", lrs.URL+"/xapi/", "--lrs-user", "inst", "--lrs-password", "nope")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "HTTP 401")
	assert.Contains(t, stderr, "0 of ")
}

func TestReportRefusals(t *testing.T) {
	rec := simRecord(t)
	code, _, stderr := reportCLI("report", rec, "-f", "html", "--lrs", "http://127.0.0.1:1/xapi")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "--lrs posts xAPI statements")
	code, _, stderr = reportCLI("report", rec, "-f", "pdf")
	assert.NotEqual(t, 0, code)
	assert.Contains(t, stderr, "pdf")
	code, _, stderr = reportCLI("report", filepath.Join(t.TempDir(), "missing.json"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "missing.json")
	code, _, stderr = reportCLI("report", rec, "-f", "xapi", "--start", "yesterday")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "RFC 3339")
	code, _, stderr = reportCLI("report", rec, "--scenario", "tutorial")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "scenario changed")
}

func TestReportDefaultBaseIRIMatchesPackage(t *testing.T) {
	rec := simRecord(t)
	code, stdout, stderr := reportCLI("report", rec, "-f", "xapi", "--start", "2026-05-04T09:00:00Z")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, `"homePage": "`+report.DefaultBaseIRI+`"`)
}
