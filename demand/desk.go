package demand

import (
	"context"
	"fmt"

	"github.com/wegwijzer/wegwijzer"
)

// Desk is where a community manager meets the conversation behind a hand-off: it follows a hand-off's reference
// to the conversation store and reads the way to reach the person, which is kept there only. It is safe for
// concurrent use.
type Desk struct {
	store wegwijzer.ConversationStore
	ps    *Pseudonymizer
}

// NewDesk returns a desk on the conversation store the engine uses (the raw store: the engine saves the hand-off
// note there as it is) and the pseudonyms the recorder seals references with.
func NewDesk(store wegwijzer.ConversationStore, ps *Pseudonymizer) *Desk {
	return &Desk{store: store, ps: ps}
}

// Contact returns how the person of a hand-off wants to be reached ("" when they left nothing), for a manager of
// community. A conversation that is gone (erased by "vergeet mij", expired with its retention), one of another
// community, or one that is no longer handed off is an *wegwijzer.Error with code ENOTFOUND: its contact is gone
// with it.
func (d *Desk) Contact(ctx context.Context, ref, community string) (string, error) {
	c, err := d.conversation(ctx, ref, community)
	if err != nil {
		return "", err
	}
	return c.HandoffNote.Contact, nil
}

func (d *Desk) conversation(ctx context.Context, ref, community string) (*wegwijzer.Conversation, error) {
	if ref == "" {
		return nil, wegwijzer.Errorf(wegwijzer.ENOTFOUND, "hand-off without a reference")
	}
	id, err := d.ps.OpenHandoffRef(ref)
	if err != nil {
		return nil, wegwijzer.Errorf(wegwijzer.ENOTFOUND, "hand-off reference does not open")
	}
	c, err := d.store.Load(ctx, id)
	if err != nil {
		if wegwijzer.ErrorCode(err) == wegwijzer.ENOTFOUND {
			return nil, err
		}
		return nil, fmt.Errorf("demand: hand-off conversation: %w", err)
	}
	if firstNonEmpty(c.Community, "default") != firstNonEmpty(community, "default") || c.Handoff == "" || c.HandoffNote == nil {
		return nil, wegwijzer.Errorf(wegwijzer.ENOTFOUND, "the conversation of this hand-off is gone")
	}
	return c, nil
}
