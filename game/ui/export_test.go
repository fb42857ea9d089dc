package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExportJobRunsOffTheCallerAndReportsItsSteps(t *testing.T) {
	release := make(chan struct{})
	began := make(chan struct{})
	j := startExport(func(begin func(string)) (string, error) {
		begin("building the review")
		close(began)
		<-release
		begin("writing the HTML page")
		return "Saved a.html and a.md", nil
	})
	<-began
	_, _, finished := j.result()
	require.False(t, finished, "startExport must return while the work runs")
	step, what := j.progress()
	assert.Equal(t, 1, step)
	assert.Equal(t, "building the review", what)
	assert.Equal(t, "Exporting the AAR: step 1 of 3, building the review… 2 s", j.progressText(j.started.Add(2500*time.Millisecond)))
	close(release)
	j.wait()
	msg, err, finished := j.result()
	require.True(t, finished)
	require.NoError(t, err)
	assert.Equal(t, "Saved a.html and a.md", msg)
}

func TestExportJobReportsErrorsAndPanics(t *testing.T) {
	cases := []struct {
		name string
		work func(func(string)) (string, error)
		want string
	}{
		{"error", func(func(string)) (string, error) { return "", errors.New("disk full") }, "disk full"},
		{"panic", func(func(string)) (string, error) { panic("boom") }, "export the AAR: internal error: boom"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			j := startExport(c.work)
			j.wait()
			msg, err, finished := j.result()
			require.True(t, finished)
			require.EqualError(t, err, c.want)
			assert.Empty(t, msg)
		})
	}
}

func TestExportJobProgressBeforeTheFirstStep(t *testing.T) {
	release := make(chan struct{})
	j := startExport(func(func(string)) (string, error) { <-release; return "", nil })
	defer func() { close(release); j.wait() }()
	assert.True(t, strings.HasPrefix(j.progressText(time.Now()), "Exporting the AAR"))
}
