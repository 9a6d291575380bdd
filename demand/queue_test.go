package demand_test

import (
	"context"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
)

func TestQueueRecordsEveryTurnAndErasesAfterThem(t *testing.T) {
	store := mustBolt(t)
	r := mustRecorder(t, store, demand.Options{})
	q := demand.NewQueue(r, 4) // small: some turns are recorded inline when it is full, none is lost
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
