package rules

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"sync"
)

// Hash returns the hex SHA-256 of a canonical encoding of the whole state
// (varints and length-prefixed strings, so independent of the platform):
// round, seed, trust, legal profiles, AP effects, inboxes, messages,
// liaisons, channel states, traffic in flight, requests, releases,
// operations, assessments, deadlines, threat outcomes, the MSEL's progress
// and the event log. Equal states give equal hashes on every platform.
func (st *State) Hash() string {
	// e lives on the stack (appends to it need no write barrier); its
	// buffer comes from encPool.
	bp := encPool.Get().(*[]byte)
	defer encPool.Put(bp)
	e := &enc{b: (*bp)[:0]}
	if need := 1<<12 + len(st.log)*160; cap(e.b) < need {
		e.b = make([]byte, 0, need)
	}
	defer func() { *bp = e.b[:0] }()
	e.str(st.ix.sc.ID)
	e.u64(st.seed)
	e.int(st.round)
	e.bool(st.over)
	e.ints(st.trust)
	e.int(len(st.legal))
	for _, l := range st.legal {
		e.str(l.PersonalData)
		e.strs(l.Agreements)
	}
	e.int(len(st.apFx))
	for _, a := range st.apFx {
		e.ints([]int{a.team, a.delta, a.from, a.until})
	}
	for _, in := range st.inbox {
		e.int(len(in))
		for _, h := range in {
			e.ints([]int{h.item, h.from, h.received})
			e.str(h.format)
			e.bool(h.readable)
			e.bool(h.confirmed)
			e.bool(h.verified)
			e.bool(h.fromVerified)
		}
	}
	for _, ms := range st.msgs {
		e.int(len(ms))
		for _, m := range ms {
			e.msg(m)
		}
	}
	for _, ss := range st.sent {
		e.int(len(ss))
		for _, x := range ss {
			e.ints([]int{x.item, x.to, x.round, x.ch})
		}
	}
	e.int(len(st.liaisons))
	for _, l := range st.liaisons {
		e.ints([]int{l.from, l.to, l.round})
	}
	e.ints(st.down)
	e.ints(st.lastUsed)
	e.int(len(st.transit))
	for _, tr := range st.transit {
		e.int(int(tr.kind))
		e.ints([]int{tr.from, tr.to, tr.ch, tr.sent, tr.arrive, tr.item, tr.req})
		e.str(tr.format)
		e.bool(tr.verified)
		e.msg(tr.msg)
	}
	e.int(len(st.requests))
	for _, q := range st.requests {
		e.str(q.id)
		e.ints([]int{q.from, q.to, q.made, q.arrived, q.answered})
		e.strs([]string{q.threat, q.facet, q.item, q.answer})
		e.bool(q.expired)
	}
	e.int(len(st.releases))
	for _, r := range st.releases {
		e.ints([]int{r.item, r.asker, r.owner, r.round})
		e.str(r.status)
	}
	e.int(len(st.ops))
	for _, o := range st.ops {
		e.str(o.id)
		e.ints([]int{o.threat, o.round, o.made, o.proposer, int(o.outcome)})
		e.ints(o.teams)
		e.ints(o.committed)
	}
	e.int8s(st.assessed)
	e.ints(st.deadline)
	e.int8s(st.resolved)
	e.ints(st.fired)
	e.ints(st.firedSeq)
	e.int8s(st.expect)
	e.ints(st.breaches)
	e.int(len(st.log))
	for i := range st.log {
		e.event(&st.log[i])
	}
	sum := sha256.Sum256(e.b)
	return hex.EncodeToString(sum[:])
}

// encPool recycles Hash's encoding buffers.
var encPool = sync.Pool{New: func() any { return new([]byte) }}

// enc builds the canonical encoding: varints, and strings and lists
// prefixed with their length.
type enc struct {
	b []byte
}

func (e *enc) u64(v uint64) { e.b = binary.AppendUvarint(e.b, v) }

func (e *enc) int(v int) { e.b = binary.AppendVarint(e.b, int64(v)) }

func (e *enc) bool(b bool) {
	if b {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *enc) str(s string) {
	e.int(len(s))
	e.b = append(e.b, s...)
}

func (e *enc) strs(ss []string) {
	e.int(len(ss))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *enc) ints(vs []int) {
	e.int(len(vs))
	for _, v := range vs {
		e.int(v)
	}
}

func (e *enc) int8s(vs []int8) {
	e.int(len(vs))
	for _, v := range vs {
		e.b = append(e.b, byte(v))
	}
}

func (e *enc) msg(m message) {
	e.ints([]int{m.round, m.from})
	e.strs([]string{string(m.kind), m.subject, m.note})
}

func (e *enc) event(ev *Event) {
	for _, v := range [...]int{ev.Seq, ev.Round, ev.Delta, ev.Value, ev.Cost} {
		e.int(v)
	}
	for _, v := range [...]string{string(ev.Kind), ev.Team, ev.From, ev.Item, ev.Root, ev.Channel, ev.Threat, ev.Facet, ev.Ref, ev.Subject, ev.Rule, ev.Text} {
		e.str(v)
	}
	e.strs(ev.To)
	e.bool(ev.Truth)
	e.bool(ev.Readable)
	e.bool(ev.Confirmed)
}
