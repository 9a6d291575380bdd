package demand

import (
	"context"
	"sync"

	"github.com/wegwijzer/wegwijzer"
)

// Queue records turns in the background, so that scrubbing and writing the demand log never hold up a reply. It
// keeps the order of the turns it queues; when it is full, a turn is recorded in the caller's goroutine instead
// (slower, never lost). Erase first waits until every turn queued before it is recorded, so that nothing of an
// erased person reaches the log after the erasure. Close records what is queued, then stops.
//
// Hooks receive the engine's TurnRecord after the turn; the engine does not touch it again, so the queue may keep
// it until it is recorded.
type Queue struct {
	rec  *Recorder
	ch   chan queued
	mu   sync.RWMutex // held for reading while sending, for writing by Close
	shut bool
	done chan struct{}
}

type queued struct {
	turn  wegwijzer.TurnRecord
	ctx   context.Context
	flush chan struct{} // set for a flush marker: closed when everything before it is recorded
}

// NewQueue starts a queue of the given size in front of the recorder.
func NewQueue(rec *Recorder, size int) *Queue {
	q := &Queue{rec: rec, ch: make(chan queued, size), done: make(chan struct{})}
	go q.run()
	return q
}

func (q *Queue) run() {
	defer close(q.done)
	for it := range q.ch {
		if it.flush != nil {
			close(it.flush)
			continue
		}
		q.rec.Record(it.ctx, it.turn)
	}
}

// Record queues a turn; its signature is that of bot.Hooks.Turn.
func (q *Queue) Record(ctx context.Context, t wegwijzer.TurnRecord) {
	q.mu.RLock()
	defer q.mu.RUnlock()
	if q.shut {
		q.rec.Record(ctx, t)
		return
	}
	select {
	case q.ch <- queued{turn: t, ctx: context.WithoutCancel(ctx)}:
	default:
		q.rec.Record(ctx, t) // full: record here rather than drop
	}
}

// Erase waits until the turns queued before it are recorded, then erases the user's events; its signature is
// that of bot.Hooks.Erase.
func (q *Queue) Erase(ctx context.Context, user string) (int, error) {
	q.mu.RLock()
	if !q.shut {
		flushed := make(chan struct{})
		select {
		case q.ch <- queued{flush: flushed}:
		case <-ctx.Done():
			q.mu.RUnlock()
			return 0, ctx.Err()
		}
		q.mu.RUnlock()
		select {
		case <-flushed:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	} else {
		q.mu.RUnlock()
	}
	return q.rec.Erase(ctx, user)
}

// Close records every queued turn and stops the queue; it waits at most until ctx is done.
func (q *Queue) Close(ctx context.Context) error {
	q.mu.Lock()
	if !q.shut {
		q.shut = true
		close(q.ch)
	}
	q.mu.Unlock()
	select {
	case <-q.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
