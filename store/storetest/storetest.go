// Package storetest is the conformance suite of wegwijzer.ConversationStore: every implementation runs Run, so
// that the dialogue engine can rely on the same behaviour from Redis and from the embedded store (versions,
// conflicts, expiry, idempotency marks, erasure, concurrency).
package storetest

import (
	"encoding/json"
	"reflect"
	"slices"
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

// suiteCase is one test of the conformance suite.
type suiteCase struct {
	name string
	test func(t *testing.T, s *harness)
}

// tests are the whole suite, by the part of the contract they check (conversations.go, users.go, concurrency.go).
var tests = slices.Concat(loadSaveTests, replyTests, expiryTests, deleteTests, markTests, eraseTests, concurrencyTests, contextTests)

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
