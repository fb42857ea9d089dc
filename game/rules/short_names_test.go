package rules

import "testing"

func TestShortNames(t *testing.T) {
	got := ShortNames([]TeamInfo{
		{ID: "a", Name: "Kestrian Railway Police", Country: "Kestria"},
		{ID: "b", Name: "Kestrian Border Guard", Country: "Kestria"},
		{ID: "c", Name: "Vesterholm Revenue and Customs", Country: "Vesterholm"},
		{ID: "d", Name: "Maritime Task Force Grey Sound", Country: "Vesterholm"},
		{ID: "e", Name: "Nordvik Security Service", Country: "Nordvik"},
		{ID: "f", Name: "Twin One", Country: "Twin"},
		{ID: "g", Name: "Twin One", Country: "Twin"},
		{ID: "h", Name: "Harbour Authority", Short: "Port Ops", Country: "Ostmark"},
	})
	want := map[string]string{"a": "Kestria Railway", "b": "Kestria Border", "c": "Vesterholm Revenue",
		"d": "Vesterholm Maritime", "e": "Nordvik", "f": "Twin One", "g": "Twin One", "h": "Port Ops"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: %q want %q", id, got[id], w)
		}
	}
}
