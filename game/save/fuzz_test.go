package save

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/scenario"
	"liaison/scenarios"
)

var updateCorpus = flag.Bool("update-corpus", false, "rewrite the committed fuzz seed corpora under testdata/fuzz")

// maxFuzzInput bounds the inputs the fuzz targets examine: the seeds are a
// few kilobytes, and larger inputs only slow the fuzzer's minimisation.
const maxFuzzInput = 64 << 10

// loadClasses are the errors Decode may return.
var loadClasses = []error{ErrTooLarge, ErrTruncated, ErrCorrupt, ErrVersion, ErrNotSave}

// resumeClasses are the errors Resume may return given the scenario bytes
// the save names by hash (a save may still name another scenario id).
var resumeClasses = []error{ErrCorrupt, ErrDiverged, ErrWrongScenario}

// FuzzLoadSave feeds the save loader arbitrary bytes, seeded (testdata/fuzz)
// with valid saves and the broken-save set. Decode must never panic, must
// classify every refusal, and a save it accepts must encode and decode back
// to the same bytes and resume (or be refused with a reason) against its
// scenario. Inputs that only fail the checksum are resealed with a correct
// one and tried again, so the fuzzer reaches the record, the UI state and
// the engine behind them.
func FuzzLoadSave(f *testing.F) {
	f.Add([]byte(`{"liaison_save":1,"sha256":"","body":{}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			t.Skip("input larger than maxFuzzInput")
		}
		checkLoad(t, data)
		if sealed, ok := resealBytes(data); ok {
			checkLoad(t, sealed)
		}
	})
}

// checkLoad decodes one input and, when it loads, re-encodes and resumes it.
func checkLoad(t *testing.T, data []byte) {
	sv, err := Decode(data)
	if err != nil {
		if !isAny(err, loadClasses...) || err.Error() == "" {
			t.Fatalf("unclassified load error: %v", err)
		}
		return
	}
	again, err := Encode(sv)
	if err != nil {
		t.Fatalf("a loaded save does not encode: %v", err)
	}
	sv2, err := Decode(again)
	if err != nil {
		t.Fatalf("a re-encoded save does not load: %v", err)
	}
	if again2, _ := Encode(sv2); !bytes.Equal(again, again2) {
		t.Fatalf("encoding is not stable")
	}
	if sc := shipped()[sv.Record.ScenarioHash]; sc != nil {
		if sv.Record.FinalHash == "" {
			return // Resume refuses it before replaying
		}
		if _, err := resume(sv, sc); err != nil && !isAny(err, resumeClasses...) {
			t.Fatalf("unclassified resume error: %v", err)
		}
	}
}

// FuzzDecodeRecord feeds replay.Decode (game records, and the record inside
// every save) arbitrary bytes, seeded with records of bot games and one of
// hostile orders. Decode must never panic; a record it accepts must encode
// and decode back, and replay (or be refused with a reason) against its
// scenario when it is a shipped one, driving the engine with whatever
// orders the fuzzer wrote.
func FuzzDecodeRecord(f *testing.F) {
	f.Add([]byte(`{"format":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzInput {
			t.Skip("input larger than maxFuzzInput")
		}
		rec, err := replay.Decode(data)
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("empty error message")
			}
			return
		}
		out, err := replay.Encode(rec)
		if err != nil {
			t.Fatalf("a decoded record does not encode: %v", err)
		}
		if _, err := replay.Decode(out); err != nil {
			t.Fatalf("a re-encoded record does not decode: %v", err)
		}
		if sc := shipped()[rec.ScenarioHash]; sc != nil {
			if _, err := replayRecord(rec, sc); err != nil && !isAny(err, ErrWrongScenario, ErrDiverged) {
				t.Fatalf("unclassified replay error: %v", err)
			}
		}
	})
}

// shipped maps the SHA-256 of every embedded scenario to the parsed
// scenario, parsed once per fuzzing process: parsing costs more than
// replaying a short game, and Resume's hash check guarantees these bytes.
var shipped = sync.OnceValue(func() map[string]*scenario.Scenario {
	out := map[string]*scenario.Scenario{}
	for _, name := range scenarios.Names() {
		if data, err := scenarios.Read(name); err == nil {
			if sc, _ := scenario.Parse(name, data); sc != nil {
				out[scenario.Hash(data)] = sc
			}
		}
	}
	return out
})

// resealBytes gives an input that parses as an envelope a correct checksum.
func resealBytes(data []byte) ([]byte, bool) {
	var env struct {
		Format json.RawMessage `json:"liaison_save"`
		SHA256 string          `json:"sha256"`
		Body   json.RawMessage `json:"body"`
	}
	if json.Unmarshal(data, &env) != nil || env.Body == nil {
		return nil, false
	}
	var compact bytes.Buffer
	if json.Compact(&compact, env.Body) != nil {
		return nil, false
	}
	sum := sha256.Sum256(compact.Bytes())
	if hex.EncodeToString(sum[:]) == env.SHA256 {
		return nil, false // already sealed: checked as is
	}
	env.SHA256 = hex.EncodeToString(sum[:])
	out, err := json.Marshal(env)
	return out, err == nil
}

// TestFuzzCorpus keeps the committed seed corpora in step with the code:
// -update-corpus rewrites the seeds from bot games and the broken-save set.
// Inputs the fuzzer once failed on (hex names) are kept as regressions.
func TestFuzzCorpus(t *testing.T) {
	saves := map[string][]byte{}
	records := map[string][]byte{}
	for _, c := range []struct {
		name   string
		rounds int
	}{{"tutorial.yaml", 0}, {"tutorial.yaml", -1}, {"harbour-watch.yaml", 1}, {"harbour-watch.yaml", 3}} {
		m := newMatch(t, c.name).play(c.rounds)
		key := fmt.Sprintf("%s-%d", c.name[:len(c.name)-5], len(m.rec.Turns))
		saves["valid-"+key] = encoded(t, m.save(t))
		raw, err := replay.Encode(m.rec)
		require.NoError(t, err)
		records["valid-"+key] = raw
	}
	hostile := newMatch(t, "harbour-watch.yaml").play(1)
	team := hostile.sc.Teams[0].ID
	hostile.rec.Turns = append(hostile.rec.Turns, rules.Turn{
		Orders: map[string][]rules.Order{
			team: {
				{Kind: rules.Share, Team: team, Item: "no-such-item", To: []string{team, team, "nobody"}},
				{Kind: rules.Propose, Team: team, Threat: "x", At: -5, To: []string{""}},
				{Kind: rules.Commit, Team: team, Ref: "op-999"},
				{Kind: "teleport", Team: team},
				{Kind: rules.Message, Team: "someone-else", MsgKind: "SHOUT"},
			},
			"nobody": {{Kind: rules.Pass}},
		},
		Facilitator: []rules.FacilitatorAction{{Inject: "no-such-inject"}, {Note: "hello"}},
	})
	raw, err := replay.Encode(hostile.rec)
	require.NoError(t, err)
	records["hostile-orders"] = raw
	for name, data := range brokenSet(t) {
		saves[name[:len(name)-5]] = data
	}
	for _, target := range []struct {
		name  string
		seeds map[string][]byte
	}{{"FuzzLoadSave", saves}, {"FuzzDecodeRecord", records}} {
		dir := filepath.Join("testdata", "fuzz", target.name)
		if *updateCorpus { // rewrites the named seeds; inputs the fuzzer found stay
			require.NoError(t, os.MkdirAll(dir, 0o755))
			for name, data := range target.seeds {
				file := "go test fuzz v1\n[]byte(" + strconv.Quote(string(data)) + ")\n"
				require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(file), 0o644))
			}
		}
		files, err := os.ReadDir(dir)
		if errors.Is(err, os.ErrNotExist) {
			t.Fatalf("no seed corpus in %s: run go test ./game/save -run TestFuzzCorpus -args -update-corpus", dir)
		}
		require.NoError(t, err)
		require.GreaterOrEqual(t, len(files), len(target.seeds), "%s: run go test ./game/save -run TestFuzzCorpus -args -update-corpus", dir)
	}
}
