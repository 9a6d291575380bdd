package demand_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/demand/boltlog"
)

var testKey = []byte("0123456789abcdef0123456789abcdef")

func mustPseudonyms(tb testing.TB, previous ...[]byte) *demand.Pseudonymizer {
	tb.Helper()
	p, err := demand.NewPseudonymizer(testKey, previous...)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

func mustBolt(tb testing.TB) *boltlog.Log {
	tb.Helper()
	l, err := boltlog.Open(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { l.Close() })
	return l
}

func mustRecorder(tb testing.TB, log wegwijzer.DemandLog, opts demand.Options) *demand.Recorder {
	tb.Helper()
	if opts.Pseudonyms == nil {
		opts.Pseudonyms = mustPseudonyms(tb)
	}
	r, err := demand.NewRecorder(log, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

func scanAll(tb testing.TB, log wegwijzer.DemandLog) []wegwijzer.DemandEvent {
	tb.Helper()
	var out []wegwijzer.DemandEvent
	if err := log.Scan(context.Background(), time.Time{}, time.Time{}, func(ev wegwijzer.DemandEvent) error {
		out = append(out, ev)
		return nil
	}); err != nil {
		tb.Fatal(err)
	}
	return out
}

var t0 = time.Date(2025, 3, 3, 9, 0, 0, 0, time.UTC)

func turn(user, conv, text string, kind wegwijzer.ReplyKind) wegwijzer.TurnRecord {
	return wegwijzer.TurnRecord{
		Time:         t0,
		Message:      wegwijzer.Message{Conversation: conv, User: user, Community: "zwolle", Platform: "slack", Text: text},
		Conversation: &wegwijzer.Conversation{ID: conv, User: user, Community: "zwolle", Platform: "slack", Messages: 1, Slots: map[string]string{}},
		Reply:        &wegwijzer.Reply{Kind: kind, Language: "nl"},
	}
}

func TestEvent(t *testing.T) {
	p := mustPseudonyms(t)
	r := mustRecorder(t, mustBolt(t), demand.Options{Pseudonyms: p})
	tests := []struct {
		name  string
		turn  func() wegwijzer.TurnRecord
		check func(t *testing.T, ev wegwijzer.DemandEvent)
	}{
		{"an answer is answered, with its offers and score", func() wegwijzer.TurnRecord {
			tr := turn("U1", "c1", "subsidie elektrische bestelbus", wegwijzer.ReplyAnswer)
			tr.Reply.Offers = []wegwijzer.OfferRef{{ID: "seba"}, {ID: "eia"}}
			tr.BestScore, tr.Region, tr.Themes, tr.Sector, tr.Phase = 1.13, "regio-zwolle", []string{"verduurzaming"}, "transport", wegwijzer.PhaseWillen
			return tr
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			want := wegwijzer.DemandEvent{Time: t0, Community: "zwolle", Platform: "slack", Region: "regio-zwolle",
				Themes: []string{"verduurzaming"}, Sector: "transport", Phase: wegwijzer.PhaseWillen, Language: "nl",
				Outcome: wegwijzer.OutcomeAnswered, Offers: []string{"seba", "eia"}, BestScore: 1.13,
				Person: p.Person("U1"), Conversation: p.Conversation("c1"), Text: "subsidie elektrische bestelbus"}
			ev.ID = ""
			if !eventsEqual(ev, want) {
				t.Errorf("event =\n %+v\nwant\n %+v", ev, want)
			}
		}},
		{"clarify", func() wegwijzer.TurnRecord { return turn("U1", "c1", "verduurzamen", wegwijzer.ReplyClarify) },
			outcome(wegwijzer.OutcomeClarify)},
		{"no match", func() wegwijzer.TurnRecord { return turn("U1", "c1", "frituurvet", wegwijzer.ReplyNoMatch) },
			outcome(wegwijzer.OutcomeNoMatch)},
		{"a known gap is kept with the no-match", func() wegwijzer.TurnRecord {
			tr := turn("U1", "c1", "fooien verdelen", wegwijzer.ReplyNoMatch)
			tr.Gap = "fooien-personeel"
			return tr
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			if ev.Outcome != wegwijzer.OutcomeNoMatch || ev.Gap != "fooien-personeel" {
				t.Errorf("outcome %s, gap %q; want no_match under the gap fooien-personeel", ev.Outcome, ev.Gap)
			}
		}},
		{"the last answer said again in the other language is no question", func() wegwijzer.TurnRecord {
			tr := turn("U1", "c1", "in English please", wegwijzer.ReplyAnswer)
			tr.Repeat = true
			return tr
		}, outcome(wegwijzer.OutcomeInfo)},
		{"hand-off reply", func() wegwijzer.TurnRecord { return turn("U1", "c1", "mens", wegwijzer.ReplyHandoff) },
			outcome(wegwijzer.OutcomeHandoff)},
		{"hand-off flag wins over the reply kind", func() wegwijzer.TurnRecord {
			tr := turn("U1", "c1", "mens", wegwijzer.ReplyInfo)
			tr.Handoff = true
			return tr
		}, outcome(wegwijzer.OutcomeHandoff)},
		{"help is info", func() wegwijzer.TurnRecord { return turn("U1", "c1", "help", wegwijzer.ReplyInfo) },
			outcome(wegwijzer.OutcomeInfo)},
		{"feedback yes is helped", func() wegwijzer.TurnRecord {
			tr := turn("U1", "c1", "ja", wegwijzer.ReplyInfo)
			tr.Feedback = "yes"
			return tr
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			if ev.Feedback != wegwijzer.FeedbackHelped || ev.Outcome != wegwijzer.OutcomeInfo {
				t.Errorf("feedback, outcome = %q, %q", ev.Feedback, ev.Outcome)
			}
		}},
		{"feedback no is not helped", func() wegwijzer.TurnRecord {
			tr := turn("U1", "c1", "nee", wegwijzer.ReplyInfo)
			tr.Feedback = "no"
			return tr
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			if ev.Feedback != wegwijzer.FeedbackNotHelped {
				t.Errorf("feedback = %q", ev.Feedback)
			}
		}},
		{"text is scrubbed", func() wegwijzer.TurnRecord {
			return turn("U1", "c1", "bel me op 06-12345678 of mail jan@bakker.nl", wegwijzer.ReplyNoMatch)
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			if ev.Text != "bel me op [TELEFOON] of mail [EMAIL]" {
				t.Errorf("text = %q", ev.Text)
			}
		}},
		{"a pressed button records the question collected so far", func() wegwijzer.TurnRecord {
			tr := turn("U1", "c1", "", wegwijzer.ReplyAnswer)
			tr.Message.Option = "sector:transport"
			tr.Conversation.Slots["query"] = "Ik wil verduurzamen, mail piet@x.nl"
			return tr
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			if ev.Text != "Ik wil verduurzamen, mail [EMAIL]" {
				t.Errorf("text = %q", ev.Text)
			}
		}},
		{"a skipped sector is unknown", func() wegwijzer.TurnRecord {
			tr := turn("U1", "c1", "x", wegwijzer.ReplyAnswer)
			tr.Sector = "-"
			return tr
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			if ev.Sector != "" {
				t.Errorf("sector = %q", ev.Sector)
			}
		}},
		{"without a user the conversation stands in for the person", func() wegwijzer.TurnRecord {
			return turn("", "web-1", "vraag", wegwijzer.ReplyAnswer)
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			if ev.Person == "" || ev.Person == p.Person("") || ev.Person != p.Person("conversation:web-1") {
				t.Errorf("person = %q", ev.Person)
			}
		}},
		{"the default community has a name", func() wegwijzer.TurnRecord {
			tr := turn("U1", "c1", "x", wegwijzer.ReplyAnswer)
			tr.Message.Community, tr.Conversation.Community = "", ""
			return tr
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			if ev.Community != "default" {
				t.Errorf("community = %q", ev.Community)
			}
		}},
		{"long text is cut", func() wegwijzer.TurnRecord {
			return turn("U1", "c1", strings.Repeat("subsidie ", 200), wegwijzer.ReplyNoMatch)
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			if n := len([]rune(ev.Text)); n > demand.MaxTextRunes+1 {
				t.Errorf("text has %d runes", n)
			}
		}},
		{"the raw user id appears nowhere", func() wegwijzer.TurnRecord {
			return turn("U024BE7LH", "C1-1700000000.000100", "vraag van <@U024BE7LH>", wegwijzer.ReplyAnswer)
		}, func(t *testing.T, ev wegwijzer.DemandEvent) {
			all := ev.Person + ev.Conversation + ev.Text + ev.ID
			if strings.Contains(all, "U024BE7LH") || strings.Contains(all, "1700000000") {
				t.Errorf("event holds a raw id: %+v", ev)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, r.Event(tt.turn())) })
	}
}

func outcome(want wegwijzer.Outcome) func(*testing.T, wegwijzer.DemandEvent) {
	return func(t *testing.T, ev wegwijzer.DemandEvent) {
		t.Helper()
		if ev.Outcome != want {
			t.Errorf("outcome = %q, want %q", ev.Outcome, want)
		}
	}
}

func eventsEqual(a, b wegwijzer.DemandEvent) bool {
	return a.ID == b.ID && a.Time.Equal(b.Time) && a.Community == b.Community && a.Platform == b.Platform &&
		a.Region == b.Region && slices.Equal(a.Themes, b.Themes) && a.Sector == b.Sector && a.Size == b.Size &&
		a.Phase == b.Phase && a.Language == b.Language && a.Outcome == b.Outcome && slices.Equal(a.Offers, b.Offers) &&
		a.BestScore == b.BestScore && a.Feedback == b.Feedback && a.Person == b.Person &&
		a.Conversation == b.Conversation && a.Text == b.Text
}

func TestEventIDIsStablePerTurn(t *testing.T) {
	r := mustRecorder(t, mustBolt(t), demand.Options{})
	a := turn("U1", "c1", "x", wegwijzer.ReplyAnswer)
	b := turn("U1", "c1", "x", wegwijzer.ReplyAnswer)
	if r.Event(a).ID != r.Event(b).ID {
		t.Error("the same turn got two ids")
	}
	b.Conversation.Messages = 2
	if r.Event(a).ID == r.Event(b).ID {
		t.Error("two turns of a conversation got one id")
	}
}

func TestPseudonymsDependOnTheKey(t *testing.T) {
	a := mustPseudonyms(t)
	b, err := demand.NewPseudonymizer([]byte("another key of sixteen bytes+"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Person("U1") == b.Person("U1") {
		t.Error("two keys give the same pseudonym")
	}
	if a.Person("U1") == a.Conversation("U1") {
		t.Error("a person and a conversation with the same id share a pseudonym")
	}
	if _, err := demand.NewPseudonymizer([]byte("short")); err == nil {
		t.Error("a short key was accepted")
	}
}

func TestLoadOrCreateKey(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	key, created, err := demand.LoadOrCreateKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !created || len(key) != 64 {
		t.Fatalf("created=%v len=%d, want a new key of 64 hex characters", created, len(key))
	}
	data, _ := os.ReadFile(filepath.Join(dir, demand.KeyFile))
	if strings.TrimSpace(string(data)) != string(key) {
		t.Errorf("the file holds %q, the key is %q: the file's text must be usable as WEGWIJZER_PSEUDONYM_KEY", data, key)
	}
	st, err := os.Stat(filepath.Join(dir, demand.KeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if perm := st.Mode().Perm(); perm != 0o600 {
		t.Errorf("key file mode = %o, want 600", perm)
	}
	again, created, err := demand.LoadOrCreateKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	if created || string(again) != string(key) {
		t.Error("the second start made a new key instead of reading the first")
	}
	os.WriteFile(filepath.Join(dir, demand.KeyFile), []byte("not hex\n"), 0o600)
	if _, _, err := demand.LoadOrCreateKey(dir); err == nil {
		t.Error("a corrupt key file was accepted")
	}
}

func TestEraseReachesLogAndSpoolUnderOldKeys(t *testing.T) {
	oldKey := []byte("the key before the rotation!")
	store := mustBolt(t)
	log := &flakyLog{DemandLog: store}
	spool := demand.OpenSpool(filepath.Join(t.TempDir(), demand.SpoolFile))
	ctx := context.Background()

	before, err := demand.NewPseudonymizer(oldKey)
	if err != nil {
		t.Fatal(err)
	}
	rOld := mustRecorder(t, log, demand.Options{Pseudonyms: before})
	rOld.Record(ctx, turn("U-anna", "c0", "vraag voor de rotatie", wegwijzer.ReplyAnswer))

	r := mustRecorder(t, log, demand.Options{Pseudonyms: mustPseudonyms(t, oldKey), Spool: spool})
	r.Record(ctx, turn("U-anna", "c1", "vraag", wegwijzer.ReplyAnswer))
	r.Record(ctx, turn("U-bob", "c2", "vraag", wegwijzer.ReplyAnswer))
	log.down.Store(true)
	r.Record(ctx, turn("U-anna", "c3", "vraag in de spool", wegwijzer.ReplyAnswer))
	r.Record(ctx, turn("U-bob", "c4", "vraag in de spool", wegwijzer.ReplyAnswer))
	log.down.Store(false)

	n, err := r.Erase(ctx, "U-anna")
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("erased %d events, want 3 (one under the old key, one in the log, one in the spool)", n)
	}
	if _, err := r.Replay(ctx); err != nil {
		t.Fatal(err)
	}
	p := mustPseudonyms(t)
	for _, ev := range scanAll(t, store) {
		if ev.Person != p.Person("U-bob") {
			t.Errorf("event of someone else than bob left: %+v", ev)
		}
	}
	if got := len(scanAll(t, store)); got != 2 {
		t.Errorf("%d events left, want bob's 2", got)
	}
}

func TestSweepDropsOldTextOnly(t *testing.T) {
	store := mustBolt(t)
	now := t0.Add(100 * 24 * time.Hour)
	r := mustRecorder(t, store, demand.Options{Retention: 30 * 24 * time.Hour, Now: func() time.Time { return now }})
	ctx := context.Background()
	for i, age := range []time.Duration{90 * 24 * time.Hour, 31 * 24 * time.Hour, 29 * 24 * time.Hour, time.Hour} {
		tr := turn("U1", "c"+itoa(i), "vraag "+itoa(i), wegwijzer.ReplyAnswer)
		tr.Time = now.Add(-age)
		r.Record(ctx, tr)
	}
	n, err := r.Sweep(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("sweep dropped %d texts, want 2", n)
	}
	evs := scanAll(t, store)
	if len(evs) != 4 {
		t.Fatalf("%d events, want 4: the events stay", len(evs))
	}
	for _, ev := range evs {
		old := now.Sub(ev.Time) > 30*24*time.Hour
		if old != (ev.Text == "") {
			t.Errorf("event of %v ago has text %q", now.Sub(ev.Time), ev.Text)
		}
	}
}
