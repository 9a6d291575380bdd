package bot_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
	"github.com/wegwijzer/wegwijzer/store/redisstore"
)

// Tests of a turn and its store: expiry, bounded history, redelivered events, concurrent turns, a store that is down.

func TestConversationsExpire(t *testing.T) {
	st := mustBolt(t)
	now := time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	st.SetClock(func() time.Time { return now })
	e := newEngine(t, st, bot.Options{TTL: time.Hour, Now: func() time.Time { return now }})
	run(t, e, "exp", []step{{say: "Ik wil mijn bedrijf verduurzamen", kind: wegwijzer.ReplyClarify}})
	now = now.Add(2 * time.Hour)
	if _, err := st.Load(context.Background(), "exp"); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
		t.Errorf("conversation still there after its TTL: %v", err)
	}
}

func TestHistoryIsBounded(t *testing.T) {
	st := mustBolt(t)
	e := newEngine(t, st, bot.Options{})
	for i := range 40 {
		m := wegwijzer.Message{Conversation: "long", Text: fmt.Sprintf("subsidie zonnepanelen %d", i), EventID: fmt.Sprintf("Ev%d", i)}
		if _, err := e.Handle(context.Background(), m); err != nil {
			t.Fatal(err)
		}
	}
	c, err := st.Load(context.Background(), "long")
	if err != nil {
		t.Fatal(err)
	}
	if c.Messages != 40 || len(c.EventIDs) > 32 || c.EventIDs[len(c.EventIDs)-1] != "Ev39" {
		t.Errorf("messages %d, events kept %d (last %q); want 40 and at most the last 32", c.Messages, len(c.EventIDs), c.EventIDs[len(c.EventIDs)-1])
	}
}

func TestDuplicateEventGivesOneReply(t *testing.T) {
	stores := map[string]func(t *testing.T) wegwijzer.ConversationStore{
		"embedded": func(t *testing.T) wegwijzer.ConversationStore { return mustBolt(t) },
		"redis": func(t *testing.T) wegwijzer.ConversationStore {
			st, err := redisstore.Open(t.Context(), redistest.Start(t).URL())
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		},
	}
	for name, open := range stores {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			turns := 0
			e := newEngine(t, st, bot.Options{Hooks: bot.Hooks{Turn: func(context.Context, wegwijzer.TurnRecord) { turns++ }}})
			m := wegwijzer.Message{Conversation: "dup", User: "u", Text: "subsidie voor een elektrische bestelbus", EventID: "Ev123"}
			first, err := e.Handle(context.Background(), m)
			if err != nil {
				t.Fatal(err)
			}
			again, err := e.Handle(context.Background(), m)
			if !errors.Is(err, wegwijzer.ErrDuplicate) {
				t.Fatalf("redelivery: err %v, want ErrDuplicate", err)
			}
			// The stored reply is the scrubbed one; this text holds nothing to scrub.
			if !reflect.DeepEqual(again, first) {
				t.Errorf("redelivery reply differs from the first:\n got %+v\nwant %+v", again, first)
			}
			c, _ := st.Load(context.Background(), "dup")
			if c.Messages != 1 || turns != 1 {
				t.Errorf("messages %d, turns recorded %d; want 1 and 1", c.Messages, turns)
			}
		})
	}
}

func TestLastReplyIsKeptOnlyToAnswerAnEventAgain(t *testing.T) {
	tests := []struct {
		name, event string
		kept        bool
	}{
		{"a platform event keeps its reply", "Ev1", true},
		{"a turn without an event (web chat) keeps none", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := mustBolt(t)
			e := newEngine(t, st, bot.Options{})
			m := wegwijzer.Message{Conversation: "c", User: "u", Text: "subsidie voor een elektrische bestelbus", EventID: tt.event}
			if _, err := e.Handle(context.Background(), m); err != nil {
				t.Fatal(err)
			}
			c, err := st.Load(context.Background(), "c")
			if err != nil {
				t.Fatal(err)
			}
			if kept := c.LastReply != nil; kept != tt.kept || c.LastEvent != tt.event {
				t.Errorf("last reply kept %v for event %q, want %v", kept, c.LastEvent, tt.kept)
			}
		})
	}
}

// TestConcurrentTurnsOnTwoEngines sends 50 conversations x 20 messages at the same moment through two engines
// (two replicas) on one real Redis: no update may be lost.
func TestConcurrentTurnsOnTwoEngines(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	open := func() *redisstore.Store {
		st, err := redisstore.Open(ctx, srv.URL())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	st1, st2 := open(), open()
	// 1,000 turns start at once; on a busy machine one store call may wait longer than the default 2 s. This test
	// is about lost updates between replicas, not about timeouts (TestStoreDownFailsFast is).
	opts := bot.Options{StoreTimeout: 15 * time.Second}
	engines := []*bot.Engine{newEngine(t, st1, opts), newEngine(t, st2, opts)}
	const convs, msgs = 50, 20
	var wg sync.WaitGroup
	errs := make(chan error, convs*msgs)
	for c := range convs {
		for m := range msgs {
			wg.Go(func() {
				e := engines[(c+m)%2]
				_, err := e.Handle(ctx, wegwijzer.Message{Conversation: fmt.Sprintf("c%d", c), User: fmt.Sprintf("u%d", c),
					Text: "subsidie zonnepanelen", EventID: fmt.Sprintf("c%d-m%d", c, m)})
				if err != nil {
					errs <- err
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for c := range convs {
		conv, err := st1.Load(ctx, fmt.Sprintf("c%d", c))
		if err != nil {
			t.Fatal(err)
		}
		if conv.Messages != msgs || conv.Version != msgs || conv.State != bot.StateAnswered {
			t.Errorf("conversation c%d: %d messages, version %d, state %s; want %d, %d, answered", c, conv.Messages, conv.Version, conv.State, msgs, msgs)
		}
	}
}

// TestStoreDownFailsFast stops Redis: the turn must end quickly with a polite reply and an error, not hang.
func TestStoreDownFailsFast(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	st, err := redisstore.Open(ctx, srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e := newEngine(t, st, bot.Options{StoreTimeout: 500 * time.Millisecond})
	srv.Stop()
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	r, err := e.Handle(ctx, wegwijzer.Message{Conversation: "down", Text: "subsidie zonnepanelen"})
	if wegwijzer.ErrorCode(err) != wegwijzer.EUNAVAIL {
		t.Errorf("err = %v, want EUNAVAIL", err)
	}
	if ctx.Err() != nil {
		t.Error("the turn waited for the context deadline instead of failing fast")
	}
	if r == nil || !strings.Contains(r.Text, "Probeer het over een paar minuten opnieuw") {
		t.Errorf("reply %+v, want a polite try-again", r)
	}
	srv.Start()
	if _, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: "down", Text: "subsidie zonnepanelen"}); err != nil {
		t.Errorf("after Redis is back: %v", err)
	}
}

func TestRedeliveryOfAnOlderEventGetsNoNewerReply(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	ctx := context.Background()
	send := func(ev, text string) (*wegwijzer.Reply, error) {
		return e.Handle(ctx, wegwijzer.Message{Conversation: "old", User: "u", Text: text, EventID: ev})
	}
	if _, err := send("e1", "subsidie voor een elektrische bestelbus"); err != nil {
		t.Fatal(err)
	}
	if _, err := send("e2", "privacy"); err != nil {
		t.Fatal(err)
	}
	r, err := send("e1", "subsidie voor een elektrische bestelbus")
	if !errors.Is(err, wegwijzer.ErrDuplicate) {
		t.Fatalf("err %v, want ErrDuplicate", err)
	}
	if r.Text != "" {
		t.Errorf("redelivered e1 got %q (the reply to e2)", r.Text)
	}
}
