package netplay

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEncodeIsTheEnvelope(t *testing.T) {
	b, err := encode(TError, 7, Error{Ref: 3, Message: "no \"seat\"\n<here>"})
	require.NoError(t, err)
	require.True(t, json.Valid(b))
	e, err := decodeEnvelope(b)
	require.NoError(t, err)
	assert.Equal(t, Envelope{V: Version, Type: TError, Seq: 7, Body: json.RawMessage(`{"ref":3,"message":"no \"seat\"\n\u003chere\u003e"}`)}, e)
	var back Error
	require.NoError(t, decodeBody(e, &back))
	assert.Equal(t, "no \"seat\"\n<here>", back.Message)
}

func TestDecodeEnvelopeRefusesBadFrames(t *testing.T) {
	for _, raw := range []string{``, `{`, `[]`, `{"v":1}`, `{"v":0,"type":"ping"}`, `{"v":1,"type":"ping","x":1}`, `{"v":1,"type":"ping"} {}`, `{"v":1,"type":"ping","seq":-1}`} {
		_, err := decodeEnvelope([]byte(raw))
		assert.ErrorIs(t, err, errProtocol, raw)
	}
}

// FuzzDecode feeds arbitrary frames to the host's decoders: an error or a
// value, never a panic.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"v":1,"type":"confirm","seq":1,"body":{"orders":[{"kind":"pass","team":"a"}]}}`))
	f.Add([]byte(`{"v":1,"type":"hello","seq":1,"body":{"code":"ABCD-EFGH"}}`))
	f.Add([]byte(`{"v":1,"type":"seat","seq":2,"body":{"team":"a","action":"bot"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := decodeEnvelope(data)
		if err != nil {
			return
		}
		for _, v := range []any{&Hello{}, &Orders{}, &Check{}, &Pause{}, &Inject{}, &Note{}, &Timer{}, &SeatDecision{}} {
			_ = decodeBody(e, v)
		}
	})
}

func TestSecrets(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 200; i++ {
		c := newCode()
		require.Len(t, c, codeLen+1)
		assert.Equal(t, byte('-'), c[codeLen/2])
		assert.False(t, seen[c])
		seen[c] = true
		assert.Equal(t, digest(c), digest(" "+c[:4]+c[5:]+" "), "typed without dash or case")
	}
	k := newKey()
	assert.Len(t, k, 32)
	assert.NotEqual(t, k, newKey())
	assert.NotEqual(t, digest("a"), digest("b"))
}

// TestErrorCodeIsAdditive pins the wire form of a refusal across the
// addition of Error.Code within protocol 1: a refusal without a code is
// the very frame it was before, a code is one more field an older client
// ignores, and a host's frame with fields this client does not know (a
// newer host) still reads.
func TestErrorCodeIsAdditive(t *testing.T) {
	require.Equal(t, 1, Version, "a new version needs its own compatibility test")
	tests := []struct {
		name string
		e    Error
		body string
	}{
		{"no code: as before", Error{Ref: 3, Message: "no seat has this code"}, `{"ref":3,"message":"no seat has this code"}`},
		{"rate limited", Error{Ref: 4, Message: "too many", Code: CodeRateLimited}, `{"ref":4,"message":"too many","code":"rate_limited"}`},
		{"order refused", Error{Ref: 5, Message: "not held", Order: 2}, `{"ref":5,"message":"not held","order":2}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := encode(TError, 1, tc.e)
			require.NoError(t, err)
			env, err := decodeReply(b)
			require.NoError(t, err)
			assert.JSONEq(t, tc.body, string(env.Body))
			assert.Equal(t, tc.body, string(env.Body), "field order and spelling are the wire format")

			var old struct { // the Error a client built before Code existed
				Ref     uint64 `json:"ref"`
				Message string `json:"message"`
				Order   int    `json:"order,omitempty"`
			}
			require.NoError(t, json.Unmarshal(env.Body, &old))
			assert.Equal(t, tc.e.Message, old.Message)
		})
	}
	err := replyInto(Envelope{V: Version, Type: TError, Body: json.RawMessage(`{"ref":1,"message":"m","code":"rate_limited","hint":"later"}`)}, TAck, &Ack{})
	var refusal *Error
	require.ErrorAs(t, err, &refusal)
	assert.Equal(t, "m", refusal.Message)
	assert.ErrorIs(t, err, ErrRateLimited)
}
