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
