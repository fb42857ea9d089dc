package report

import (
	"fmt"
	"net/url"
	"strings"

	"liaison/game/termsafe"
)

// lrsTarget is where an LRS client posts: the statements resource, without
// the credentials an endpoint URL may carry.
type lrsTarget struct {
	url      string // statements resource, no userinfo
	user     string // credentials from the URL's userinfo, if any
	password string
	hasUser  bool
}

// parseEndpoint checks an LRS endpoint and derives its target. Credentials
// in the URL ("https://user:secret@lrs/xapi/") are taken out of it, so that
// no later message can print them; errors show the endpoint redacted.
func parseEndpoint(endpoint string) (lrsTarget, error) {
	u, err := url.Parse(endpoint)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
		return lrsTarget{}, fmt.Errorf("LRS endpoint %s is not an http(s) URL", RedactURL(endpoint))
	}
	var t lrsTarget
	if u.User != nil {
		t.user = u.User.Username()
		t.password, _ = u.User.Password()
		t.hasUser = true
		u.User = nil
	}
	u.Fragment, u.RawFragment = "", ""
	if !strings.HasSuffix(strings.TrimRight(u.Path, "/"), "/statements") {
		u.Path = strings.TrimRight(u.Path, "/") + "/statements"
		u.RawPath = ""
	}
	t.url = u.String()
	return t, nil
}

// RedactURL returns a URL fit to print: its userinfo, user name included
// (LRS keys are often the user name), replaced by "***"
// ("https://***@lrs.example/xapi/"), and every control character escaped.
// A string that does not parse as a URL loses everything between its
// scheme and its last "@", in case that holds credentials.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err == nil && u.User == nil && !strings.Contains(u.Opaque, "@") {
		return termsafe.Line(raw)
	}
	if err == nil && u.User != nil {
		u.User = nil
		s := u.String()
		if i := strings.Index(s, "//"); i >= 0 {
			s = s[:i+2] + "***@" + s[i+2:]
		}
		return termsafe.Line(s)
	}
	if i := strings.LastIndexByte(raw, '@'); i >= 0 {
		scheme := ""
		if j := strings.Index(raw[:i], "://"); j >= 0 {
			scheme = raw[:j+3]
		}
		raw = scheme + "***@" + raw[i+1:]
	}
	return termsafe.Line(raw)
}
