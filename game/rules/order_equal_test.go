package rules

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOrderEqual(t *testing.T) {
	base := Order{Kind: Share, Team: "a", Item: "x", To: []string{"b", "c"}, Channel: "radio"}
	tests := []struct {
		name string
		edit func(o *Order)
		same bool
	}{
		{"itself", func(*Order) {}, true},
		{"a copy of To", func(o *Order) { o.To = []string{"b", "c"} }, true},
		{"To in another order", func(o *Order) { o.To = []string{"c", "b"} }, false},
		{"one recipient fewer", func(o *Order) { o.To = o.To[:1] }, false},
		{"another channel", func(o *Order) { o.Channel = "mail" }, false},
		{"a note", func(o *Order) { o.Note = "why" }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := base
			o.To = append([]string(nil), base.To...)
			tc.edit(&o)
			assert.Equal(t, tc.same, base.Equal(o))
			assert.Equal(t, tc.same, o.Equal(base), "symmetric")
		})
	}
	assert.True(t, Order{Kind: Pass, Team: "a"}.Equal(Order{Kind: Pass, Team: "a", To: []string{}}), "nil and empty To are the same")
}

// TestOrderEqualSeesEveryField: a field added to Order and forgotten in
// Equal fails here.
func TestOrderEqualSeesEveryField(t *testing.T) {
	typ := reflect.TypeFor[Order]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		t.Run(f.Name, func(t *testing.T) {
			var o Order
			v := reflect.ValueOf(&o).Elem().Field(i)
			switch v.Kind() {
			case reflect.String:
				v.SetString("set")
			case reflect.Int:
				v.SetInt(1)
			case reflect.Slice:
				v.Set(reflect.ValueOf([]string{"set"}))
			default:
				t.Fatalf("field %s of kind %s: teach this test to set it", f.Name, v.Kind())
			}
			assert.False(t, o.Equal(Order{}), "Equal ignores %s", f.Name)
		})
	}
}
