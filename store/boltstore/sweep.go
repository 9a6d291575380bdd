package boltstore

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// bucketExpiry lists every record that expires, in the order it does: the key is the expiry (8 bytes, big-endian
// Unix nanoseconds), a kind byte and the record's key; the value is empty. A sweep reads it from the start up to
// now, so its cost follows what expired, not what the file holds. It is rebuilt from the records at Open.
var bucketExpiry = []byte("expiry")

// Kinds of records in bucketExpiry.
const (
	expiryConversation = 'c'
	expiryMark         = 's'
)

func expiryKey(at time.Time, kind byte, key string) []byte {
	k := make([]byte, 9, 9+len(key))
	binary.BigEndian.PutUint64(k, uint64(at.UnixNano()))
	k[8] = kind
	return append(k, key...)
}

// moveExpiry replaces a record's entry in bucketExpiry: was is its old expiry, at its new one (zero = none).
func moveExpiry(tx *bolt.Tx, kind byte, key string, was, at time.Time) error {
	b := tx.Bucket(bucketExpiry)
	if !was.IsZero() && !was.Equal(at) {
		if err := b.Delete(expiryKey(was, kind, key)); err != nil {
			return err
		}
	}
	if at.IsZero() {
		return nil
	}
	return b.Put(expiryKey(at, kind, key), nil)
}

// Sweep deletes expired conversations (with their last reply and user index entry) and expired idempotency marks
// from the file, so that what the privacy text promises is true on disk too: a conversation is gone after its
// TTL, not merely unreadable. It runs after every sweepEvery saves (and a full sweep at Open), reads only the
// records that expired, and returns how many it deleted.
func (s *Store) Sweep(ctx context.Context) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.compactMu.Lock()
	defer s.compactMu.Unlock()
	now := s.now()
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		expiry := tx.Bucket(bucketExpiry)
		var due [][]byte
		c := expiry.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if len(k) < 9 {
				due = append(due, append([]byte(nil), k...)) // not ours: drop it
				continue
			}
			if now.Before(time.Unix(0, int64(binary.BigEndian.Uint64(k)))) {
				break
			}
			due = append(due, append([]byte(nil), k...))
		}
		for _, k := range due {
			if len(k) >= 9 {
				// The record itself says whether it expired: an entry may be left by a record deleted since.
				var err error
				var gone bool
				switch key := k[9:]; k[8] {
				case expiryConversation:
					gone, err = s.dropConversation(tx, key, now)
				case expiryMark:
					gone, err = dropMark(tx, key, now)
				}
				if err != nil {
					return err
				}
				if gone {
					n++
				}
			}
			if err := expiry.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("boltstore: sweep: %w", err)
	}
	return n, s.compactAfterSweep(n, now)
}

// dropConversation deletes the conversation with its reply and user index entry if it has expired at now.
func (s *Store) dropConversation(tx *bolt.Tx, id []byte, now time.Time) (bool, error) {
	v := tx.Bucket(bucketConversations).Get(id)
	if v == nil {
		return false, nil
	}
	var r record
	if err := json.Unmarshal(v, &r); err != nil {
		return false, nil // not ours to judge; Load reports it
	}
	if r.Expires.IsZero() || now.Before(r.Expires) {
		return false, nil
	}
	if r.Conversation != nil && r.Conversation.User != "" {
		if err := tx.Bucket(bucketUsers).Delete(userKey(r.Conversation.User, r.Conversation.ID)); err != nil {
			return false, err
		}
	}
	if err := tx.Bucket(bucketReplies).Delete(id); err != nil {
		return false, err
	}
	return true, tx.Bucket(bucketConversations).Delete(id)
}

// dropMark deletes the idempotency mark if it has expired at now.
func dropMark(tx *bolt.Tx, key []byte, now time.Time) (bool, error) {
	seen := tx.Bucket(bucketSeen)
	v := seen.Get(key)
	if v == nil {
		return false, nil
	}
	if exp, err := time.Parse(time.RFC3339Nano, string(v)); err != nil || now.Before(exp) {
		return false, nil
	}
	return true, seen.Delete(key)
}

// sweepAll deletes every expired record and rebuilds bucketExpiry from the records that are left, reading the
// whole file: at Open, so that a file written before the expiry index existed (or by a process that was killed
// in a way bbolt survives but the index did not expect) is swept completely.
func (s *Store) sweepAll() (int, error) {
	s.compactMu.Lock()
	defer s.compactMu.Unlock()
	now := s.now()
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketExpiry); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(bucketExpiry); err != nil {
			return err
		}
		type entry struct {
			key   []byte
			kind  byte
			until time.Time
		}
		var entries []entry
		err := tx.Bucket(bucketConversations).ForEach(func(k, v []byte) error {
			var r record
			if err := json.Unmarshal(v, &r); err == nil && !r.Expires.IsZero() {
				entries = append(entries, entry{append([]byte(nil), k...), expiryConversation, r.Expires})
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bucketSeen).ForEach(func(k, v []byte) error {
			if exp, err := time.Parse(time.RFC3339Nano, string(v)); err == nil {
				entries = append(entries, entry{append([]byte(nil), k...), expiryMark, exp})
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, e := range entries {
			var gone bool
			var err error
			if now.Before(e.until) {
				err = tx.Bucket(bucketExpiry).Put(expiryKey(e.until, e.kind, string(e.key)), nil)
			} else if e.kind == expiryConversation {
				gone, err = s.dropConversation(tx, e.key, now)
			} else {
				gone, err = dropMark(tx, e.key, now)
			}
			if err != nil {
				return err
			}
			if gone {
				n++
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("boltstore: sweep: %w", err)
	}
	return n, s.compactAfterSweep(n, now)
}

// compactAfterSweep compacts the file after a sweep that deleted records. Deleted records stay readable in
// bbolt's freed pages until compaction; compacting costs a copy of the file, so a sweep compacts at most once per
// compactEvery (an erasure compacts at once). The caller holds compactMu.
func (s *Store) compactAfterSweep(deleted int, now time.Time) error {
	if deleted > 0 && now.Sub(s.compacted) >= compactEvery {
		if err := s.db.Compact(); err != nil {
			return fmt.Errorf("boltstore: sweep: %w", err)
		}
		s.compacted = now
	}
	return nil
}

// compactEvery is how often, at most, a sweep compacts the file.
const compactEvery = time.Hour
