package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// concurrencyTests are the conformance tests of concurrency.
var concurrencyTests = []suiteCase{
	{"concurrent saves of one version: exactly one wins", func(t *testing.T, s *harness) {
		mustSave(t, s, newConversation("c1", "u1"), longTTL)
		loaded := mustLoad(t, s, "c1")
		const n = 16
		won := make([]bool, n)
		parallel(t, n, func(i int) error {
			c := *loaded
			c.State = fmt.Sprintf("schrijver-%d", i)
			err := s.Save(t.Context(), &c, longTTL)
			if wegwijzer.ErrorCode(err) == wegwijzer.ECONFLICT {
				return nil
			}
			won[i] = err == nil
			return err
		})
		var winners []int
		for i, w := range won {
			if w {
				winners = append(winners, i)
			}
		}
		if len(winners) != 1 {
			t.Fatalf("winners %v of %d concurrent saves of version 1, want exactly one", winners, n)
		}
		got := mustLoad(t, s, "c1")
		if want := fmt.Sprintf("schrijver-%d", winners[0]); got.State != want || got.Version != 2 {
			t.Errorf("loaded state %q version %d, want the winner's (%s, 2)", got.State, got.Version, want)
		}
	}},
	{"concurrent updates that retry on ECONFLICT lose nothing", func(t *testing.T, s *harness) {
		mustSave(t, s, newConversation("c1", "u1"), longTTL)
		const writers, updates = 8, 10
		parallel(t, writers, func(int) error {
			for range updates {
				for {
					c, err := s.Load(t.Context(), "c1")
					if err != nil {
						return err
					}
					c.Messages++
					err = s.Save(t.Context(), c, longTTL)
					if wegwijzer.ErrorCode(err) == wegwijzer.ECONFLICT {
						continue
					}
					if err != nil {
						return err
					}
					break
				}
			}
			return nil
		})
		got := mustLoad(t, s, "c1")
		if got.Messages != writers*updates || got.Version != writers*updates+1 {
			t.Errorf("after %d updates: %d messages, version %d; want %d and %d",
				writers*updates, got.Messages, got.Version, writers*updates, writers*updates+1)
		}
	}},
}

// contextTests are the conformance tests of context: a cancelled context changes nothing.
var contextTests = []suiteCase{
	{"a cancelled context is an error and changes nothing", func(t *testing.T, s *harness) {
		mustSave(t, s, newConversation("c1", "anna"), longTTL)
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		calls := []struct {
			name string
			call func() error
		}{
			{"load", func() error { _, err := s.Load(ctx, "c1"); return err }},
			{"load of a missing conversation", func() error { _, err := s.Load(ctx, "c2"); return err }},
			{"save", func() error { return s.Save(ctx, newConversation("c2", "anna"), longTTL) }},
			{"delete", func() error { return s.Delete(ctx, "c1") }},
			{"mark seen", func() error { _, err := s.MarkSeen(ctx, "ev", longTTL); return err }},
			{"erase user", func() error { _, err := s.EraseUser(ctx, "anna"); return err }},
		}
		for _, c := range calls {
			err := c.call()
			if !errors.Is(err, context.Canceled) {
				t.Errorf("%s with a cancelled context: %v, want an error that is context.Canceled", c.name, err)
			}
			if code := wegwijzer.ErrorCode(err); code == wegwijzer.ENOTFOUND || code == wegwijzer.ECONFLICT {
				t.Errorf("%s with a cancelled context: code %s, want no answer about the data", c.name, code)
			}
		}
		mustLoad(t, s, "c1")
		if _, err := s.Load(t.Context(), "c2"); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
			t.Errorf("load of the conversation saved with a cancelled context: %v, want ENOTFOUND", err)
		}
		if first := mustMark(t, s, "ev", longTTL); !first {
			t.Errorf("mark after a mark with a cancelled context: first = false, want true")
		}
	}},
}
