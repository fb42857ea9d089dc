package rules

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
)

// Hash returns the hex SHA-256 of a canonical encoding of the whole state:
// round, seed, trust, legal profiles, AP effects, inboxes, messages,
// liaisons, channel states, traffic in flight, requests, releases,
// operations, assessments, deadlines, threat outcomes, the MSEL's progress
// and the event log. Equal states give equal hashes on every platform.
func (st *State) Hash() string {
	e := &enc{h: sha256.New()}
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
	e.int8s(st.expect)
	e.ints(st.breaches)
	e.int(len(st.log))
	for i := range st.log {
		e.event(&st.log[i])
	}
	return hex.EncodeToString(e.h.Sum(nil))
}

// enc writes length-prefixed little-endian values into a hash.
type enc struct {
	h   hash.Hash
	buf [8]byte
}

func (e *enc) u64(v uint64) {
	binary.LittleEndian.PutUint64(e.buf[:], v)
	e.h.Write(e.buf[:])
}

func (e *enc) int(v int) { e.u64(uint64(int64(v))) }

func (e *enc) bool(b bool) {
	if b {
		e.h.Write([]byte{1})
	} else {
		e.h.Write([]byte{0})
	}
}

func (e *enc) str(s string) {
	e.int(len(s))
	e.h.Write([]byte(s))
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
		e.h.Write([]byte{byte(v)})
	}
}

func (e *enc) msg(m message) {
	e.ints([]int{m.round, m.from})
	e.strs([]string{string(m.kind), m.subject, m.note})
}

func (e *enc) event(ev *Event) {
	e.ints([]int{ev.Seq, ev.Round, ev.Delta, ev.Value, ev.Cost})
	e.strs([]string{string(ev.Kind), ev.Team, ev.From, ev.Item, ev.Root, ev.Channel, ev.Threat, ev.Facet, ev.Ref, ev.Subject, ev.Rule, ev.Text})
	e.strs(ev.To)
	e.bool(ev.Truth)
	e.bool(ev.Readable)
	e.bool(ev.Confirmed)
}
