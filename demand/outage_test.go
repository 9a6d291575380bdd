package demand_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/demand/redislog"
	"github.com/wegwijzer/wegwijzer/index"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
)

func mustCatalogue(tb testing.TB) *content.Catalogue {
	tb.Helper()
	cat, _, err := content.Load(content.Builtin(), content.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return cat
}

func mustIndex(tb testing.TB, cat *content.Catalogue) *index.Index {
	tb.Helper()
	ix, err := index.New(cat, index.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}

// The test: the demand log is Redis; the redis-server is stopped while the bot runs, 1,000 turns are
// sent, the server comes back in the middle of them, and afterwards the log holds exactly 1,000 events.
func TestRedisOutageLosesNothingAndDuplicatesNothing(t *testing.T) {
	redis.SetLogger(quietRedis{}) // the outage is the point: no "failed to dial" lines
	srv := redistest.Start(t)
	opt, err := redis.ParseURL(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	// Short timeouts, no retries: an outage shows at once instead of after go-redis's patient defaults.
	opt.DialTimeout, opt.ReadTimeout, opt.WriteTimeout, opt.MaxRetries = 200*time.Millisecond, 300*time.Millisecond, 300*time.Millisecond, -1
	rdb := redis.NewClient(opt)
	t.Cleanup(func() { rdb.Close() })
	log := redislog.New(rdb, redislog.Options{TextRetention: demand.DefaultRetention})

	spool := demand.OpenSpool(filepath.Join(t.TempDir(), demand.SpoolFile))
	rec := mustRecorder(t, log, demand.Options{Spool: spool, StoreTimeout: 300 * time.Millisecond, ReplayEvery: 50 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	runDone := make(chan struct{})
	go func() { rec.Run(ctx); close(runDone) }()
	defer func() { cancel(); <-runDone }()

	cat := mustCatalogue(t)
	st, err := boltstore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var hooked atomic.Int64
	engine := bot.New(cat, mustIndex(t, cat), st, nil, bot.Options{Hooks: bot.Hooks{
		Turn: func(ctx context.Context, tr wegwijzer.TurnRecord) {
			hooked.Add(1)
			rec.Record(ctx, tr)
		},
		Erase: rec.Erase,
	}})

	if err := rdb.Ping(ctx).Err(); err != nil {
		t.Fatalf("redis not up at the start: %v", err)
	}
	srv.Stop() // mid-run: the bot and its recorder are running

	questions := []string{"subsidie elektrische bestelbus", "Ik wil mijn bedrijf verduurzamen", "personeel vinden",
		"frituurvet afvoeren", "hulp bij export naar Duitsland", "mijn klant betaalt niet, bel 06-12345678"}
	const turns, workers, restartAt = 1000, 10, 600
	var sent atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < turns; i += workers {
				_, err := engine.Handle(context.Background(), wegwijzer.Message{
					Conversation: fmt.Sprintf("conv-%d", i), User: fmt.Sprintf("U%03d", i%150), Community: "zwolle",
					Platform: "slack", Text: questions[i%len(questions)],
				})
				if err != nil {
					errs <- err
					return
				}
				sent.Add(1)
			}
		}()
	}
	// Bring Redis back while the turns still come in: replay and direct appends then run side by side.
	for sent.Load() < restartAt {
		time.Sleep(5 * time.Millisecond)
	}
	srv.Start()
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if hooked.Load() != turns {
		t.Fatalf("engine reported %d turns, want %d", hooked.Load(), turns)
	}

	// Wait for the replay.
	deadline := time.Now().Add(20 * time.Second)
	for {
		n, err := spool.Len()
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 && !rec.Degraded() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("spool still holds %d events after 20 s (degraded=%v)", n, rec.Degraded())
		}
		time.Sleep(20 * time.Millisecond)
	}
	evs := scanAll(t, log)
	ids := map[string]bool{}
	for _, ev := range evs {
		ids[ev.ID] = true
	}
	if len(evs) != turns || len(ids) != turns {
		t.Errorf("log holds %d events with %d distinct ids, want exactly %d", len(evs), len(ids), turns)
	}
	t.Logf("%d turns, %d events in Redis after the outage", turns, len(evs))
}

type quietRedis struct{}

func (quietRedis) Printf(context.Context, string, ...any) {}
