// Package storetest is the conformance suite of wegwijzer.ConversationStore: every implementation runs Run, so
// that the dialogue engine can rely on the same behaviour from Redis and from the embedded store (versions,
// conflicts, expiry, idempotency marks, erasure, concurrency).
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

// Clock is implemented by stores whose clock can be replaced. Run then moves time forward with a fake clock;
// for other stores (Redis keeps time itself) it waits for real, with TTLs of about a second.
type Clock interface {
	SetClock(now func() time.Time)
}

// TTLs used by the suite. ttl is short enough to wait out for real; longTTL never runs out during a test.
const (
	ttl     = time.Second
	longTTL = time.Hour
)

// Run runs the conformance suite against the stores newStore returns. Each subtest calls newStore for a store of
// its own that must start empty; subtests run in parallel, so newStore must be safe for concurrent use. newStore
// registers any cleanup (closing, removing files) with t.Cleanup.
func Run(t *testing.T, newStore func(t *testing.T) wegwijzer.ConversationStore) {
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.test(t, newHarness(t, newStore(t)))
		})
	}
}

// harness is one subtest's store with its clock.
type harness struct {
	wegwijzer.ConversationStore
	// wait lets d pass for the store: a fake clock jumps, a real one sleeps.
	wait func(d time.Duration)
}

func newHarness(t *testing.T, s wegwijzer.ConversationStore) *harness {
	h := &harness{ConversationStore: s, wait: time.Sleep}
	if c, ok := s.(Clock); ok {
		clk := &fakeClock{now: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
		c.SetClock(clk.Now)
		h.wait = clk.Advance
	}
	return h
}

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

var tests = []struct {
	name string
	test func(t *testing.T, s *harness)
}{
	// Load and Save.
	{"load of a missing conversation is ENOTFOUND", func(t *testing.T, s *harness) {
		_, err := s.Load(t.Context(), "nooit-gezien")
		wantCode(t, err, wegwijzer.ENOTFOUND)
	}},
	{"save of a new conversation with version 0 stores it as version 1", func(t *testing.T, s *harness) {
		c := newConversation("c1", "u1")
		mustSave(t, s, c, longTTL)
		if c.Version != 1 {
			t.Errorf("after save, c.Version = %d, want 1", c.Version)
		}
		wantEqual(t, mustLoad(t, s, "c1"), c)
	}},
	{"every field round-trips", func(t *testing.T, s *harness) {
		c := fullConversation("c1", "u1")
		mustSave(t, s, c, longTTL)
		want := fullConversation("c1", "u1")
		want.Version = 1
		wantEqual(t, mustLoad(t, s, "c1"), want)
	}},
	{"each save increments the version", func(t *testing.T, s *harness) {
		c := newConversation("c1", "u1")
		for want := int64(1); want <= 3; want++ {
			c.Messages++
			mustSave(t, s, c, longTTL)
			if c.Version != want {
				t.Fatalf("after save %d, c.Version = %d", want, c.Version)
			}
		}
		got := mustLoad(t, s, "c1")
		if got.Version != 3 || got.Messages != 3 {
			t.Errorf("loaded version %d with %d messages, want version 3 with 3", got.Version, got.Messages)
		}
	}},
	{"save with version 0 over an existing conversation is ECONFLICT and stores nothing", func(t *testing.T, s *harness) {
		mustSave(t, s, newConversation("c1", "u1"), longTTL)
		other := newConversation("c1", "u1")
		other.State = "overschreven"
		err := s.Save(t.Context(), other, longTTL)
		wantCode(t, err, wegwijzer.ECONFLICT)
		if other.Version != 0 {
			t.Errorf("after a conflict, c.Version = %d, want it unchanged (0)", other.Version)
		}
		if got := mustLoad(t, s, "c1"); got.State != "start" || got.Version != 1 {
			t.Errorf("loaded state %q version %d, want the first save (start, 1)", got.State, got.Version)
		}
	}},
	{"save with a stale version is ECONFLICT and stores nothing", func(t *testing.T, s *harness) {
		c := newConversation("c1", "u1")
		mustSave(t, s, c, longTTL)
		stale := mustLoad(t, s, "c1")
		c.State = "sector"
		mustSave(t, s, c, longTTL) // version 2 now
		stale.State = "verouderd"
		err := s.Save(t.Context(), stale, longTTL)
		wantCode(t, err, wegwijzer.ECONFLICT)
		if stale.Version != 1 {
			t.Errorf("after a conflict, c.Version = %d, want it unchanged (1)", stale.Version)
		}
		if got := mustLoad(t, s, "c1"); got.State != "sector" || got.Version != 2 {
			t.Errorf("loaded state %q version %d, want (sector, 2)", got.State, got.Version)
		}
	}},
	{"save with a version of a conversation that does not exist is ECONFLICT", func(t *testing.T, s *harness) {
		c := newConversation("c1", "u1")
		c.Version = 4
		wantCode(t, s.Save(t.Context(), c, longTTL), wegwijzer.ECONFLICT)
		_, err := s.Load(t.Context(), "c1")
		wantCode(t, err, wegwijzer.ENOTFOUND)
	}},
	{"the store keeps no reference to the caller's conversation", func(t *testing.T, s *harness) {
		c := fullConversation("c1", "u1")
		mustSave(t, s, c, longTTL)
		c.Slots["thema"] = "veranderd"
		c.EventIDs[0] = "veranderd"
		loaded := mustLoad(t, s, "c1")
		loaded.Slots["thema"] = "ook veranderd"
		want := fullConversation("c1", "u1")
		want.Version = 1
		wantEqual(t, mustLoad(t, s, "c1"), want)
	}},
	{"conversation ids and user ids are opaque strings", func(t *testing.T, s *harness) {
		ids := []string{"a", "a}", "{a}", "a:b", "slack:T01:C02:1700000000.000100", "met spatie", "één–twee", "a*?[x]"}
		for i, id := range ids {
			c := newConversation(id, id)
			c.Messages = i
			mustSave(t, s, c, longTTL)
		}
		for i, id := range ids {
			if got := mustLoad(t, s, id); got.ID != id || got.User != id || got.Messages != i {
				t.Errorf("load %q = id %q user %q messages %d, want id and user %q with %d messages", id, got.ID, got.User, got.Messages, id, i)
			}
		}
		if n := mustErase(t, s, "a"); n != 1 {
			t.Errorf("erase user %q = %d, want 1", "a", n)
		}
		for _, id := range ids[1:] {
			mustLoad(t, s, id)
		}
	}},

	// The last reply, and loading without it (wegwijzer.StateLoader).
	{"a state load gives the conversation, with or without its last reply", func(t *testing.T, s *harness) {
		l, ok := s.ConversationStore.(wegwijzer.StateLoader)
		if !ok {
			return // Load is all there is
		}
		mustSave(t, s, fullConversation("c1", "u1"), longTTL)
		got, err := l.LoadState(t.Context(), "c1")
		if err != nil {
			t.Fatalf("load state: %v", err)
		}
		want := fullConversation("c1", "u1")
		want.Version = 1
		if got.LastReply == nil {
			want.LastReply = nil
		}
		wantEqual(t, got, want)
		_, err = l.LoadState(t.Context(), "nooit-gezien")
		wantCode(t, err, wegwijzer.ENOTFOUND)
	}},
	{"a save without a last reply drops the stored one", func(t *testing.T, s *harness) {
		c := fullConversation("c1", "u1")
		mustSave(t, s, c, longTTL)
		c.LastReply = nil
		mustSave(t, s, c, longTTL)
		if got := mustLoad(t, s, "c1"); got.LastReply != nil {
			t.Errorf("last reply %+v after a save without one, want none", got.LastReply)
		}
	}},
	{"a new last reply replaces the stored one", func(t *testing.T, s *harness) {
		c := fullConversation("c1", "u1")
		mustSave(t, s, c, longTTL)
		c.LastReply = &wegwijzer.Reply{Conversation: "c1", Kind: wegwijzer.ReplyInfo, Text: "Graag gedaan."}
		mustSave(t, s, c, longTTL)
		want := *c.LastReply
		if got := mustLoad(t, s, "c1").LastReply; got == nil || !reflect.DeepEqual(*got, want) {
			t.Errorf("last reply %+v, want %+v", got, want)
		}
	}},
	{"a conversation deleted and started again has no last reply of before", func(t *testing.T, s *harness) {
		mustSave(t, s, fullConversation("c1", "u1"), longTTL)
		if err := s.Delete(t.Context(), "c1"); err != nil {
			t.Fatal(err)
		}
		mustSave(t, s, newConversation("c1", "u1"), longTTL)
		if got := mustLoad(t, s, "c1"); got.LastReply != nil {
			t.Errorf("last reply %+v of the deleted conversation, want none", got.LastReply)
		}
		mustSave(t, s, fullConversation("c2", "u2"), longTTL)
		mustErase(t, s, "u2")
		mustSave(t, s, newConversation("c2", "u2"), longTTL)
		if got := mustLoad(t, s, "c2"); got.LastReply != nil {
			t.Errorf("last reply %+v of the erased conversation, want none", got.LastReply)
		}
	}},

	// Expiry.
	{"a conversation expires after ttl without a save", func(t *testing.T, s *harness) {
		mustSave(t, s, newConversation("c1", "u1"), ttl)
		s.wait(ttl * 4 / 10)
		mustLoad(t, s, "c1")
		s.wait(ttl * 8 / 10)
		_, err := s.Load(t.Context(), "c1")
		wantCode(t, err, wegwijzer.ENOTFOUND)
	}},
	{"each save starts the ttl again", func(t *testing.T, s *harness) {
		c := newConversation("c1", "u1")
		mustSave(t, s, c, ttl)
		s.wait(ttl * 6 / 10)
		mustSave(t, s, c, ttl)
		s.wait(ttl * 6 / 10) // past the first save's ttl
		mustLoad(t, s, "c1")
		s.wait(ttl * 6 / 10)
		_, err := s.Load(t.Context(), "c1")
		wantCode(t, err, wegwijzer.ENOTFOUND)
	}},
	{"an expired conversation starts again at version 0, not at its old version", func(t *testing.T, s *harness) {
		c := newConversation("c1", "u1")
		mustSave(t, s, c, ttl)
		s.wait(ttl * 12 / 10)
		wantCode(t, s.Save(t.Context(), c, longTTL), wegwijzer.ECONFLICT)
		fresh := newConversation("c1", "u1")
		mustSave(t, s, fresh, longTTL)
		if fresh.Version != 1 {
			t.Errorf("version after a new start = %d, want 1", fresh.Version)
		}
	}},

	// Delete.
	{"delete removes the conversation", func(t *testing.T, s *harness) {
		mustSave(t, s, newConversation("c1", "u1"), longTTL)
		mustSave(t, s, newConversation("c2", "u1"), longTTL)
		if err := s.Delete(t.Context(), "c1"); err != nil {
			t.Fatalf("delete: %v", err)
		}
		_, err := s.Load(t.Context(), "c1")
		wantCode(t, err, wegwijzer.ENOTFOUND)
		mustLoad(t, s, "c2")
	}},
	{"delete of a missing conversation is not an error", func(t *testing.T, s *harness) {
		if err := s.Delete(t.Context(), "nooit-gezien"); err != nil {
			t.Errorf("delete of a missing conversation: %v, want nil", err)
		}
	}},
	{"a deleted conversation starts again at version 0", func(t *testing.T, s *harness) {
		c := newConversation("c1", "u1")
		mustSave(t, s, c, longTTL)
		if err := s.Delete(t.Context(), "c1"); err != nil {
			t.Fatalf("delete: %v", err)
		}
		wantCode(t, s.Save(t.Context(), c, longTTL), wegwijzer.ECONFLICT)
		mustSave(t, s, newConversation("c1", "u1"), longTTL)
	}},

	// MarkSeen.
	{"mark seen is first the first time and not the second", func(t *testing.T, s *harness) {
		if first := mustMark(t, s, "slack:Ev01", longTTL); !first {
			t.Errorf("first mark: first = false, want true")
		}
		if first := mustMark(t, s, "slack:Ev01", longTTL); first {
			t.Errorf("second mark: first = true, want false")
		}
		if first := mustMark(t, s, "slack:Ev02", longTTL); !first {
			t.Errorf("mark of another key: first = false, want true")
		}
	}},
	{"mark seen is first again after its ttl", func(t *testing.T, s *harness) {
		mustMark(t, s, "ev", ttl)
		s.wait(ttl * 4 / 10)
		if first := mustMark(t, s, "ev", ttl); first {
			t.Errorf("mark within ttl: first = true, want false")
		}
		s.wait(ttl * 8 / 10)
		if first := mustMark(t, s, "ev", ttl); !first {
			t.Errorf("mark after ttl: first = false, want true")
		}
	}},
	{"mark seen keys do not collide with conversation ids", func(t *testing.T, s *harness) {
		mustSave(t, s, newConversation("c1", "u1"), longTTL)
		if first := mustMark(t, s, "c1", longTTL); !first {
			t.Errorf("mark of a key that is also a conversation id: first = false, want true")
		}
		mustLoad(t, s, "c1")
	}},
	{"concurrent marks of one key: exactly one is first", func(t *testing.T, s *harness) {
		const n = 16
		var firsts int
		var mu sync.Mutex
		parallel(t, n, func(int) error {
			first, err := s.MarkSeen(t.Context(), "discord:123", longTTL)
			if first {
				mu.Lock()
				firsts++
				mu.Unlock()
			}
			return err
		})
		if firsts != 1 {
			t.Errorf("%d of %d concurrent marks were first, want exactly 1", firsts, n)
		}
	}},

	// EraseUser.
	{"erase user deletes exactly that user's conversations and counts them", func(t *testing.T, s *harness) {
		for _, c := range []*wegwijzer.Conversation{
			newConversation("a1", "anna"), newConversation("a2", "anna"), newConversation("a3", "anna"),
			newConversation("b1", "bram"), newConversation("x1", "annabel"), newConversation("n1", ""),
		} {
			mustSave(t, s, c, longTTL)
		}
		if n := mustErase(t, s, "anna"); n != 3 {
			t.Errorf("erase anna = %d, want 3", n)
		}
		for _, id := range []string{"a1", "a2", "a3"} {
			_, err := s.Load(t.Context(), id)
			wantCode(t, err, wegwijzer.ENOTFOUND)
		}
		for _, id := range []string{"b1", "x1", "n1"} {
			mustLoad(t, s, id)
		}
		if n := mustErase(t, s, "anna"); n != 0 {
			t.Errorf("second erase anna = %d, want 0", n)
		}
	}},
	{"erase of a user without conversations is 0", func(t *testing.T, s *harness) {
		mustSave(t, s, newConversation("b1", "bram"), longTTL)
		if n := mustErase(t, s, "niemand"); n != 0 {
			t.Errorf("erase = %d, want 0", n)
		}
		mustLoad(t, s, "b1")
	}},
	{"erase user does not count expired or deleted conversations", func(t *testing.T, s *harness) {
		mustSave(t, s, newConversation("blijft", "anna"), longTTL)
		mustSave(t, s, newConversation("verloopt", "anna"), ttl)
		mustSave(t, s, newConversation("weg", "anna"), longTTL)
		if err := s.Delete(t.Context(), "weg"); err != nil {
			t.Fatalf("delete: %v", err)
		}
		s.wait(ttl * 12 / 10)
		if n := mustErase(t, s, "anna"); n != 1 {
			t.Errorf("erase anna = %d, want 1", n)
		}
	}},
	{"erase user goes by the conversation's current user", func(t *testing.T, s *harness) {
		c := newConversation("c1", "anna")
		mustSave(t, s, c, longTTL)
		c.User = "bram"
		mustSave(t, s, c, longTTL)
		if n := mustErase(t, s, "anna"); n != 0 {
			t.Errorf("erase of the former user = %d, want 0", n)
		}
		mustLoad(t, s, "c1")
		if n := mustErase(t, s, "bram"); n != 1 {
			t.Errorf("erase of the current user = %d, want 1", n)
		}
	}},
	{"a conversation saved again after erasure with its old version is ECONFLICT", func(t *testing.T, s *harness) {
		c := newConversation("c1", "anna")
		mustSave(t, s, c, longTTL)
		mustErase(t, s, "anna")
		// A turn that was in flight during the erasure must not bring the conversation back.
		wantCode(t, s.Save(t.Context(), c, longTTL), wegwijzer.ECONFLICT)
		_, err := s.Load(t.Context(), "c1")
		wantCode(t, err, wegwijzer.ENOTFOUND)
	}},

	// Concurrency.
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

	// Context.
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

// newConversation returns a small conversation at version 0.
func newConversation(id, user string) *wegwijzer.Conversation {
	return &wegwijzer.Conversation{ID: id, User: user, Community: "zwolle", Platform: "web", State: "start"}
}

// fullConversation returns a conversation with every field set.
func fullConversation(id, user string) *wegwijzer.Conversation {
	at := time.Date(2026, 3, 2, 9, 15, 30, 123456789, time.UTC)
	return &wegwijzer.Conversation{
		ID:        id,
		User:      user,
		Community: "ondernemers-breda",
		Platform:  "slack",
		State:     "answered",
		Slots:     map[string]string{"thema": "verduurzaming", "sector": "transport-logistiek", "regio": "breda"},
		Asked:     []string{"sector", "regio"},
		Language:  "nl",
		Messages:  2,
		EventIDs:  []string{"Ev01", "Ev02"},
		LastReply: &wegwijzer.Reply{
			Conversation: id,
			Kind:         wegwijzer.ReplyAnswer,
			Text:         "Dit past bij je vraag:",
			Offers: []wegwijzer.OfferRef{{
				ID: "eia", Title: "Energie-investeringsaftrek", Provider: "RVO", URL: "https://www.rvo.nl/subsidies-financiering/eia",
				Kind: wegwijzer.KindFiscaleRegeling, Group: wegwijzer.GroupMoney, Why: "verduurzaming", Status: wegwijzer.StatusOpen,
			}},
			Options:  []wegwijzer.Option{{Label: "Iemand spreken", Value: "handoff"}},
			NextStep: "Bel het Ondernemersplein van KvK: 0800 2117.",
			Language: "nl",
		},
		Handoff: "open",
		Updated: at.Add(time.Minute),
	}
}

func mustSave(tb testing.TB, s wegwijzer.ConversationStore, c *wegwijzer.Conversation, ttl time.Duration) {
	tb.Helper()
	if err := s.Save(tb.Context(), c, ttl); err != nil {
		tb.Fatalf("save %q at version %d: %v", c.ID, c.Version, err)
	}
}

func mustLoad(tb testing.TB, s wegwijzer.ConversationStore, id string) *wegwijzer.Conversation {
	tb.Helper()
	c, err := s.Load(tb.Context(), id)
	if err != nil {
		tb.Fatalf("load %q: %v", id, err)
	}
	return c
}

func mustMark(tb testing.TB, s wegwijzer.ConversationStore, key string, ttl time.Duration) bool {
	tb.Helper()
	first, err := s.MarkSeen(tb.Context(), key, ttl)
	if err != nil {
		tb.Fatalf("mark seen %q: %v", key, err)
	}
	return first
}

func mustErase(tb testing.TB, s wegwijzer.ConversationStore, user string) int {
	tb.Helper()
	n, err := s.EraseUser(tb.Context(), user)
	if err != nil {
		tb.Fatalf("erase user %q: %v", user, err)
	}
	return n
}

func wantCode(tb testing.TB, err error, code wegwijzer.Code) {
	tb.Helper()
	if got := wegwijzer.ErrorCode(err); got != code {
		tb.Fatalf("error %v (code %q), want code %q", err, got, code)
	}
}

func wantEqual(tb testing.TB, got, want *wegwijzer.Conversation) {
	tb.Helper()
	if !reflect.DeepEqual(got, want) {
		g, _ := json.MarshalIndent(got, "", "  ")
		w, _ := json.MarshalIndent(want, "", "  ")
		tb.Errorf("loaded conversation differs\ngot:  %s\nwant: %s", g, w)
	}
}

// parallel runs f(0..n-1) in goroutines that start together, and fails the test with the first error.
func parallel(t *testing.T, n int, f func(i int) error) {
	t.Helper()
	start := make(chan struct{})
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			<-start
			errs <- f(i)
		})
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}
