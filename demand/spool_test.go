package demand_test

// The spool: events that could not reach the demand log wait on disk and are replayed, each once.

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
)

// flakyLog fails while down, and fails a batch after letting `partial` of its events through, to cut a replay
// short in the middle.
type flakyLog struct {
	wegwijzer.DemandLog
	down    atomic.Bool
	partial atomic.Int32 // > 0: the next Append stores this many events, then fails
}

var errDown = errors.New("connection refused")

func (f *flakyLog) Append(ctx context.Context, evs ...wegwijzer.DemandEvent) error {
	if f.down.Load() {
		return errDown
	}
	if n := int(f.partial.Swap(0)); n > 0 && n < len(evs) {
		if err := f.DemandLog.Append(ctx, evs[:n]...); err != nil {
			return err
		}
		return errDown
	}
	return f.DemandLog.Append(ctx, evs...)
}

func TestSpoolReplayDeliversEveryEventOnce(t *testing.T) {
	store := mustBolt(t)
	log := &flakyLog{DemandLog: store}
	spool := demand.OpenSpool(filepath.Join(t.TempDir(), demand.SpoolFile))
	r := mustRecorder(t, log, demand.Options{Spool: spool})
	ctx := context.Background()
	send := func(from, to int) {
		for i := from; i < to; i++ {
			tr := turn("U"+string(rune('a'+i%7)), "c"+itoa(i), "vraag", wegwijzer.ReplyAnswer)
			r.Record(ctx, tr)
		}
	}
	send(0, 100) // healthy
	log.down.Store(true)
	send(100, 600) // down: spooled
	if !r.Degraded() {
		t.Fatal("recorder did not notice the log is down")
	}
	if n, _ := spool.Len(); n != 500 {
		t.Fatalf("spool holds %d events, want 500", n)
	}
	if _, err := r.Replay(ctx); err == nil {
		t.Fatal("replay succeeded while the log is down")
	}
	log.down.Store(false)
	log.partial.Store(150) // the first replay stops after 150 events of its first batch...
	if _, err := r.Replay(ctx); err == nil {
		t.Fatal("cut-short replay reported success")
	}
	send(600, 650)          // ...still degraded: these go to the spool too
	n, err := r.Replay(ctx) // ...the second delivers everything, the first 150 again
	if err != nil {
		t.Fatal(err)
	}
	if n != 550 {
		t.Errorf("replayed %d, want 550", n)
	}
	if r.Degraded() {
		t.Error("still degraded after a successful replay")
	}
	send(650, 700) // healthy again: straight to the log
	if n, _ := spool.Len(); n != 0 {
		t.Errorf("spool still holds %d events", n)
	}
	evs := scanAll(t, store)
	ids := map[string]bool{}
	for _, ev := range evs {
		ids[ev.ID] = true
	}
	if len(evs) != 700 || len(ids) != 700 {
		t.Errorf("log holds %d events with %d distinct ids, want 700 and 700", len(evs), len(ids))
	}
}

func TestSpoolSurvivesARestart(t *testing.T) {
	store := mustBolt(t)
	log := &flakyLog{DemandLog: store}
	path := filepath.Join(t.TempDir(), demand.SpoolFile)
	r := mustRecorder(t, log, demand.Options{Spool: demand.OpenSpool(path)})
	log.down.Store(true)
	for i := range 20 {
		r.Record(context.Background(), turn("U1", "c"+itoa(i), "vraag", wegwijzer.ReplyAnswer))
	}
	r.Close(context.Background()) // the last replay fails: the events stay in the file
	// A half-written last line, as a crash would leave it.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o600)
	f.WriteString(`{"id":"half`)
	f.Close()

	log.down.Store(false)
	r2 := mustRecorder(t, log, demand.Options{Spool: demand.OpenSpool(path)})
	if n, err := r2.Replay(context.Background()); err != nil || n != 20 {
		t.Fatalf("replay after restart = %d, %v; want 20", n, err)
	}
	if got := len(scanAll(t, store)); got != 20 {
		t.Errorf("log holds %d events, want 20", got)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("spool file left after a full replay: %v", err)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestSpoolAfterAHalfLine adds an event after a crash left half a line: the new event must not be lost with it.
func TestSpoolAfterAHalfLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), demand.SpoolFile)
	sp := demand.OpenSpool(path)
	if err := sp.Add(wegwijzer.DemandEvent{ID: "a"}); err != nil {
		t.Fatal(err)
	}
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o600)
	f.WriteString(`{"id":"half`)
	f.Close()
	sp2 := demand.OpenSpool(path)
	if err := sp2.Add(wegwijzer.DemandEvent{ID: "b"}); err != nil {
		t.Fatal(err)
	}
	if n, err := sp2.Len(); err != nil || n != 2 {
		t.Errorf("spool holds %d readable events (%v), want 2 (a and b; the half line is lost)", n, err)
	}
}

// TestSpoolSharedByTwoProcesses: another process (here another Spool on the same file) appending while one replays
// loses nothing: its event waits for the replay and stays for the next one.
func TestSpoolSharedByTwoProcesses(t *testing.T) {
	path := filepath.Join(t.TempDir(), demand.SpoolFile)
	a, b := demand.OpenSpool(path), demand.OpenSpool(path)
	for i := range 10 {
		if err := a.Add(wegwijzer.DemandEvent{ID: "a" + itoa(i)}); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan error, 1)
	n, err := a.Drain(4, func(evs []wegwijzer.DemandEvent) error {
		if evs[0].ID == "a0" {
			go func() { done <- b.Add(wegwijzer.DemandEvent{ID: "late"}) }()
			time.Sleep(20 * time.Millisecond) // the other process writes while this one delivers
		}
		return nil
	})
	if err != nil || n != 10 {
		t.Fatalf("drain = %d, %v; want 10", n, err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got, err := b.Len(); err != nil || got != 1 {
		t.Errorf("spool holds %d events (%v) after the replay, want the late one", got, err)
	}
}
