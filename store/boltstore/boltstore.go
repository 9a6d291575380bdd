// Package boltstore is the embedded conversation store: one bbolt file in the data folder, for a single machine
// and for trying Wegwijzer out with zero configuration. State survives a restart.
package boltstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/internal/boltfile"
)

var (
	bucketConversations = []byte("conversations")
	bucketUsers         = []byte("users") // key user\x00conversation -> empty
	bucketSeen          = []byte("seen")  // key -> expiry (RFC 3339)
	// bucketReplies holds each conversation's last reply apart, as JSON: it is most of a conversation, and a turn
	// does not read it (LoadState). A conversation stored before it came holds its reply inside.
	bucketReplies = []byte("replies")
)

// Store is a wegwijzer.ConversationStore in a bbolt file.
type Store struct {
	db    *boltfile.DB // compacted after an erasure, so that erased conversations leave no byte in the file
	now   func() time.Time
	saves atomic.Uint64 // every sweepEvery saves, expired records are deleted from the file

	compactMu sync.Mutex
	compacted time.Time // when a sweep last compacted the file
}

// sweepEvery is how many saves pass between sweeps of expired records.
const sweepEvery = 256

var (
	_ wegwijzer.ConversationStore = (*Store)(nil)
	_ wegwijzer.StateLoader       = (*Store)(nil)
)

// Open opens (or creates) the store file in dir. Only one process can hold it; a second gets an error after a
// short wait.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("boltstore: create data folder: %w", err)
	}
	path := filepath.Join(dir, "wegwijzer.db")
	// NoSync: no fsync per turn. A crash of the process loses nothing (the OS has the pages); a power cut may
	// lose the last seconds of conversation state, which expires within a day anyway. With fsync a turn costs
	// about 8 ms on our machines, without it well under 1 ms.
	db, err := boltfile.Open(path, 0o600, &bolt.Options{Timeout: 3 * time.Second, NoSync: true})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("boltstore: %s is in use by another wegwijzer process (stop it, or use another data folder with WEGWIJZER_DATA): %w", path, err)
		}
		return nil, fmt.Errorf("boltstore: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketConversations, bucketUsers, bucketSeen, bucketReplies, bucketExpiry} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("boltstore: init: %w", err)
	}
	st := &Store{db: db, now: time.Now}
	if _, err := st.sweepAll(); err != nil {
		db.Close()
		return nil, err
	}
	return st, nil
}

// SetClock replaces the clock (for tests of expiry).
func (s *Store) SetClock(now func() time.Time) { s.now = now }

// Close closes the file.
func (s *Store) Close() error { return s.db.Close() }

type record struct {
	Conversation *wegwijzer.Conversation `json:"c"`
	Expires      time.Time               `json:"exp"`
}

func (s *Store) get(tx *bolt.Tx, id string) (*record, error) {
	v := tx.Bucket(bucketConversations).Get([]byte(id))
	if v == nil {
		return nil, nil
	}
	var r record
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, fmt.Errorf("decode conversation %s: %w", id, err)
	}
	if !r.Expires.IsZero() && !s.now().Before(r.Expires) {
		return nil, nil
	}
	return &r, nil
}

// recordHead is what a save needs of the record it replaces; decoding it skips the conversation's contents.
type recordHead struct {
	Conversation struct {
		User    string `json:"user"`
		Version int64  `json:"version"`
	} `json:"c"`
	Expires time.Time `json:"exp"`
}

// head is get for a save: the head of the record, nil when there is none or it expired.
func (s *Store) head(tx *bolt.Tx, id string) (*recordHead, error) {
	v := tx.Bucket(bucketConversations).Get([]byte(id))
	if v == nil {
		return nil, nil
	}
	var r recordHead
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, fmt.Errorf("decode conversation %s: %w", id, err)
	}
	if !r.Expires.IsZero() && !s.now().Before(r.Expires) {
		return nil, nil
	}
	return &r, nil
}

// Load implements wegwijzer.ConversationStore.
func (s *Store) Load(ctx context.Context, id string) (*wegwijzer.Conversation, error) {
	return s.load(ctx, id, true)
}

// LoadState implements wegwijzer.StateLoader: the conversation without its last reply.
func (s *Store) LoadState(ctx context.Context, id string) (*wegwijzer.Conversation, error) {
	return s.load(ctx, id, false)
}

func (s *Store) load(ctx context.Context, id string, withReply bool) (*wegwijzer.Conversation, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var c *wegwijzer.Conversation
	err := s.db.View(func(tx *bolt.Tx) error {
		r, err := s.get(tx, id)
		if r == nil || err != nil {
			return err
		}
		c = r.Conversation
		if v := tx.Bucket(bucketReplies).Get([]byte(id)); withReply && v != nil {
			c.LastReply = new(wegwijzer.Reply)
			if err := json.Unmarshal(v, c.LastReply); err != nil {
				return fmt.Errorf("decode the last reply of %s: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("boltstore: load: %w", err)
	}
	if c == nil {
		return nil, wegwijzer.Errorf(wegwijzer.ENOTFOUND, "conversation %q not found", id)
	}
	return c, nil
}

// Save implements wegwijzer.ConversationStore.
func (s *Store) Save(ctx context.Context, c *wegwijzer.Conversation, ttl time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.saves.Add(1)%sweepEvery == 0 {
		if _, err := s.Sweep(ctx); err != nil {
			return err
		}
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		old, err := s.head(tx, c.ID)
		if err != nil {
			return err
		}
		var have int64
		if old != nil {
			have = old.Conversation.Version
		}
		if have != c.Version {
			return wegwijzer.Errorf(wegwijzer.ECONFLICT, "conversation %q changed meanwhile (version %d, have %d)", c.ID, c.Version, have)
		}
		next := *c
		next.Version = have + 1
		next.LastReply = nil // kept apart
		r := record{Conversation: &next}
		if ttl > 0 {
			r.Expires = s.now().Add(ttl)
		}
		v, err := json.Marshal(r)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketConversations).Put([]byte(c.ID), v); err != nil {
			return err
		}
		if err := s.putReply(tx, c.ID, c.LastReply); err != nil {
			return err
		}
		var oldExpires time.Time
		if old != nil {
			oldExpires = old.Expires
		}
		if err := moveExpiry(tx, expiryConversation, c.ID, oldExpires, r.Expires); err != nil {
			return err
		}
		users := tx.Bucket(bucketUsers)
		if old != nil && old.Conversation.User != "" && old.Conversation.User != c.User {
			if err := users.Delete(userKey(old.Conversation.User, c.ID)); err != nil {
				return err
			}
		}
		if c.User != "" {
			if err := users.Put(userKey(c.User, c.ID), nil); err != nil {
				return err
			}
		}
		c.Version = next.Version
		return nil
	})
	if err != nil {
		var e *wegwijzer.Error
		if errors.As(err, &e) {
			return err
		}
		return fmt.Errorf("boltstore: save: %w", err)
	}
	return nil
}

// putReply stores a conversation's last reply, or deletes it when there is none.
func (s *Store) putReply(tx *bolt.Tx, id string, r *wegwijzer.Reply) error {
	if r == nil {
		return tx.Bucket(bucketReplies).Delete([]byte(id))
	}
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketReplies).Put([]byte(id), v)
}

func userKey(user, id string) []byte { return []byte(user + "\x00" + id) }

// Delete implements wegwijzer.ConversationStore.
func (s *Store) Delete(ctx context.Context, id string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	found := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		r, err := s.get(tx, id)
		if err != nil {
			return err
		}
		found = r != nil
		if r != nil && r.Conversation.User != "" {
			if err := tx.Bucket(bucketUsers).Delete(userKey(r.Conversation.User, id)); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketReplies).Delete([]byte(id)); err != nil {
			return err
		}
		if r != nil {
			if err := moveExpiry(tx, expiryConversation, id, r.Expires, time.Time{}); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketConversations).Delete([]byte(id))
	})
	if err != nil {
		return fmt.Errorf("boltstore: delete: %w", err)
	}
	if found {
		if err := s.db.Compact(); err != nil {
			return fmt.Errorf("boltstore: delete: %w", err)
		}
	}
	return nil
}

// MarkSeen implements wegwijzer.ConversationStore.
func (s *Store) MarkSeen(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	first := false
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSeen)
		var was time.Time
		if v := b.Get([]byte(key)); v != nil {
			exp, err := time.Parse(time.RFC3339Nano, string(v))
			if err == nil && s.now().Before(exp) {
				return nil
			}
			was = exp
		}
		first = true
		exp := s.now().Add(ttl)
		if err := moveExpiry(tx, expiryMark, key, was, exp); err != nil {
			return err
		}
		return b.Put([]byte(key), []byte(exp.Format(time.RFC3339Nano)))
	})
	if err != nil {
		return false, fmt.Errorf("boltstore: mark seen: %w", err)
	}
	return first, nil
}

// EraseUser implements wegwijzer.ConversationStore.
func (s *Store) EraseUser(ctx context.Context, user string) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	n, deleted := 0, 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		users := tx.Bucket(bucketUsers)
		prefix := []byte(user + "\x00")
		var keys [][]byte
		c := users.Cursor()
		for k, _ := c.Seek(prefix); k != nil && len(k) >= len(prefix) && string(k[:len(prefix)]) == string(prefix); k, _ = c.Next() {
			keys = append(keys, append([]byte(nil), k...))
		}
		for _, k := range keys {
			id := k[len(prefix):]
			if err := users.Delete(k); err != nil {
				return err
			}
			// The index may name a conversation that was deleted or moved to another user meanwhile: those are
			// not this user's. An expired one still is, on disk, so it goes too, but it does not count: for
			// Load it was already gone.
			v := tx.Bucket(bucketConversations).Get(id)
			if v == nil {
				continue
			}
			var r record
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("decode conversation %s: %w", id, err)
			}
			if r.Conversation.User != user {
				continue
			}
			if err := tx.Bucket(bucketConversations).Delete(id); err != nil {
				return err
			}
			if err := tx.Bucket(bucketReplies).Delete(id); err != nil {
				return err
			}
			if err := moveExpiry(tx, expiryConversation, string(id), r.Expires, time.Time{}); err != nil {
				return err
			}
			deleted++
			if r.Expires.IsZero() || s.now().Before(r.Expires) {
				n++
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("boltstore: erase user: %w", err)
	}
	if deleted > 0 {
		if err := s.db.Compact(); err != nil {
			return n, fmt.Errorf("boltstore: erase user: %w", err)
		}
	}
	return n, nil
}
