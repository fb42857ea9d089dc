package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// CSVHeader is the column row of WriteCSV, one event per following row.
var CSVHeader = []string{"seq", "round", "kind", "team", "from", "to", "teams", "item", "channel", "threat", "facet",
	"ref", "rule", "delta", "value", "truth", "notable", "what", "why", "coalition_points_lost", "dimensions"}

// WriteCSV writes every event of the timeline as one CSV row for
// spreadsheets (RFC 4180, UTF-8, header row CSVHeader). Lists are joined with
// ";"; coalition_points_lost is the impact on the coalition's total.
func WriteCSV(w io.Writer, a *AAR) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("write AAR CSV: %w", err)
	}
	for _, e := range a.Timeline {
		var lost float64
		var dims []string
		for _, l := range e.Losses {
			if l.Card == "coalition" {
				lost += l.Impact
			}
			if !slices.Contains(dims, l.Dimension) {
				dims = append(dims, l.Dimension)
			}
		}
		row := []string{strconv.Itoa(e.Seq), strconv.Itoa(e.Round), e.Kind, e.Team, e.From, strings.Join(e.To, ";"),
			strings.Join(e.Teams, ";"), e.Item, e.Channel, e.Threat, e.Facet, e.Ref, e.Rule, strconv.Itoa(e.Delta),
			strconv.Itoa(e.Value), strconv.FormatBool(e.Truth), strconv.FormatBool(e.Notable), cellSafe(e.What), cellSafe(e.Why),
			strconv.FormatFloat(round1(lost), 'f', 1, 64), strings.Join(dims, ";")}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write AAR CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write AAR CSV: %w", err)
	}
	return nil
}

// cellSafe keeps free text from being read as a spreadsheet formula: a
// cell that starts with a formula character (=, +, -, @, tab, carriage
// return), after any spaces or line breaks a spreadsheet may skip, gets a
// leading apostrophe (OWASP's advice for CSV injection).
func cellSafe(s string) string {
	t := strings.TrimLeft(s, " \n")
	if t != "" && strings.ContainsRune("=+-@\t\r", rune(t[0])) {
		return "'" + s
	}
	return s
}
