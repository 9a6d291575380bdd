package demand_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/demand/redislog"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
)

// turnRecord is the record of the first turn of conversation i.
func turnRecord(i int, at time.Time) wegwijzer.TurnRecord {
	conv := fmt.Sprintf("eo-%d", i)
	return wegwijzer.TurnRecord{
		Time:         at,
		Message:      wegwijzer.Message{Conversation: conv, User: fmt.Sprintf("U%03d", i%50), Community: "zwolle", Platform: "web", Text: "subsidie voor een elektrische bestelbus"},
		Conversation: &wegwijzer.Conversation{ID: conv, Messages: 1, Community: "zwolle"},
	}
}

// TestDemandLogExactlyOnceThroughRefusedWrites records events while Redis refuses writes, first paused (CLIENT
// PAUSE WRITE: commands wait, time out, and run later), then refusing them outright as a master does whose
// replica died (min-replicas-to-write with no replica: NOREPLICAS), and kills the recording replica with events
// in its spool: a second one on the same data folder replays them. Every event must be in the log exactly once.
func TestDemandLogExactlyOnceThroughRefusedWrites(t *testing.T) {
	redis.SetLogger(quietRedis{})
	srv := redistest.Start(t)
	opt, err := redis.ParseURL(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	// As the service configures it, with shorter timeouts: one retry, so that a timed-out write is sent twice.
	opt.DialTimeout, opt.ReadTimeout, opt.WriteTimeout, opt.MaxRetries = 200*time.Millisecond, 200*time.Millisecond, 200*time.Millisecond, 1
	rdb := redis.NewClient(opt)
	t.Cleanup(func() { rdb.Close() })
	admin := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	t.Cleanup(func() { admin.Close() })
	log := redislog.New(rdb, redislog.Options{TextRetention: demand.DefaultRetention})
	dir := t.TempDir()
	ps := mustPseudonyms(t)
	newReplica := func() (*demand.Recorder, context.CancelFunc, chan struct{}) {
		rec := mustRecorder(t, log, demand.Options{Pseudonyms: ps, Spool: demand.OpenSpool(filepath.Join(dir, demand.SpoolFile)),
			StoreTimeout: 250 * time.Millisecond, ReplayEvery: 50 * time.Millisecond})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { rec.Run(ctx); close(done) }()
		return rec, cancel, done
	}
	ctx := context.Background()
	start := time.Now().Add(-time.Minute)
	next := 0
	record := func(rec *demand.Recorder, n int) {
		var wg sync.WaitGroup
		for w := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < n; i += 8 {
					k := next + i
					rec.Record(ctx, turnRecord(k, start.Add(time.Duration(k)*time.Millisecond)))
				}
			}()
		}
		wg.Wait()
		next += n
	}

	a, stopA, doneA := newReplica()
	record(a, 200)
	// Writes paused: they wait in Redis, the recorder gives up and spools, Redis runs them later.
	if err := admin.Do(ctx, "CLIENT", "PAUSE", "1500", "WRITE").Err(); err != nil {
		t.Fatal(err)
	}
	record(a, 300)
	time.Sleep(1600 * time.Millisecond)
	// Writes refused: a master whose replica was killed.
	if err := admin.ConfigSet(ctx, "min-replicas-to-write", "1").Err(); err != nil {
		t.Fatal(err)
	}
	record(a, 300)
	// The recording replica is killed with events in its spool; another one takes over the data folder.
	stopA()
	<-doneA
	b, stopB, doneB := newReplica()
	defer func() { stopB(); <-doneB }()
	record(b, 200)
	if err := admin.ConfigSet(ctx, "min-replicas-to-write", "0").Err(); err != nil {
		t.Fatal(err)
	}
	record(b, 200)

	spool := demand.OpenSpool(filepath.Join(dir, demand.SpoolFile))
	deadline := time.Now().Add(20 * time.Second)
	for {
		n, err := spool.Len()
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 && !b.Degraded() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("spool still holds %d events after 20 s", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // writes that timed out on the client may still run in Redis
	evs := scanAll(t, log)
	ids := map[string]bool{}
	for _, ev := range evs {
		ids[ev.ID] = true
	}
	entries, err := admin.XLen(ctx, "{wegwijzer:demand}:events").Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != next || len(evs) != next || int(entries) != next {
		t.Errorf("%d events recorded; the log holds %d distinct ids, scans %d events, and its stream %d entries: want %d each (0 lost, 0 doubled)",
			next, len(ids), len(evs), entries, next)
	}
	t.Logf("%d events through paused writes, refused writes and a killed replica: %d in the log", next, len(ids))
}
