package report

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loopback starts a test server on 127.0.0.1 with handler h.
func loopback(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	s := httptest.NewServer(h)
	t.Cleanup(s.Close)
	require.True(t, strings.HasPrefix(s.URL, "http://127.0.0.1:"), "test servers listen on loopback only")
	return s
}

// elsewhere is a server that must never be reached: it counts requests and
// whether any carried credentials, and answers 200 with the ids it got, so
// a client that followed a redirect to it would believe it succeeded.
type elsewhere struct {
	hits, withAuth atomic.Int32
	*httptest.Server
}

func newElsewhere(t *testing.T) *elsewhere {
	e := &elsewhere{}
	e.Server = loopback(t, func(w http.ResponseWriter, r *http.Request) {
		e.hits.Add(1)
		if r.Header.Get("Authorization") != "" {
			e.withAuth.Add(1)
		}
		var batch []Statement
		_ = json.NewDecoder(r.Body).Decode(&batch)
		ids := []string{}
		for _, s := range batch {
			ids = append(ids, s.ID)
		}
		_ = json.NewEncoder(w).Encode(ids)
	})
	return e
}

func TestLRSDoesNotFollowRedirects(t *testing.T) {
	stmts := goldenStatements(t)[:5]
	other := newElsewhere(t)
	otherURL := strings.Replace(other.URL, "http://", "http://mallory:hunter2@", 1) + "/xapi/statements"
	tests := []struct {
		name     string
		status   int
		location func(self string) string
		want     string
	}{
		{"302 to a GET page on the same server", http.StatusFound, func(self string) string { return "/landing" },
			"HTTP 302, a redirect to http://127.0.0.1:"},
		{"303 to a GET page", http.StatusSeeOther, func(self string) string { return self + "/landing" }, "HTTP 303"},
		{"307 to another port", http.StatusTemporaryRedirect, func(string) string { return otherURL }, "HTTP 307, a redirect to http://***@127.0.0.1:"},
		{"308 to another port", http.StatusPermanentRedirect, func(string) string { return otherURL }, "HTTP 308"},
		{"307 to the same server", http.StatusTemporaryRedirect, func(self string) string { return self + "/xapi/statements/" }, "HTTP 307"},
		{"302 without a Location", http.StatusFound, func(string) string { return "" }, "a redirect to nowhere"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var posts, gets atomic.Int32
			var self string
			srv := loopback(t, func(w http.ResponseWriter, r *http.Request) {
				if r.Method == http.MethodGet {
					gets.Add(1)
					fmt.Fprint(w, "<html>welcome</html>")
					return
				}
				if posts.Add(1) > 1 {
					_ = json.NewEncoder(w).Encode([]string{})
					return
				}
				if loc := tc.location(self); loc != "" {
					w.Header().Set("Location", loc)
				}
				w.WriteHeader(tc.status)
			})
			self = srv.URL
			c := &LRS{Endpoint: srv.URL + "/xapi/", Username: "instructor", Password: "s3cret"}
			n, err := c.Send(context.Background(), stmts)
			require.Error(t, err)
			var re *RedirectError
			require.True(t, errors.As(err, &re), err.Error())
			assert.Equal(t, tc.status, re.Status)
			assert.Zero(t, n, "nothing is reported stored")
			assert.Contains(t, err.Error(), tc.want)
			assert.Contains(t, err.Error(), "statements 1–5 of 5")
			assert.NotContains(t, err.Error(), "hunter2")
			assert.NotContains(t, err.Error(), "s3cret")
			assert.EqualValues(t, 1, posts.Load(), "posted once, not re-posted")
			assert.Zero(t, gets.Load(), "the redirect was not followed with a GET")
			assert.Zero(t, other.hits.Load(), "nothing went to the other server")
			assert.Zero(t, other.withAuth.Load(), "no credentials went to the other server")
		})
	}
}

// TestLRSRedirectsRefusedWithTheCallersClient: a caller's own client, even
// one set to follow redirects, does not make the LRS client follow them.
func TestLRSRedirectsRefusedWithTheCallersClient(t *testing.T) {
	other := newElsewhere(t)
	srv := loopback(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/xapi/statements", http.StatusTemporaryRedirect)
	})
	follow := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return nil }}
	c := &LRS{Endpoint: srv.URL + "/xapi", Username: "instructor", Password: "s3cret", Client: follow}
	_, err := c.Send(context.Background(), goldenStatements(t)[:2])
	var re *RedirectError
	require.True(t, errors.As(err, &re), "%v", err)
	assert.Zero(t, other.hits.Load())
	assert.NotNil(t, follow.CheckRedirect, "the caller's client is not modified")
}

func TestLRSChecksTheReplyListsTheIDsSent(t *testing.T) {
	stmts := goldenStatements(t)[:12]
	ids := func(batch []Statement) []string {
		out := []string{}
		for _, s := range batch {
			out = append(out, s.ID)
		}
		return out
	}
	tests := []struct {
		name   string
		answer func(w http.ResponseWriter, batch []Statement)
		want   string
	}{
		{"one id missing", func(w http.ResponseWriter, b []Statement) { _ = json.NewEncoder(w).Encode(ids(b)[1:]) },
			"lacks 1 of the 5 statement ids sent (the first: " + stmts[5].ID + ")"},
		{"empty array", func(w http.ResponseWriter, b []Statement) { fmt.Fprint(w, "[]") }, "lacks 5 of the 5"},
		{"another id", func(w http.ResponseWriter, b []Statement) {
			_ = json.NewEncoder(w).Encode(append(ids(b), "00000000-0000-4000-8000-000000000000"))
		}, `lists 1 id(s) not sent or listed twice (the first: "00000000-0000-4000-8000-000000000000")`},
		{"an id twice", func(w http.ResponseWriter, b []Statement) { _ = json.NewEncoder(w).Encode(append(ids(b), b[0].ID)) }, "listed twice"},
		{"an HTML page", func(w http.ResponseWriter, b []Statement) { fmt.Fprint(w, "<html><body>Welcome\x1b[2J</body></html>") },
			`its reply is "<html><body>Welcome\x1b[2J</body></html>", not the JSON array of statement ids`},
		{"empty body", func(w http.ResponseWriter, b []Statement) {}, "its reply is empty, not the JSON array"},
		{"null", func(w http.ResponseWriter, b []Statement) { fmt.Fprint(w, "null") }, "not the JSON array"},
		{"204", func(w http.ResponseWriter, b []Statement) { w.WriteHeader(http.StatusNoContent) }, "HTTP 204 but its reply is empty"},
		{"202 with the ids", func(w http.ResponseWriter, b []Statement) {
			w.WriteHeader(http.StatusAccepted)
			_ = json.NewEncoder(w).Encode(ids(b))
		}, "xAPI answers a POST of statements with 200"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var posts atomic.Int32
			srv := loopback(t, func(w http.ResponseWriter, r *http.Request) {
				var batch []Statement
				assert.NoError(t, json.NewDecoder(r.Body).Decode(&batch))
				if posts.Add(1) == 1 {
					_ = json.NewEncoder(w).Encode(ids(batch))
					return
				}
				tc.answer(w, batch)
			})
			c := &LRS{Endpoint: srv.URL + "/xapi", Batch: 5}
			n, err := c.Send(context.Background(), stmts)
			var re *ReplyError
			require.True(t, errors.As(err, &re), "%v", err)
			assert.Equal(t, 5, n, "only the first, confirmed batch counts")
			assert.Contains(t, err.Error(), "statements 6–10 of 12")
			assert.Contains(t, err.Error(), tc.want)
			assert.NotContains(t, err.Error(), "\x1b")
			assert.EqualValues(t, 2, posts.Load(), "nothing sent after an unconfirmed batch")
		})
	}
}

func TestLRSAcceptsIDsInAnyOrderAndCase(t *testing.T) {
	stmts := goldenStatements(t)[:4]
	srv := loopback(t, func(w http.ResponseWriter, r *http.Request) {
		var batch []Statement
		assert.NoError(t, json.NewDecoder(r.Body).Decode(&batch))
		out := []string{}
		for i := len(batch) - 1; i >= 0; i-- {
			out = append(out, strings.ToUpper(batch[i].ID))
		}
		_ = json.NewEncoder(w).Encode(out)
	})
	n, err := (&LRS{Endpoint: srv.URL}).Send(context.Background(), stmts)
	require.NoError(t, err)
	assert.Equal(t, 4, n)
}

func TestLRSNeverShowsURLCredentials(t *testing.T) {
	stmts := goldenStatements(t)[:3]
	lrs := newFakeLRS(t)
	withCreds := strings.Replace(lrs.URL, "http://", "http://instructor:s3cret@", 1) + "/xapi/"
	n, err := (&LRS{Endpoint: withCreds}).Send(context.Background(), stmts)
	require.NoError(t, err, "the URL's credentials are used when no user and password are given")
	assert.Equal(t, 3, n)

	wrongCreds := strings.Replace(lrs.URL, "http://", "http://instructor:wr0ng@", 1) + "/xapi/"
	closed := loopback(t, func(http.ResponseWriter, *http.Request) {})
	closedURL := strings.Replace(closed.URL, "http://", "http://instructor:wr0ng@", 1)
	closed.Close()
	for _, endpoint := range []string{
		wrongCreds,                          // 401
		closedURL,                           // connection refused
		"http://instructor:wr0ng@bad host/", // does not parse
		"http://instructor:wr0ng@[::1/",     // does not parse
		"ftp://instructor:wr0ng@lrs/",       // not http
	} {
		_, err := (&LRS{Endpoint: endpoint}).Send(context.Background(), stmts)
		require.Error(t, err, endpoint)
		assert.NotContains(t, err.Error(), "wr0ng", endpoint)
	}
}

func TestLRSErrorsEscapeControlCharacters(t *testing.T) {
	stmts := goldenStatements(t)[:2]
	for _, body := range []string{
		`{"message":"bad \u001b]0;pwned\u0007 statement \u009b2J"}`,
		"plain text \x1b]0;pwned\x07 \x1b[2J\r\n",
	} {
		srv := loopback(t, func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, body)
		})
		_, err := (&LRS{Endpoint: srv.URL}).Send(context.Background(), stmts)
		var re *RefusedError
		require.True(t, errors.As(err, &re), "%v", err)
		msg := err.Error()
		assert.Contains(t, msg, `\x1b]0;pwned\a`)
		assert.False(t, strings.ContainsAny(msg, "\x1b\x07\u009b\r"), "raw control characters in %q", msg)
	}
}

func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://lrs.example/xapi/", "https://lrs.example/xapi/"},
		{"https://key:secret@lrs.example:8443/xapi/?a=b", "https://***@lrs.example:8443/xapi/?a=b"},
		{"https://key@lrs.example/xapi/", "https://***@lrs.example/xapi/"},
		{"https://lrs.example/users/@me", "https://lrs.example/users/@me"},
		{"http://user:secret@bad host/", "http://***@bad host/"},
		{"http://user:sec@ret@[::1/", "http://***@[::1/"},
		{"https://lrs.example/\x1b]0;x\x07", `https://lrs.example/\x1b]0;x\a`},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, RedactURL(tc.in), tc.in)
	}
}
