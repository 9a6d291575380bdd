package storetest

import (
	"reflect"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// loadSaveTests are the conformance tests of Load and Save, and of what a conversation holds.
var loadSaveTests = []suiteCase{
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
}

// replyTests are the conformance tests of the last reply, and loading without it (wegwijzer.StateLoader).
var replyTests = []suiteCase{
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
}

// expiryTests are the conformance tests of expiry.
var expiryTests = []suiteCase{
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
}

// deleteTests are the conformance tests of Delete.
var deleteTests = []suiteCase{
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
}
