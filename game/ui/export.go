package ui

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"liaison/game/report"
)

// exportSteps are the steps of an AAR export, in order: build the review,
// write its HTML page, write its Markdown debrief.
const exportSteps = 3

// exportJob is an AAR export running off the frame loop. Building and
// writing the review of a game at the scenario limits takes seconds; run in
// Update it froze the window. The end scene starts a job, polls it every
// frame for its progress and, once done, for its result.
type exportJob struct {
	started time.Time
	done    chan struct{} // closed when the job has finished

	mu   sync.Mutex
	step int    // steps begun, 1..exportSteps
	what string // what the step under way does, e.g. "writing the HTML page"
	msg  string // the result, once done
	err  error
}

// startExport runs work in a goroutine. work reports each step it begins
// through begin; it returns the message to show, or an error. A panic in
// work becomes the job's error: an export never takes the window down.
func startExport(work func(begin func(what string)) (string, error)) *exportJob {
	j := &exportJob{started: time.Now(), done: make(chan struct{})}
	go func() {
		var msg string
		var err error
		defer func() {
			if r := recover(); r != nil {
				msg, err = "", fmt.Errorf("export the AAR: internal error: %v", r)
			}
			j.mu.Lock()
			j.msg, j.err = msg, err
			j.mu.Unlock()
			close(j.done)
		}()
		msg, err = work(j.begin)
	}()
	return j
}

// begin records that the next step has started.
func (j *exportJob) begin(what string) {
	j.mu.Lock()
	j.step = min(j.step+1, exportSteps)
	j.what = what
	j.mu.Unlock()
}

// progress returns the step under way (0 before the first) and what it does.
func (j *exportJob) progress() (step int, what string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.step, j.what
}

// result returns the job's message or error, and whether it has finished;
// it never blocks.
func (j *exportJob) result() (msg string, err error, finished bool) {
	select {
	case <-j.done:
	default:
		return "", nil, false
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.msg, j.err, true
}

// wait blocks until the job has finished (tests).
func (j *exportJob) wait() { <-j.done }

// progressText says how far the job has got, e.g. "Exporting the AAR: step
// 2 of 3, writing the HTML page… 4 s".
func (j *exportJob) progressText(now time.Time) string {
	step, what := j.progress()
	if step == 0 {
		return "Exporting the AAR…"
	}
	return fmt.Sprintf("Exporting the AAR: step %d of %d, %s… %d s", step, exportSteps, what,
		int(now.Sub(j.started).Seconds()))
}

// exportAAR starts building the after-action review of the finished game
// and handing its HTML page and Markdown debrief to the player, in the
// background: files in the app's report folder on the desktop
// (export_desktop.go), downloads in the browser (export_js.go). What the
// job reads of the session is taken here, on the frame loop, so the job
// shares nothing the game may change.
func (a *App) exportAAR(g *game) *exportJob {
	if g.keep == nil {
		return startExport(func(func(string)) (string, error) { return "", errNotKept })
	}
	sc := g.sess.Scenario()
	rec := g.keep.Record(g.entry.Name, g.entry.Data)
	events := slices.Clone(g.sess.Events())
	return startExport(func(begin func(string)) (string, error) {
		begin("building the review")
		aar, err := report.Build(sc, rec, events)
		if err != nil {
			return "", fmt.Errorf("build the AAR: %w", err)
		}
		return a.deliverAAR(aar, begin)
	})
}
