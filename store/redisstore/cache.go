package redisstore

import (
	"bytes"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

// stateCache keeps the conversations this process saved last, for two uses. LoadState reads the stored value
// and, when its bytes are exactly the bytes a kept copy was saved as, hands out that copy instead of decoding
// (decoding is the largest part of loading). LoadForUpdate, for a turn that ends in a compare-and-swap save,
// hands out the kept copy without reading at all: if another replica, the dashboard or an erasure changed the
// conversation meanwhile, the save finds another version and fails with ECONFLICT, the engine redoes the turn,
// and the copy is no longer trusted (distrust): its turns read the stored value again. A kept copy is handed out
// as a deep copy, as decoding would give it. It holds at most max conversations; an entry is dropped when its
// conversation expires, is deleted or its user is erased here, and after keepFor at the latest; one that holds
// a contact is not kept. Safe for
// concurrent use.
type stateCache struct {
	mu  sync.Mutex
	max int
	m   map[string]cachedState
	// distrusted are the conversations whose kept copy turned out stale once (another process writes them): until
	// the time given, their turns read the stored value.
	distrusted map[string]time.Time
}

type cachedState struct {
	body    []byte // the JSON stored, without the version line
	version int64
	conv    *wegwijzer.Conversation // never handed out: copied by cloneState
	expires time.Time               // zero: never
}

// stateCacheMax bounds the conversations kept: at about 2 KiB each, a few MiB.
const stateCacheMax = 4096

// keepFor bounds how long a conversation is kept: what another replica erased leaves this one's memory within it,
// and a conversation idle for longer is read from Redis again.
const keepFor = time.Hour

// distrustFor is how long a conversation found stale is read from Redis on every turn: replicas that take turns
// on one conversation keep reading it, and one that has it to itself again trusts its copy after a while.
const distrustFor = 10 * time.Minute

func newStateCache(max int) *stateCache {
	return &stateCache{max: max, m: map[string]cachedState{}, distrusted: map[string]time.Time{}}
}

// trusted returns a copy of the conversation id as this process saved it last, or nil when none is kept or the
// kept one turned out stale before.
func (sc *stateCache) trusted(id string, now time.Time) *wegwijzer.Conversation {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if until, ok := sc.distrusted[id]; ok {
		if now.Before(until) {
			return nil
		}
		delete(sc.distrusted, id)
	}
	e, ok := sc.live(id, now)
	if !ok {
		return nil
	}
	return cloneState(e.conv)
}

// live returns the kept entry of id unless it expired (then it is dropped). The caller holds sc.mu.
func (sc *stateCache) live(id string, now time.Time) (cachedState, bool) {
	e, ok := sc.m[id]
	if ok && !e.expires.IsZero() && now.After(e.expires) {
		delete(sc.m, id)
		return cachedState{}, false
	}
	return e, ok
}

// distrust drops the kept copy of id, which another process changed, and reads it from Redis for a while.
func (sc *stateCache) distrust(id string, now time.Time) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	delete(sc.m, id)
	if _, ok := sc.distrusted[id]; !ok && len(sc.distrusted) >= sc.max {
		for k := range sc.distrusted {
			delete(sc.distrusted, k)
			break
		}
	}
	sc.distrusted[id] = now.Add(distrustFor)
}

// get returns a copy of the conversation id saved as version with body, or nil when none is kept.
func (sc *stateCache) get(id string, version int64, body []byte, now time.Time) *wegwijzer.Conversation {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	e, ok := sc.live(id, now)
	if !ok {
		return nil
	}
	if e.version != version || !bytes.Equal(e.body, body) {
		return nil
	}
	return cloneState(e.conv)
}

// put keeps c (the conversation as saved, without its last reply), stored as version with body, until expires
// and at most keepFor. A conversation that holds how its person wants to be reached is not kept: erased on another
// replica, it must not live on in this one's memory.
func (sc *stateCache) put(c *wegwijzer.Conversation, version int64, body []byte, expires, now time.Time) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if c.HandoffNote != nil && c.HandoffNote.Contact != "" {
		delete(sc.m, c.ID)
		return
	}
	if limit := now.Add(keepFor); expires.IsZero() || expires.After(limit) {
		expires = limit
	}
	e := cachedState{body: body, version: version, conv: cloneState(c), expires: expires}
	if _, ok := sc.m[c.ID]; !ok && len(sc.m) >= sc.max {
		for id := range sc.m { // any one: map order is random
			delete(sc.m, id)
			break
		}
	}
	sc.m[c.ID] = e
}

func (sc *stateCache) drop(ids ...string) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	for _, id := range ids {
		delete(sc.m, id)
	}
}

// cloneState returns a deep copy of c without its last reply, as decoding its JSON gives it: empty maps and
// lists that JSON leaves out are nil, and times are as asDecoded gives them.
func cloneState(c *wegwijzer.Conversation) *wegwijzer.Conversation {
	d := *c
	d.LastReply = nil
	d.Slots = cloneMap(c.Slots)
	d.Asked = cloneList(c.Asked)
	d.EventIDs = cloneList(c.EventIDs)
	d.Updated = asDecoded(c.Updated)
	if c.HandoffNote != nil {
		n := *c.HandoffNote
		n.Slots = cloneMap(n.Slots)
		n.Shown = cloneList(n.Shown)
		d.HandoffNote = &n
	}
	d.HandoffReplies = nil
	if len(c.HandoffReplies) > 0 {
		d.HandoffReplies = make([]wegwijzer.HandoffReply, len(c.HandoffReplies))
		for i, r := range c.HandoffReplies {
			d.HandoffReplies[i] = wegwijzer.HandoffReply{Time: asDecoded(r.Time), Text: r.Text}
		}
	}
	return &d
}

func cloneMap(m map[string]string) map[string]string {
	if len(m) == 0 {
		return nil
	}
	return maps.Clone(m)
}

func cloneList(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// asDecoded returns t as decoding its JSON (RFC 3339) gives it: without a monotonic clock reading, and in UTC when
// its offset is zero (it is written with a "Z"). A time with another offset keeps its location: the decoder
// gives the local one when the offset is the local zone's, and the times a turn sets are local.
func asDecoded(t time.Time) time.Time {
	t = t.Round(0)
	if _, offset := t.Zone(); offset == 0 {
		return t.UTC()
	}
	return t
}
