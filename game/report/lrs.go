package report

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"liaison/game/termsafe"
)

// DefaultBatch is how many statements the LRS client posts per request.
const DefaultBatch = 50

// maxLRSReply bounds how much of an LRS reply is read.
const maxLRSReply = 1 << 20

// LRS posts statements to a learning record store's statements resource
// with HTTP Basic authentication and the xAPI version header.
type LRS struct {
	Endpoint string // the xAPI base ("…/xapi/"); "statements" is appended unless present
	Username string // with Password, Basic auth; when both are empty, the endpoint's userinfo, if any
	Password string
	Batch    int          // statements per POST (0: DefaultBatch)
	Client   *http.Client // nil: a client with a 30 s timeout
}

// RefusedError says which statements an LRS refused and what it answered.
type RefusedError struct {
	Status      int    // HTTP status
	Message     string // the LRS's reply (trimmed; Error escapes its control characters)
	First, Last int    // 1-based range of the refused batch among all statements
	Total       int
	Index       int    // 1-based index of the refused statement, when the reply names it (else 0)
	StatementID string // its id
	Verb        string // its verb's display
	Actor       string // its actor's name
}

func (e *RefusedError) Error() string {
	s := fmt.Sprintf("LRS refused statements %d–%d of %d: HTTP %d", e.First, e.Last, e.Total, e.Status)
	if e.Status == http.StatusUnauthorized || e.Status == http.StatusForbidden {
		s += " (check --lrs-user and --lrs-password)"
	}
	if e.Index > 0 {
		s += fmt.Sprintf("; the refused statement is #%d (id %s: %s %s)", e.Index, e.StatementID, termsafe.Line(e.Actor), termsafe.Line(e.Verb))
	}
	if e.Message != "" {
		s += ": " + termsafe.Line(e.Message)
	}
	return s
}

// Send validates every statement, then posts them in batches to the
// endpoint's statements resource. It returns how many were stored: a batch
// counts only once the LRS answered 200 with the ids of exactly the
// statements sent. It never follows a redirect (a 3xx is a *RedirectError:
// a 302 would turn the POST into an empty GET, a 307 would carry the
// statements and credentials elsewhere) and never posts outside the
// endpoint's origin. A refusal is a *RefusedError naming the batch and,
// when the reply names it, the statement; a reply that does not confirm
// the batch is a *ReplyError. No error holds the endpoint's credentials.
func (l *LRS) Send(ctx context.Context, stmts []Statement) (int, error) {
	target, err := parseEndpoint(l.Endpoint)
	if err != nil {
		return 0, err
	}
	for i, s := range stmts {
		if err := Validate(s); err != nil {
			return 0, fmt.Errorf("statement %d of %d is invalid, nothing sent: %w", i+1, len(stmts), err)
		}
	}
	user, password := l.Username, l.Password
	if user == "" && password == "" && target.hasUser {
		user, password = target.user, target.password
	}
	client := noRedirects(l.Client)
	batch := l.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	sent := 0
	for start := 0; start < len(stmts); start += batch {
		end := min(start+batch, len(stmts))
		b := lrsBatch{all: stmts, start: start, end: end}
		if err := b.post(ctx, client, target, user, password); err != nil {
			return sent, err
		}
		sent = end
	}
	return sent, nil
}

// noRedirects returns a copy of c (or of a client with a 30 s timeout when
// c is nil) that hands every redirect back to the caller unfollowed.
func noRedirects(c *http.Client) *http.Client {
	var out http.Client
	if c != nil {
		out = *c
	} else {
		out.Timeout = 30 * time.Second
	}
	out.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &out
}

// lrsBatch is the statements all[start:end] posted together.
type lrsBatch struct {
	all        []Statement
	start, end int
}

// post sends the batch as one JSON array and checks the reply.
func (b lrsBatch) post(ctx context.Context, client *http.Client, target lrsTarget, user, password string) error {
	body, err := json.Marshal(b.all[b.start:b.end])
	if err != nil {
		return fmt.Errorf("encode statements %d–%d: %w", b.start+1, b.end, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target.url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("LRS request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("X-Experience-API-Version", XAPIVersion)
	if user != "" || password != "" {
		req.SetBasicAuth(user, password)
	}
	resp, err := client.Do(req)
	if err != nil {
		var ue *url.Error // it repeats the method and URL this message gives
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("post statements %d–%d to %s: %w", b.start+1, b.end, target.url, err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(io.LimitReader(resp.Body, maxLRSReply+64*int64(b.end-b.start)))
	switch {
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		return b.redirected(resp)
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return b.confirm(resp.StatusCode, reply)
	}
	return b.refused(resp.StatusCode, reply)
}

// refused explains a 4xx or 5xx reply, naming the refused statement when
// the reply quotes its id.
func (b lrsBatch) refused(status int, reply []byte) error {
	re := &RefusedError{Status: status, Message: lrsMessage(reply), First: b.start + 1, Last: b.end, Total: len(b.all)}
	for i := b.start; i < b.end; i++ {
		if strings.Contains(string(reply), b.all[i].ID) {
			re.Index, re.StatementID = i+1, b.all[i].ID
			re.Verb, re.Actor = b.all[i].Verb.Display["en"], b.all[i].Actor.Name
			break
		}
	}
	return re
}

// lrsMessage extracts a readable message from an LRS error reply.
func lrsMessage(reply []byte) string {
	var obj struct {
		Message string `json:"message"`
		Error   string `json:"error"`
	}
	if json.Unmarshal(reply, &obj) == nil {
		if obj.Message != "" {
			return obj.Message
		}
		if obj.Error != "" {
			return obj.Error
		}
	}
	s := strings.TrimSpace(string(reply))
	if len(s) > 500 {
		s = s[:500] + "…"
	}
	return s
}
