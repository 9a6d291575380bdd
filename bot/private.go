package bot

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"strings"
	"sync"
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
// pseudonymous user and scrubbed texts (slot values, the last reply), and an erasure looks the user up
// by pseudonym. The dialogue keeps working on the clear conversation of the running turn; a later turn loads the
// impersonal one.
type privateStore struct {
	wegwijzer.ConversationStore
	p     Privacy
	clean *cleanTexts // texts known to be scrubbed already: what was saved before comes back on the next load
}

// Save saves an impersonal copy of c and gives c the new version.
func (s privateStore) Save(ctx context.Context, c *wegwijzer.Conversation, ttl time.Duration) error {
	stored := s.impersonal(c)
	err := s.ConversationStore.Save(ctx, stored, ttl)
	c.Version = stored.Version
	return err
}

// LoadState loads a conversation for a turn: without its last reply when the store can (wegwijzer.StateLoader),
// as the turn replaces it.
func (s privateStore) LoadState(ctx context.Context, id string) (*wegwijzer.Conversation, error) {
	if l, ok := s.ConversationStore.(wegwijzer.StateLoader); ok {
		return l.LoadState(ctx, id)
	}
	return s.ConversationStore.Load(ctx, id)
}

// updateLoader is a store that can load a conversation for a turn that ends in a compare-and-swap save without
// reading it back when it holds what it saved last (redisstore.Store.LoadForUpdate).
type updateLoader interface {
	LoadForUpdate(ctx context.Context, id string) (*wegwijzer.Conversation, error)
}

// LoadForUpdate loads a conversation for a turn, which ends in Save: as the store last saved it when the store
// can tell (updateLoader; a stale copy makes that Save fail with ECONFLICT and the turn is redone), else as
// LoadState.
func (s privateStore) LoadForUpdate(ctx context.Context, id string) (*wegwijzer.Conversation, error) {
	if l, ok := s.ConversationStore.(updateLoader); ok {
		return l.LoadForUpdate(ctx, id)
	}
	return s.LoadState(ctx, id)
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
			out.Slots[k] = s.scrub(v)
		}
	}
	if c.LastReply != nil {
		r := *c.LastReply
		r.Text = s.scrub(r.Text)
		out.LastReply = &r
	}
	return &out
}

// scrub scrubs a text, skipping one that is the result of an earlier scrub: a conversation's older turns, slots
// and last reply come back from the store scrubbed on every turn, and scrubbing is the main cost of a save. A
// text equal to a scrubbed text holds no personal data, whoever wrote it.
func (s privateStore) scrub(text string) string {
	if text == "" || s.clean == nil {
		return s.p.Scrub(text)
	}
	if s.clean.has(text) {
		return text
	}
	out := s.p.Scrub(text)
	s.clean.add(out)
	return out
}

// cleanTexts is a bounded set of scrubbed texts, safe for concurrent use. When full, an arbitrary half is dropped.
type cleanTexts struct {
	mu  sync.Mutex
	set map[string]struct{}
	max int
}

func newCleanTexts(max int) *cleanTexts { return &cleanTexts{set: map[string]struct{}{}, max: max} }

func (c *cleanTexts) has(s string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.set[s]
	return ok
}

func (c *cleanTexts) add(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.set) >= c.max {
		n := 0
		for k := range c.set {
			delete(c.set, k)
			if n++; n >= c.max/2 {
				break
			}
		}
	}
	c.set[s] = struct{}{}
}
