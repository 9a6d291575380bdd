package demand

import (
	"context"
	"sync"

	"github.com/wegwijzer/wegwijzer"
)

// Queue records turns by group commit: the caller's goroutine scrubs and pseudonymises its turn, then waits
// while one writer appends the events of every turn waiting at that moment in one write of the log (one fsync for
// the embedded log, one round trip for Redis). So a reply is sent only after its event is in the log (or the
// spool), and a process killed under load loses no event of a turn it answered, while the log costs one write per
// batch instead of one per turn. Turns are recorded in the order they were queued. Erase first waits until every
// turn queued before it is recorded, so that nothing of an erased person reaches the log after the erasure. Close
// records what is queued, then stops; a turn after Close is recorded in the caller's goroutine.
//
// Hooks receive the engine's TurnRecord after the turn; the engine does not touch it again.
type Queue struct {
	rec  *Recorder
	ch   chan queued
	mu   sync.RWMutex // held for reading while sending, for writing by Close
	shut bool
	done chan struct{}
}

type queued struct {
	ev       wegwijzer.DemandEvent
	ctx      context.Context
	recorded chan struct{} // closed when ev is in the log or the spool
	flush    chan struct{} // set for a flush marker: closed when everything before it is recorded
}

// maxBatch bounds the events of one append.
const maxBatch = 512

// NewQueue starts a queue of the given size in front of the recorder.
func NewQueue(rec *Recorder, size int) *Queue {
	q := &Queue{rec: rec, ch: make(chan queued, size), done: make(chan struct{})}
	go q.run()
	return q
}

func (q *Queue) run() {
	defer close(q.done)
	batch := make([]queued, 0, maxBatch)
	for it := range q.ch {
		batch = append(batch[:0], it)
	more: // take every item that is waiting now: they share one append
		for len(batch) < maxBatch {
			select {
			case it, ok := <-q.ch:
				if !ok {
					break more
				}
				batch = append(batch, it)
			default:
				break more
			}
		}
		q.commit(batch)
	}
}

// commit records the turns of a batch, in order; a flush marker is released once everything before it is in.
func (q *Queue) commit(batch []queued) {
	var evs []wegwijzer.DemandEvent
	var waiting []chan struct{}
	var ctx context.Context
	write := func() {
		if len(evs) > 0 {
			q.rec.record(ctx, evs...)
		}
		for _, c := range waiting {
			close(c)
		}
		evs, waiting, ctx = evs[:0], waiting[:0], nil
	}
	for _, it := range batch {
		if it.flush != nil {
			write()
			close(it.flush)
			continue
		}
		if ctx == nil {
			ctx = it.ctx
		}
		evs = append(evs, it.ev)
		waiting = append(waiting, it.recorded)
	}
	write()
}

// Record records a turn and returns when its event is in the log or the spool; its signature is that of
// bot.Hooks.Turn.
func (q *Queue) Record(ctx context.Context, t wegwijzer.TurnRecord) {
	ev := q.rec.Event(t) // scrubbing runs here, in parallel across turns
	q.mu.RLock()
	if q.shut {
		q.mu.RUnlock()
		q.rec.record(ctx, ev)
		return
	}
	recorded := make(chan struct{})
	q.ch <- queued{ev: ev, ctx: context.WithoutCancel(ctx), recorded: recorded}
	q.mu.RUnlock()
	<-recorded
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
