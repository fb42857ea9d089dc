package report

// The browser build draws no charts: gonum/plot and its fonts would add
// about 3.5 MB to the gzipped client (docs/browser.md). The AAR page says
// where to get them; every number is still in its tables.

// stripKind is one kind of mark on the timeline strip (charts.go); the
// browser build has no strip, so no legend.
type stripKind struct{ Label, Symbol, Colour string }

// stripKinds is empty: no strip, no legend.
var stripKinds []stripKind

// noChart stands where a chart would be.
const noChart = `<p class="meta">Charts are left out of the browser client to keep it small. ` +
	`The desktop game and <code>liaisonctl report</code> draw them.</p>`

func scoreChart(*AAR) (string, error) { return noChart, nil }
func trustChart(*AAR) (string, error) { return noChart, nil }
func reachChart(*AAR) (string, error) { return noChart, nil }
func stripChart(*AAR) (string, error) { return noChart, nil }

// teamColourOf returns the colour of team id ("" when unknown); charts.go
// has the same for the desktop build.
func teamColourOf(a *AAR, id string) string {
	for _, t := range a.Teams {
		if t.ID == id {
			return t.Colour
		}
	}
	return ""
}
