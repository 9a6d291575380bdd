package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand/boltlog"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
	"github.com/wegwijzer/wegwijzer/loadtest"
)

// The scale-out figures in BENCHMARKS.md come from BenchmarkScaleOut; it runs only when asked for:
//
//	go test ./cmd/wegwijzer/ -run XXX -bench ScaleOut -benchtime 1x [-scaleout-duration 10s]
var scaleoutDuration = flag.Duration("scaleout-duration", 10*time.Second, "how long BenchmarkScaleOut loads each setting")

const metricsTestToken = "scaleout-metrics-token-0123"

// startReplica starts `wegwijzer serve` on a free port of 127.0.0.1 with a data folder of its own and the rate
// limits off (the load comes from one address), waits until /readyz answers 200 and returns its base URL. The
// process gets SIGTERM when the test ends.
func startReplica(tb testing.TB, env ...string) string {
	tb.Helper()
	base, _ := startServeProcess(tb, env...)
	return base
}

// startServeProcess is startReplica that also returns the process, for tests that kill it.
func startServeProcess(tb testing.TB, env ...string) (string, *exec.Cmd) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, binary, "serve", "--addr", "127.0.0.1:0")
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGTERM) }
	cmd.WaitDelay = 15 * time.Second
	cmd.Env = append(os.Environ(), "WEGWIJZER_DATA="+tb.TempDir(), "WEGWIJZER_CONTENT=", "WEGWIJZER_REDIS_URL=",
		"SLACK_BOT_TOKEN=", "SLACK_APP_TOKEN=", "SLACK_SIGNING_SECRET=", "DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY=",
		"WEGWIJZER_DASHBOARD_TOKENS=", "WEGWIJZER_METRICS_ADDR=", "WEGWIJZER_METRICS_TOKEN="+metricsTestToken,
		"WEGWIJZER_RATE_TURNS=off", "WEGWIJZER_RATE_CONVERSATIONS=off", "WEGWIJZER_LOG_LEVEL=info",
		"WEGWIJZER_PSEUDONYM_KEY=scaleout-pseudonym-key-0123456789")
	cmd.Env = append(cmd.Env, env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		cancel()
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		cancel()
		cmd.Wait()
	})
	var head bytes.Buffer
	base := ""
	sc := bufio.NewScanner(stderr)
	urlRE := regexp.MustCompile(`url=(http://\S+)/`)
	for base == "" && sc.Scan() {
		head.WriteString(sc.Text() + "\n")
		if m := urlRE.FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		tb.Fatalf("serve did not log its url:\n%s", head.String())
	}
	go io.Copy(io.Discard, stderr)
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get(base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base, cmd
			}
		}
		if time.Now().After(deadline) {
			tb.Fatalf("serve at %s not ready after 20 s: %v", base, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// runLoadtest runs `wegwijzer loadtest --json` as a process of its own against urls and returns its figures.
func runLoadtestProcess(tb testing.TB, urls []string, args ...string) *loadtest.Result {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	args = append([]string{"loadtest", "--json", "--url", strings.Join(urls, ",")}, args...)
	out, err := exec.CommandContext(ctx, binary, args...).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		tb.Fatalf("wegwijzer %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	var res loadtest.Result
	if err := json.Unmarshal(out, &res); err != nil {
		tb.Fatalf("loadtest output: %v\n%s", err, out)
	}
	return &res
}

// turnsServed reads wegwijzer_turns_total, summed over its labels, from a replica's /metrics.
func turnsServed(tb testing.TB, base string) float64 {
	tb.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+metricsTestToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		tb.Fatalf("%s/metrics: %s", base, resp.Status)
	}
	var sum float64
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "wegwijzer_turns_total{") {
			continue
		}
		v, err := strconv.ParseFloat(line[strings.LastIndexByte(line, ' ')+1:], 64)
		if err != nil {
			tb.Fatalf("metrics line %q: %v", line, err)
		}
		sum += v
	}
	return sum
}

// dialogue runs a scripted dialogue of turns turns, turn t to urls[t%len(urls)] (a button when the bot asks back,
// a follow-up after an answer), and returns what each reply was: kind, button values and offer ids. The first turn
// starts the conversation; the others continue it under the id the server issued (name is for messages).
func dialogue(tb testing.TB, urls []string, name, opening string, turns int) []string {
	tb.Helper()
	body := map[string]string{"text": opening}
	id := ""
	var got []string
	for t := range turns {
		data, _ := json.Marshal(body)
		resp, err := http.Post(urls[t%len(urls)]+"/api/chat", "application/json", bytes.NewReader(data))
		if err != nil {
			tb.Fatal(err)
		}
		var r struct {
			Conversation string `json:"conversation"`
			Kind         string `json:"kind"`
			Options      []struct {
				Value string `json:"value"`
			} `json:"options"`
			Offers []struct {
				ID string `json:"id"`
			} `json:"offers"`
		}
		err = json.NewDecoder(resp.Body).Decode(&r)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || err != nil {
			tb.Fatalf("turn %d of %s: %s %v", t, name, resp.Status, err)
		}
		if id == "" {
			id = r.Conversation
		}
		line := r.Kind
		for _, o := range r.Options {
			line += " " + o.Value
		}
		for _, o := range r.Offers {
			line += " " + o.ID
		}
		got = append(got, line)
		body = map[string]string{"conversation": id}
		switch {
		case r.Kind == "clarify" && len(r.Options) > 0:
			body["option"] = r.Options[0].Value
		default:
			body["text"] = "Hoe vraag ik dat aan?"
		}
	}
	return got
}

// TestReplicasShareConversationsThroughRedis is the scale-out harness at a small size: two serve processes on one
// real Redis. A dialogue whose turns alternate between them must go exactly as it goes on one replica (a replica
// that did not see the other's turns would not know the button it is pressed for), and `wegwijzer loadtest` over
// both spreads the turns evenly without errors.
func TestReplicasShareConversationsThroughRedis(t *testing.T) {
	redis := redistest.Start(t)
	a := startReplica(t, "WEGWIJZER_REDIS_URL="+redis.URL())
	b := startReplica(t, "WEGWIJZER_REDIS_URL="+redis.URL())
	for i, opening := range []string{"Ik wil mijn bedrijf verduurzamen", "Ik zoek personeel maar kan niemand vinden"} {
		one := dialogue(t, []string{a}, fmt.Sprintf("one-%d", i), opening, 4)
		both := dialogue(t, []string{a, b}, fmt.Sprintf("both-%d", i), opening, 4)
		if strings.Join(one, "\n") != strings.Join(both, "\n") {
			t.Errorf("%q across two replicas:\n%s\nwant as on one:\n%s", opening, strings.Join(both, "\n"), strings.Join(one, "\n"))
		}
	}
	beforeA, beforeB := turnsServed(t, a), turnsServed(t, b)
	res := runLoadtestProcess(t, []string{a, b}, "--conversations", "8", "--turns", "4")
	if res.Turns != 32 || res.Errors != 0 {
		t.Fatalf("loadtest: turns %d, errors %d (%v); want 32 turns and no errors", res.Turns, res.Errors, res.ErrorsBy)
	}
	if na, nb := turnsServed(t, a)-beforeA, turnsServed(t, b)-beforeB; na != 16 || nb != 16 {
		t.Errorf("replicas served %v and %v of the load's turns, want 16 each", na, nb)
	}
}

// TestKilledServerLosesNoAnsweredTurn kills serve (SIGKILL) in the middle of a load on the embedded store and
// counts: every turn answered with 200 must have its event in the demand log, since a reply waits for the group
// commit of its event.
func TestKilledServerLosesNoAnsweredTurn(t *testing.T) {
	data := t.TempDir()
	base, cmd := startServeProcess(t, "WEGWIJZER_DATA="+data)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(time.Second, func() {
		cmd.Process.Kill()
		time.Sleep(100 * time.Millisecond) // let the answers already on the wire arrive
		cancel()
	})
	res, _ := loadtest.Run(ctx, loadtest.Options{URL: base, Conversations: 50, Duration: 30 * time.Second})
	cmd.Wait()
	if res == nil || res.Turns == 0 {
		t.Fatalf("no turn answered before the kill: %+v", res)
	}
	log, err := boltlog.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close()
	events := 0
	if err := log.Scan(context.Background(), time.Time{}, time.Time{}, func(wegwijzer.DemandEvent) error {
		events++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if events < res.Turns {
		t.Errorf("%d turns answered before the kill, but only %d events in the demand log: %d lost", res.Turns, events, res.Turns-events)
	}
	t.Logf("%d turns answered, %d events in the log", res.Turns, events)
}

// BenchmarkScaleOut loads serve through `wegwijzer loadtest` for -scaleout-duration per setting: the /healthz
// floor, the embedded store (one replica: the file belongs to one process), and 1, 2 and 4 replicas on one Redis
// and on a Redis Cluster of three masters with a replica each, each at 100 and 1,000 conversations. Every process shares this
// machine's cores, the load generator included. It reports turns/s, p50 and p99 (ms), errors, and the CPU time the
// serve processes spent per turn (Redis's own CPU not included).
func BenchmarkScaleOut(b *testing.B) {
	convs := []int{100, 1000}
	load := func(b *testing.B, procs []*exec.Cmd, urls []string, floor bool) {
		for _, n := range convs {
			b.Run(fmt.Sprintf("conversations=%d", n), func(b *testing.B) {
				for range b.N {
					args := []string{"--conversations", strconv.Itoa(n), "--duration", scaleoutDuration.String()}
					if floor {
						args = append(args, "--floor")
					}
					cpu := cpuSeconds(procs)
					res := runLoadtestProcess(b, urls, args...)
					cpu = cpuSeconds(procs) - cpu
					b.ReportMetric(res.TurnsPerSec, "turns/s")
					b.ReportMetric(res.P50ms, "p50-ms")
					b.ReportMetric(res.P99ms, "p99-ms")
					b.ReportMetric(float64(res.Errors), "errors")
					if res.Turns > 0 && cpu > 0 {
						b.ReportMetric(cpu*1e3/float64(res.Turns), "serve-cpu-ms/turn")
					}
					if res.Errors > 0 {
						b.Logf("errors: %v", res.ErrorsBy)
					}
				}
			})
		}
	}
	replicas := func(b *testing.B, n int, env ...string) ([]*exec.Cmd, []string) {
		var procs []*exec.Cmd
		var urls []string
		for range n {
			u, cmd := startServeProcess(b, env...)
			urls, procs = append(urls, u), append(procs, cmd)
		}
		return procs, urls
	}
	b.Run("floor=healthz", func(b *testing.B) {
		procs, urls := replicas(b, 1)
		load(b, procs, urls, true)
	})
	b.Run("store=embedded/replicas=1", func(b *testing.B) {
		procs, urls := replicas(b, 1)
		load(b, procs, urls, false)
	})
	b.Run("store=redis", func(b *testing.B) {
		redis := redistest.Start(b)
		for _, n := range []int{1, 2, 4} {
			b.Run(fmt.Sprintf("replicas=%d", n), func(b *testing.B) {
				procs, urls := replicas(b, n, "WEGWIJZER_REDIS_URL="+redis.URL())
				load(b, procs, urls, false)
			})
		}
	})
	b.Run("store=cluster3+3", func(b *testing.B) {
		cluster := redistest.StartReplicatedCluster(b, 3, 1, 0)
		for _, n := range []int{1, 2, 4} {
			b.Run(fmt.Sprintf("replicas=%d", n), func(b *testing.B) {
				procs, urls := replicas(b, n, "WEGWIJZER_REDIS_URL="+strings.Join(cluster.Addrs(), ","))
				load(b, procs, urls, false)
			})
		}
	})
}

// cpuSeconds is the CPU time (user and system) the processes have used so far, from /proc (Linux); 0 elsewhere.
func cpuSeconds(procs []*exec.Cmd) float64 {
	const ticksPerSecond = 100 // USER_HZ on Linux
	var total float64
	for _, p := range procs {
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.Process.Pid))
		if err != nil {
			return 0
		}
		// Fields after the command name (in parentheses, which may hold spaces): utime and stime are 14 and 15.
		f := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+1:]))
		if len(f) < 13 {
			return 0
		}
		ut, _ := strconv.ParseFloat(f[11], 64)
		st, _ := strconv.ParseFloat(f[12], 64)
		total += (ut + st) / ticksPerSecond
	}
	return total
}
