package demand_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/internal/redistest"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
	"github.com/wegwijzer/wegwijzer/store/redisstore"
)

// deskStores are the conversation stores a hand-off's contact is kept in: the embedded one and real Redis.
var deskStores = []struct {
	name string
	open func(t *testing.T) wegwijzer.ConversationStore
}{
	{"bbolt", func(t *testing.T) wegwijzer.ConversationStore { return testsys.Store(t) }},
	{"redis", func(t *testing.T) wegwijzer.ConversationStore {
		srv := redistest.Start(t)
		st, err := redisstore.Open(context.Background(), srv.URL())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}},
}

// handoffRig is the service's parts for a hand-off: an engine whose turns the recorder logs, and the desk.
type handoffRig struct {
	e    *bot.Engine
	log  wegwijzer.DemandLog
	desk *demand.Desk
}

func newHandoffRig(t *testing.T, st wegwijzer.ConversationStore, ttl time.Duration) handoffRig {
	t.Helper()
	ps := mustPseudonyms(t)
	log := mustBolt(t)
	rec := mustRecorder(t, log, demand.Options{Pseudonyms: ps})
	cat, ix := testsys.Search(t)
	e := bot.New(cat, ix, st, nil, bot.Options{TTL: ttl, Hooks: bot.Hooks{Turn: rec.Record, Erase: rec.Erase},
		Privacy: bot.Privacy{Person: ps.Person}})
	return handoffRig{e: e, log: log, desk: demand.NewDesk(st, ps, ttl)}
}

func (r handoffRig) say(t *testing.T, conv, text string) *wegwijzer.Reply {
	t.Helper()
	rep, err := r.e.Handle(context.Background(), wegwijzer.Message{Conversation: conv, Platform: "web", Community: "zwolle", Text: text})
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	return rep
}

func (r handoffRig) handoffs(t *testing.T) []demand.Handoff {
	t.Helper()
	qs, err := demand.Questions(context.Background(), r.log, time.Time{}, time.Time{}, demand.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return demand.Handoffs(qs, "zwolle", nil)
}

const (
	testPhone = "06-12345678"
	testMail  = "anna@bakkerij-voorbeeld.nl"
)

// handOff asks a question, asks for a person and leaves a phone number and an e-mail address.
func (r handoffRig) handOff(t *testing.T, conv string) demand.Handoff {
	t.Helper()
	r.say(t, conv, "Ik heb een bakkerij in Zwolle en wil minder gas verbruiken")
	if rep := r.say(t, conv, "Kan iemand mij bellen?"); rep.Kind != wegwijzer.ReplyHandoff {
		t.Fatalf("hand-off request answered %s: %q", rep.Kind, rep.Text)
	}
	r.say(t, conv, "bel me op "+testPhone+" of mail "+testMail)
	hs := r.handoffs(t)
	if len(hs) != 1 {
		t.Fatalf("hand-offs = %+v, want 1", hs)
	}
	return hs[0]
}

func TestHandoffSummaryAndContact(t *testing.T) {
	for _, s := range deskStores {
		t.Run(s.name, func(t *testing.T) {
			ctx := context.Background()
			r := newHandoffRig(t, s.open(t), 0)
			h := r.handOff(t, "c-web-handoff")

			// (1) The demand log keeps the summary, scrubbed, and never the way to reach the person.
			n := h.Summary
			if n == nil || n.Theme == "" || n.Slots["region"] == "" || len(n.Shown) == 0 || !strings.Contains(n.Words, "gas") {
				t.Fatalf("hand-off summary %+v, want theme, region, shown offers and the person's words", n)
			}
			var all strings.Builder
			if err := r.log.Scan(ctx, time.Time{}, time.Time{}, func(ev wegwijzer.DemandEvent) error {
				return json.NewEncoder(&all).Encode(ev)
			}); err != nil {
				t.Fatal(err)
			}
			for _, secret := range []string{"12345678", "anna@", "bakkerij-voorbeeld", "c-web-handoff"} {
				if strings.Contains(all.String(), secret) {
					t.Errorf("the demand log holds %q", secret)
				}
			}

			// (2) The contact is read from the conversation, for a manager of its community only.
			c, err := r.desk.Contact(ctx, h.Ref, "zwolle")
			if err != nil || !strings.Contains(c, testPhone) || !strings.Contains(c, testMail) {
				t.Fatalf("Contact = %q, %v; want the phone number and e-mail address", c, err)
			}
			for _, tt := range []struct{ name, ref, community string }{
				{"another community", h.Ref, "deventer"},
				{"no reference", "", "zwolle"},
				{"a forged reference", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "zwolle"},
			} {
				if c, err := r.desk.Contact(ctx, tt.ref, tt.community); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND || c != "" {
					t.Errorf("%s: Contact = %q, %v; want ENOTFOUND", tt.name, c, err)
				}
			}

			// "vergeet mij" erases the contact with the conversation, and the hand-off from the log.
			if rep := r.say(t, "c-web-handoff", "vergeet mij"); !rep.Erased {
				t.Fatalf("vergeet mij answered %q", rep.Text)
			}
			if c, err := r.desk.Contact(ctx, h.Ref, "zwolle"); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND || c != "" {
				t.Errorf("after vergeet mij: Contact = %q, %v; want ENOTFOUND", c, err)
			}
			if hs := r.handoffs(t); len(hs) != 0 {
				t.Errorf("after vergeet mij the log still lists %d hand-offs", len(hs))
			}
		})
	}
}

func TestHandoffContactExpiresWithTheConversation(t *testing.T) {
	for _, s := range deskStores {
		t.Run(s.name, func(t *testing.T) {
			const ttl = time.Second
			r := newHandoffRig(t, s.open(t), ttl)
			h := r.handOff(t, "c-web-expire")
			if c, err := r.desk.Contact(context.Background(), h.Ref, "zwolle"); err != nil || c == "" {
				t.Fatalf("before expiry: Contact = %q, %v", c, err)
			}
			time.Sleep(ttl + 500*time.Millisecond)
			if c, err := r.desk.Contact(context.Background(), h.Ref, "zwolle"); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND || c != "" {
				t.Errorf("after the conversation's retention: Contact = %q, %v; want ENOTFOUND", c, err)
			}
			if hs := r.handoffs(t); len(hs) != 1 || hs[0].Summary == nil {
				t.Errorf("the hand-off and its summary stay in the log after the conversation expired: %+v", hs)
			}
		})
	}
}

func TestHandoffRefOpensUnderPreviousKeyOnly(t *testing.T) {
	old := []byte("fedcba9876543210fedcba9876543210")
	before, err := demand.NewPseudonymizer(old)
	if err != nil {
		t.Fatal(err)
	}
	ref := before.HandoffRef("c-1")
	if id, err := mustPseudonyms(t, old).OpenHandoffRef(ref); err != nil || id != "c-1" {
		t.Errorf("after a key rotation: %q, %v; want c-1", id, err)
	}
	if _, err := mustPseudonyms(t).OpenHandoffRef(ref); err == nil {
		t.Error("a reference opens without its key")
	}
	if before.HandoffRef("c-1") == ref {
		t.Error("two references to one conversation are equal: the log would link them")
	}
}

func TestHandoffEventKeepsTheNoteWithoutContact(t *testing.T) {
	ps := mustPseudonyms(t)
	r := mustRecorder(t, mustBolt(t), demand.Options{Pseudonyms: ps})
	note := &wegwijzer.HandoffNote{Theme: "financiering", Slots: map[string]string{"sector": "horeca"}, Shown: []string{"qredits"},
		NotHelped: "mijn naam is Anna Bakker", Words: "ik ben Pieter de Vries, mail pieter@voorbeeld.nl", Contact: "06-12345678"}
	for _, tt := range []struct {
		name     string
		handoff  bool
		wantNote bool
	}{
		{"a hand-off keeps the note", true, true},
		{"another turn keeps none", false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ev := r.Event(wegwijzer.TurnRecord{Time: time.Now(), Message: wegwijzer.Message{Conversation: "c-1", Platform: "web", Text: "kan iemand mij bellen"},
				Handoff: tt.handoff, HandoffNote: note})
			if (ev.Handoff != nil) != tt.wantNote || (ev.HandoffRef != "") != tt.wantNote {
				t.Fatalf("note %+v, ref %q; want a note: %v", ev.Handoff, ev.HandoffRef, tt.wantNote)
			}
			if !tt.wantNote {
				return
			}
			data, _ := json.Marshal(ev)
			for _, secret := range []string{"06-12345678", "Anna", "Pieter", "pieter@", "c-1"} {
				if strings.Contains(string(data), secret) {
					t.Errorf("the event holds %q: %s", secret, data)
				}
			}
			if ev.Handoff.Theme != "financiering" || ev.Handoff.Slots["sector"] != "horeca" || ev.Handoff.Words == "" {
				t.Errorf("note %+v lost its summary", ev.Handoff)
			}
			if id, err := ps.OpenHandoffRef(ev.HandoffRef); err != nil || id != "c-1" {
				t.Errorf("reference opens to %q, %v; want c-1", id, err)
			}
		})
	}
	if note.Contact == "" {
		t.Error("the recorder changed the engine's note")
	}
}

func TestManagerReplyReachesTheWebChat(t *testing.T) {
	const answer = "Ik bel je morgen om tien uur. Groet, de community manager"
	for _, s := range deskStores {
		t.Run(s.name, func(t *testing.T) {
			ctx := context.Background()
			st := s.open(t)
			r := newHandoffRig(t, st, 0)
			h := r.handOff(t, "c-web-reply")
			for _, bad := range []string{"", "   ", strings.Repeat("a", demand.MaxReplyRunes+1)} {
				if err := r.desk.Reply(ctx, h.Ref, "zwolle", bad); wegwijzer.ErrorCode(err) != wegwijzer.EINVALID {
					t.Errorf("reply of %d characters: %v, want EINVALID", len(bad), err)
				}
			}
			if err := r.desk.Reply(ctx, h.Ref, "deventer", answer); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
				t.Errorf("reply from another community: %v, want ENOTFOUND", err)
			}
			if err := r.desk.Reply(ctx, h.Ref, "zwolle", answer); err != nil {
				t.Fatalf("Reply: %v", err)
			}
			if rep := r.say(t, "c-web-reply", "hallo?"); !strings.Contains(rep.Text, answer) || !strings.Contains(rep.Text, "community manager") {
				t.Errorf("the next turn shows %q, want the manager's answer", rep.Text)
			}
			if rep := r.say(t, "c-web-reply", "dank je"); strings.Contains(rep.Text, answer) {
				t.Error("the answer is shown twice")
			}
			var all strings.Builder
			if err := r.log.Scan(ctx, time.Time{}, time.Time{}, func(ev wegwijzer.DemandEvent) error { return json.NewEncoder(&all).Encode(ev) }); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(all.String(), "tien uur") {
				t.Error("the manager's answer is in the demand log")
			}
			r.say(t, "c-web-reply", "vergeet mij")
			if err := r.desk.Reply(ctx, h.Ref, "zwolle", answer); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
				t.Errorf("reply after vergeet mij: %v, want ENOTFOUND", err)
			}
		})
	}
}

func TestManagerReplyOnlyInTheWebChat(t *testing.T) {
	st := testsys.Store(t)
	r := newHandoffRig(t, st, 0)
	for _, text := range []string{"Ik heb een bakkerij in Zwolle en wil minder gas verbruiken", "Kan iemand mij bellen?"} {
		if _, err := r.e.Handle(context.Background(), wegwijzer.Message{Conversation: "C1:1700000000.1", User: "U1", Platform: "slack", Community: "zwolle", Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	hs := r.handoffs(t)
	if len(hs) != 1 {
		t.Fatalf("hand-offs %+v", hs)
	}
	if err := r.desk.Reply(context.Background(), hs[0].Ref, "zwolle", "Ik bel je"); wegwijzer.ErrorCode(err) != wegwijzer.EINVALID {
		t.Errorf("reply into a Slack conversation: %v, want EINVALID (answer in the thread)", err)
	}
}

// failingStore is a conversation store that is down, and names the conversation in its errors as stores do.
type failingStore struct{ wegwijzer.ConversationStore }

func (failingStore) Load(_ context.Context, id string) (*wegwijzer.Conversation, error) {
	return nil, errors.New("decode conversation " + id + ": broken")
}

func TestDeskErrorsNameNoConversation(t *testing.T) {
	ps := mustPseudonyms(t)
	d := demand.NewDesk(failingStore{}, ps, 0)
	ref := ps.HandoffRef("C07SECRET:1700000000.1")
	_, err := d.Contact(context.Background(), ref, "zwolle")
	if err == nil || strings.Contains(err.Error(), "C07SECRET") {
		t.Errorf("Contact on a broken store: %v; want an error without the conversation id", err)
	}
	if err := d.Reply(context.Background(), ref, "zwolle", "hallo"); err == nil || strings.Contains(err.Error(), "C07SECRET") {
		t.Errorf("Reply on a broken store: %v; want an error without the conversation id", err)
	}
}
