package redisstore

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

// fullConversation sets every field of a conversation, its hand-off note and its replies.
func fullConversation() *wegwijzer.Conversation {
	at := time.Date(2026, 12, 7, 9, 30, 0, 123, time.UTC)
	return &wegwijzer.Conversation{
		ID: "c1", User: "pseudonym:ab", Community: "zwolle", Platform: "slack", State: "answered",
		Slots:    map[string]string{"theme": "energie", "region": "provincie-overijssel"},
		Asked:    []string{"sector"},
		Language: "nl", Messages: 4,
		EventIDs:  []string{"slack:C1:1.1", "slack:C1:1.2"},
		LastReply: &wegwijzer.Reply{Conversation: "c1", Kind: wegwijzer.ReplyAnswer, Text: "x"},
		LastEvent: "slack:C1:1.2", Handoff: "open",
		HandoffNote: &wegwijzer.HandoffNote{Theme: "energie", Slots: map[string]string{"size": "zzp"}, Shown: []string{"eia"},
			NotHelped: "geen lening", Words: "ik wil iemand spreken", Contact: "bel me"},
		HandoffReplies: []wegwijzer.HandoffReply{{Time: at, Text: "Ik bel je morgen."}},
		Version:        3, Updated: at,
	}
}

// TestFullConversationSetsEveryField keeps the fixtures below complete: a field added to a conversation must be
// set there, so that the comparison with decoding covers it (and cloneState copies it deeply where it must).
func TestFullConversationSetsEveryField(t *testing.T) {
	var check func(path string, v reflect.Value)
	check = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() {
				t.Errorf("%s is not set", path)
				return
			}
			check(path, v.Elem())
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[time.Time]() || v.Type() == reflect.TypeFor[wegwijzer.Reply]() {
				if v.IsZero() {
					t.Errorf("%s is not set", path)
				}
				return
			}
			for i := range v.NumField() {
				check(path+"."+v.Type().Field(i).Name, v.Field(i))
			}
		case reflect.Slice:
			if v.Len() == 0 {
				t.Errorf("%s is empty", path)
				return
			}
			check(path+"[0]", v.Index(0))
		default:
			if v.IsZero() {
				t.Errorf("%s is not set", path)
			}
		}
	}
	check("Conversation", reflect.ValueOf(fullConversation()))
}

// TestCloneStateIsWhatDecodingGives: a kept conversation is handed out exactly as decoding what was stored would
// give it, full or empty, and a change to the copy does not reach the kept one.
func TestCloneStateIsWhatDecodingGives(t *testing.T) {
	full := fullConversation()
	monotonic := fullConversation()
	monotonic.Updated = time.Now() // with a monotonic clock reading, as a turn sets it
	monotonic.HandoffReplies[0].Time = time.Now()
	empty := &wegwijzer.Conversation{ID: "c2", State: "new", Slots: map[string]string{}, Asked: []string{}, EventIDs: []string{},
		HandoffNote: &wegwijzer.HandoffNote{Slots: map[string]string{}, Shown: []string{}}, HandoffReplies: []wegwijzer.HandoffReply{}}
	for _, c := range []*wegwijzer.Conversation{full, monotonic, empty, {ID: "c3"}} {
		var buf bytes.Buffer
		if err := encode(&buf, c.Version, c); err != nil {
			t.Fatal(err)
		}
		want, err := decode(c.ID, buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		want.LastReply = nil // kept apart: LoadState leaves it out
		got := cloneState(c)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("cloneState(%s) =\n%+v\nwant, as decoded,\n%+v", c.ID, got, want)
		}
	}
	got := cloneState(full)
	got.Slots["theme"] = "other"
	got.Asked[0] = "other"
	got.EventIDs[0] = "other"
	got.HandoffNote.Slots["size"] = "other"
	got.HandoffNote.Shown[0] = "other"
	got.HandoffNote.Words = "other"
	got.HandoffReplies[0].Text = "other"
	if again := cloneState(full); !reflect.DeepEqual(again, cloneState(fullConversation())) {
		t.Errorf("a change to a copy reached the original: %+v", again)
	}
}

func TestStateCacheKeepsAtMostMaxAndForgetsExpired(t *testing.T) {
	sc := newStateCache(2)
	now := time.Now()
	for _, id := range []string{"a", "b", "c"} {
		sc.put(&wegwijzer.Conversation{ID: id}, 1, []byte(id), now.Add(time.Minute), now)
	}
	if n := len(sc.m); n != 2 {
		t.Errorf("kept %d conversations, want at most 2", n)
	}
	if c := sc.get("c", 1, []byte("c"), now); c == nil || c.ID != "c" {
		t.Errorf("get(c) = %v, want the one just kept", c)
	}
	if c := sc.get("c", 1, []byte("c other bytes"), now); c != nil {
		t.Errorf("get(c) with other stored bytes = %v, want nil", c)
	}
	if c := sc.get("c", 2, []byte("c"), now); c != nil {
		t.Errorf("get(c) of another version = %v, want nil", c)
	}
	if c := sc.get("c", 1, []byte("c"), now.Add(2*time.Minute)); c != nil {
		t.Errorf("get(c) after it expired = %v, want nil", c)
	}
	if _, ok := sc.m["c"]; ok {
		t.Error("an expired conversation is still kept")
	}
}

// TestStateCacheKeepsNoContactAndNothingLong: a conversation that holds how its person wants to be reached is never
// kept, and none is kept longer than keepFor, whatever its ttl.
func TestStateCacheKeepsNoContactAndNothingLong(t *testing.T) {
	sc := newStateCache(10)
	now := time.Now()
	withContact := &wegwijzer.Conversation{ID: "c", HandoffNote: &wegwijzer.HandoffNote{Contact: "bel 0612345678"}}
	sc.put(withContact, 1, []byte("c"), time.Time{}, now)
	if c := sc.trusted("c", now); c != nil {
		t.Errorf("a conversation with a contact was kept: %+v", c)
	}
	sc.put(&wegwijzer.Conversation{ID: "d"}, 1, []byte("d"), time.Time{}, now) // no ttl
	if c := sc.trusted("d", now.Add(keepFor-time.Second)); c == nil {
		t.Error("a conversation saved just now is not kept")
	}
	if c := sc.trusted("d", now.Add(keepFor+time.Second)); c != nil {
		t.Errorf("kept longer than keepFor: %+v", c)
	}
}
