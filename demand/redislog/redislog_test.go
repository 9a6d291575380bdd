package redislog

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/wegwijzer/wegwijzer/demand/demandtest"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
)

func newClient(t *testing.T, srv *redistest.Server) redis.UniversalClient {
	t.Helper()
	opt, err := redis.ParseURL(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	t.Cleanup(func() { rdb.Close() })
	return rdb
}

func TestConformance(t *testing.T) {
	srv := redistest.Start(t)
	rdb := newClient(t, srv)
	n := 0
	demandtest.Run(t, func(t *testing.T) demandtest.Store {
		n++ // each subtest its own keys on the one server
		return New(rdb, Options{Prefix: fmt.Sprintf("test%d:demand", n)})
	})
}

func TestKeysShareOneHashSlot(t *testing.T) {
	srv := redistest.Start(t)
	rdb := newClient(t, srv)
	l := New(rdb, Options{})
	ctx := context.Background()
	if err := l.Append(ctx, demandtest.Event("e1", "p1", time.Now())); err != nil {
		t.Fatal(err)
	}
	keys, err := rdb.Keys(ctx, "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) < 4 {
		t.Fatalf("keys = %v, want events, text, seen and person", keys)
	}
	// Redis Cluster hashes only the part in braces: one tag, one slot.
	for _, k := range keys {
		if !strings.HasPrefix(k, "{wegwijzer:demand}:") {
			t.Errorf("key %q does not carry the hash tag {wegwijzer:demand}", k)
		}
	}
}

func TestTextStreamIsTrimmedByAge(t *testing.T) {
	srv := redistest.Start(t)
	rdb := newClient(t, srv)
	l := New(rdb, Options{TextRetention: time.Hour})
	ctx := context.Background()
	// XADD's MINID uses entry ids, which Redis sets from its own clock: write entries with old ids directly.
	past := time.Now().Add(-2 * time.Hour).UnixMilli()
	for i := range 300 {
		if err := rdb.XAdd(ctx, &redis.XAddArgs{Stream: l.key("text"), ID: fmt.Sprintf("%d-%d", past, i+1), Values: []any{"id", fmt.Sprint("old", i), "t", "oude vraag"}}).Err(); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 300 {
		if err := l.Append(ctx, demandtest.Event(fmt.Sprint("new", i), "p", time.Now())); err != nil {
			t.Fatal(err)
		}
	}
	n, err := rdb.XLen(ctx, l.key("text")).Result()
	if err != nil {
		t.Fatal(err)
	}
	// MINID ~ trims whole radix-tree nodes (100 entries each by default), so some old entries may stay until
	// ExpireText; most must be gone.
	if n >= 600 || n < 300 {
		t.Errorf("text stream has %d entries after appends, want the 300 new ones and at most a node of old ones", n)
	}
	if _, err := l.ExpireText(ctx, time.Now().Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n, _ := rdb.XLen(ctx, l.key("text")).Result(); n != 300 {
		t.Errorf("text stream has %d entries after ExpireText, want 300", n)
	}
}
