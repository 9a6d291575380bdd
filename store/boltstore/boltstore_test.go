package boltstore_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
	"github.com/wegwijzer/wegwijzer/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) wegwijzer.ConversationStore {
		return mustOpen(t, t.TempDir())
	})
}

func TestStateSurvivesCloseAndReopen(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	c := &wegwijzer.Conversation{ID: "c1", User: "anna", State: "sector", Slots: map[string]string{"thema": "digitalisering"}}
	if err := s.Save(t.Context(), c, time.Hour); err != nil {
		t.Fatalf("save: %v", err)
	}
	if _, err := s.MarkSeen(t.Context(), "ev1", time.Hour); err != nil {
		t.Fatalf("mark seen: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}

	s = mustOpen(t, dir)
	got, err := s.Load(t.Context(), "c1")
	if err != nil {
		t.Fatalf("load after reopen: %v", err)
	}
	if got.Version != 1 || got.State != "sector" || got.Slots["thema"] != "digitalisering" {
		t.Errorf("after reopen: version %d state %q slots %v, want 1, sector, thema=digitalisering", got.Version, got.State, got.Slots)
	}
	if first, err := s.MarkSeen(t.Context(), "ev1", time.Hour); err != nil || first {
		t.Errorf("mark seen after reopen = %v, %v; want false (seen before the restart)", first, err)
	}
	// The version goes on where it was, and the user index survived too.
	if err := s.Save(t.Context(), got, time.Hour); err != nil || got.Version != 2 {
		t.Errorf("save after reopen: %v, version %d; want version 2", err, got.Version)
	}
	if n, err := s.EraseUser(t.Context(), "anna"); err != nil || n != 1 {
		t.Errorf("erase user after reopen = %d, %v; want 1", n, err)
	}
}

func mustOpen(tb testing.TB, dir string) *boltstore.Store {
	tb.Helper()
	s, err := boltstore.Open(dir)
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// TestSweepRemovesExpiredDataFromTheFile checks that an expired conversation is deleted, not only hidden.
func TestSweepRemovesExpiredDataFromTheFile(t *testing.T) {
	dir := t.TempDir()
	st, err := boltstore.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2099, 1, 1, 10, 0, 0, 0, time.UTC) // far ahead: after reopening with the real clock it has not expired
	st.SetClock(func() time.Time { return now })
	ctx := context.Background()
	c := &wegwijzer.Conversation{ID: "c", User: "u", Slots: map[string]string{"query": "mijn telefoonnummer is 0612345678"}}
	if err := st.Save(ctx, c, time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, err := st.MarkSeen(ctx, "ev", time.Hour); err != nil {
		t.Fatal(err)
	}
	now = now.Add(2 * time.Hour)
	n, err := st.Sweep(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("swept %d records, want 2 (the conversation and the mark)", n)
	}
	st.Close()
	// Reopened with the real clock (earlier than the fake expiry), only a swept conversation stays gone.
	st, err = boltstore.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Load(ctx, "c"); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
		t.Errorf("expired conversation still loads: %v", err)
	}
}

// TestErasureLeavesNoByte erases a user and reads the file: their conversation must not be in it, not even in
// the pages bbolt freed.
func TestErasureLeavesNoByte(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	for i := range 20 {
		c := &wegwijzer.Conversation{ID: fmt.Sprintf("c%d", i), User: "pseudonym:anna", Slots: map[string]string{"query": "bakkerij-korenschoof-geheim"},
			LastReply: &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Text: "antwoord-aan-de-bakkerij"}}
		if err := s.Save(t.Context(), c, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	other := &wegwijzer.Conversation{ID: "other", User: "pseudonym:bert", Slots: map[string]string{"query": "een vraag over export"},
		LastReply: &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Text: "een antwoord over export"}}
	if err := s.Save(t.Context(), other, time.Hour); err != nil {
		t.Fatal(err)
	}
	if n, err := s.EraseUser(t.Context(), "pseudonym:anna"); err != nil || n != 20 {
		t.Fatalf("erase = %d, %v, want 20", n, err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "wegwijzer.db"))
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"bakkerij-korenschoof-geheim", "pseudonym:anna", "antwoord-aan-de-bakkerij"} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("after erasure the file still holds %q", secret)
		}
	}
	if got, err := s.Load(t.Context(), "other"); err != nil || got.Slots["query"] != "een vraag over export" {
		t.Errorf("the other user's conversation after erasure: %v, %v", got, err)
	}
	// Deleting one conversation (a person without a platform id who asks to be forgotten) compacts too.
	if err := s.Delete(t.Context(), "other"); err != nil {
		t.Fatal(err)
	}
	raw, _ = os.ReadFile(filepath.Join(dir, "wegwijzer.db"))
	for _, secret := range []string{"een vraag over export", "een antwoord over export"} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("after Delete the file still holds %q", secret)
		}
	}
}

// TestExpiredConversationsLeaveTheFile checks that a sweep of expired conversations compacts the file.
func TestExpiredConversationsLeaveTheFile(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	now := time.Now()
	s.SetClock(func() time.Time { return now })
	c := &wegwijzer.Conversation{ID: "old", User: "pseudonym:anna", Slots: map[string]string{"query": "verlopen-vraag-over-export"},
		LastReply: &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Text: "verlopen-antwoord-over-export"}}
	if err := s.Save(t.Context(), c, time.Hour); err != nil {
		t.Fatal(err)
	}
	now = now.Add(2 * time.Hour)
	if n, err := s.Sweep(t.Context()); err != nil || n == 0 {
		t.Fatalf("sweep = %d, %v", n, err)
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "wegwijzer.db"))
	for _, secret := range []string{"verlopen-vraag-over-export", "verlopen-antwoord-over-export"} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("an expired conversation's %q is still in the file after the sweep", secret)
		}
	}
}
