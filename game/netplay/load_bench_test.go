package netplay_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"liaison/game/netplay"
)

// The load benchmark runs the host in a child process (this test binary,
// re-run as TestLoadHost) so that its CPU time and memory are the host's
// alone; the clients run here.
const (
	loadRooms    = 20
	loadEnv      = "LIAISON_LOAD_HOST"
	loadScenario = "northern-corridor.yaml"
)

// loadRoom is a room the child host made.
type loadRoom struct {
	Room  string            `json:"room"`
	Key   string            `json:"key"`
	Codes map[string]string `json:"codes"`
}

// TestLoadHost is the child host of BenchmarkLoad: it creates the rooms
// (every team a person), prints its address and the rooms' secrets as
// JSON, and serves until its stdin closes. It skips unless run by BenchmarkLoad.
func TestLoadHost(t *testing.T) {
	if os.Getenv(loadEnv) == "" {
		t.Skip("the load benchmark's host")
	}
	h := newHost(t, netplay.Options{SaveDir: t.TempDir(), MsgRate: 1000, MsgBurst: 1000})
	c := config(t, loadScenario, map[string]string{})
	for _, tm := range c.Scenario.Teams {
		c.Seats[tm.ID] = "human"
	}
	var rooms []loadRoom
	for i := 0; i < loadRooms; i++ {
		cr, err := h.srv.CreateRoom(c)
		require.NoError(t, err)
		rooms = append(rooms, loadRoom{Room: cr.Room, Key: cr.Key, Codes: cr.Codes})
	}
	b, err := json.Marshal(rooms)
	require.NoError(t, err)
	fmt.Printf("LOAD %s %s\n", h.url, b)
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n') // until the benchmark closes stdin
}

// BenchmarkLoad plays 20 rooms of northern-corridor at once, 8 people
// (scripted clients) and a facilitator in each, on loopback, and reports
// the confirm-to-ack latency (p50, p99), the host's CPU time per round,
// its peak RSS and how long its threads waited for a CPU.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		runLoad(b)
	}
}

func runLoad(b *testing.B) {
	args := []string{"-test.run=^TestLoadHost$", "-test.v"}
	if prof := os.Getenv("LIAISON_LOAD_CPUPROFILE"); prof != "" {
		args = append(args, "-test.cpuprofile="+prof) // the host's profile
	}
	if prof := os.Getenv("LIAISON_LOAD_MEMPROFILE"); prof != "" {
		args = append(args, "-test.memprofile="+prof, "-test.memprofilerate=65536") // the host's allocations
	}
	cmd := exec.Command(os.Args[0], args...)
	if cpus := os.Getenv("LIAISON_LOAD_HOST_CPUS"); cpus != "" {
		// Pin the host apart from the clients (taskset execs in place: same pid).
		cmd = exec.Command("taskset", append([]string{"-c", cpus, os.Args[0]}, args...)...)
	}
	cmd.Env = append(os.Environ(), loadEnv+"=1")
	stdin, err := cmd.StdinPipe()
	require.NoError(b, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(b, err)
	require.NoError(b, cmd.Start())
	defer func() {
		_ = stdin.Close()
		_ = cmd.Wait()
	}()
	sc := bufio.NewScanner(stdout)
	sc.Buffer(nil, 1<<20)
	var url string
	var rooms []loadRoom
	for sc.Scan() {
		if f := strings.SplitN(sc.Text(), " ", 3); len(f) == 3 && f[0] == "LOAD" {
			url = f[1]
			require.NoError(b, json.Unmarshal([]byte(f[2]), &rooms))
			break
		}
	}
	require.NotEmpty(b, rooms, "the host printed no rooms")
	go func() { // keep the child's pipe drained
		for sc.Scan() {
		}
	}()
	cpu0 := procCPU(b, cmd.Process.Pid)
	wait0, cwait0 := procRunqWait(cmd.Process.Pid), procRunqWait(os.Getpid())

	var mu sync.Mutex
	var lat []time.Duration
	var people sync.WaitGroup
	start := time.Now()
	for _, r := range rooms {
		fac, _ := join(b, url, netplay.Hello{Key: r.Key})
		go func() { // the facilitator reads until the benchmark closes it
			for {
				if _, err := fac.next(); err != nil {
					return
				}
				fac.frames = nil
			}
		}()
		for _, code := range r.Codes {
			p, _ := join(b, url, netplay.Hello{Code: code})
			people.Add(1)
			go func() {
				defer people.Done()
				d := p.timedPlay(b)
				mu.Lock()
				lat = append(lat, d...)
				mu.Unlock()
			}()
		}
	}
	people.Wait()
	wall := time.Since(start)
	cpu := procCPU(b, cmd.Process.Pid) - cpu0
	wait, cwait := procRunqWait(cmd.Process.Pid)-wait0, procRunqWait(os.Getpid())-cwait0
	rss := procKB(b, cmd.Process.Pid, "VmHWM:")
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	rounds := float64(len(rooms) * 24)
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(cpu.Microseconds())/1000/rounds, "host-cpu-ms/round")
	b.ReportMetric(float64(rss)/1024, "host-peak-rss-MB")
	b.ReportMetric(wall.Seconds(), "wall-s")
	b.ReportMetric(wait.Seconds(), "host-runq-wait-s")
	b.ReportMetric(cwait.Seconds(), "clients-runq-wait-s")
	b.Logf("%d confirms; p50 %.2f ms, p99 %.2f ms; host CPU %v (%.2f ms a room-round); host peak RSS %.1f MB; wall %v; waited for a CPU: host %v, clients %v",
		len(lat), pct(0.5), pct(0.99), cpu, float64(cpu.Microseconds())/1000/rounds, float64(rss)/1024, wall, wait.Round(time.Millisecond), cwait.Round(time.Millisecond))
}

// procRunqWait is how long a process's live threads have waited, runnable,
// for a CPU (Linux schedstat's second field): the share of the latency
// that is the machine's load, not the host's work. 0 where unavailable.
func procRunqWait(pid int) time.Duration {
	dirs, _ := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	var sum time.Duration
	for _, d := range dirs {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/schedstat", pid, d.Name()))
		if err != nil {
			continue
		}
		if f := strings.Fields(string(data)); len(f) >= 2 {
			ns, _ := strconv.ParseInt(f[1], 10, 64)
			sum += time.Duration(ns)
		}
	}
	return sum
}

// timedPlay plays a person's seat to the end and returns each confirm's
// time to its ack (refused confirms are retried and not counted).
func (p *peer) timedPlay(b *testing.B) []time.Duration {
	var out []time.Duration
	sn := p.snapshot()
	for sn.Phase != netplay.PhaseOver {
		if sn.Phase == netplay.PhaseOrders {
			os := plan(sn.View)
			for tries := 0; tries < 50; tries++ {
				sent := time.Now()
				p.send(netplay.TConfirm, netplay.Orders{Orders: os})
				var ack bool
				var refused int
				for {
					f, err := p.next()
					require.NoError(b, err)
					if f.env.Type == netplay.TAck {
						ack = true
						break
					}
					if f.env.Type == netplay.TError {
						var e netplay.Error
						require.NoError(b, json.Unmarshal(f.env.Body, &e))
						refused = e.Order
						break
					}
				}
				if ack {
					out = append(out, time.Since(sent))
					break
				}
				os = drop(os, refused)
			}
		}
		p.frames = nil
		sn = p.snapshot()
	}
	return out
}

// procCPU is a process's user+system CPU time (Linux).
func procCPU(b *testing.B, pid int) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	require.NoError(b, err)
	s := string(data)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ
}

// procKB reads a kB field of /proc/PID/status.
func procKB(b *testing.B, pid int, field string) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	require.NoError(b, err)
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, field) {
			n, _ := strconv.ParseInt(strings.Fields(l)[1], 10, 64)
			return n
		}
	}
	return 0
}
