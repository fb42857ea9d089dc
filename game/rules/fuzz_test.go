package rules

import (
	"encoding/binary"
	"testing"

	"liaison/game/internal/shippedtest"
	"liaison/game/scenario"
)

// junk is a set of deliberately illegal or malformed orders the fuzzer mixes in.
var junk = []Order{
	{Kind: "dance"},
	{Kind: Share},
	{Kind: Share, Item: "nope", To: []string{"nope"}},
	{Kind: Share, Item: "ferry-manifest", To: []string{"maritime-tf"}, Channel: "nordvik-tf"},
	{Kind: Share, Item: "crew-list", To: []string{"estrel-fpl", "estrel-fpl"}},
	{Kind: Share, Item: "crew-list", Channel: "no-such-channel", To: []string{"estrel-fpl"}},
	{Kind: Request, To: []string{}},
	{Kind: Request, To: []string{"estrel-fpl"}, Facet: "lantern:why"},
	{Kind: Respond, Ref: "req-1", Item: "nope"},
	{Kind: Respond, Ref: "req-999"},
	{Kind: Sanitise, Item: "nope~s~s"},
	{Kind: Verify},
	{Kind: Translate, Item: "berth-roster"},
	{Kind: AskRelease, Item: "ferry-manifest"},
	{Kind: Grant, Item: "ferry-manifest", To: []string{"aurelia-fib", "maritime-tf"}},
	{Kind: Fuse, Threat: "harbour"},
	{Kind: Fuse, Threat: "lantern"},
	{Kind: Propose, Threat: "lantern", At: -1, To: []string{"estrel-fpl"}},
	{Kind: Propose, Threat: "harbour", At: 1 << 30},
	{Kind: Commit, Ref: "op-lantern-1"},
	{Kind: Commit, Ref: "op-harbour-7"},
	{Kind: PostLiaison, To: []string{"nope"}},
	{Kind: PostLiaison},
	{Kind: Message, MsgKind: "SHOUT", To: []string{"estrel-fpl"}},
	{Kind: Message, MsgKind: MsgWarn},
	{Kind: Message, MsgKind: MsgWarn, To: []string{"valmora-cio"}, Subject: string(make([]byte, 200))},
}

// FuzzResolve drives random order sequences, chosen among Legal's orders and
// some deliberately illegal ones, through the shipped scenarios: the engine
// must never panic and the invariants must hold after every round.
func FuzzResolve(f *testing.F) {
	scens := []*scenario.Scenario{shippedtest.Scenario(f, "tutorial.yaml"), shippedtest.Scenario(f, "harbour-watch.yaml")}
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
	f.Add([]byte{1, 0, 0, 0, 0, 0, 0, 0, 1, 200, 201, 202, 3, 4, 250, 7, 7, 7, 210, 220, 230, 240})
	f.Add([]byte("the quick brown fox jumps over the lazy dog, twice over"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 9 {
			return
		}
		sc := scens[int(data[0])%len(scens)]
		st := New(sc, binary.LittleEndian.Uint64(data[1:9]))
		data = data[9:]
		for !st.Over() && len(data) > 0 {
			turn := Turn{Orders: map[string][]Order{}}
			for _, tm := range sc.Teams {
				var q []Order
				for len(data) > 0 {
					b := data[0]
					data = data[1:]
					if b >= 250 {
						break
					}
					if b >= 200 {
						o := junk[int(b-200)%len(junk)]
						o.Team = tm.ID
						if b%3 == 0 {
							o.Team = sc.Teams[int(b)%len(sc.Teams)].ID
						}
						_ = st.Validate(q, o)
						q = append(q, o)
						continue
					}
					legal := st.Legal(tm.ID, q)
					q = append(q, legal[int(b)%len(legal)])
				}
				turn.Orders[tm.ID] = q
			}
			if len(data) > 0 && data[0]%5 == 0 {
				turn.Facilitator = []FacilitatorAction{{Inject: "inject-1", Note: "fuzz"}, {Inject: "missing"}}
			}
			before := st.Hash()
			next, _ := Resolve(st, turn)
			if st.Hash() != before {
				t.Fatalf("round %d: Resolve changed its input", st.Round())
			}
			if err := checkInvariants(next); err != nil {
				t.Fatalf("after round %d: %v", st.Round(), err)
			}
			st = next
		}
	})
}
