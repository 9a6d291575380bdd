// Package boltaccounts keeps the dashboard's invites and sessions in an embedded bbolt file (dashboard.db in the
// data folder). bbolt locks its file: while serve runs, the invite, sessions and revoke commands cannot open it
// and say so; stop serve first, or use Redis (WEGWIJZER_REDIS_URL), where they work while serve runs.
package boltaccounts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
)

// File is the name of the file in the data folder.
const File = "dashboard.db"

var (
	invites  = []byte("invites")
	sessions = []byte("sessions")
)

// Accounts is the embedded store. It is safe for concurrent use within one process.
type Accounts struct{ db *bolt.DB }

var _ dashboard.Accounts = (*Accounts)(nil)

// Open opens (or creates) dir/dashboard.db. It waits at most a second for the file's lock, so that a command run
// next to serve fails at once with an error that says why.
func Open(dir string) (*Accounts, error) {
	path := filepath.Join(dir, File)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%s is in use: is serve running? Stop it, or use Redis (WEGWIJZER_REDIS_URL)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("dashboard: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{invites, sessions} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("dashboard: open %s: %w", path, err)
	}
	return &Accounts{db: db}, nil
}

// Close closes the file.
func (a *Accounts) Close() error { return a.db.Close() }

func put(tx *bolt.Tx, bucket []byte, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return tx.Bucket(bucket).Put([]byte(key), data)
}

// AddInvite implements dashboard.Accounts.
func (a *Accounts) AddInvite(_ context.Context, inv dashboard.Invite) error {
	return a.db.Update(func(tx *bolt.Tx) error { return put(tx, invites, inv.TokenHash, inv) })
}

// Redeem implements dashboard.Accounts. The invite is deleted whether it is live or expired.
func (a *Accounts) Redeem(_ context.Context, tokenHash string, now time.Time) (dashboard.Invite, error) {
	var inv dashboard.Invite
	found := false
	err := a.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(invites)
		data := b.Get([]byte(tokenHash))
		if data == nil {
			return nil
		}
		if err := json.Unmarshal(data, &inv); err != nil {
			return err
		}
		found = true
		return b.Delete([]byte(tokenHash))
	})
	if err != nil {
		return dashboard.Invite{}, fmt.Errorf("dashboard: redeem invite: %w", err)
	}
	if !found || !now.Before(inv.Expires) {
		return dashboard.Invite{}, dashboard.ErrNotFound
	}
	return inv, nil
}

// AddSession implements dashboard.Accounts.
func (a *Accounts) AddSession(_ context.Context, s dashboard.Session) error {
	return a.db.Update(func(tx *bolt.Tx) error { return put(tx, sessions, s.IDHash, s) })
}

// Session implements dashboard.Accounts.
func (a *Accounts) Session(_ context.Context, idHash string, now time.Time) (dashboard.Session, error) {
	var s dashboard.Session
	err := a.db.View(func(tx *bolt.Tx) error {
		data := tx.Bucket(sessions).Get([]byte(idHash))
		if data == nil {
			return dashboard.ErrNotFound
		}
		return json.Unmarshal(data, &s)
	})
	if errors.Is(err, dashboard.ErrNotFound) {
		return s, err
	}
	if err != nil {
		return s, fmt.Errorf("dashboard: read session: %w", err)
	}
	if !now.Before(s.Expires) {
		return dashboard.Session{}, dashboard.ErrNotFound
	}
	return s, nil
}

// Sessions implements dashboard.Accounts; it also removes expired sessions and invites.
func (a *Accounts) Sessions(_ context.Context, now time.Time) ([]dashboard.Session, error) {
	var out []dashboard.Session
	err := a.db.Update(func(tx *bolt.Tx) error {
		var dead [][]byte
		err := tx.Bucket(sessions).ForEach(func(k, v []byte) error {
			var s dashboard.Session
			if err := json.Unmarshal(v, &s); err != nil {
				return err
			}
			if now.Before(s.Expires) {
				out = append(out, s)
			} else {
				dead = append(dead, k)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range dead {
			if err := tx.Bucket(sessions).Delete(k); err != nil {
				return err
			}
		}
		var deadInvites [][]byte
		err = tx.Bucket(invites).ForEach(func(k, v []byte) error {
			var inv dashboard.Invite
			if json.Unmarshal(v, &inv) == nil && !now.Before(inv.Expires) {
				deadInvites = append(deadInvites, k)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range deadInvites {
			if err := tx.Bucket(invites).Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("dashboard: list sessions: %w", err)
	}
	slices.SortFunc(out, func(x, y dashboard.Session) int { return x.Created.Compare(y.Created) })
	return out, nil
}

// Revoke implements dashboard.Accounts.
func (a *Accounts) Revoke(_ context.Context, ref string) (int, error) {
	n := 0
	err := a.db.Update(func(tx *bolt.Tx) error {
		var hit [][]byte
		err := tx.Bucket(sessions).ForEach(func(k, v []byte) error {
			var s dashboard.Session
			if err := json.Unmarshal(v, &s); err != nil {
				return err
			}
			if s.Matches(ref) {
				hit = append(hit, k)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range hit {
			if err := tx.Bucket(sessions).Delete(k); err != nil {
				return err
			}
		}
		n = len(hit)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("dashboard: revoke: %w", err)
	}
	return n, nil
}
