package storetest

import (
	"sync"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// markTests are the conformance tests of MarkSeen.
var markTests = []suiteCase{
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
}

// eraseTests are the conformance tests of EraseUser.
var eraseTests = []suiteCase{
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
}
