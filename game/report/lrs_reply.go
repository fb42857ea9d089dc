package report

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"liaison/game/termsafe"
)

// RedirectError says the LRS answered a batch with a redirect, which the
// client never follows: a 301/302/303 would turn the POST into an empty
// GET (the statements lost while the target answers 200), a 307/308 would
// re-post them, with their credentials, to wherever the LRS points.
type RedirectError struct {
	Status      int    // HTTP status (3xx)
	Location    string // where it pointed, redacted (RedactURL) and escaped
	First, Last int    // 1-based range of the batch among all statements
	Total       int
}

func (e *RedirectError) Error() string {
	loc := e.Location
	if loc == "" {
		loc = "nowhere (no Location header)"
	}
	return fmt.Sprintf("LRS answered statements %d–%d of %d with HTTP %d, a redirect to %s; nothing more was sent "+
		"(a redirected POST loses its statements or carries them and the credentials elsewhere): give --lrs the address the LRS redirects to",
		e.First, e.Last, e.Total, e.Status, loc)
}

// ReplyError says the LRS answered a batch with success but did not
// confirm it: xAPI answers a POST of statements with 200 and the JSON array
// of their ids, and anything else (an HTML page, an empty body, other ids)
// means the statements may not be stored, typically because the endpoint
// is not the LRS's xAPI base.
type ReplyError struct {
	Status      int    // HTTP status (2xx)
	Problem     string // what is wrong with the reply
	First, Last int    // 1-based range of the batch among all statements
	Total       int
}

func (e *ReplyError) Error() string {
	return fmt.Sprintf("LRS answered statements %d–%d of %d with HTTP %d but %s, so they may not be stored; "+
		"check that --lrs is the LRS's xAPI base URL (e.g. https://lrs.example/xapi/)",
		e.First, e.Last, e.Total, e.Status, e.Problem)
}

// redirected explains a 3xx reply.
func (b lrsBatch) redirected(resp *http.Response) error {
	re := &RedirectError{Status: resp.StatusCode, First: b.start + 1, Last: b.end, Total: len(b.all)}
	if loc, err := resp.Location(); err == nil {
		re.Location = RedactURL(loc.String())
	} else if raw := resp.Header.Get("Location"); raw != "" {
		re.Location = RedactURL(raw)
	}
	return re
}

// confirm checks a 2xx reply: status 200 and a JSON array holding the id of
// every statement of the batch, and no other.
func (b lrsBatch) confirm(status int, reply []byte) error {
	fail := func(format string, args ...any) error {
		return &ReplyError{Status: status, Problem: fmt.Sprintf(format, args...), First: b.start + 1, Last: b.end, Total: len(b.all)}
	}
	var ids []string
	if err := json.Unmarshal(reply, &ids); err != nil || ids == nil {
		return fail("its reply is %s, not the JSON array of statement ids xAPI requires", lrsSnippet(reply))
	}
	if status != http.StatusOK {
		return fail("xAPI answers a POST of statements with 200")
	}
	want := make(map[string]bool, b.end-b.start)
	for _, s := range b.all[b.start:b.end] {
		want[strings.ToLower(s.ID)] = true
	}
	got := make(map[string]bool, len(ids))
	var unexpected []string
	for _, id := range ids {
		k := strings.ToLower(id)
		if !want[k] || got[k] {
			unexpected = append(unexpected, id)
		}
		got[k] = true
	}
	var missing []string
	for _, s := range b.all[b.start:b.end] {
		if !got[strings.ToLower(s.ID)] {
			missing = append(missing, s.ID)
		}
	}
	switch {
	case len(missing) > 0:
		return fail("its reply lacks %d of the %d statement ids sent (the first: %s)", len(missing), b.end-b.start, missing[0])
	case len(unexpected) > 0:
		return fail("its reply lists %d id(s) not sent or listed twice (the first: %s)", len(unexpected), termsafe.Quote(lrsClip(unexpected[0], 64)))
	}
	return nil
}

// lrsSnippet shows the start of a reply in a message, escaped and quoted
// ("empty" when there is none).
func lrsSnippet(reply []byte) string {
	s := strings.TrimSpace(string(reply))
	if s == "" {
		return "empty"
	}
	return termsafe.Quote(lrsClip(s, 80))
}

// lrsClip shortens s to at most n bytes, marking the cut.
func lrsClip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
