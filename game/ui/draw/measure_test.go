package draw

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"liaison/game/ui/input"
)

// The word-by-word advance agrees with shaping the whole string, in every
// face the game uses and at two scales, for the kind of text it wraps.
func TestWordMeasurerAgreesWithWholeStringShaping(t *testing.T) {
	ctx, err := NewContext(&input.Frame{})
	require.NoError(t, err)
	samples := []string{
		"",
		" ",
		"Valmora Coast Information Centre",
		"To Avoid a Wave: Lesson 1 — share the crew list over the liaison link, then verify it.",
		"AV To Ty Yo “quoted” words, (brackets), and a double  space.",
		"Answer with Crew list of the MV Stella over Liaison officer (2 AP) · Admiralty B2",
		"−3 Timeliness: the warning reached the port 0 rounds before the breach",
		"trailing space ",
		" leading space",
	}
	for _, scale := range []float64{1, 0.625} {
		ctx.SetSize(1280*scale, 720*scale, scale)
		for r := range roleCount {
			face := ctx.Face(r)
			m := wordMeasurer{ctx.text, face}
			for _, s := range samples {
				assert.InDelta(t, text.Advance(s, face), m.Advance(s), 0.5, "role %d, scale %v: %q", r, scale, s)
			}
		}
	}
}

func TestWrapAndFitUseTheWordCache(t *testing.T) {
	ctx, err := NewContext(&input.Frame{})
	require.NoError(t, err)
	p := "Share the crew list with the harbour master over the liaison link, then ask for the port's arrival schedule in return."
	lines := ctx.Wrap(Body, p, 200)
	require.Greater(t, len(lines), 2)
	for _, l := range lines {
		assert.LessOrEqual(t, ctx.TextW(Body, l), 200.0, "%q", l)
	}
	words := len(ctx.text.words)
	assert.Positive(t, words)
	assert.Less(t, words, 40, "one entry a distinct word, not one a prefix tried")
	fit := ctx.Fit(Body, p, 150)
	assert.LessOrEqual(t, ctx.TextW(Body, fit), 150.0)
	assert.Contains(t, fit, "…")
}
