package widget

import (
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/stretchr/testify/assert"

	"liaison/game/ui/draw"
)

func TestNoticeExpires(t *testing.T) {
	r := newRig(t)
	var n Notice
	assert.False(t, n.Expire(r.ctx), "no notice, nothing to expire")
	r.next()
	n.Show("Game saved", draw.ColGood, r.ctx.Tick)
	for range NoticeTicks - 1 {
		r.next()
		assert.False(t, n.Expire(r.ctx))
	}
	assert.Equal(t, "Game saved", n.Text())
	assert.True(t, drawn(t, func(dst *ebiten.Image) { n.Draw(dst, r.ctx) }))
	r.next()
	assert.True(t, n.Expire(r.ctx), "gone after NoticeTicks ticks, and says so once")
	assert.Empty(t, n.Text())
	assert.False(t, n.Expire(r.ctx))
	assert.False(t, drawn(t, func(dst *ebiten.Image) { n.Draw(dst, r.ctx) }))
}

func TestNoticeLines(t *testing.T) {
	r := newRig(t)
	var n Notice
	n.Show("Autosave failed\nThe disk is full. Free some space; the game goes on.\nthird\nfourth", draw.ColBad, 0)
	rect, lines := n.rect(r.ctx)
	assert.Len(t, lines, noticeLines, "at most noticeLines lines")
	assert.LessOrEqual(t, rect.W, r.ctx.W*0.85)
}
