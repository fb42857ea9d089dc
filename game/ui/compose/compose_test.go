package compose

import (
	"strings"
	"testing"

	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/game/session"
	"liaison/scenarios"
)

func start(t *testing.T) (*session.Session, rules.View) {
	t.Helper()
	data, _ := scenarios.Read("tutorial.yaml")
	sc, diags := scenario.Parse("tutorial.yaml", data)
	if sc == nil {
		t.Fatal(diags)
	}
	s, err := session.New(session.Options{Scenario: sc})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Advance(); err != nil { // briefing
		t.Fatal(err)
	}
	v, err := s.View("valmora-cio")
	if err != nil {
		t.Fatal(err)
	}
	return s, v
}

func find(as []Action, prefix string) *Action {
	for i := range as {
		if strings.HasPrefix(as[i].Label, prefix) {
			return &as[i]
		}
	}
	return nil
}

func TestCardActions(t *testing.T) {
	s, v := start(t)
	as := Actions(&v, s, nil, Selection{Kind: Item, ID: "crew-list"})
	for _, a := range as {
		t.Logf("%-55s enabled=%-5v cost=%d %s", a.Label, a.Enabled, a.Cost, a.Reason)
	}
	share := find(as, "Share to Estrel over")
	if share == nil || !share.Enabled || share.Order.Kind != rules.Share || share.Order.Item != "crew-list" {
		t.Fatalf("share to Estrel: %+v", share)
	}
	if phone := find(as, "Share to Estrel over Harbour"); phone != nil && (!phone.Risky || !strings.Contains(phone.Reason, "insecure")) {
		t.Fatalf("a CONFIDENTIAL card over the insecure phone line must be flagged: %+v", phone)
	}
	tr := find(as, "Translate")
	if tr == nil || tr.Enabled || tr.Reason == "" {
		t.Fatalf("translating a readable card must be disabled with a reason: %+v", tr)
	}
	if last := as[len(as)-1]; last.Kind != rules.Pass || !last.Enabled {
		t.Fatalf("pass is last: %+v", last)
	}
	if share.Cost != 1 {
		t.Fatalf("share cost %d", share.Cost)
	}
}

func TestTeamThreatActions(t *testing.T) {
	s, v := start(t)
	as := Actions(&v, s, nil, Selection{Kind: Team, ID: "estrel-fpl"})
	for _, a := range as {
		t.Logf("%-55s enabled=%-5v %s", a.Label, a.Enabled, a.Reason)
	}
	if a := find(as, "Post a liaison officer"); a == nil || a.Cost != 2 {
		t.Fatalf("post liaison: %+v", a)
	}
	ts := Actions(&v, s, nil, Selection{Kind: Threat, ID: "lantern"})
	for _, a := range ts {
		t.Logf("%-55s enabled=%-5v %s", a.Label, a.Enabled, a.Reason)
	}
	if f := find(ts, "Fuse"); f == nil || f.Enabled || f.Reason == "" {
		t.Fatalf("fuse without the facets must be disabled with the engine's reason: %+v", f)
	}
}

func TestQueueUndoRemoveAndAP(t *testing.T) {
	s, v := start(t)
	var q Queue
	as := Actions(&v, s, q.Orders, Selection{Kind: Item, ID: "crew-list"})
	share := find(as, "Share to Estrel over")
	if err := q.Add(s, share.Order); err != nil {
		t.Fatal(err)
	}
	ver := find(Actions(&v, s, q.Orders, Selection{Kind: Item, ID: "quayside-rumour"}), "Verify")
	if ver == nil || !ver.Enabled {
		t.Fatalf("verify rumour: %+v", ver)
	}
	if err := q.Add(s, ver.Order); err != nil {
		t.Fatal(err)
	}
	if left := s.APLeft(v.Team, q.Orders); left != v.AP-2 {
		t.Fatalf("AP left %d", left)
	}
	// Spend the rest, then every AP-costing action is disabled with the reason.
	for s.APLeft(v.Team, q.Orders) > 0 {
		var next *Action
		for _, a := range Actions(&v, s, q.Orders, Selection{Kind: Team, ID: "estrel-fpl"}) {
			if a.Enabled && a.Cost > 0 && a.Cost <= s.APLeft(v.Team, q.Orders) {
				next = &a
				break
			}
		}
		if next == nil {
			break
		}
		if err := q.Add(s, next.Order); err != nil {
			t.Fatal(err)
		}
	}
	full := Actions(&v, s, q.Orders, Selection{Kind: Item, ID: "quayside-rumour"})
	if a := find(full, "Sanitise"); a == nil || a.Enabled || a.Reason == "" {
		t.Fatalf("with no AP left sanitise is disabled with a reason: %+v", a)
	}
	if err := q.Add(s, rules.Order{Kind: rules.Verify, Team: v.Team, Item: "nope"}); err == nil {
		t.Fatal("Add accepted an illegal order")
	}
	n := len(q.Orders)
	if !q.Undo() || len(q.Orders) != n-1 {
		t.Fatal("Undo")
	}
	dropped := q.Remove(s, 0)
	if len(q.Orders)+len(dropped) != n-2 {
		t.Fatalf("Remove: %d left, %d dropped", len(q.Orders), len(dropped))
	}
	if err := s.Submit(v.Team, q.Orders); err != nil {
		t.Fatalf("the composed queue is legal as a whole: %v", err)
	}
}
