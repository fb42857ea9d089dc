package netplay

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSnapshotWireMatchesSnapshot: the frame a host sends (snapshotWire,
// its View pre-encoded) has exactly Snapshot's fields, tags and order, so
// clients decode it as a Snapshot.
func TestSnapshotWireMatchesSnapshot(t *testing.T) {
	a, b := reflect.TypeFor[Snapshot](), reflect.TypeFor[snapshotWire]()
	assert.Equal(t, a.NumField(), b.NumField())
	for i := range min(a.NumField(), b.NumField()) {
		fa, fb := a.Field(i), b.Field(i)
		assert.Equal(t, fa.Name, fb.Name)
		assert.Equal(t, fa.Tag, fb.Tag, fa.Name)
		if fa.Name != "View" {
			assert.Equal(t, fa.Type, fb.Type, fa.Name)
		}
	}
}
