package bot

import (
	"context"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

// confirmTries and confirmPause bound how long a turn whose save failed looks whether it was written after all:
// during a Redis failover the first loads fail too, until the replica has taken over (seconds).
const (
	confirmTries = 6
	confirmPause = 500 * time.Millisecond
)

// savedAnyway reports whether the save of conv, loaded at version loaded, reached the store although Save
// returned an error (a timeout or a connection lost after the write was sent). The stored conversation is this
// turn's when it is one version further and holds this turn's message count and time.
func (e *Engine) savedAnyway(ctx context.Context, conv *wegwijzer.Conversation, loaded int64) bool {
	ctx = context.WithoutCancel(ctx) // the answer matters even when the caller has stopped waiting
	for try := range confirmTries {
		if try > 0 && sleep(ctx, confirmPause) != nil {
			return false
		}
		sctx, cancel := e.storeCtx(ctx)
		got, err := e.store.LoadState(sctx, conv.ID)
		cancel()
		switch {
		case err == nil:
			return got.Version == loaded+1 && got.Messages == conv.Messages && got.Updated.Equal(conv.Updated)
		case wegwijzer.ErrorCode(err) == wegwijzer.ENOTFOUND:
			return false
		}
	}
	return false
}
