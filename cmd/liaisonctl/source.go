package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"liaison/game/replay"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/game/sim"
	"liaison/game/termsafe"
	"liaison/scenarios"
)

// loadSource loads a scenario from a path, or from the embedded files by
// name ("harbour-watch" or "harbour-watch.yaml") when no such file exists.
func loadSource(arg string) (sim.Source, error) {
	data, name, err := readScenario(arg)
	if err != nil {
		return sim.Source{}, err
	}
	sc, diags := scenario.Parse(name, data)
	if sc == nil {
		return sim.Source{}, fmt.Errorf("scenario %s has errors:\n%w", name, diags.Errors())
	}
	return sim.Source{Scenario: sc, Data: data, File: name}, nil
}

// readScenario reads the scenario file arg names (a regular file of at most
// scenario.DefaultLimits.MaxBytes, see save.ReadScenarioFile), or the
// embedded scenario of that name when there is no such file.
func readScenario(arg string) ([]byte, string, error) {
	_, err := os.Lstat(arg)
	if err == nil {
		data, err := save.ReadScenarioFile(arg)
		if err != nil {
			return nil, "", err
		}
		return data, arg, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, "", fmt.Errorf("read scenario %s: %w", arg, err)
	}
	name := strings.TrimPrefix(arg, "scenarios/")
	if !strings.HasSuffix(name, ".yaml") {
		name += ".yaml"
	}
	data, rerr := scenarios.Read(name)
	if rerr != nil {
		return nil, "", fmt.Errorf("no scenario file %s, and no embedded scenario of that name (embedded: %s)", arg, strings.Join(scenarios.Names(), ", "))
	}
	return data, name, nil
}

// openRecord reads a save or a bare game record and the scenario bytes it
// was played with: the override if given, else the file the record names.
func openRecord(path, scenarioOverride string) (*replay.Record, []byte, error) {
	rec, err := save.ReadRecord(path)
	if err != nil {
		return nil, nil, err
	}
	src := scenarioOverride
	if src == "" {
		src = rec.ScenarioFile
		if err := checkRecordScenario(src); err != nil {
			return nil, nil, fmt.Errorf("scenario for %s: %w", path, err)
		}
	}
	data, _, err := readScenario(src)
	if err != nil {
		return nil, nil, fmt.Errorf("scenario for %s: %w", path, err)
	}
	return rec, data, nil
}

// checkRecordScenario vets the scenario file a record names before it is
// read: records travel by mail, so the name is untrusted. Only a scenario
// file name (.yaml or .yml) is read, never an arbitrary file such as
// ~/.ssh/id_rsa, whose hash the mismatch message would otherwise print.
func checkRecordScenario(name string) error {
	if name == "" {
		return errors.New("the record does not name its scenario file; give it with --scenario")
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext != ".yaml" && ext != ".yml" || strings.ContainsRune(name, 0) {
		return fmt.Errorf("the record names %s as its scenario, which is not a .yaml scenario file; give the scenario with --scenario",
			termsafe.Quote(name))
	}
	return nil
}
