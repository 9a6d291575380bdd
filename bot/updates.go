package bot

import (
	"context"
	"fmt"

	"github.com/wegwijzer/wegwijzer"
)

// Updates delivers what a community manager answered from the dashboard since the person's last turn, without a
// turn of the dialogue: the web chat asks for it while a hand-off waits, so that an answer shows up without the
// person having to type first. It returns nil when there is nothing new (or no such conversation). Delivered
// messages leave the conversation, as they do when a turn shows them.
func (e *Engine) Updates(ctx context.Context, conversation string) (*wegwijzer.Reply, error) {
	mu := &e.stripes[stripe(conversation)]
	mu.Lock()
	defer mu.Unlock()
	for try := range maxSaveTries {
		sctx, cancel := e.storeCtx(ctx)
		c, err := e.store.Load(sctx, conversation)
		cancel()
		switch {
		case wegwijzer.ErrorCode(err) == wegwijzer.ENOTFOUND:
			return nil, nil
		case err != nil:
			return nil, fmt.Errorf("bot: updates of %s: %w", conversation, err)
		case len(c.HandoffReplies) == 0:
			return nil, nil
		}
		l := lang(c.Language)
		if l != en {
			l = nl
		}
		r := e.info(c.ID, l, managerText(c.HandoffReplies, l))
		c.HandoffReplies = nil
		sctx, cancel = e.storeCtx(ctx)
		err = e.store.Save(sctx, c, e.opts.TTL)
		cancel()
		switch {
		case err == nil:
			return r, nil
		case wegwijzer.ErrorCode(err) == wegwijzer.ECONFLICT:
			// A turn or the manager's next reply came in between: read it again.
			if err := sleep(ctx, backoff(try)); err != nil {
				return nil, fmt.Errorf("bot: updates of %s: %w", conversation, err)
			}
		default:
			return nil, fmt.Errorf("bot: updates of %s: %w", conversation, err)
		}
	}
	return nil, wegwijzer.Errorf(wegwijzer.ECONFLICT, "conversation %s: too many concurrent updates", conversation)
}
