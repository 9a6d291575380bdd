package bot

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand/scrub"
)

// Privacy makes what the engine stores impersonal: the conversation store only ever sees a pseudonym for a
// platform user id and scrubbed text. Both functions must be safe for concurrent use. The zero value is the
// default: scrub.Text, and pseudonyms under a key made for this engine alone (so a service with several replicas,
// or whose conversations outlive a restart, must pass the demand log's pseudonyms).
type Privacy struct {
	Person func(user string) string // the pseudonym of a platform user id; the same id always gets the same one
	Scrub  func(text string) string // text with personal data replaced by placeholders
}

func (p Privacy) withDefaults() Privacy {
	if p.Scrub == nil {
		p.Scrub = scrub.Text
	}
	if p.Person == nil {
		key := make([]byte, 32)
		_, _ = rand.Read(key)
		p.Person = func(user string) string {
			h := hmac.New(sha256.New, key)
			h.Write([]byte("person\x00" + user))
			return hex.EncodeToString(h.Sum(nil)[:16])
		}
	}
	return p
}

// privateStore is the seam between the dialogue and the conversation store: every conversation is saved with a
// pseudonymous user and scrubbed texts (slot values, turn texts, the last reply), and an erasure looks the user up
// by pseudonym. The dialogue keeps working on the clear conversation of the running turn; a later turn loads the
// impersonal one.
type privateStore struct {
	wegwijzer.ConversationStore
	p Privacy
}

// Save saves an impersonal copy of c and gives c the new version.
func (s privateStore) Save(ctx context.Context, c *wegwijzer.Conversation, ttl time.Duration) error {
	stored := s.impersonal(c)
	err := s.ConversationStore.Save(ctx, stored, ttl)
	c.Version = stored.Version
	return err
}

// EraseUser erases the conversations of the user's pseudonym.
func (s privateStore) EraseUser(ctx context.Context, user string) (int, error) {
	return s.ConversationStore.EraseUser(ctx, s.person(user))
}

// pseudonymPrefix marks a stored user as a pseudonym, so that a conversation loaded from the store (whose user
// is one already) is not pseudonymised twice.
const pseudonymPrefix = "pseudonym:"

func (s privateStore) person(user string) string { return pseudonymPrefix + s.p.Person(user) }

// impersonal returns a copy of c that holds no platform user id and no personal data in its texts. A user that is
// already a pseudonym (loaded from the store) stays as it is.
func (s privateStore) impersonal(c *wegwijzer.Conversation) *wegwijzer.Conversation {
	out := *c
	if c.User != "" && !strings.HasPrefix(c.User, pseudonymPrefix) {
		out.User = s.person(c.User)
	}
	if c.Slots != nil {
		out.Slots = maps.Clone(c.Slots)
		for k, v := range out.Slots {
			out.Slots[k] = s.p.Scrub(v)
		}
	}
	out.Turns = slices.Clone(c.Turns)
	for i := range out.Turns {
		out.Turns[i].Text = s.p.Scrub(out.Turns[i].Text)
	}
	if c.LastReply != nil {
		r := *c.LastReply
		r.Text = s.p.Scrub(r.Text)
		out.LastReply = &r
	}
	return &out
}
