package report

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// DefaultBatch is how many statements the LRS client posts per request.
const DefaultBatch = 50

// maxLRSReply bounds how much of an LRS reply is read.
const maxLRSReply = 1 << 20

// LRS posts statements to a learning record store's statements resource
// with HTTP Basic authentication and the xAPI version header.
type LRS struct {
	Endpoint string // the xAPI base ("…/xapi/"); "statements" is appended unless present
	Username string
	Password string
	Batch    int          // statements per POST (0: DefaultBatch)
	Client   *http.Client // nil: a client with a 30 s timeout
}

// RefusedError says which statements an LRS refused and what it answered.
type RefusedError struct {
	Status      int    // HTTP status
	Message     string // the LRS's reply (trimmed)
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
		s += fmt.Sprintf("; the refused statement is #%d (id %s: %s %s)", e.Index, e.StatementID, e.Actor, e.Verb)
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	return s
}

// statementsURL returns the statements resource of the endpoint.
func (l *LRS) statementsURL() (string, error) {
	u, err := url.Parse(l.Endpoint)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("LRS endpoint %q is not an http(s) URL", l.Endpoint)
	}
	if !strings.HasSuffix(strings.TrimRight(u.Path, "/"), "/statements") {
		u.Path = strings.TrimRight(u.Path, "/") + "/statements"
	}
	return u.String(), nil
}

// Send validates every statement, then posts them in batches. It returns
// how many were stored before the first refusal; a refusal is a
// *RefusedError naming the batch and, when the reply names it, the statement.
func (l *LRS) Send(ctx context.Context, stmts []Statement) (int, error) {
	target, err := l.statementsURL()
	if err != nil {
		return 0, err
	}
	for i, s := range stmts {
		if err := Validate(s); err != nil {
			return 0, fmt.Errorf("statement %d of %d is invalid, nothing sent: %w", i+1, len(stmts), err)
		}
	}
	client := l.Client
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	batch := l.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	sent := 0
	for start := 0; start < len(stmts); start += batch {
		end := min(start+batch, len(stmts))
		if err := l.post(ctx, client, target, stmts, start, end); err != nil {
			return sent, err
		}
		sent = end
	}
	return sent, nil
}

// post sends stmts[start:end] as one JSON array.
func (l *LRS) post(ctx context.Context, client *http.Client, target string, all []Statement, start, end int) error {
	body, err := json.Marshal(all[start:end])
	if err != nil {
		return fmt.Errorf("encode statements %d–%d: %w", start+1, end, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("LRS request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("X-Experience-API-Version", XAPIVersion)
	if l.Username != "" || l.Password != "" {
		req.SetBasicAuth(l.Username, l.Password)
	}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("post statements %d–%d to %s: %w", start+1, end, target, err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(io.LimitReader(resp.Body, maxLRSReply))
	if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusNoContent {
		return nil
	}
	re := &RefusedError{Status: resp.StatusCode, Message: lrsMessage(reply), First: start + 1, Last: end, Total: len(all)}
	for i := start; i < end; i++ {
		if strings.Contains(string(reply), all[i].ID) {
			re.Index, re.StatementID = i+1, all[i].ID
			re.Verb, re.Actor = all[i].Verb.Display["en"], all[i].Actor.Name
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
