package netplay

import (
	"context"
	"encoding/json"
	"math"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"liaison/game/bot"
	"liaison/game/internal/shippedtest"
	"liaison/game/room"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/scenarios"
)

// fill sets every exported field of v, recursively, to a drawn value:
// strings from text, ints often 0 (omitempty), lists and maps nil, empty
// or a few long, pointers nil or set. It walks the types by reflection,
// so a field added to rules.View or the facilitator's types later is
// filled too, and the encoders' tests fail until the encoder writes it.
func fill(t *rapid.T, v reflect.Value, label string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(text(t, label))
	case reflect.Int, reflect.Int64:
		v.SetInt(rapid.OneOf(rapid.Just(int64(0)), rapid.Int64Range(-50, 50), rapid.Int64()).Draw(t, label))
	case reflect.Uint64:
		v.SetUint(rapid.OneOf(rapid.Just(uint64(0)), rapid.Uint64()).Draw(t, label))
	case reflect.Bool:
		v.SetBool(rapid.Bool().Draw(t, label))
	case reflect.Float64:
		v.SetFloat(rapid.OneOf(rapid.SampledFrom([]float64{0, 0.15, 1e-6, 5e-6, 1e-7, -2.5e-9, 9.99e20, 1e21, 123456789.125, math.SmallestNonzeroFloat64}),
			rapid.Float64Range(-1e30, 1e30)).Draw(t, label))
	case reflect.Pointer:
		if rapid.Bool().Draw(t, label+" set") {
			v.Set(reflect.New(v.Type().Elem()))
			fill(t, v.Elem(), label)
		}
	case reflect.Slice:
		switch rapid.IntRange(0, 2).Draw(t, label+" shape") {
		case 0: // nil
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			n := rapid.IntRange(1, 3).Draw(t, label+" len")
			v.Set(reflect.MakeSlice(v.Type(), n, n))
			for i := 0; i < n; i++ {
				fill(t, v.Index(i), label)
			}
		}
	case reflect.Map:
		switch rapid.IntRange(0, 2).Draw(t, label+" shape") {
		case 0: // nil
		case 1:
			v.Set(reflect.MakeMap(v.Type()))
		default:
			v.Set(reflect.MakeMap(v.Type()))
			for n := rapid.IntRange(1, 4).Draw(t, label+" len"); n > 0; n-- {
				k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
				fill(t, k, label+" key")
				fill(t, e, label+" value")
				v.SetMapIndex(k, e)
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() {
				fill(t, v.Field(i), f.Name)
			}
		}
	default:
		t.Fatalf("fill: no generator for %s (%s): teach fill and the encoder this type", label, v.Type())
	}
}

// drawn returns a T with every field drawn by fill.
func drawn[T any](t *rapid.T) T {
	var v T
	fill(t, reflect.ValueOf(&v).Elem(), reflect.TypeOf(v).Name())
	return v
}

// TestAppendViewIsJSONMarshal: a hand-encoded View is byte for byte what
// json.Marshal writes, for Views with every field drawn.
func TestAppendViewIsJSONMarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := drawn[rules.View](t)
		want, err := json.Marshal(v)
		require.NoError(t, err)
		require.Equal(t, string(want), string(appendView(nil, &v)))
	})
}

// TestAppendFacilitatorFrameIsJSONMarshal: the same for the facilitator's
// frame, with its teams' Views encoded here or handed in already encoded
// (as the room shares its snapshots' bytes), any of them missing.
func TestAppendFacilitatorFrameIsJSONMarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := drawn[FacilitatorFrame](t)
		for _, c := range channelsOf(f.View) {
			if math.IsNaN(c.Leak) || math.IsInf(c.Leak, 0) {
				t.Skip("fill draws finite leaks")
			}
		}
		want, err := json.Marshal(f)
		require.NoError(t, err)
		var views [][]byte
		if f.View != nil && rapid.Bool().Draw(t, "shared views") {
			for i := range f.View.Teams {
				var b []byte
				if rapid.Bool().Draw(t, "shared") {
					b, err = json.Marshal(f.View.Teams[i])
					require.NoError(t, err)
				}
				views = append(views, b)
			}
		}
		got, ok := appendFacilitatorFrame(nil, &f, views)
		require.True(t, ok)
		require.Equal(t, string(want), string(got))
	})
}

// channelsOf is fv's channels, none for a nil view.
func channelsOf(fv *rules.FacilitatorView) []rules.FacilitatorChannel {
	if fv == nil {
		return nil
	}
	return fv.Channels
}

// TestAppendFacilitatorFrameRefusesNaN: a leak chance JSON cannot hold is
// not written; the caller falls back to json.Marshal, which names it.
func TestAppendFacilitatorFrameRefusesNaN(t *testing.T) {
	for _, leak := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		f := FacilitatorFrame{View: &rules.FacilitatorView{Channels: []rules.FacilitatorChannel{{Leak: leak}}}}
		_, ok := appendFacilitatorFrame(nil, &f, nil)
		assert.False(t, ok, "leak %v", leak)
		_, err := json.Marshal(f)
		assert.Error(t, err)
	}
}

// TestAppendStringIsJSONMarshal: strings of any bytes are quoted exactly
// as encoding/json quotes them.
func TestAppendStringIsJSONMarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), // valid UTF-8, any runes
			rapid.Custom(func(t *rapid.T) string { return string(rapid.SliceOf(rapid.Byte()).Draw(t, "bytes")) }), // any bytes
			rapid.Custom(func(t *rapid.T) string { return text(t, "text") })).Draw(t, "s")
		want, err := json.Marshal(s)
		require.NoError(t, err)
		require.Equal(t, string(want), string(appendString(nil, s)))
	})
}

// FuzzAppendString holds appendString to json.Marshal on any bytes.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "plain-id", "<b>&amp;</b>", "\"\\\b\f\n\r\t\x00\x1f\x7f", "é—✓", "\xff\xfe\xc3", "\u2028\u2029", "a\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		require.Equal(t, string(want), string(appendString(nil, s)))
	})
}

// TestShippedScenariosEncodeAsJSONMarshal plays each shipped scenario to
// the end with bots and, every round, holds every team's View and the
// facilitator's frame (sharing the teams' encoded Views, as a room does)
// to json.Marshal byte for byte.
func TestShippedScenariosEncodeAsJSONMarshal(t *testing.T) {
	for _, file := range []string{"tutorial.yaml", "harbour-watch.yaml", "northern-corridor.yaml"} {
		t.Run(file, func(t *testing.T) {
			sc, data := shippedtest.Load(t, file)
			seats := map[string]string{}
			for i, tm := range sc.Teams {
				seats[tm.ID] = bot.Personalities[i%len(bot.Personalities)]
			}
			rm, err := room.New(room.Config{Scenario: sc, Data: data, File: file, Seats: seats, Facilitator: true})
			require.NoError(t, err)
			rounds := 0
			for {
				fv := rm.Facilitator()
				views := make([][]byte, len(fv.TeamIDs))
				for i, team := range fv.TeamIDs {
					v, err := rm.View(team)
					require.NoError(t, err)
					want, err := json.Marshal(v)
					require.NoError(t, err)
					views[i] = appendView(nil, &v)
					require.Equal(t, string(want), string(views[i]), "round %d, team %s", rm.Round(), team)
				}
				f := FacilitatorFrame{Round: rm.Round(), Over: rm.Over(), View: &fv, Hash: rm.Hash(), Pending: rm.PendingActions()}
				for _, team := range rm.Teams() {
					f.Teams = append(f.Teams, TeamStatus{Team: team, Seat: rm.Kind(team)})
				}
				want, err := json.Marshal(f)
				require.NoError(t, err)
				got, ok := appendFacilitatorFrame(nil, &f, views)
				require.True(t, ok)
				require.Equal(t, string(want), string(got), "round %d", rm.Round())
				if rm.Over() {
					break
				}
				_, err = rm.Resolve(context.Background(), false)
				require.NoError(t, err)
				rounds++
				require.Less(t, rounds, 100, "the game does not end")
			}
			require.Positive(t, rounds)
		})
	}
}

// midGame is northern-corridor after a few bot rounds: its first team's
// View and the facilitator's frame.
func midGame(b *testing.B) (rules.View, FacilitatorFrame) {
	data, err := scenarios.Read("northern-corridor.yaml")
	require.NoError(b, err)
	sc, diags := scenario.Parse("northern-corridor.yaml", data)
	require.NotNil(b, sc, "%v", diags)
	seats := map[string]string{}
	for _, tm := range sc.Teams {
		seats[tm.ID] = "cooperative"
	}
	rm, err := room.New(room.Config{Scenario: sc, Data: data, Seats: seats})
	require.NoError(b, err)
	for i := 0; i < 6 && !rm.Over(); i++ {
		_, err = rm.Resolve(context.Background(), false)
		require.NoError(b, err)
	}
	v, err := rm.View(rm.Teams()[0])
	require.NoError(b, err)
	fv := rm.Facilitator()
	return v, FacilitatorFrame{Round: rm.Round(), View: &fv, Hash: rm.Hash()}
}

// BenchmarkViewJSON compares encoding/json with the hand encoders on a
// northern-corridor View and facilitator frame in round 7.
func BenchmarkViewJSON(b *testing.B) {
	v, f := midGame(b)
	var buf []byte
	b.Run("view/encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = json.Marshal(v)
		}
	})
	b.Run("view/appendView", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf = appendView(buf[:0], &v)
		}
	})
	b.Run("facilitator/encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = json.Marshal(f)
		}
	})
	views := make([][]byte, len(f.View.Teams))
	for i := range f.View.Teams {
		views[i] = appendView(nil, &f.View.Teams[i])
	}
	b.Run("facilitator/shared-views", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buf, _ = appendFacilitatorFrame(buf[:0], &f, views)
		}
	})
}
