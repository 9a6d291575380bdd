package redisstore_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
	"github.com/wegwijzer/wegwijzer/store/redisstore"
	"github.com/wegwijzer/wegwijzer/store/storetest"
)

func TestConformance(t *testing.T) {
	srv := redistest.Start(t)
	client := mustClient(t, srv)
	var n atomic.Int64
	storetest.Run(t, func(t *testing.T) wegwijzer.ConversationStore {
		// One server for all subtests; a prefix of its own keeps each store empty and apart.
		return redisstore.New(client, redisstore.Options{Prefix: uniquePrefix(n.Add(1))})
	})
}

// TestCluster runs the store on a Redis Cluster of three masters. It proves the keys cluster-safe: a script
// that touched keys of two slots would fail with CROSSSLOT.
func TestCluster(t *testing.T) {
	cluster := redistest.StartCluster(t, 3)
	t.Run("conformance", func(t *testing.T) {
		client := redis.NewClusterClient(&redis.ClusterOptions{Addrs: cluster.Addrs(), ContextTimeoutEnabled: true})
		t.Cleanup(func() { client.Close() })
		var n atomic.Int64
		storetest.Run(t, func(t *testing.T) wegwijzer.ConversationStore {
			return redisstore.New(client, redisstore.Options{Prefix: uniquePrefix(n.Add(1))})
		})
	})
	t.Run("open with a list of nodes", func(t *testing.T) {
		s, err := redisstore.Open(t.Context(), strings.Join(cluster.Addrs(), ","))
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		defer s.Close()
		// Enough users and conversations to land on every node.
		for i := range 30 {
			c := &wegwijzer.Conversation{ID: fmt.Sprintf("c%d", i), User: fmt.Sprintf("u%d", i%3)}
			if err := s.Save(t.Context(), c, time.Minute); err != nil {
				t.Fatalf("save: %v", err)
			}
		}
		for u := range 3 {
			if n, err := s.EraseUser(t.Context(), fmt.Sprintf("u%d", u)); err != nil || n != 10 {
				t.Errorf("erase user u%d = %d, %v; want 10", u, n, err)
			}
		}
	})
}

func TestKeysShareAHashTagPerConversation(t *testing.T) {
	srv := redistest.Start(t)
	client := mustClient(t, srv)
	p := uniquePrefix(0)
	s := redisstore.New(client, redisstore.Options{Prefix: p})
	c := &wegwijzer.Conversation{ID: "slack:C01:1700000000.1", User: "U01", LastReply: &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer}}
	if err := s.Save(t.Context(), c, time.Hour); err != nil {
		t.Fatalf("save: %v", err)
	}
	if _, err := s.MarkSeen(t.Context(), "slack:Ev01", time.Hour); err != nil {
		t.Fatalf("mark seen: %v", err)
	}
	keys, err := client.Keys(t.Context(), p+":*").Result()
	if err != nil {
		t.Fatal(err)
	}
	conv, index := p+":{conv:slack:C01:1700000000.1}", p+":{user:U01}:convs"
	reply := conv + ":reply"
	want := map[string]bool{conv: true, reply: true, index: true, p + ":seen:slack:Ev01": true}
	if len(keys) != len(want) {
		t.Errorf("keys %q, want %d keys", keys, len(want))
	}
	for _, k := range keys {
		if !want[k] {
			t.Errorf("unexpected key %q; want only %v", k, want)
		}
	}
	// The user index outlives the conversation, so that erasure finds it until it expires.
	convTTL := client.PTTL(t.Context(), conv).Val()
	indexTTL := client.PTTL(t.Context(), index).Val()
	if convTTL <= 0 || indexTTL <= convTTL {
		t.Errorf("ttl of conversation %s, of user index %s; want both set and the index's longer", convTTL, indexTTL)
	}
	// The last reply expires with the conversation, and goes with it on erasure.
	if replyTTL := client.PTTL(t.Context(), reply).Val(); replyTTL <= 0 || replyTTL > convTTL+time.Second {
		t.Errorf("ttl of the last reply %s, want set and no longer than the conversation's %s", replyTTL, convTTL)
	}
	if _, err := s.EraseUser(t.Context(), "U01"); err != nil {
		t.Fatal(err)
	}
	if n := client.Exists(t.Context(), conv, reply).Val(); n != 0 {
		t.Errorf("%d of the conversation's keys left after erasure, want none", n)
	}
}

func TestOpen(t *testing.T) {
	srv := redistest.Start(t)
	for _, url := range []string{srv.URL(), srv.Addr(), " " + srv.Addr() + " ,"} {
		t.Run(url, func(t *testing.T) {
			s, err := redisstore.Open(t.Context(), url)
			if err != nil {
				t.Fatalf("open %q: %v", url, err)
			}
			defer s.Close()
			c := &wegwijzer.Conversation{ID: "c1"}
			if err := s.Save(t.Context(), c, time.Minute); err != nil {
				t.Fatalf("save: %v", err)
			}
			if err := s.Delete(t.Context(), "c1"); err != nil {
				t.Fatalf("delete: %v", err)
			}
		})
	}
}

func TestOpenFailsWithoutRedis(t *testing.T) {
	srv := redistest.Start(t)
	url := strings.Replace(srv.URL(), "redis://", "redis://wegwijzer:geheim@", 1) + "?max_retries=-1"
	srv.Stop()
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	_, err := redisstore.Open(ctx, url)
	if err == nil {
		t.Fatalf("open of a stopped server succeeded")
	}
	if !strings.HasPrefix(err.Error(), "store/redis: open") {
		t.Errorf("error %q, want it to start with the operation", err)
	}
	if strings.Contains(err.Error(), "geheim") {
		t.Errorf("error %q shows the password", err)
	}
	if _, err := redisstore.Open(ctx, "redis://localhost:6379/?unknown_option=1"); err == nil {
		t.Errorf("open of a URL with an unknown option succeeded")
	}
}

func TestNewDoesNotConnect(t *testing.T) {
	dialed := false
	client := redis.NewClient(&redis.Options{
		Addr: "127.0.0.1:1",
		Dialer: func(context.Context, string, string) (net.Conn, error) {
			dialed = true
			return nil, errors.New("no")
		},
	})
	defer client.Close()
	redisstore.New(client, redisstore.Options{})
	if dialed {
		t.Errorf("New dialed Redis; want no side effects until the first call")
	}
}

func TestSurvivesARedisRestart(t *testing.T) {
	srv := redistest.Start(t)
	client := mustClient(t, srv)
	s := redisstore.New(client, redisstore.Options{})
	if err := s.Save(t.Context(), &wegwijzer.Conversation{ID: "c1", User: "anna"}, time.Minute); err != nil {
		t.Fatalf("save: %v", err)
	}
	srv.Stop()
	ctx, cancel := context.WithTimeout(t.Context(), 500*time.Millisecond)
	_, err := s.Load(ctx, "c1")
	cancel()
	if err == nil || wegwijzer.ErrorCode(err) == wegwijzer.ENOTFOUND {
		t.Fatalf("load while Redis is down: %v, want a connection error, not ENOTFOUND", err)
	}
	srv.Start() // empty again: no persistence, and its script cache is gone too
	c := &wegwijzer.Conversation{ID: "c1", User: "anna"}
	if err := s.Save(t.Context(), c, time.Minute); err != nil {
		t.Fatalf("save after restart: %v", err)
	}
	if n, err := s.EraseUser(t.Context(), "anna"); err != nil || n != 1 {
		t.Errorf("erase user after restart = %d, %v; want 1", n, err)
	}
}

// uniquePrefix returns a key prefix no other test run uses, for when the tests share a server
// (WEGWIJZER_TEST_REDIS_URL).
func uniquePrefix(n int64) string {
	return fmt.Sprintf("wegwijzertest:%d:%d", runID, n)
}

var runID = time.Now().UnixNano()

func mustClient(tb testing.TB, srv *redistest.Server) *redis.Client {
	tb.Helper()
	opts, err := redis.ParseURL(srv.URL())
	if err != nil {
		tb.Fatalf("parse %s: %v", srv.URL(), err)
	}
	opts.ContextTimeoutEnabled = true
	client := redis.NewClient(opts)
	tb.Cleanup(func() { client.Close() })
	return client
}

// TestReadsWhatEarlierReleasesStored loads conversations as earlier releases stored them (bare JSON, then
// "<version>\n<JSON>", both with the last reply inside) and saves over them, also while an earlier release's save
// left a reply key of another version behind.
func TestReadsWhatEarlierReleasesStored(t *testing.T) {
	srv := redistest.Start(t)
	client := mustClient(t, srv)
	tests := []struct {
		name, value, replyKey string
	}{
		{"bare JSON", `{"id":"c1","user":"u1","state":"answered","last_reply":{"kind":"answer","text":"oud antwoord","offers":null,"options":null,"conversation":"c1"},"version":3}`, ""},
		{"version line", "3\n" + `{"id":"c1","user":"u1","state":"answered","last_reply":{"kind":"answer","text":"oud antwoord","offers":null,"options":null,"conversation":"c1"},"version":3}`, ""},
		{"a reply key of an older version", "3\n" + `{"id":"c1","user":"u1","state":"answered","last_reply":{"kind":"answer","text":"oud antwoord","offers":null,"options":null,"conversation":"c1"},"version":3}`,
			"2\n" + `{"kind":"answer","text":"nog ouder antwoord","offers":null,"options":null,"conversation":"c1"}`},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := uniquePrefix(int64(100 + i))
			s := redisstore.New(client, redisstore.Options{Prefix: p})
			key := p + ":{conv:c1}"
			client.Set(t.Context(), key, tt.value, time.Hour)
			if tt.replyKey != "" {
				client.Set(t.Context(), key+":reply", tt.replyKey, time.Hour)
			}
			c, err := s.Load(t.Context(), "c1")
			if err != nil {
				t.Fatal(err)
			}
			if c.Version != 3 || c.LastReply == nil || c.LastReply.Text != "oud antwoord" {
				t.Fatalf("loaded version %d, last reply %+v; want 3 and the reply stored inside", c.Version, c.LastReply)
			}
			c.LastReply = &wegwijzer.Reply{Conversation: "c1", Kind: wegwijzer.ReplyInfo, Text: "nieuw antwoord"}
			if err := s.Save(t.Context(), c, time.Hour); err != nil {
				t.Fatal(err)
			}
			got, err := s.Load(t.Context(), "c1")
			if err != nil {
				t.Fatal(err)
			}
			if got.Version != 4 || got.LastReply == nil || got.LastReply.Text != "nieuw antwoord" {
				t.Errorf("after a save: version %d, last reply %+v; want 4 and the new reply", got.Version, got.LastReply)
			}
		})
	}
}

// TestLoadStateReadsWhatAnotherReplicaSaved: a replica that saved a conversation last keeps it to load it again
// without decoding; what another replica saved since, and a conversation deleted and begun again under the same id
// up to the same version, are read from Redis.
func TestLoadStateReadsWhatAnotherReplicaSaved(t *testing.T) {
	a, b := twoReplicas(t)
	ctx := t.Context()
	load := func(s *redisstore.Store) *wegwijzer.Conversation {
		t.Helper()
		c, err := s.LoadState(ctx, "c1")
		if err != nil {
			t.Fatalf("load: %v", err)
		}
		return c
	}
	c := &wegwijzer.Conversation{ID: "c1", User: "anna", State: "asked", Slots: map[string]string{"theme": "energie"}}
	if err := a.Save(ctx, c, time.Hour); err != nil {
		t.Fatal(err)
	}
	got := load(a)
	got.Slots["theme"] = "changed by the turn, not saved"
	if got := load(a); got.Slots["theme"] != "energie" || got.Version != 1 {
		t.Errorf("load after a change to an unsaved copy = %+v, want theme energie, version 1", got)
	}
	// Replica b saves version 2; a must see it.
	c = load(b)
	c.Slots["theme"] = "financiering"
	if err := b.Save(ctx, c, time.Hour); err != nil {
		t.Fatal(err)
	}
	if got := load(a); got.Slots["theme"] != "financiering" || got.Version != 2 {
		t.Errorf("a loads %+v after b saved, want theme financiering, version 2", got)
	}
	// a saves version 3; the conversation is deleted by b and begun again to version 3 with other content.
	c = load(a)
	if err := a.Save(ctx, c, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := b.Delete(ctx, "c1"); err != nil {
		t.Fatal(err)
	}
	c = &wegwijzer.Conversation{ID: "c1", User: "bert", State: "new"}
	for range 3 {
		if err := b.Save(ctx, c, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	if got := load(a); got.User != "bert" || got.Version != 3 {
		t.Errorf("a loads %+v after the conversation began again, want bert's, version 3", got)
	}
}

// TestLoadForUpdateIsCheckedBySave: a replica may load the conversation it saved last without reading Redis; when
// another replica saved it meanwhile, its save fails with ECONFLICT, and from then on it reads what is stored.
func TestLoadForUpdateIsCheckedBySave(t *testing.T) {
	a, b := twoReplicas(t)
	ctx := t.Context()
	c := &wegwijzer.Conversation{ID: "c1", User: "anna", State: "asked", Slots: map[string]string{"theme": "energie"}}
	if err := a.Save(ctx, c, time.Hour); err != nil {
		t.Fatal(err)
	}
	// b changes it: version 2.
	other, err := b.LoadForUpdate(ctx, "c1")
	if err != nil {
		t.Fatal(err)
	}
	other.Slots["theme"] = "financiering"
	if err := b.Save(ctx, other, time.Hour); err != nil {
		t.Fatal(err)
	}
	// a still holds version 1; its save of a turn on that copy must not overwrite b's.
	stale, err := a.LoadForUpdate(ctx, "c1")
	if err != nil {
		t.Fatal(err)
	}
	if stale.Version != 1 {
		t.Fatalf("a's copy has version %d; want 1, the one it saved (this test needs the kept copy)", stale.Version)
	}
	stale.Slots["theme"] = "digitalisering"
	if err := a.Save(ctx, stale, time.Hour); wegwijzer.ErrorCode(err) != wegwijzer.ECONFLICT {
		t.Fatalf("save on a stale copy: %v, want ECONFLICT", err)
	}
	fresh, err := a.LoadForUpdate(ctx, "c1")
	if err != nil {
		t.Fatal(err)
	}
	if fresh.Version != 2 || fresh.Slots["theme"] != "financiering" {
		t.Errorf("after the conflict a loads %+v; want b's version 2", fresh)
	}
	// A deleted conversation is not handed out again either.
	if err := a.Save(ctx, fresh, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := b.Delete(ctx, "c1"); err != nil {
		t.Fatal(err)
	}
	gone, err := a.LoadForUpdate(ctx, "c1")
	if err == nil {
		if err := a.Save(ctx, gone, time.Hour); wegwijzer.ErrorCode(err) != wegwijzer.ECONFLICT {
			t.Fatalf("save on a copy of a deleted conversation: %v, want ECONFLICT", err)
		}
		if _, err := a.LoadForUpdate(ctx, "c1"); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
			t.Errorf("after the conflict: %v, want ENOTFOUND", err)
		}
	} else if wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
		t.Fatal(err)
	}
}

// twoReplicas returns two stores on one Redis and one prefix, as two replicas of the service see it.
func twoReplicas(t *testing.T) (a, b *redisstore.Store) {
	t.Helper()
	client := mustClient(t, redistest.Start(t))
	prefix := uniquePrefix(0)
	return redisstore.New(client, redisstore.Options{Prefix: prefix}), redisstore.New(client, redisstore.Options{Prefix: prefix})
}
