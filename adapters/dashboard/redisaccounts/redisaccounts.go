// Package redisaccounts keeps the dashboard's invites and sessions in Redis, next to the conversations, so that
// `wegwijzer dashboard invite` works while serve runs. Every record is one key with the record's expiry as its
// TTL; an index set per kind lets `dashboard sessions` list them. Keys hold only hashes of secrets.
package redisaccounts

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
)

// Accounts is the Redis store. It is safe for concurrent use, also by several processes.
type Accounts struct {
	rdb    redis.UniversalClient
	prefix string
}

var _ dashboard.Accounts = (*Accounts)(nil)

// New returns the store; prefix "" means "wegwijzer". It does not contact Redis.
func New(rdb redis.UniversalClient, prefix string) *Accounts {
	if prefix == "" {
		prefix = "wegwijzer"
	}
	return &Accounts{rdb: rdb, prefix: prefix}
}

func (a *Accounts) inviteKey(h string) string  { return a.prefix + ":dash:invite:" + h }
func (a *Accounts) sessionKey(h string) string { return a.prefix + ":dash:session:" + h }
func (a *Accounts) sessionSet() string         { return a.prefix + ":dash:sessions" }

func (a *Accounts) set(ctx context.Context, key string, v any, expires time.Time, now time.Time) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	ttl := expires.Sub(now)
	if ttl <= 0 {
		return nil
	}
	return a.rdb.Set(ctx, key, data, ttl).Err()
}

// AddInvite implements dashboard.Accounts.
func (a *Accounts) AddInvite(ctx context.Context, inv dashboard.Invite) error {
	if err := a.set(ctx, a.inviteKey(inv.TokenHash), inv, inv.Expires, inv.Created); err != nil {
		return fmt.Errorf("redisaccounts: add invite: %w", err)
	}
	return nil
}

// Redeem implements dashboard.Accounts with GETDEL, so that of two browsers opening one link only one signs in.
func (a *Accounts) Redeem(ctx context.Context, tokenHash string, now time.Time) (dashboard.Invite, error) {
	data, err := a.rdb.GetDel(ctx, a.inviteKey(tokenHash)).Bytes()
	if errors.Is(err, redis.Nil) {
		return dashboard.Invite{}, dashboard.ErrNotFound
	}
	if err != nil {
		return dashboard.Invite{}, fmt.Errorf("redisaccounts: redeem invite: %w", err)
	}
	var inv dashboard.Invite
	if err := json.Unmarshal(data, &inv); err != nil {
		return dashboard.Invite{}, fmt.Errorf("redisaccounts: redeem invite: %w", err)
	}
	if !now.Before(inv.Expires) {
		return dashboard.Invite{}, dashboard.ErrNotFound
	}
	return inv, nil
}

// AddSession implements dashboard.Accounts.
func (a *Accounts) AddSession(ctx context.Context, s dashboard.Session) error {
	if err := a.rdb.SAdd(ctx, a.sessionSet(), s.IDHash).Err(); err != nil {
		return fmt.Errorf("redisaccounts: add session: %w", err)
	}
	if err := a.set(ctx, a.sessionKey(s.IDHash), s, s.Expires, s.Created); err != nil {
		return fmt.Errorf("redisaccounts: add session: %w", err)
	}
	return nil
}

// Session implements dashboard.Accounts.
func (a *Accounts) Session(ctx context.Context, idHash string, now time.Time) (dashboard.Session, error) {
	data, err := a.rdb.Get(ctx, a.sessionKey(idHash)).Bytes()
	if errors.Is(err, redis.Nil) {
		return dashboard.Session{}, dashboard.ErrNotFound
	}
	if err != nil {
		return dashboard.Session{}, fmt.Errorf("redisaccounts: read session: %w", err)
	}
	var s dashboard.Session
	if err := json.Unmarshal(data, &s); err != nil {
		return dashboard.Session{}, fmt.Errorf("redisaccounts: read session: %w", err)
	}
	if !now.Before(s.Expires) {
		return dashboard.Session{}, dashboard.ErrNotFound
	}
	return s, nil
}

// Sessions implements dashboard.Accounts; ids whose key expired are dropped from the index set.
func (a *Accounts) Sessions(ctx context.Context, now time.Time) ([]dashboard.Session, error) {
	ids, err := a.rdb.SMembers(ctx, a.sessionSet()).Result()
	if err != nil {
		return nil, fmt.Errorf("redisaccounts: list sessions: %w", err)
	}
	var out []dashboard.Session
	for _, id := range ids {
		s, err := a.Session(ctx, id, now)
		if errors.Is(err, dashboard.ErrNotFound) {
			a.rdb.SRem(ctx, a.sessionSet(), id)
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(x, y dashboard.Session) int { return x.Created.Compare(y.Created) })
	return out, nil
}

// Revoke implements dashboard.Accounts.
func (a *Accounts) Revoke(ctx context.Context, ref string) (int, error) {
	all, err := a.Sessions(ctx, time.Time{}) // expired ones too: revoking them does no harm
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range all {
		if !s.Matches(ref) {
			continue
		}
		if err := a.rdb.Del(ctx, a.sessionKey(s.IDHash)).Err(); err != nil {
			return n, fmt.Errorf("redisaccounts: revoke: %w", err)
		}
		a.rdb.SRem(ctx, a.sessionSet(), s.IDHash)
		n++
	}
	return n, nil
}
