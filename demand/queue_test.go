package demand_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
)

func TestQueueRecordsEveryTurnAndErasesAfterThem(t *testing.T) {
	store := mustBolt(t)
	r := mustRecorder(t, store, demand.Options{})
	q := demand.NewQueue(r, 4) // small: senders wait when it is full, none is lost
	ctx := context.Background()
	for i := range 50 {
		q.Record(ctx, turn("U1", "c"+itoa(i), "vraag over zonnepanelen", wegwijzer.ReplyAnswer))
		q.Record(ctx, turn("U2", "d"+itoa(i), "vraag over personeel", wegwijzer.ReplyAnswer))
	}
	// U1's erasure must also reach the turns still queued.
	if _, err := q.Erase(ctx, "U1"); err != nil {
		t.Fatal(err)
	}
	if err := q.Close(ctx); err != nil {
		t.Fatal(err)
	}
	evs := scanAll(t, store)
	if len(evs) != 50 {
		t.Errorf("log holds %d events after erasing U1, want U2's 50", len(evs))
	}
	q.Record(ctx, turn("U3", "e", "na het sluiten", wegwijzer.ReplyAnswer)) // after Close: recorded inline
	if got := len(scanAll(t, store)); got != 51 {
		t.Errorf("a turn after Close was lost: %d events, want 51", got)
	}
}

// slowLog is a demand log whose appends take a while, like an fsync on a busy disk, and that counts them.
type slowLog struct {
	wegwijzer.DemandLog
	mu       sync.Mutex
	appends  int
	appended int
}

func (l *slowLog) Append(ctx context.Context, evs ...wegwijzer.DemandEvent) error {
	time.Sleep(20 * time.Millisecond)
	err := l.DemandLog.Append(ctx, evs...)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.appends++
	if err == nil {
		l.appended += len(evs)
	}
	return err
}

func (l *slowLog) counts() (appends, appended int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.appends, l.appended
}

func TestQueueGroupCommitsAndReturnsOnlyWhenRecorded(t *testing.T) {
	log := &slowLog{DemandLog: mustBolt(t)}
	q := demand.NewQueue(mustRecorder(t, log, demand.Options{}), 1024)
	ctx := context.Background()
	const turns = 60
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		returned int
	)
	for i := range turns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			q.Record(ctx, turn("U"+itoa(i%7), "c"+itoa(i), "vraag over zonnepanelen", wegwijzer.ReplyAnswer))
			// A turn's reply goes out when Record returns: its event must be in the log by then.
			mu.Lock()
			defer mu.Unlock()
			returned++
			if _, appended := log.counts(); appended < returned {
				t.Errorf("%d turns returned from Record, but only %d events are in the log", returned, appended)
			}
		}()
	}
	wg.Wait()
	if err := q.Close(ctx); err != nil {
		t.Fatal(err)
	}
	appends, appended := log.counts()
	if appended != turns || len(scanAll(t, log)) != turns {
		t.Fatalf("%d events appended, want %d", appended, turns)
	}
	// One append for the first turn, then the ones that waited meanwhile share appends.
	if appends > turns/4 {
		t.Errorf("%d appends for %d concurrent turns: want them grouped (at most %d)", appends, turns, turns/4)
	}
}
