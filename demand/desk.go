package demand

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer"
)

// Desk is where a community manager meets the conversation behind a hand-off: it follows a hand-off's reference
// to the conversation store and reads the way to reach the person, which is kept there only. It is safe for
// concurrent use.
type Desk struct {
	store wegwijzer.ConversationStore
	ps    *Pseudonymizer
	ttl   time.Duration
	now   func() time.Time
}

// NewDesk returns a desk on the conversation store the engine uses (the raw store: the engine saves the hand-off
// note there as it is), the pseudonyms the recorder seals references with, and the engine's conversation TTL
// (0 = 24 h), which a reply saved into the conversation keeps.
func NewDesk(store wegwijzer.ConversationStore, ps *Pseudonymizer, ttl time.Duration) *Desk {
	if ttl <= 0 {
		ttl = DefaultConversationTTL
	}
	return &Desk{store: store, ps: ps, ttl: ttl, now: time.Now}
}

// MaxReplyRunes is the longest reply a manager can post into a conversation.
const MaxReplyRunes = 2000

// Reply posts a manager's answer into the web-chat conversation of a hand-off; the person reads it on their next
// turn. Slack and Discord conversations are answered in their own thread (EINVALID here); a conversation that is
// gone is ENOTFOUND, as for Contact.
func (d *Desk) Reply(ctx context.Context, ref, community, text string) error {
	text = strings.TrimSpace(text)
	if text == "" || utf8.RuneCountInString(text) > MaxReplyRunes {
		return wegwijzer.Errorf(wegwijzer.EINVALID, "a reply has 1 to %d characters", MaxReplyRunes)
	}
	for range 5 { // the person may be taking a turn at the same moment: the store's version check decides
		c, err := d.conversation(ctx, ref, community)
		if err != nil {
			return err
		}
		if c.Platform != "web" {
			return wegwijzer.Errorf(wegwijzer.EINVALID, "answer a %s conversation in its own thread", c.Platform)
		}
		c.HandoffReplies = append(c.HandoffReplies, wegwijzer.HandoffReply{Time: d.now().UTC(), Text: text})
		if c.Handoff == string(wegwijzer.HandoffOpen) {
			c.Handoff = string(wegwijzer.HandoffTaken)
		}
		err = d.store.Save(ctx, c, d.ttl)
		if wegwijzer.ErrorCode(err) == wegwijzer.ECONFLICT {
			continue
		}
		if err != nil {
			return opaque("save", err)
		}
		return nil
	}
	return wegwijzer.Errorf(wegwijzer.ECONFLICT, "the conversation kept changing; try again")
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
		return nil, opaque("load", err)
	}
	if firstNonEmpty(c.Community, "default") != firstNonEmpty(community, "default") || c.Handoff == "" || c.HandoffNote == nil {
		return nil, wegwijzer.Errorf(wegwijzer.ENOTFOUND, "the conversation of this hand-off is gone")
	}
	return c, nil
}

// opaque is a store error without its text: a store names the conversation in its errors, and what the desk
// returns ends up in the dashboard's log, which never holds a conversation id. The code and a context's end stay.
func opaque(op string, err error) error {
	switch {
	case wegwijzer.ErrorCode(err) == wegwijzer.ENOTFOUND:
		return wegwijzer.Errorf(wegwijzer.ENOTFOUND, "the conversation of this hand-off is gone")
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("demand: %s hand-off conversation: %w", op, context.DeadlineExceeded)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("demand: %s hand-off conversation: %w", op, context.Canceled)
	}
	return fmt.Errorf("demand: %s hand-off conversation failed (%s)", op, wegwijzer.ErrorCode(err))
}
