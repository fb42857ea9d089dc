// Package report builds the after-action review (AAR) of a Liaison game
// (docs/aar.md) and exports it.
//
// FromRecord replays a game record on its scenario and Build turns the
// scenario, record and event log into one AAR model: the scenario and seats,
// the coalition's and each team's score per dimension with every lost point
// traced to the event that caused it, a timeline of every event with what
// happened and why, a "who knew what when" matrix, the MSEL expected
// outcomes met or missed, the strongest and weakest behaviours and an
// improvement plan. Exporters write it as Markdown, a self-contained HTML
// page with SVG charts, versioned JSON, CSV of events and xAPI 1.0.3
// statements, which SendStatements can post to a learning record store.
//
// The builder is pure and deterministic: it never reads the clock; xAPI
// timestamps derive from a base time the caller passes in.
package report
