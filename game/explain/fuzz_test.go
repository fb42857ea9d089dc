package explain

import (
	"io"
	"testing"

	"liaison/game/scenario"
	"liaison/scenarios"
)

// FuzzExplain: any file that loads can be explained, and any bytes at all
// go through ExplicitNeeds, without a panic.
func FuzzExplain(f *testing.F) {
	for _, name := range scenarios.Names() {
		data, err := scenarios.Read(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("items: [{id: a, need: []}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		explicit := ExplicitNeeds(data)
		sc, _ := scenario.Parse("fuzz.yaml", data)
		if sc == nil {
			return
		}
		if err := WriteText(io.Discard, sc, Explain(sc, explicit)); err != nil {
			t.Fatal(err)
		}
	})
}
