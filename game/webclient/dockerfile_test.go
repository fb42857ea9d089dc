package webclient

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// instruction is one Dockerfile instruction, continuation lines joined.
type instruction struct {
	line int
	op   string // upper case: FROM, RUN, COPY, ENTRYPOINT, …
	args string
}

// dockerInstructions reads a Dockerfile's instructions: comments and blank
// lines dropped, lines ending in a backslash joined to the next. Enough to
// check what the image holds without a Docker daemon.
func dockerInstructions(t *testing.T, text string) []instruction {
	t.Helper()
	var out []instruction
	var cur strings.Builder
	start := 0
	for i, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if cur.Len() == 0 {
			start = i + 1
		}
		more := strings.HasSuffix(line, `\`)
		cur.WriteString(strings.TrimSuffix(line, `\`))
		cur.WriteString(" ")
		if more {
			continue
		}
		op, args, _ := strings.Cut(strings.TrimSpace(cur.String()), " ")
		out = append(out, instruction{line: start, op: strings.ToUpper(op), args: strings.TrimSpace(args)})
		cur.Reset()
	}
	require.Zero(t, cur.Len(), "the Dockerfile ends in a continuation line")
	return out
}

// TestDockerfileServesBrowserClient checks deploy/Dockerfile without
// Docker: a stage builds the browser client with `make web` (whose recipe
// is the one docs/browser.md describes), the runtime image copies it, and
// the entry point serves it with --web.
func TestDockerfileServesBrowserClient(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "deploy", "Dockerfile"))
	require.NoError(t, err)
	ins := dockerInstructions(t, string(data))

	known := []string{"FROM", "RUN", "COPY", "WORKDIR", "VOLUME", "EXPOSE", "STOPSIGNAL", "ENTRYPOINT", "ENV", "ARG", "LABEL", "USER", "CMD"}
	stages := map[string]bool{}
	var webDir, served string
	var entry []string
	fromAs := regexp.MustCompile(`(?i)^\S+\s+AS\s+(\S+)$`)
	makeWeb := regexp.MustCompile(`\bmake web WEB_DIST=(\S+)`)
	for _, in := range ins {
		require.Contains(t, known, in.op, "line %d: unknown instruction %s", in.line, in.op)
		switch in.op {
		case "FROM":
			if m := fromAs.FindStringSubmatch(in.args); m != nil {
				stages[m[1]] = true
			}
		case "RUN":
			if m := makeWeb.FindStringSubmatch(in.args); m != nil {
				webDir = m[1]
			}
		case "COPY":
			f := strings.Fields(in.args)
			if len(f) >= 3 && strings.HasPrefix(f[0], "--from=") {
				from := strings.TrimPrefix(f[0], "--from=")
				assert.True(t, stages[from], "line %d: COPY --from=%s names no stage before it", in.line, from)
				if webDir != "" && f[1] == webDir {
					served = f[2]
				}
			}
		case "ENTRYPOINT":
			require.NoError(t, json.Unmarshal([]byte(in.args), &entry), "line %d: ENTRYPOINT must be a JSON array (exec form, so SIGTERM reaches the server)", in.line)
		}
	}
	require.NotEmpty(t, webDir, "a stage runs `make web WEB_DIST=DIR`")
	require.NotEmpty(t, served, "the runtime image copies %s from the web stage", webDir)
	i := slices.Index(entry, "--web")
	require.GreaterOrEqual(t, i, 0, "the entry point gives --web")
	require.Less(t, i+1, len(entry))
	assert.Equal(t, served, entry[i+1], "--web points at the copied client")
	assert.Equal(t, "serve", entry[1], "the entry point is liaisonctl serve")

	// What the stage relies on: make web builds the client as buildInto does.
	mk, err := os.ReadFile(filepath.Join("..", "..", "Makefile"))
	require.NoError(t, err)
	_, recipe, ok := strings.Cut(string(mk), "\nweb:")
	require.True(t, ok, "the Makefile has a web target")
	recipe, _, _ = strings.Cut(recipe, "\n\n")
	for _, want := range []string{"GOOS=js GOARCH=wasm", "./cmd/liaison", "lib/wasm/wasm_exec.js", "web/" + IndexFile, "gzip", WasmFile} {
		assert.Contains(t, recipe, want, "make web's recipe")
	}
}
