package save

import (
	"testing"
)

// BenchmarkSaveNorthernCorridor times saving a northern-corridor game
// played to its end by the default bots (23 resolved rounds of 24; the
// bots end it a round early): snapshot is New (copying the record and
// hashing the state), encode is Encode alone, autosave is Store.Autosave
// (encode, write a temporary file, fsync, rename, fsync the folder, rotate).
// The target for autosave is under 20 ms.
func BenchmarkSaveNorthernCorridor(b *testing.B) {
	m := newMatch(b, "northern-corridor.yaml").play(-1)
	sv := m.save(b)
	data := encoded(b, sv)
	b.Run("snapshot", func(b *testing.B) {
		for b.Loop() {
			if _, err := New(m.rec, m.st, sv.UI); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encode", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := Encode(sv); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("autosave", func(b *testing.B) {
		s, err := Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := s.Autosave(sv); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(sv.Record.Turns)), "rounds")
	})
	b.Run("load", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := Decode(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
