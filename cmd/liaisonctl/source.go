package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"liaison/game/replay"
	"liaison/game/save"
	"liaison/game/scenario"
	"liaison/game/sim"
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

func readScenario(arg string) ([]byte, string, error) {
	st, err := os.Stat(arg)
	if err == nil {
		if st.Size() > int64(scenario.DefaultLimits.MaxBytes) {
			return nil, "", fmt.Errorf("scenario %s is %d bytes; the limit is %d", arg, st.Size(), scenario.DefaultLimits.MaxBytes)
		}
		data, err := os.ReadFile(arg)
		if err != nil {
			return nil, "", fmt.Errorf("read scenario %s: %w", arg, err)
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
	}
	data, _, err := readScenario(src)
	if err != nil {
		return nil, nil, fmt.Errorf("scenario for %s: %w", path, err)
	}
	return rec, data, nil
}
