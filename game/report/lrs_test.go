package report

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeLRS is an xAPI statements resource on 127.0.0.1 that checks what a
// client must send and records every batch.
type fakeLRS struct {
	t       *testing.T
	mu      sync.Mutex
	batches [][]Statement
	refuse  string // statement id to refuse with 400
	*httptest.Server
}

func newFakeLRS(t *testing.T) *fakeLRS {
	f := &fakeLRS{t: t}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	require.True(t, strings.HasPrefix(f.URL, "http://127.0.0.1:"), "the test LRS listens on loopback only")
	return f
}

func (f *fakeLRS) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/xapi/statements" {
		http.Error(w, `{"message":"not found"}`, http.StatusNotFound)
		return
	}
	if v := r.Header.Get("X-Experience-API-Version"); v != "1.0.3" {
		http.Error(w, fmt.Sprintf(`{"message":"X-Experience-API-Version %q"}`, v), http.StatusBadRequest)
		return
	}
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		http.Error(w, `{"message":"content type"}`, http.StatusBadRequest)
		return
	}
	if u, p, ok := r.BasicAuth(); !ok || u != "instructor" || p != "s3cret" {
		w.Header().Set("WWW-Authenticate", `Basic realm="LRS"`)
		http.Error(w, `{"message":"bad credentials"}`, http.StatusUnauthorized)
		return
	}
	var batch []Statement
	if err := json.NewDecoder(r.Body).Decode(&batch); err != nil {
		http.Error(w, `{"message":"body is not a statement array"}`, http.StatusBadRequest)
		return
	}
	ids := make([]string, len(batch))
	for i, s := range batch {
		if s.ID == f.refuse {
			http.Error(w, fmt.Sprintf(`{"error":true,"message":"Statement %s: verb not in the profile"}`, s.ID), http.StatusBadRequest)
			return
		}
		ids[i] = s.ID
	}
	f.mu.Lock()
	f.batches = append(f.batches, batch)
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(ids)
}

func (f *fakeLRS) stored() []Statement {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []Statement
	for _, b := range f.batches {
		out = append(out, b...)
	}
	return out
}

func goldenStatements(t *testing.T) []Statement {
	t.Helper()
	stmts, err := Statements(harbourAAR(t), XAPIOptions{Start: goldenStart})
	require.NoError(t, err)
	return stmts
}

func TestLRSPostsInBatchesWithAuthAndVersion(t *testing.T) {
	lrs := newFakeLRS(t)
	stmts := goldenStatements(t)
	c := &LRS{Endpoint: lrs.URL + "/xapi/", Username: "instructor", Password: "s3cret", Batch: 25}
	n, err := c.Send(context.Background(), stmts)
	require.NoError(t, err)
	assert.Equal(t, len(stmts), n)
	require.Len(t, lrs.batches, (len(stmts)+24)/25)
	for i, b := range lrs.batches {
		assert.LessOrEqual(t, len(b), 25, "batch %d", i)
	}
	got := lrs.stored()
	require.Len(t, got, len(stmts))
	for i := range stmts {
		assert.Equal(t, stmts[i].ID, got[i].ID, "order kept")
	}
}

func TestLRSEndpointMayNameTheStatementsResource(t *testing.T) {
	lrs := newFakeLRS(t)
	stmts := goldenStatements(t)[:3]
	c := &LRS{Endpoint: lrs.URL + "/xapi/statements", Username: "instructor", Password: "s3cret"}
	n, err := c.Send(context.Background(), stmts)
	require.NoError(t, err)
	assert.Equal(t, 3, n)
	require.Len(t, lrs.batches, 1, "default batch holds them all")
}

func TestLRSRefusalNamesTheStatement(t *testing.T) {
	lrs := newFakeLRS(t)
	stmts := goldenStatements(t)
	lrs.refuse = stmts[33].ID
	c := &LRS{Endpoint: lrs.URL + "/xapi", Username: "instructor", Password: "s3cret", Batch: 10}
	n, err := c.Send(context.Background(), stmts)
	require.Error(t, err)
	assert.Equal(t, 30, n, "the three batches before the refused one were stored")
	var re *RefusedError
	require.True(t, errors.As(err, &re), err.Error())
	assert.Equal(t, http.StatusBadRequest, re.Status)
	assert.Equal(t, 31, re.First)
	assert.Equal(t, 40, re.Last)
	assert.Equal(t, 34, re.Index)
	assert.Equal(t, stmts[33].ID, re.StatementID)
	assert.Contains(t, err.Error(), "verb not in the profile")
	assert.Contains(t, err.Error(), "statement is #34")
	assert.Len(t, lrs.stored(), 30)
}

func TestLRSBadCredentials(t *testing.T) {
	lrs := newFakeLRS(t)
	c := &LRS{Endpoint: lrs.URL + "/xapi", Username: "instructor", Password: "wrong"}
	n, err := c.Send(context.Background(), goldenStatements(t))
	require.Error(t, err)
	assert.Zero(t, n)
	assert.Contains(t, err.Error(), "HTTP 401")
	assert.Contains(t, err.Error(), "--lrs-password")
}

func TestLRSSendsNothingInvalid(t *testing.T) {
	lrs := newFakeLRS(t)
	stmts := goldenStatements(t)[:5]
	stmts[2].Verb.ID = "shared"
	c := &LRS{Endpoint: lrs.URL + "/xapi", Username: "instructor", Password: "s3cret"}
	_, err := c.Send(context.Background(), stmts)
	require.ErrorContains(t, err, "statement 3 of 5 is invalid")
	assert.Empty(t, lrs.stored())
	_, err = (&LRS{Endpoint: "ftp://lrs"}).Send(context.Background(), stmts)
	require.ErrorContains(t, err, "not an http(s) URL")
}
