package boltstore_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
)

// TestSweepDeletesWhatExpiredAndKeepsTheRest moves a fake clock past one expiry after another.
func TestSweepDeletesWhatExpiredAndKeepsTheRest(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { return now })
	save := func(c *wegwijzer.Conversation, ttl time.Duration) {
		t.Helper()
		if err := s.Save(t.Context(), c, ttl); err != nil {
			t.Fatal(err)
		}
	}
	short := &wegwijzer.Conversation{ID: "short", User: "u1"}
	long := &wegwijzer.Conversation{ID: "long", User: "u2"}
	renewed := &wegwijzer.Conversation{ID: "renewed", User: "u3"}
	forever := &wegwijzer.Conversation{ID: "forever", User: "u4"}
	save(short, time.Hour)
	save(long, 3*time.Hour)
	save(renewed, time.Hour)
	save(forever, 0)
	if _, err := s.MarkSeen(t.Context(), "ev", 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	now = now.Add(50 * time.Minute)
	save(renewed, time.Hour) // its first expiry no longer counts
	steps := []struct {
		after  time.Duration
		swept  int
		loaded []string
		gone   []string
	}{
		{20 * time.Minute, 1, []string{"long", "renewed", "forever"}, []string{"short"}},
		{50 * time.Minute, 2, []string{"long", "forever"}, []string{"renewed"}}, // and the mark
		{2 * time.Hour, 1, []string{"forever"}, []string{"long"}},
		{time.Hour, 0, []string{"forever"}, nil},
	}
	for i, st := range steps {
		now = now.Add(st.after)
		n, err := s.Sweep(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if n != st.swept {
			t.Errorf("step %d: swept %d, want %d", i, n, st.swept)
		}
		for _, id := range st.loaded {
			if _, err := s.Load(t.Context(), id); err != nil {
				t.Errorf("step %d: load %s: %v", i, id, err)
			}
		}
		for _, id := range st.gone {
			if _, err := s.Load(t.Context(), id); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
				t.Errorf("step %d: load %s: %v, want ENOTFOUND", i, id, err)
			}
		}
	}
	if first, err := s.MarkSeen(t.Context(), "ev", time.Hour); err != nil || !first {
		t.Errorf("mark after its expiry: first %v, %v; want true", first, err)
	}
}

// TestOpenSweepsAFileWithoutTheExpiryIndex opens a file whose expired conversation is not in the expiry index
// (as a file of an earlier release): Open reads the whole file, deletes it, and indexes what is left.
func TestOpenSweepsAFileWithoutTheExpiryIndex(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	past := time.Now().Add(-48 * time.Hour)
	s.SetClock(func() time.Time { return past })
	c := &wegwijzer.Conversation{ID: "old", User: "pseudonym:anna", Slots: map[string]string{"query": "vergeten-vraag-zonder-index"}}
	if err := s.Save(t.Context(), c, time.Hour); err != nil {
		t.Fatal(err)
	}
	later := &wegwijzer.Conversation{ID: "later", User: "pseudonym:bert"}
	if err := s.Save(t.Context(), later, 100*time.Hour); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, "wegwijzer.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("expiry")) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err = boltstore.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte("vergeten-vraag-zonder-index")) {
		t.Error("the expired conversation is still in the file after Open")
	}
	// What was still alive at Open is in the index now: a later sweep finds it when it expires.
	s.SetClock(func() time.Time { return past.Add(101 * time.Hour) })
	if n, err := s.Sweep(t.Context()); err != nil || n != 1 {
		t.Errorf("sweep after the other conversation expired: %d, %v; want 1", n, err)
	}
}
