package scenario

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseDeliveriesAndNewConditions: a file using deliveries and the
// assessed_correctly and verified conditions loads, and items delivered
// through deliveries count for first rounds and derived needs just as
// through deliver.
func TestParseDeliveriesAndNewConditions(t *testing.T) {
	_, data := readTestdata(t, "mini.yaml")
	src := strings.Replace(string(data), `threats:`, `  - id: report
    title: Report
    origin: alpha
    facets: [plot:who]
    topics: [sea]
threats:`, 1)
	src = strings.Replace(src, `injects:
  - at: 2
    text: A storm is coming.`, `injects:
  - at: 2
    text: A storm is coming.
    effect:
      deliveries:
        - {item: report, to: [bravo]}
  - when: {assessed_correctly: {threat: plot}}
    text: Well read.
    expect:
      text: Someone verifies the tip.
      check: {verified: {item: tip, team: bravo}}`, 1)
	require.NotEqual(t, string(data), src)
	s, diags := Parse("mini.yaml", []byte(src))
	require.NotNil(t, s, "%v", diags)
	assert.Empty(t, diags.Errors())
	assert.Equal(t, []Delivery{{Item: "report", To: []string{"bravo"}}}, s.Injects[0].Effect.AllDeliveries())
	assert.Equal(t, &ThreatTeam{Threat: "plot"}, s.Injects[1].When.AssessedCorrectly)
	assert.Equal(t, &ItemBy{Item: "tip", Team: "bravo"}, s.Injects[1].Expect.Check.Verified)
	assert.Equal(t, 2, FirstAvailable(s, "report"))
	rep, _ := s.Item("report")
	assert.Empty(t, rep.Need, "bravo, the only other team on its topics, gets it from the inject: no need")
}

func TestAllDeliveries(t *testing.T) {
	d := Delivery{Item: "a", To: []string{"x"}}
	e := Effect{}
	assert.Empty(t, e.AllDeliveries())
	assert.True(t, e.IsEmpty())
	e.Deliver = &d
	assert.Equal(t, []Delivery{d}, e.AllDeliveries())
	e.Deliveries = []Delivery{{Item: "b", To: []string{"y"}}}
	assert.Equal(t, []Delivery{d, {Item: "b", To: []string{"y"}}}, e.AllDeliveries(), "deliver first")
	e.Deliver = nil
	assert.False(t, e.IsEmpty())
}
