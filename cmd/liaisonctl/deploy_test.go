package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
)

var balanceJob = filepath.Join("..", "..", "deploy", "k8s", "balance-job.yaml")

// decodeJob reads a manifest strictly into the Kubernetes Job type: a
// misspelt or misplaced field is an error, as `kubectl apply
// --validate=strict` would make it.
func decodeJob(t *testing.T, path string) *batchv1.Job {
	t.Helper()
	y, err := os.ReadFile(path)
	require.NoError(t, err)
	j, err := yaml.YAMLToJSON(y)
	require.NoError(t, err)
	dec := json.NewDecoder(bytes.NewReader(j))
	dec.DisallowUnknownFields()
	var job batchv1.Job
	require.NoError(t, dec.Decode(&job), "%s does not decode strictly into batch/v1 Job", path)
	require.False(t, dec.More(), "one document only")
	return &job
}

// expandEnv expands Kubernetes $(VAR) references as the kubelet does.
func expandEnv(s string, vars map[string]string) string {
	return regexp.MustCompile(`\$\(([A-Za-z_][A-Za-z0-9_]*)\)`).ReplaceAllStringFunc(s, func(m string) string {
		if v, ok := vars[m[2:len(m)-1]]; ok {
			return v
		}
		return m
	})
}

func TestBalanceJobIsAStrictIndexedJob(t *testing.T) {
	job := decodeJob(t, balanceJob)
	assert.Equal(t, "batch/v1", job.APIVersion)
	assert.Equal(t, "Job", job.Kind)
	spec := job.Spec
	require.NotNil(t, spec.CompletionMode)
	assert.Equal(t, batchv1.IndexedCompletion, *spec.CompletionMode)
	require.NotNil(t, spec.Completions)
	require.NotNil(t, spec.Parallelism)
	assert.LessOrEqual(t, *spec.Parallelism, *spec.Completions)
	assert.Contains(t, []corev1.RestartPolicy{corev1.RestartPolicyNever, corev1.RestartPolicyOnFailure}, spec.Template.Spec.RestartPolicy)
	require.Len(t, spec.Template.Spec.Containers, 1)
	c := spec.Template.Spec.Containers[0]
	var index *corev1.EnvVar
	for i := range c.Env {
		if c.Env[i].Name == "JOB_COMPLETION_INDEX" {
			index = &c.Env[i]
		}
	}
	require.NotNil(t, index, "the container declares JOB_COMPLETION_INDEX, so that $(JOB_COMPLETION_INDEX) expands")
	require.NotNil(t, index.ValueFrom)
	require.NotNil(t, index.ValueFrom.FieldRef)
	assert.Equal(t, "metadata.annotations['batch.kubernetes.io/job-completion-index']", index.ValueFrom.FieldRef.FieldPath)
	mounts := map[string]bool{}
	for _, m := range c.VolumeMounts {
		mounts[m.MountPath] = true
	}
	assert.Len(t, spec.Template.Spec.Volumes, len(c.VolumeMounts))
	assert.Equal(t, []string{"liaisonctl"}, c.Command)
}

// TestBalanceJobCommandParses runs the job's command line, as each pod
// would get it, through liaisonctl's own parser: every index plays a
// different shard of the same batch, of N = completions, and writes its
// own part onto the mounted volume.
func TestBalanceJobCommandParses(t *testing.T) {
	job := decodeJob(t, balanceJob)
	n := int(*job.Spec.Completions)
	c := job.Spec.Template.Spec.Containers[0]
	mount := c.VolumeMounts[0].MountPath
	outs := map[string]bool{}
	var first *simCmd
	for k := range n {
		args := make([]string, len(c.Args))
		for i, a := range c.Args {
			args[i] = expandEnv(a, map[string]string{"JOB_COMPLETION_INDEX": fmt.Sprint(k)})
			require.NotContains(t, args[i], "$(", "an unexpanded reference")
		}
		var cl cli
		exit := -1
		var out, errb bytes.Buffer
		parser, err := newParser(&cl, env{stdout: &out, stderr: &errb}, func(code int) { exit = code })
		require.NoError(t, err)
		ctx, err := parser.Parse(args)
		require.NoError(t, err, "%v", args)
		require.Equal(t, -1, exit, errb.String())
		assert.Equal(t, "sim <scenario>", ctx.Command())
		s := cl.Sim
		assert.True(t, s.JSON, "a part is JSON")
		assert.True(t, s.Balance)
		shard, err := parseShard(s.Shard)
		require.NoError(t, err)
		assert.Equal(t, k, shard.K, "the shard is the completion index")
		assert.Equal(t, n, shard.N, "N of --shard is spec.completions")
		assert.True(t, strings.HasPrefix(s.Out, mount+"/"), "the part %s is written onto the volume %s", s.Out, mount)
		assert.False(t, outs[s.Out], "each index writes its own part")
		outs[s.Out] = true
		if first == nil {
			first = &s
			_, err := loadSource(s.Scenario)
			require.NoError(t, err, "the scenario is one liaisonctl embeds")
			continue
		}
		assert.Equal(t, first.Games, s.Games)
		assert.Equal(t, first.Seed, s.Seed)
		assert.Equal(t, first.Seats, s.Seats)
	}
}

// TestDoesNotLinkKubernetes: the Kubernetes types are for this test only.
func TestDoesNotLinkKubernetes(t *testing.T) {
	for _, d := range listDeps(t) {
		require.NotContains(t, d, "k8s.io", "liaisonctl must not depend on Kubernetes")
	}
}
