package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
	"github.com/wegwijzer/wegwijzer/store/redisstore"
)

// spyStore records what reaches the store: every saved conversation as JSON, and every user erased.
type spyStore struct {
	wegwijzer.ConversationStore
	mu     sync.Mutex
	saved  [][]byte
	erased []string
}

func (s *spyStore) Save(ctx context.Context, c *wegwijzer.Conversation, ttl time.Duration) error {
	b, err := json.Marshal(c)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.saved = append(s.saved, b)
	s.mu.Unlock()
	return s.ConversationStore.Save(ctx, c, ttl)
}

func (s *spyStore) EraseUser(ctx context.Context, user string) (int, error) {
	s.mu.Lock()
	s.erased = append(s.erased, user)
	s.mu.Unlock()
	return s.ConversationStore.EraseUser(ctx, user)
}

// personal is what the test question holds that must never reach the store.
var personal = []string{"anna@bakkerij-voorbeeld.nl", "06-12345678", "0612345678", "NL91ABNA0417164300", "111222333", "U07PRIVATE1"}

func TestStoreSeesNothingPersonal(t *testing.T) {
	dir := t.TempDir()
	bs, err := boltstore.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	spy := &spyStore{ConversationStore: bs}
	e := newEngine(t, spy, bot.Options{})
	ctx := context.Background()
	texts := []string{
		"Ik wil mijn bakkerij verduurzamen, mail me op anna@bakkerij-voorbeeld.nl of bel 06-12345678",
		"mijn IBAN is NL91ABNA0417164300 en mijn BSN 111222333",
	}
	for _, text := range texts {
		if _, err := e.Handle(ctx, wegwijzer.Message{Conversation: "c-private", User: "U07PRIVATE1", Platform: "slack", Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	if len(spy.saved) == 0 {
		t.Fatal("nothing was saved")
	}
	for i, b := range spy.saved {
		for _, p := range personal {
			if bytes.Contains(b, []byte(p)) {
				t.Errorf("save %d holds %q: %s", i+1, p, b)
			}
		}
	}
	c, err := bs.Load(ctx, "c-private")
	if err != nil {
		t.Fatal(err)
	}
	if c.User == "" || strings.Contains(c.User, "U07PRIVATE1") {
		t.Errorf("stored user %q, want a pseudonym", c.User)
	}
	if !strings.Contains(c.Slots["query"], "[IBAN]") {
		t.Errorf("stored query %q , want it scrubbed, not emptied", c.Slots["query"])
	}
	if err := bs.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "wegwijzer.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range personal {
		if bytes.Contains(raw, []byte(p)) {
			t.Errorf("the store file holds %q", p)
		}
	}
}

func TestForgetFindsPseudonymousConversations(t *testing.T) {
	bs := mustBolt(t)
	spy := &spyStore{ConversationStore: bs}
	e := newEngine(t, spy, bot.Options{})
	ctx := context.Background()
	for _, conv := range []string{"c-1", "c-2"} {
		if _, err := e.Handle(ctx, wegwijzer.Message{Conversation: conv, User: "U1", Platform: "slack", Text: "subsidie voor zonnepanelen"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.Handle(ctx, wegwijzer.Message{Conversation: "c-3", User: "U1", Platform: "slack", Text: "vergeet mij"}); err != nil {
		t.Fatal(err)
	}
	for _, conv := range []string{"c-1", "c-2"} {
		if _, err := bs.Load(ctx, conv); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
			t.Errorf("conversation %s after erasure: %v, want not found", conv, err)
		}
	}
	for _, u := range spy.erased {
		if u == "U1" {
			t.Errorf("the store was asked to erase the clear user id %q", u)
		}
	}
}

func TestUnknownOptionIsInvalid(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	tests := []struct {
		option string
		valid  bool
	}{
		{"cmd:restart", true}, {"feedback:yes", true}, {"sector:-", true}, {"size:zzp", true},
		{"cmd:explode", false}, {"theme:nope", false}, {"sector:<script>", false}, {"feedback:maybe", false},
		{"nonsense", false}, {"region:", false},
	}
	for _, tt := range tests {
		t.Run(tt.option, func(t *testing.T) {
			_, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: "c-opt", User: "U1", Platform: "web", Option: tt.option})
			if invalid := wegwijzer.ErrorCode(err) == wegwijzer.EINVALID; invalid == tt.valid {
				t.Errorf("option %q: err = %v, want invalid=%v", tt.option, err, !tt.valid)
			}
		})
	}
}

// lossyStore writes a save and then reports it failed, as a Redis call does whose reply was lost in a failover.
type lossyStore struct {
	wegwijzer.ConversationStore
	fail bool
}

func (s *lossyStore) Save(ctx context.Context, c *wegwijzer.Conversation, ttl time.Duration) error {
	err := s.ConversationStore.Save(ctx, c, ttl)
	if err == nil && s.fail {
		s.fail = false
		return errors.New("read tcp: i/o timeout")
	}
	return err
}

func TestSavedTurnIsNotAnsweredAsAnError(t *testing.T) {
	st := &lossyStore{ConversationStore: mustBolt(t), fail: true}
	e := newEngine(t, st, bot.Options{})
	r, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: "c-lossy", User: "U1", Platform: "web", Text: "subsidie voor zonnepanelen"})
	if err != nil {
		t.Fatalf("a turn that was saved was answered with an error: %v (%q)", err, r.Text)
	}
	c, err := st.Load(context.Background(), "c-lossy")
	if err != nil || c.Messages != 1 {
		t.Fatalf("stored conversation %+v, %v: want one message", c, err)
	}
	// The next turn continues from the saved version.
	if _, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: "c-lossy", User: "U1", Platform: "web", Text: "voor een bakkerij"}); err != nil {
		t.Fatal(err)
	}
	if c, _ := st.Load(context.Background(), "c-lossy"); c.Messages != 2 {
		t.Errorf("after the second turn: %d messages, want 2", c.Messages)
	}
}

// TestRedisKeysAndValuesHoldNoPlatformID runs a turn against Redis and reads every key and value back.
func TestRedisKeysAndValuesHoldNoPlatformID(t *testing.T) {
	srv := redistest.Start(t)
	st, err := redisstore.Open(context.Background(), srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e := newEngine(t, st, bot.Options{})
	text := "Ik wil verduurzamen, mail anna@bakkerij-voorbeeld.nl of bel 06-12345678"
	if _, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: "c-redis-private", User: "U07PRIVATE1", Platform: "slack", Text: text}); err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	defer rdb.Close()
	ctx := context.Background()
	keys, err := rdb.Keys(ctx, "*").Result()
	if err != nil || len(keys) == 0 {
		t.Fatalf("keys = %v, %v", keys, err)
	}
	for _, k := range keys {
		var dump string
		switch typ := rdb.Type(ctx, k).Val(); typ {
		case "string":
			dump = rdb.Get(ctx, k).Val()
		case "set":
			dump = strings.Join(rdb.SMembers(ctx, k).Val(), " ")
		case "hash":
			dump = fmt.Sprint(rdb.HGetAll(ctx, k).Val())
		default:
			t.Fatalf("key %q has type %s, which the test does not read", k, typ)
		}
		if dump == "" {
			t.Fatalf("key %q is empty", k)
		}
		for _, p := range personal {
			if strings.Contains(k, p) || strings.Contains(dump, p) {
				t.Errorf("key %q (or its value) holds %q", k, p)
			}
		}
	}
}
