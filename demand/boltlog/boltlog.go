// Package boltlog is the embedded demand log: a bbolt file demand.db in the data folder, beside the conversation
// store's wegwijzer.db, for a single machine and for trying Wegwijzer out. Events are kept in time order; their
// text is kept apart so that retention can drop it while the event stays for the statistics.
package boltlog

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/internal/boltfile"
)

// File is the name of the log file in the data folder.
const File = "demand.db"

var (
	bucketEvents   = []byte("events")   // key: time (8 bytes, big-endian Unix nanoseconds) + event id -> event JSON without text
	bucketText     = []byte("text")     // same key -> scrubbed text
	bucketIDs      = []byte("ids")      // event id -> key, or erased
	bucketPersons  = []byte("persons")  // person pseudonym + 0x00 + key -> empty
	bucketLinks    = []byte("links")    // review item -> link JSON
	bucketHandoffs = []byte("handoffs") // event id -> state
)

// erased marks the id of an erased event; keys are longer.
var erased = []byte("-")

// Log is a wegwijzer.DemandLog and wegwijzer.ReviewStore in a bbolt file. Only one process can hold the file.
type Log struct {
	db *boltfile.DB // compacted after an erasure or expiry, so that what was dropped leaves no byte in the file
}

var (
	_ wegwijzer.DemandLog   = (*Log)(nil)
	_ wegwijzer.ReviewStore = (*Log)(nil)
)

// Open opens (or creates) dir/demand.db. When another process holds it, Open fails after a short wait.
func Open(dir string) (*Log, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("demand/boltlog: create data folder: %w", err)
	}
	path := filepath.Join(dir, File)
	db, err := boltfile.Open(path, 0o600, &bolt.Options{Timeout: 3 * time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("demand/boltlog: %s is in use by another wegwijzer process (stop it, or use Redis with WEGWIJZER_REDIS_URL): %w", path, err)
		}
		return nil, fmt.Errorf("demand/boltlog: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketEvents, bucketText, bucketIDs, bucketPersons, bucketLinks, bucketHandoffs} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("demand/boltlog: init: %w", err)
	}
	return &Log{db: db}, nil
}

// Close closes the file.
func (l *Log) Close() error { return l.db.Close() }

func eventKey(t time.Time, id string) []byte {
	k := make([]byte, 8, 8+len(id))
	binary.BigEndian.PutUint64(k, uint64(t.UnixNano()))
	return append(k, id...)
}

func timeKey(t time.Time) []byte {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, uint64(t.UnixNano()))
	return k
}

func keyTime(k []byte) time.Time { return time.Unix(0, int64(binary.BigEndian.Uint64(k[:8]))) }

// Append implements wegwijzer.DemandLog.
func (l *Log) Append(ctx context.Context, events ...wegwijzer.DemandEvent) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := l.db.Update(func(tx *bolt.Tx) error {
		ids := tx.Bucket(bucketIDs)
		for _, ev := range events {
			if ev.ID == "" {
				return fmt.Errorf("event without id")
			}
			if ids.Get([]byte(ev.ID)) != nil {
				continue
			}
			key := eventKey(ev.Time, ev.ID)
			text := ev.DetachText()
			data, err := json.Marshal(ev)
			if err != nil {
				return err
			}
			if err := tx.Bucket(bucketEvents).Put(key, data); err != nil {
				return err
			}
			if text != "" {
				if err := tx.Bucket(bucketText).Put(key, []byte(text)); err != nil {
					return err
				}
			}
			if err := ids.Put([]byte(ev.ID), key); err != nil {
				return err
			}
			if err := tx.Bucket(bucketPersons).Put(personKey(ev.Person, key), nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("demand/boltlog: append: %w", err)
	}
	return nil
}

func personKey(person string, key []byte) []byte {
	return append(append([]byte(person), 0), key...)
}

// Scan implements wegwijzer.DemandLog; events come in time order.
func (l *Log) Scan(ctx context.Context, from, to time.Time, fn func(wegwijzer.DemandEvent) error) error {
	// Read in pages, each in its own transaction, so that a slow fn does not hold the file.
	start := timeKey(from)
	if from.IsZero() {
		start = nil
	}
	const page = 2000
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var batch []wegwijzer.DemandEvent
		var next []byte
		err := l.db.View(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketEvents).Cursor()
			text := tx.Bucket(bucketText)
			var k, v []byte
			if start == nil {
				k, v = c.First()
			} else {
				k, v = c.Seek(start)
			}
			for ; k != nil; k, v = c.Next() {
				if !to.IsZero() && !keyTime(k).Before(to) {
					return nil
				}
				if len(batch) == page {
					next = slices.Clone(k)
					return nil
				}
				var ev wegwijzer.DemandEvent
				if err := json.Unmarshal(v, &ev); err != nil {
					return fmt.Errorf("decode event: %w", err)
				}
				ev.AttachText(string(text.Get(k)))
				batch = append(batch, ev)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("demand/boltlog: scan: %w", err)
		}
		for _, ev := range batch {
			if err := fn(ev); err != nil {
				return err
			}
		}
		if next == nil {
			return nil
		}
		start = next
	}
}

// ErasePerson implements wegwijzer.DemandLog.
func (l *Log) ErasePerson(ctx context.Context, person string) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	n, links := 0, 0
	prefix := append([]byte(person), 0)
	err := l.db.Update(func(tx *bolt.Tx) error {
		var err error
		if links, err = deleteLinks(tx, func(link wegwijzer.DemandLink) bool { return slices.Contains(link.Persons, person) }); err != nil {
			return err
		}
		persons := tx.Bucket(bucketPersons)
		var keys [][]byte
		c := persons.Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			keys = append(keys, slices.Clone(k))
		}
		for _, pk := range keys {
			key := pk[len(prefix):]
			if tx.Bucket(bucketEvents).Get(key) != nil {
				n++
			}
			for _, b := range [][]byte{bucketEvents, bucketText} {
				if err := tx.Bucket(b).Delete(key); err != nil {
					return err
				}
			}
			// The id stays, marked erased, so that a spool replay does not bring the event back.
			if err := tx.Bucket(bucketIDs).Put(key[8:], erased); err != nil {
				return err
			}
			if err := persons.Delete(pk); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("demand/boltlog: erase: %w", err)
	}
	if n > 0 || links > 0 {
		if err := l.db.Compact(); err != nil {
			return n, fmt.Errorf("demand/boltlog: erase: %w", err)
		}
	}
	return n, nil
}

// deleteLinks deletes the links for which drop says so and returns how many.
func deleteLinks(tx *bolt.Tx, drop func(wegwijzer.DemandLink) bool) (int, error) {
	b := tx.Bucket(bucketLinks)
	var keys [][]byte
	err := b.ForEach(func(k, v []byte) error {
		var link wegwijzer.DemandLink
		if err := json.Unmarshal(v, &link); err != nil {
			return fmt.Errorf("decode link %s: %w", k, err)
		}
		if drop(link) {
			keys = append(keys, slices.Clone(k))
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return 0, err
		}
	}
	return len(keys), nil
}

// ExpireText implements wegwijzer.DemandLog, by event time. Review links made from expired questions go too.
func (l *Log) ExpireText(ctx context.Context, before time.Time) (int, error) {
	n, err := l.expireText(ctx, before)
	if err != nil {
		return n, err
	}
	links := 0
	err = l.db.Update(func(tx *bolt.Tx) error {
		var err error
		links, err = deleteLinks(tx, func(link wegwijzer.DemandLink) bool { return link.Expired(before) })
		return err
	})
	if err != nil {
		return n, fmt.Errorf("demand/boltlog: expire links: %w", err)
	}
	if n > 0 || links > 0 {
		if err := l.db.Compact(); err != nil {
			return n, fmt.Errorf("demand/boltlog: expire text: %w", err)
		}
	}
	return n, nil
}

func (l *Log) expireText(ctx context.Context, before time.Time) (int, error) {
	n := 0
	end := timeKey(before)
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		done := true
		err := l.db.Update(func(tx *bolt.Tx) error {
			c := tx.Bucket(bucketText).Cursor()
			i := 0
			for k, _ := c.First(); k != nil && bytes.Compare(k[:8], end) < 0; k, _ = c.First() {
				if i == 10000 { // keep transactions small
					done = false
					return nil
				}
				if err := c.Delete(); err != nil {
					return err
				}
				i++
				n++
			}
			return nil
		})
		if err != nil {
			return n, fmt.Errorf("demand/boltlog: expire text: %w", err)
		}
		if done {
			return n, nil
		}
	}
}

// SaveLink implements wegwijzer.ReviewStore.
func (l *Log) SaveLink(ctx context.Context, link wegwijzer.DemandLink) error {
	data, err := json.Marshal(link)
	if err != nil {
		return fmt.Errorf("demand/boltlog: save link: %w", err)
	}
	err = l.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketLinks).Put([]byte(link.Item), data) })
	if err != nil {
		return fmt.Errorf("demand/boltlog: save link: %w", err)
	}
	return nil
}

// Links implements wegwijzer.ReviewStore.
func (l *Log) Links(ctx context.Context) ([]wegwijzer.DemandLink, error) {
	var out []wegwijzer.DemandLink
	err := l.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketLinks).ForEach(func(k, v []byte) error {
			var link wegwijzer.DemandLink
			if err := json.Unmarshal(v, &link); err != nil {
				return fmt.Errorf("decode link %s: %w", k, err)
			}
			out = append(out, link)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("demand/boltlog: links: %w", err)
	}
	slices.SortStableFunc(out, func(a, b wegwijzer.DemandLink) int { return a.Time.Compare(b.Time) })
	return out, nil
}

// SetHandoff implements wegwijzer.ReviewStore.
func (l *Log) SetHandoff(ctx context.Context, eventID string, state wegwijzer.HandoffState) error {
	err := l.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketHandoffs).Put([]byte(eventID), []byte(state)) })
	if err != nil {
		return fmt.Errorf("demand/boltlog: set hand-off: %w", err)
	}
	return nil
}

// HandoffStates implements wegwijzer.ReviewStore.
func (l *Log) HandoffStates(ctx context.Context) (map[string]wegwijzer.HandoffState, error) {
	out := map[string]wegwijzer.HandoffState{}
	err := l.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketHandoffs).ForEach(func(k, v []byte) error {
			out[string(k)] = wegwijzer.HandoffState(v)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("demand/boltlog: hand-offs: %w", err)
	}
	return out, nil
}
