package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"liaison/game/bot"
	"liaison/game/replay"
	"liaison/game/rules"
	"liaison/game/save"
	"liaison/game/score"
	"liaison/game/sim"
)

type playCmd struct {
	Scenario string `arg:"" help:"Scenario file, or the name of an embedded scenario."`
	Seats    string `aliases:"bots" help:"Seats as team=personality,... ('all=reckless' sets every team). Default: the scenario's seats, humans played by cooperative bots." placeholder:"MIX"`
	Seed     uint64 `help:"Game seed (0: the scenario's seed)."`
	Save     string `help:"Save the game to this file at the start and after every resolved round (atomic: temporary file, fsync, rename, folder fsync)." placeholder:"PATH"`
	Resume   bool   `help:"Continue the game saved at --save when that file exists (else start a new game there)."`
	DelayMs  int    `name:"delay-ms" help:"Pause this many milliseconds after each round (for crash tests)." placeholder:"N"`
	Narrate  string `help:"After each round, print the round's results as this team reads them (its orders' fates, its partners' actions and reasons, trust, score, news), in display names." placeholder:"TEAM"`
	Orders   string `help:"Scripted seats: a YAML file 'rounds: {1: [ORDER, …], …}' of orders in the game record's form; the teams it names play exactly these orders, the others as --seats. An illegal order stops the game with the engine's reason." placeholder:"FILE" type:"path"`
}

// maxDelayMs bounds --delay-ms.
const maxDelayMs = 60_000

// playGame is the game being played headless.
type playGame struct {
	rec     *replay.Record
	st      *rules.State
	players map[string]bot.Player
	ui      save.UI
}

// Run plays one all-bot game to the end, saving after every round, and
// prints the final state hash and the coalition's score.
func (c *playCmd) Run(e env) error {
	if c.Resume && c.Save == "" {
		return errors.New("--resume continues the game at --save PATH; give --save")
	}
	if c.DelayMs < 0 || c.DelayMs > maxDelayMs {
		return fmt.Errorf("--delay-ms %d: expected 0 to %d", c.DelayMs, maxDelayMs)
	}
	src, err := loadSource(c.Scenario)
	if err != nil {
		return err
	}
	g, err := c.open(src, e.stdout)
	if err != nil {
		return err
	}
	sc := src.Scenario
	if c.Narrate != "" {
		if _, ok := sc.Team(c.Narrate); !ok {
			return fmt.Errorf("--narrate %s: no such team; the teams are %s", c.Narrate, teamIDs(sc))
		}
	}
	var script *ordersScript
	if c.Orders != "" {
		if script, err = loadOrdersScript(c.Orders, sc); err != nil {
			return err
		}
		g.players = unscripted(g.players, script.teams(sc))
	}
	for !g.st.Over() {
		turn := sim.NextTurn(g.st, g.players)
		if script != nil {
			if err := script.apply(g.st, &turn); err != nil {
				return err
			}
		}
		g.rec.Turns = append(g.rec.Turns, turn)
		before := g.st
		g.st, _ = rules.Resolve(g.st, turn)
		if err := c.write(g); err != nil {
			return err
		}
		saved := ""
		if c.Save != "" {
			saved = "; saved"
		}
		if c.Narrate != "" {
			fmt.Fprint(e.stdout, narrate(sc, c.Narrate, before, g.st, turn))
		} else {
			fmt.Fprintf(e.stdout, "round %d/%d resolved%s\n", len(g.rec.Turns), sc.Rounds, saved)
		}
		if c.DelayMs > 0 {
			time.Sleep(time.Duration(c.DelayMs) * time.Millisecond)
		}
	}
	res := score.Compute(sc, g.st.Events())
	fmt.Fprintf(e.stdout, "final state hash: %s\n", g.st.Hash())
	fmt.Fprintf(e.stdout, "coalition: %.1f (%s), %d of %d threats disrupted in %d rounds\n",
		res.Coalition.Total, res.Coalition.Grade, res.Disrupted, res.Threats, len(g.rec.Turns))
	return nil
}

// open resumes the game saved at --save (with --resume, when the file
// exists) or starts a new one, saving it once before the first round.
func (c *playCmd) open(src sim.Source, w io.Writer) (*playGame, error) {
	if c.Save != "" {
		if _, err := save.CleanTemps(filepath.Dir(c.Save), time.Minute); err != nil {
			return nil, err
		}
		_, err := os.Stat(c.Save)
		switch {
		case err == nil && c.Resume:
			return c.resume(src, w)
		case err == nil:
			return nil, fmt.Errorf("%s exists; pass --resume to continue that game, or choose another path", c.Save)
		case !errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("save %s: %w", c.Save, err)
		case c.Resume:
			fmt.Fprintf(w, "no save at %s yet; starting a new game\n", c.Save)
		}
	}
	g, err := c.start(src)
	if err != nil {
		return nil, err
	}
	return g, c.write(g)
}

// start sets up a new game from the flags.
func (c *playCmd) start(src sim.Source) (*playGame, error) {
	sc := src.Scenario
	var mix map[string]string
	if c.Seats != "" {
		mixes, err := parseMixes([]string{c.Seats})
		if err != nil {
			return nil, err
		}
		mix = mixes[0]
	}
	seats, err := sim.Seats(sc, mix)
	if err != nil {
		return nil, err
	}
	seed := c.Seed
	if seed == 0 {
		seed = sc.Seed
	}
	players, err := sim.Players(sc, seed, seats)
	if err != nil {
		return nil, err
	}
	rec := sim.NewRecord(src, seed, seats)
	ui, err := c.ui()
	if err != nil {
		return nil, err
	}
	return &playGame{rec: rec, st: rules.New(sc, seed), players: players, ui: ui}, nil
}

// resume continues the game saved at --save; the save's seed and seats win,
// and flags that contradict them are refused rather than ignored.
func (c *playCmd) resume(src sim.Source, w io.Writer) (*playGame, error) {
	sv, err := save.Load(c.Save)
	if err != nil {
		return nil, fmt.Errorf("%w\n(the file was left as it is; move it away to start a new game there)", err)
	}
	st, err := save.Resume(sv, src.Data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Save, err)
	}
	rec := sv.Record
	if c.Seed != 0 && c.Seed != rec.Seed {
		return nil, fmt.Errorf("the game at %s was played with seed %d, not %d; drop --seed to continue it", c.Save, rec.Seed, c.Seed)
	}
	seats := map[string]string{}
	for _, s := range rec.Seats {
		seats[s.Team] = s.Player
	}
	for _, t := range src.Scenario.Teams {
		if seats[t.ID] == "" {
			return nil, fmt.Errorf("the game at %s has no seat for team %s", c.Save, t.ID)
		}
	}
	if c.Seats != "" {
		mixes, err := parseMixes([]string{c.Seats})
		if err != nil {
			return nil, err
		}
		want, err := sim.Seats(src.Scenario, mixes[0])
		if err != nil {
			return nil, err
		}
		for team, p := range want {
			if seats[team] != p {
				return nil, fmt.Errorf("the game at %s seats %s as %s, not %s; drop --seats to continue it", c.Save, team, seats[team], p)
			}
		}
	}
	players, err := sim.Players(src.Scenario, rec.Seed, seats)
	if err != nil {
		return nil, fmt.Errorf("the game at %s: %w", c.Save, err)
	}
	fmt.Fprintf(w, "resumed %s from %s: %d round(s) already resolved\n", rec.Scenario, c.Save, len(rec.Turns))
	return &playGame{rec: rec, st: st, players: players, ui: sv.UI}, nil
}

// ui says where the scenario came from: a file path (made absolute, so the
// save resumes from any folder) or an embedded scenario.
func (c *playCmd) ui() (save.UI, error) {
	ui := save.UI{Phase: save.PhaseRound}
	if st, err := os.Stat(c.Scenario); err == nil && !st.IsDir() {
		abs, err := filepath.Abs(c.Scenario)
		if err != nil {
			return ui, fmt.Errorf("scenario %s: %w", c.Scenario, err)
		}
		ui.Source.Path = abs
		return ui, nil
	}
	_, name, err := readScenario(c.Scenario)
	if err != nil {
		return ui, err
	}
	ui.Source.Embedded = name
	return ui, nil
}

// write saves the game to --save, if given.
func (c *playCmd) write(g *playGame) error {
	if c.Save == "" {
		return nil
	}
	sv, err := save.New(g.rec, g.st, g.ui)
	if err != nil {
		return err
	}
	return save.WriteFile(c.Save, sv)
}
