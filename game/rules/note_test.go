package rules

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/scenario"
)

// noteIn returns the notes of the events of kind k in evs.
func noteIn(evs []Event, k EventKind) []string {
	var out []string
	for _, e := range of(evs, k) {
		out = append(out, e.Note)
	}
	return out
}

// logNotes returns the notes of the events of kind k in team's View.Log.
func logNotes(st *State, team string, k EventKind) []string {
	return noteIn(st.View(team).Log, k)
}

// TestOrderNoteReachesEvents holds every order that touches another team to
// carrying its Note into the events its sender and recipient see: share
// (send and deliver), request (request and receive), respond (answer and
// decline), message (message and receive), ask-release, grant, propose,
// commit and post-liaison.
func TestOrderNoteReachesEvents(t *testing.T) {
	st := New(mini(), 1)

	// Round 1: a shares "who" to b with a reason; b asks a about plot:where;
	// c messages a; a posts a liaison officer to c.
	st, evs := play(t, st,
		Order{Kind: Share, Team: "a", Item: "who", To: []string{"b"}, Channel: "ab", Note: "You need who is behind The Plot"},
		Order{Kind: Request, Team: "b", To: []string{"a"}, Facet: "plot:where", Channel: "ab", Note: "We lack where"},
		Order{Kind: Message, Team: "c", MsgKind: MsgOffer, Subject: "plot", To: []string{"a"}, Channel: "ac", Note: "We can offer finance"},
		Order{Kind: PostLiaison, Team: "a", To: []string{"c"}, Note: "To talk to C without delay"},
	)
	assert.Equal(t, []string{"You need who is behind The Plot"}, noteIn(evs, EvSend))
	assert.Equal(t, []string{"We lack where"}, noteIn(evs, EvRequest))
	assert.Equal(t, []string{"We can offer finance"}, noteIn(evs, EvMessage))
	assert.Equal(t, []string{"To talk to C without delay"}, noteIn(evs, EvLiaison))
	assert.Contains(t, logNotes(st, "c", EvLiaison), "To talk to C without delay", "the partner sees why the officer came")

	// Round 2: everything sent over latency-1 links arrives.
	st, evs = play(t, st)
	assert.Contains(t, noteIn(evs, EvDeliver), "You need who is behind The Plot")
	assert.Contains(t, logNotes(st, "b", EvDeliver), "You need who is behind The Plot", "the recipient reads the reason")
	assert.Contains(t, logNotes(st, "a", EvReceive), "We lack where")
	assert.Contains(t, logNotes(st, "a", EvReceive), "We can offer finance")
	st, evs = play(t, st,
		Order{Kind: Respond, Team: "a", Ref: "req-1", Note: "Declined: we hold nothing on where"},
	)
	assert.Equal(t, []string{"Declined: we hold nothing on where"}, noteIn(evs, EvRespond))
	assert.Contains(t, logNotes(st, "b", EvRespond), "Declined: we hold nothing on where", "the requester sees why it was declined")

}

// TestOrderNoteReachesReleaseAndOperationEvents covers ask-release, grant,
// propose and commit.
func TestOrderNoteReachesReleaseAndOperationEvents(t *testing.T) {
	s := mini(func(s *scenario.Scenario) {
		item(s, "orcon").HeldBy = []string{"a", "b"}
		item(s, "where").HeldBy = []string{"a", "b"}
	})
	st := New(s, 1)
	st, evs := play(t, st,
		Order{Kind: AskRelease, Team: "b", Item: "orcon", Note: "May we pass Orcon on to C?"},
		Order{Kind: Fuse, Team: "a", Threat: "plot"},
	)
	assert.Equal(t, []string{"May we pass Orcon on to C?"}, noteIn(evs, EvAskRelease))
	assert.Contains(t, logNotes(st, "a", EvAskRelease), "May we pass Orcon on to C?", "the originator sees why")

	st, evs = play(t, st,
		Order{Kind: Grant, Team: "a", Item: "orcon", To: []string{"b"}, Note: "Released: C needs it"},
		Order{Kind: Propose, Team: "a", Threat: "plot", At: 3, To: []string{"b"}, Note: "You bring arrest, we bring watch"},
	)
	assert.Equal(t, []string{"Released: C needs it"}, noteIn(evs, EvGrant))
	assert.Contains(t, logNotes(st, "b", EvGrant), "Released: C needs it")
	assert.Equal(t, []string{"You bring arrest, we bring watch"}, noteIn(evs, EvPropose))
	assert.Contains(t, logNotes(st, "b", EvPropose), "You bring arrest, we bring watch", "the partner sees why it was asked")

	st, evs = play(t, st, Order{Kind: Commit, Team: "a", Ref: "op-plot-1", Note: "Committing as planned"})
	assert.Equal(t, []string{"Committing as planned"}, noteIn(evs, EvCommit))
	assert.Contains(t, logNotes(st, "b", EvCommit), "Committing as planned", "every participant sees a commitment and its reason")
	assert.Empty(t, logNotes(st, "c", EvCommit), "a team outside the operation does not")
}

// TestNoteTooLongIsRefused checks the 280-byte bound on every kind that
// carries a note, and that a note changes nothing but the events.
func TestNoteTooLongIsRefused(t *testing.T) {
	st := New(mini(), 1)
	long := strings.Repeat("x", 281)
	for _, o := range []Order{
		{Kind: Share, Team: "a", Item: "who", To: []string{"b"}, Channel: "ab"},
		{Kind: PostLiaison, Team: "a", To: []string{"c"}},
		{Kind: Request, Team: "b", To: []string{"a"}, Facet: "plot:where"},
	} {
		o.Note = long
		requireReason(t, st, nil, o, "note")
		o.Note = long[:280]
		require.NoError(t, st.Validate(nil, o))
	}
	// The same orders with and without notes leave the same state apart
	// from the notes: the hash of a game without notes is unchanged.
	plain, _ := play(t, st, share("a", "who", "ab", "b"))
	noted := share("a", "who", "ab", "b")
	noted.Note = "why"
	withNote, _ := play(t, st, noted)
	assert.NotEqual(t, plain.Hash(), withNote.Hash(), "the note is part of the state")
	plain, _ = idle(t, plain, 1)
	withNote, _ = idle(t, withNote, 1)
	assert.Equal(t, len(plain.log), len(withNote.log))
}
