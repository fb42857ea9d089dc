package report

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// FuzzLRSReply feeds arbitrary replies to the check of a 200 answer: it
// must accept exactly the JSON arrays listing each id sent once (in any
// order and case), and its message must hold no control character.
func FuzzLRSReply(f *testing.F) {
	ids := []string{"0f8fad5b-d9cb-469f-a165-70867728950e", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "e3b0c442-98fc-1c14-9afb-f4c8996fb924"}
	all := make([]Statement, len(ids))
	for i, id := range ids {
		all[i].ID = id
	}
	ok, _ := json.Marshal(ids)
	f.Add(ok)
	f.Add([]byte(`["E3B0C442-98FC-1C14-9AFB-F4C8996FB924","0f8fad5b-d9cb-469f-a165-70867728950e","7c9e6679-7425-40de-944b-e07fc1f90ae7"]`))
	f.Add([]byte(`["0f8fad5b-d9cb-469f-a165-70867728950e"]`))
	f.Add([]byte(`<html>\x1b]0;x\x07</html>`))
	f.Add([]byte(`null`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, reply []byte) {
		err := lrsBatch{all: all, start: 0, end: len(all)}.confirm(200, reply)
		var got []string
		want := json.Unmarshal(reply, &got) == nil && got != nil && sameIDs(got, ids)
		if want != (err == nil) {
			t.Fatalf("reply %q: confirmed %v, want %v (%v)", reply, err == nil, want, err)
		}
		if err != nil && strings.ContainsFunc(err.Error(), func(r rune) bool { return unicode.IsControl(r) }) {
			t.Fatalf("control character in %q", err.Error())
		}
	})
}

// sameIDs reports whether got lists each of want once, ignoring order and case.
func sameIDs(got, want []string) bool {
	g, w := make([]string, len(got)), make([]string, len(want))
	for i, s := range got {
		g[i] = strings.ToLower(s)
	}
	for i, s := range want {
		w[i] = strings.ToLower(s)
	}
	slices.Sort(g)
	slices.Sort(w)
	return slices.Equal(g, w)
}

// FuzzLRSRedactURL: whatever the URL, RedactURL never panics, prints no
// control character, and never shows the password of a URL that parses.
func FuzzLRSRedactURL(f *testing.F) {
	f.Add("https://key:secret@lrs.example/xapi/")
	f.Add("http://u:p@bad host/")
	f.Add("https://lrs.example/\x1b]0;x\x07")
	f.Add("mailto:a@b")
	f.Fuzz(func(t *testing.T, raw string) {
		out := RedactURL(raw)
		if strings.ContainsFunc(out, func(r rune) bool { return unicode.IsControl(r) }) {
			t.Fatalf("RedactURL(%q) = %q holds a control character", raw, out)
		}
		// The mask's own "@" before the host is not the password
		// ("//:@000@000" has the password "@000" and the host "000").
		if u, err := url.Parse(raw); err == nil && u.User != nil {
			if p, ok := u.User.Password(); ok && len(p) >= 4 && !strings.Contains(raw[strings.LastIndexByte(raw, '@')+1:], p) && strings.Contains(strings.Replace(out, "***@", "***", 1), p) {
				t.Fatalf("RedactURL(%q) = %q shows the password %q", raw, out, p)
			}
		}
	})
}
