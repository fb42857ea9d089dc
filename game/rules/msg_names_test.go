package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMsgNamesNameEveryKind checks that every message kind the engine
// accepts (the list its refusal names) has a name for people.
func TestMsgNamesNameEveryKind(t *testing.T) {
	assert.Len(t, MsgNames, len(msgKindNames))
	for _, k := range msgKindNames {
		assert.NotEmpty(t, MsgNames[MsgKind(k)], k)
	}
}
