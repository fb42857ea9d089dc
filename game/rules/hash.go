package rules

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"

	"liaison/game/internal/reuse"
)

// Hash returns the hex SHA-256 of a canonical encoding of the whole state
// (varints and length-prefixed strings, so independent of the platform):
// round, seed, trust, legal profiles, AP effects, inboxes, messages,
// liaisons, channel states, traffic in flight, requests, releases,
// operations, assessments, deadlines, threat outcomes, the MSEL's progress
// and the event log. Equal states give equal hashes on every platform.
//
// The encoding is built in a pooled buffer and fed to the digest in chunks
// of about hashChunk bytes as it grows, so the buffer stays small and in
// cache and the digest works on whole blocks; the bytes hashed are the
// same as if the whole encoding had been hashed at once.
//
// The result is kept with the State (see hashMemo): asking again is free.
func (st *State) Hash() string {
	if st.hashed == nil {
		return st.hash()
	}
	if p := st.hashed.s.Load(); p != nil {
		return *p
	}
	s := st.hash()
	st.hashed.s.Store(&s)
	return s
}

// hash computes Hash.
func (st *State) hash() string {
	h := hasherPool.Get()
	h.d.Reset()
	b := st.appendHead(h.buf[:0])
	b = appendInt(b, len(st.log))
	for i := range st.log {
		if len(b) >= hashChunk {
			b = h.flush(b)
		}
		b = appendEvent(b, &st.log[i])
	}
	h.d.Write(b)
	h.d.Sum(h.sum[:0])
	hex.Encode(h.hex[:], h.sum[:])
	s := string(h.hex[:])
	h.buf = b[:0]
	hasherPool.Put(h)
	return s
}

// hashChunk is how many encoded bytes Hash gathers before it hands them to
// the digest: small enough for the buffer to stay in the L1 cache, large
// enough that the digest's per-call cost is negligible.
const hashChunk = 4096

// hasher is Hash's reusable digest and buffers.
type hasher struct {
	d   hash.Hash
	buf []byte
	sum [sha256.Size]byte
	hex [2 * sha256.Size]byte
}

// hasherPool recycles Hash's hashers.
var hasherPool = reuse.Pool[hasher]{New: func() *hasher {
	return &hasher{d: sha256.New(), buf: make([]byte, 0, 2*hashChunk)}
}}

// flush hands the whole 64-byte blocks of b to the digest (which then
// hashes them in place rather than copying them to its own block buffer)
// and returns b holding only the tail that is left.
func (h *hasher) flush(b []byte) []byte {
	n := len(b) &^ (sha256.BlockSize - 1)
	h.d.Write(b[:n])
	return b[:copy(b, b[n:])]
}

// appendHead appends the encoding of every field of st but the event log.
func (st *State) appendHead(b []byte) []byte {
	b = appendStr(b, st.ix.sc.ID)
	b = binary.AppendUvarint(b, st.seed)
	b = appendInt(b, st.round)
	b = appendBool(b, st.over)
	b = appendInts(b, st.trust)
	b = appendInt(b, len(st.legal))
	for _, l := range st.legal {
		b = appendStr(b, l.PersonalData)
		b = appendStrs(b, l.Agreements)
	}
	b = appendInt(b, len(st.apFx))
	for _, a := range st.apFx {
		b = appendInts(b, []int{a.team, a.delta, a.from, a.until})
	}
	for _, in := range st.inbox {
		b = appendInt(b, len(in))
		for i := range in {
			h := &in[i]
			b = appendInts(b, []int{h.item, h.from, h.received})
			b = appendStr(b, h.format)
			b = append(b, b2u8(h.readable), b2u8(h.confirmed), b2u8(h.verified), b2u8(h.fromVerified))
		}
	}
	for _, ms := range st.msgs {
		b = appendInt(b, len(ms))
		for i := range ms {
			b = appendMsg(b, &ms[i])
		}
	}
	for _, ss := range st.sent {
		b = appendInt(b, len(ss))
		for _, x := range ss {
			b = appendInts(b, []int{x.item, x.to, x.round, x.ch})
		}
	}
	b = appendInt(b, len(st.liaisons))
	for _, l := range st.liaisons {
		b = appendInts(b, []int{l.from, l.to, l.round})
	}
	b = appendInts(b, st.down)
	b = appendInts(b, st.lastUsed)
	b = appendInt(b, len(st.transit))
	for i := range st.transit {
		tr := &st.transit[i]
		b = appendInt(b, int(tr.kind))
		b = appendInts(b, []int{tr.from, tr.to, tr.ch, tr.sent, tr.arrive, tr.item, tr.req})
		b = appendStr(b, tr.format)
		if tr.note == "" {
			b = appendBool(b, tr.verified)
		} else {
			// 2|verified flags the note that follows, so states without
			// notes hash as they always did.
			b = append(b, 2|b2u8(tr.verified))
			b = appendStr(b, tr.note)
		}
		b = appendMsg(b, &tr.msg)
	}
	b = appendInt(b, len(st.requests))
	for i := range st.requests {
		q := &st.requests[i]
		b = appendStr(b, q.id)
		b = appendInts(b, []int{q.from, q.to, q.made, q.arrived, q.answered})
		b = appendStrs(b, []string{q.threat, q.facet, q.item, q.answer})
		b = appendBool(b, q.expired)
	}
	b = appendInt(b, len(st.releases))
	for i := range st.releases {
		r := &st.releases[i]
		b = appendInts(b, []int{r.item, r.asker, r.owner, r.round})
		b = appendStr(b, r.status)
	}
	b = appendInt(b, len(st.ops))
	for i := range st.ops {
		o := &st.ops[i]
		b = appendStr(b, o.id)
		b = appendInts(b, []int{o.threat, o.round, o.made, o.proposer, int(o.outcome)})
		b = appendInts(b, o.teams)
		b = appendInts(b, o.committed)
	}
	b = appendInt8s(b, st.assessed)
	b = appendInts(b, st.deadline)
	b = appendInt8s(b, st.resolved)
	b = appendInts(b, st.fired)
	b = appendInts(b, st.firedSeq)
	b = appendInt8s(b, st.expect)
	b = appendInts(b, st.breaches)
	return b
}

// appendEvent appends the encoding of one event: Seq, Round, Delta, Value
// and Cost; Kind, Team, From, Item, Root, Channel, Threat, Facet, Ref,
// Subject, Rule and Text; To; Truth, Readable and Confirmed, then Note when
// set (flagged by 2 in Confirmed's byte, so logs without notes hash as
// they always did).
func appendEvent(b []byte, ev *Event) []byte {
	b = appendInt(b, ev.Seq)
	b = appendInt(b, ev.Round)
	b = appendInt(b, ev.Delta)
	b = appendInt(b, ev.Value)
	b = appendInt(b, ev.Cost)
	b = appendStr(b, string(ev.Kind))
	b = appendStr(b, ev.Team)
	b = appendStr(b, ev.From)
	b = appendStr(b, ev.Item)
	b = appendStr(b, ev.Root)
	b = appendStr(b, ev.Channel)
	b = appendStr(b, ev.Threat)
	b = appendStr(b, ev.Facet)
	b = appendStr(b, ev.Ref)
	b = appendStr(b, ev.Subject)
	b = appendStr(b, ev.Rule)
	b = appendStr(b, ev.Text)
	b = appendInt(b, len(ev.To))
	for _, s := range ev.To {
		b = appendStr(b, s)
	}
	if ev.Note == "" {
		return append(b, b2u8(ev.Truth), b2u8(ev.Readable), b2u8(ev.Confirmed))
	}
	b = append(b, b2u8(ev.Truth), b2u8(ev.Readable), 2|b2u8(ev.Confirmed))
	return appendStr(b, ev.Note)
}

// appendMsg appends the encoding of a message: its round and sender, then
// its kind, subject and note.
func appendMsg(b []byte, m *message) []byte {
	b = appendInts(b, []int{m.round, m.from})
	return appendStrs(b, []string{string(m.kind), m.subject, m.note})
}

// appendInt appends v as a zigzag varint (binary.AppendVarint), with a
// fast path for the one-byte values most fields hold.
func appendInt(b []byte, v int) []byte {
	u := uint64(v)<<1 ^ uint64(v>>63)
	if u < 0x80 {
		return append(b, byte(u))
	}
	return binary.AppendUvarint(b, u)
}

// appendStr appends s prefixed with its length as a zigzag varint.
func appendStr(b []byte, s string) []byte {
	if len(s) < 0x40 {
		b = append(b, byte(len(s)<<1))
		if len(s) == 0 { // most of an event's fields
			return b
		}
	} else {
		b = binary.AppendUvarint(b, uint64(len(s))<<1)
	}
	return append(b, s...)
}

// appendStrs appends a length-prefixed list of strings.
func appendStrs(b []byte, ss []string) []byte {
	b = appendInt(b, len(ss))
	for _, s := range ss {
		b = appendStr(b, s)
	}
	return b
}

// appendInts appends a length-prefixed list of ints.
func appendInts(b []byte, vs []int) []byte {
	b = appendInt(b, len(vs))
	for _, v := range vs {
		b = appendInt(b, v)
	}
	return b
}

// appendInt8s appends a length-prefixed list of int8s, one byte each.
func appendInt8s(b []byte, vs []int8) []byte {
	b = appendInt(b, len(vs))
	for _, v := range vs {
		b = append(b, byte(v))
	}
	return b
}

// appendBool appends v as one byte, 1 or 0.
func appendBool(b []byte, v bool) []byte { return append(b, b2u8(v)) }

// b2u8 is 1 for true and 0 for false.
func b2u8(v bool) byte {
	if v {
		return 1
	}
	return 0
}
