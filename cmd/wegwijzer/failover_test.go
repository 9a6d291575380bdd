//go:build failover

// The failover drill runs only with the build tag (it starts a 3+3 Redis Cluster and two serve replicas, about a
// minute): go test -tags failover ./cmd/wegwijzer/ -run TestClusterFailover -v -count=1

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand/redislog"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
	"github.com/wegwijzer/wegwijzer/store/redisstore"
)

// startServeReplica runs `wegwijzer serve` with the environment and returns its base URL and a function that stops
// it with SIGTERM (a graceful stop: the demand queue and spool are flushed) and waits for it.
func startServeReplica(t *testing.T, vars ...string) (string, func()) {
	t.Helper()
	cmd := exec.Command(binary, "serve", "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), vars...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	urlRE := regexp.MustCompile(`url=(http://\S+)/`)
	base := ""
	for sc.Scan() {
		if m := urlRE.FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	if base == "" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatal("serve did not log its url")
	}
	go io.Copy(io.Discard, stderr)
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cmd.Process.Signal(syscall.SIGTERM)
			cmd.Wait()
		})
	}
	t.Cleanup(stop)
	return base, stop
}

// TestClusterFailover is the failover drill of RELIABILITY.md: a Redis Cluster of 3 masters and 3 replicas (node
// timeout 3 s), two serve replicas under a steady load of two-turn dialogues, and the master that holds the
// demand log killed (SIGKILL) after 8 s. It counts the seconds with errors, turns answered but not saved, turns
// saved but answered with an error, and demand events lost or doubled.
func TestClusterFailover(t *testing.T) {
	redis.SetLogger(quietLogger{})
	const (
		workers  = 8
		duration = 30 * time.Second
		killAt   = 8 * time.Second
	)
	cl := redistest.StartReplicatedCluster(t, 3, 1, 3*time.Second)
	url := strings.Join(cl.Addrs(), ",")
	env := []string{"WEGWIJZER_REDIS_URL=" + url, "WEGWIJZER_PSEUDONYM_KEY=a failover drill key of some length",
		"WEGWIJZER_CONTENT=", "WEGWIJZER_DASHBOARD_TOKENS=", "SLACK_BOT_TOKEN=", "SLACK_APP_TOKEN=", "SLACK_SIGNING_SECRET=",
		"DISCORD_BOT_TOKEN=", "DISCORD_PUBLIC_KEY=", "WEGWIJZER_RATE_TURNS=off", "WEGWIJZER_RATE_CONVERSATIONS=off"}
	var bases []string
	var stops []func()
	for range 2 {
		b, s := startServeReplica(t, append(env, "WEGWIJZER_DATA="+t.TempDir())...)
		bases, stops = append(bases, b), append(stops, s)
	}
	client, err := redisstore.NewClient(url, redisstore.Timeouts{})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	ctx := context.Background()
	cc := client.(*redis.ClusterClient)
	logMaster, err := cc.MasterForKey(ctx, "{wegwijzer:demand}:events")
	if err != nil {
		t.Fatal(err)
	}
	var victim *redistest.Server
	for _, n := range cl.Nodes {
		if n.Addr() == logMaster.Options().Addr {
			victim = n
		}
	}
	if victim == nil {
		t.Fatalf("no node at %s", logMaster.Options().Addr)
	}

	type outcome struct {
		second int
		ok     bool
	}
	var (
		mu       sync.Mutex
		outcomes []outcome
		answered = map[string]int{} // conversation -> turns answered 200
		sent     = map[string]int{} // conversation -> turns sent
	)
	httpc := &http.Client{Timeout: 20 * time.Second}
	start := time.Now()
	// turn sends text in conversation conv ("" = a new one) as visitor uid ("" = none), as the web chat does, and
	// returns the conversation the server answered in ("" when the turn failed) and the visitor id it gave. A
	// continued turn that is answered in another conversation counts as failed.
	turn := func(base, conv, uid, text string) (string, string) {
		body := fmt.Sprintf(`{"conversation":%q,"text":%q}`, conv, text)
		req, _ := http.NewRequest("POST", base+"/api/chat", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if uid != "" {
			req.AddCookie(&http.Cookie{Name: "wegwijzer_uid", Value: uid})
		}
		resp, err := httpc.Do(req)
		ok := err == nil && resp.StatusCode == 200
		var reply struct {
			Conversation string `json:"conversation"`
		}
		if err == nil {
			ok = ok && json.NewDecoder(resp.Body).Decode(&reply) == nil && reply.Conversation != "" &&
				(conv == "" || reply.Conversation == conv)
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			for _, c := range resp.Cookies() {
				if c.Name == "wegwijzer_uid" {
					uid = c.Value
				}
			}
		}
		if conv == "" {
			conv = reply.Conversation // a first turn that failed has no id to check in the store
		}
		mu.Lock()
		outcomes = append(outcomes, outcome{int(time.Since(start) / time.Second), ok})
		if conv != "" {
			sent[conv]++
			if ok {
				answered[conv]++
			}
		}
		mu.Unlock()
		if !ok {
			return "", uid
		}
		return conv, uid
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; time.Since(start) < duration; i++ {
				// The second turn continues the conversation on the other replica, under the id the first gave.
				if conv, uid := turn(bases[i%2], "", "", "subsidie voor een elektrische bestelbus"); conv != "" {
					turn(bases[(i+1)%2], conv, uid, "voor mijn transportbedrijf")
				}
			}
		}()
	}
	time.Sleep(killAt)
	victim.Kill()
	killed := time.Since(start)
	wg.Wait()
	for _, stop := range stops {
		stop() // flushes the demand queues and replays the spools
	}

	// Errors per second.
	perSecond := map[int][2]int{}
	for _, o := range outcomes {
		c := perSecond[o.second]
		if o.ok {
			c[0]++
		} else {
			c[1]++
		}
		perSecond[o.second] = c
	}
	var seconds []int
	for s := range perSecond {
		seconds = append(seconds, s)
	}
	sort.Ints(seconds)
	errorSeconds, errorsTotal, okTotal := 0, 0, 0
	var lines []string
	for _, s := range seconds {
		c := perSecond[s]
		okTotal += c[0]
		errorsTotal += c[1]
		if c[1] > 0 {
			errorSeconds++
		}
		lines = append(lines, fmt.Sprintf("%2d s: %4d ok %4d errors", s, c[0], c[1]))
	}
	// Turns: what was answered must be saved, and what was saved must have been answered.
	store := redisstore.New(client, redisstore.Options{})
	lost, refusedButSaved := 0, 0
	for conv, n := range sent {
		c, err := store.Load(ctx, conv)
		for deadline := time.Now().Add(90 * time.Second); err != nil && wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND && time.Now().Before(deadline); {
			time.Sleep(time.Second) // a client that has not learned the new slot map yet
			c, err = store.Load(ctx, conv)
		}
		saved := 0
		if err == nil {
			saved = c.Messages
		} else if wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
			t.Fatalf("load %s: %v", conv, err)
		}
		if saved < answered[conv] {
			lost += answered[conv] - saved
		}
		if saved > answered[conv] && saved <= n {
			refusedButSaved += saved - answered[conv]
		}
	}
	// Demand events: one per answered turn, exactly once.
	ids, entries := map[string]bool{}, 0
	dl := redislog.New(client, redislog.Options{})
	err = dl.Scan(ctx, time.Time{}, time.Time{}, func(ev wegwijzer.DemandEvent) error { ids[ev.ID] = true; return nil })
	if err != nil {
		t.Fatal(err)
	}
	n, err := client.XLen(ctx, "{wegwijzer:demand}:events").Result()
	if err != nil {
		t.Fatal(err)
	}
	entries = int(n)
	t.Logf("failover drill: master %s killed at %.1f s; %d turns answered, %d errors in %d seconds; %d answered turns not saved; %d saved turns answered with an error; %d demand events for %d saved turns, %d stream entries\n%s",
		victim.Addr(), killed.Seconds(), okTotal, errorsTotal, errorSeconds, lost, refusedButSaved, len(ids), okTotal+refusedButSaved, entries, strings.Join(lines, "\n"))
	if errorSeconds > 10 {
		t.Errorf("%d seconds with errors, want at most 10", errorSeconds)
	}
	if lost > 0 || refusedButSaved > 0 {
		t.Errorf("%d answered turns not saved, %d saved turns answered with an error: want 0 and 0", lost, refusedButSaved)
	}
	if len(ids) != okTotal+refusedButSaved || entries != len(ids) {
		t.Errorf("demand log: %d events (%d entries) for %d saved turns: want exactly one each", len(ids), entries, okTotal+refusedButSaved)
	}
}

type quietLogger struct{}

func (quietLogger) Printf(context.Context, string, ...any) {}
