// Package accountstest is the conformance suite every dashboard.Accounts implementation passes.
package accountstest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer/adapters/dashboard"
)

// Run runs the suite; open returns an empty store.
func Run(t *testing.T, open func(t *testing.T) dashboard.Accounts) {
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Second)

	t.Run("an invite signs in once", func(t *testing.T) {
		a := open(t)
		token, inv, err := dashboard.NewInvite(ctx, a, "Anna", dashboard.RoleManager, "zwolle", time.Hour, now)
		if err != nil {
			t.Fatal(err)
		}
		if inv.TokenHash == token || inv.TokenHash != dashboard.Hash(token) {
			t.Fatal("the invite must hold the token's hash, not the token")
		}
		got, err := a.Redeem(ctx, dashboard.Hash(token), now.Add(time.Minute))
		if err != nil || got.Name != "Anna" || got.Role != dashboard.RoleManager || got.Community != "zwolle" {
			t.Fatalf("redeem: %+v, %v", got, err)
		}
		if _, err := a.Redeem(ctx, dashboard.Hash(token), now.Add(time.Minute)); !errors.Is(err, dashboard.ErrNotFound) {
			t.Errorf("second redeem: %v, want ErrNotFound", err)
		}
	})

	t.Run("an expired invite does not sign in", func(t *testing.T) {
		a := open(t)
		token, _, err := dashboard.NewInvite(ctx, a, "Bo", dashboard.RoleAnalyst, "", time.Hour, now)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := a.Redeem(ctx, dashboard.Hash(token), now.Add(2*time.Hour)); !errors.Is(err, dashboard.ErrNotFound) {
			t.Errorf("redeem after expiry: %v, want ErrNotFound", err)
		}
	})

	t.Run("of concurrent redeems exactly one wins", func(t *testing.T) {
		a := open(t)
		token, _, err := dashboard.NewInvite(ctx, a, "Cas", dashboard.RoleAdmin, "", time.Hour, now)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		wins := 0
		for range 8 {
			wg.Go(func() {
				if _, err := a.Redeem(ctx, dashboard.Hash(token), now); err == nil {
					mu.Lock()
					wins++
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if wins != 1 {
			t.Errorf("%d redeems won, want 1", wins)
		}
	})

	t.Run("sessions expire, list and revoke", func(t *testing.T) {
		a := open(t)
		mk := func(id, name string, created time.Time, ttl time.Duration) dashboard.Session {
			s := dashboard.Session{IDHash: dashboard.Hash(id), Name: name, Role: dashboard.RoleAnalyst, Created: created, Expires: created.Add(ttl)}
			if err := a.AddSession(ctx, s); err != nil {
				t.Fatal(err)
			}
			return s
		}
		s1 := mk("one", "Anna", now, time.Hour)
		s2 := mk("two", "Bo", now.Add(time.Second), time.Hour)
		mk("three", "Bo", now.Add(2*time.Second), time.Hour)
		if got, err := a.Session(ctx, s1.IDHash, now.Add(time.Minute)); err != nil || got.Name != "Anna" {
			t.Fatalf("session: %+v, %v", got, err)
		}
		if _, err := a.Session(ctx, s1.IDHash, now.Add(2*time.Hour)); !errors.Is(err, dashboard.ErrNotFound) {
			t.Errorf("expired session: %v, want ErrNotFound", err)
		}
		if _, err := a.Session(ctx, dashboard.Hash("unknown"), now); !errors.Is(err, dashboard.ErrNotFound) {
			t.Errorf("unknown session: %v, want ErrNotFound", err)
		}
		list, err := a.Sessions(ctx, now.Add(time.Minute))
		if err != nil || len(list) != 3 || list[0].Name != "Anna" {
			t.Fatalf("sessions: %+v, %v", list, err)
		}
		if n, err := a.Revoke(ctx, s2.Ref()[:3]); err != nil || n != 0 {
			t.Errorf("revoke by a 3-character ref: %d, %v; want 0 (too short to be safe)", n, err)
		}
		if n, err := a.Revoke(ctx, s1.Ref()); err != nil || n != 1 {
			t.Errorf("revoke by ref: %d, %v; want 1", n, err)
		}
		if _, err := a.Session(ctx, s1.IDHash, now); !errors.Is(err, dashboard.ErrNotFound) {
			t.Errorf("revoked session: %v, want ErrNotFound", err)
		}
		if n, err := a.Revoke(ctx, "Bo"); err != nil || n != 2 {
			t.Errorf("revoke by name: %d, %v; want 2", n, err)
		}
		if list, _ := a.Sessions(ctx, now); len(list) != 0 {
			t.Errorf("sessions after revoking all: %+v", list)
		}
	})
}
