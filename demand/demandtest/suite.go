// Package demandtest is the conformance suite every demand log must pass: the Redis log and the embedded one run
// the same tests, so the rest of the code can rely on the contract of wegwijzer.DemandLog and
// wegwijzer.ReviewStore, not on one implementation.
package demandtest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

// Store is what a demand backend implements.
type Store interface {
	wegwijzer.DemandLog
	wegwijzer.ReviewStore
}

// Run runs the suite. open returns a new, empty store for each subtest; the subtest's cleanup closes it.
func Run(t *testing.T, open func(t *testing.T) Store) {
	t.Run("appended events are scanned back with their text", func(t *testing.T) { testAppendScan(t, open(t)) })
	t.Run("scan selects by event time", func(t *testing.T) { testScanPeriod(t, open(t)) })
	t.Run("append is idempotent per event id", func(t *testing.T) { testIdempotent(t, open(t)) })
	t.Run("erasure deletes a person's events only", func(t *testing.T) { testErase(t, open(t)) })
	t.Run("erased events stay erased when replayed", func(t *testing.T) { testEraseReplay(t, open(t)) })
	t.Run("retention drops text and keeps the event", func(t *testing.T) { testExpireText(t, open(t)) })
	t.Run("concurrent appends all arrive once", func(t *testing.T) { testConcurrent(t, open(t)) })
	t.Run("scan stops at the callback's error", func(t *testing.T) { testScanStops(t, open(t)) })
	t.Run("links are saved, replaced per item and listed", func(t *testing.T) { testLinks(t, open(t)) })
	t.Run("hand-off states are recorded", func(t *testing.T) { testHandoffs(t, open(t)) })
	t.Run("links are erased with a person whose words they hold", func(t *testing.T) { testLinksErased(t, open(t)) })
	t.Run("links expire with the text of their oldest question", func(t *testing.T) { testLinksExpire(t, open(t)) })
	t.Run("a hand-off keeps its summary; retention drops its words and reference", func(t *testing.T) { testHandoffNote(t, open(t)) })
}

func testHandoffNote(t *testing.T, s Store) {
	now := time.Now().UTC()
	ev := Event("h", "p", now)
	ev.Outcome = wegwijzer.OutcomeHandoff
	ev.Handoff = &wegwijzer.HandoffNote{Theme: "verduurzaming", Slots: map[string]string{"sector": "bakkerij"}, Shown: []string{"eia"},
		NotHelped: "te ingewikkeld", Words: "ik wil iemand spreken over mijn oven"}
	ev.HandoffRef = "sealed-ref"
	plain := Event("q", "p", now) // an event without a hand-off keeps its text as before
	mustAppend(t, s, ev, plain)
	got := scanAll(t, s, time.Time{}, time.Time{})
	if h := got["h"]; h.Handoff == nil || h.Handoff.Theme != "verduurzaming" || h.Handoff.Slots["sector"] != "bakkerij" ||
		!slices.Equal(h.Handoff.Shown, []string{"eia"}) || h.Handoff.Words != ev.Handoff.Words ||
		h.Handoff.NotHelped != "te ingewikkeld" || h.HandoffRef != "sealed-ref" || h.Text != ev.Text {
		t.Fatalf("hand-off scanned back as %+v (note %+v), want the note, its reference and the text", h, h.Handoff)
	}
	if q := got["q"]; q.Text != plain.Text || q.Handoff != nil || q.HandoffRef != "" {
		t.Errorf("plain event scanned back as %+v", q)
	}
	if _, err := s.ExpireText(context.Background(), time.Now().Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	h := scanAll(t, s, time.Time{}, time.Time{})["h"]
	if h.Handoff == nil || h.Handoff.Theme != "verduurzaming" || !slices.Equal(h.Handoff.Shown, []string{"eia"}) {
		t.Fatalf("after retention the note = %+v, want theme and shown kept", h.Handoff)
	}
	if h.Text != "" || h.HandoffRef != "" || h.Handoff.Words != "" || h.Handoff.NotHelped != "" {
		t.Errorf("after retention: text %q, ref %q, words %q, not helped %q; want all gone", h.Text, h.HandoffRef, h.Handoff.Words, h.Handoff.NotHelped)
	}
}

func linkItems(t *testing.T, s Store) []string {
	t.Helper()
	links, err := s.Links(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, l := range links {
		items = append(items, l.Item)
	}
	slices.Sort(items)
	return items
}

func testLinksErased(t *testing.T, s Store) {
	ctx := context.Background()
	t0 := time.Now().UTC().Truncate(time.Second)
	for _, l := range []wegwijzer.DemandLink{
		{Item: "q1", OfferID: "eia", Questions: []string{"bestelbus"}, Time: t0, Asked: t0, Persons: []string{"p-anna", "p-bert"}},
		{Item: "q2", OfferID: "wbso", Questions: []string{"ontwikkeling"}, Time: t0, Asked: t0, Persons: []string{"p-bert"}},
		{Item: "q3", OfferID: "kia", Questions: []string{"machine"}, Time: t0, Asked: t0, Persons: []string{"p-carla"}},
	} {
		if err := s.SaveLink(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.ErasePerson(ctx, "p-bert"); err != nil {
		t.Fatal(err)
	}
	if got, want := linkItems(t, s), []string{"q3"}; !slices.Equal(got, want) {
		t.Errorf("links after erasing p-bert = %v, want %v", got, want)
	}
}

func testLinksExpire(t *testing.T, s Store) {
	ctx := context.Background()
	now := time.Now().UTC().Truncate(time.Second)
	old, recent := now.Add(-100*24*time.Hour), now.Add(-time.Hour)
	for _, l := range []wegwijzer.DemandLink{
		{Item: "old", OfferID: "eia", Questions: []string{"bestelbus"}, Time: recent, Asked: old, Persons: []string{"p1"}},
		{Item: "recent", OfferID: "wbso", Questions: []string{"ontwikkeling"}, Time: recent, Asked: recent, Persons: []string{"p2"}},
		{Item: "legacy", OfferID: "kia", Questions: []string{"machine"}, Time: old},
	} {
		if err := s.SaveLink(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.ExpireText(ctx, now.Add(-90*24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got, want := linkItems(t, s), []string{"recent"}; !slices.Equal(got, want) {
		t.Errorf("links after the retention = %v, want %v", got, want)
	}
}

// Event returns a test event at t.
func Event(id, person string, t time.Time) wegwijzer.DemandEvent {
	return wegwijzer.DemandEvent{
		ID: id, Time: t.UTC(), Community: "zwolle", Platform: "slack", Region: "regio-zwolle",
		Themes: []string{"verduurzaming"}, Sector: "transport", Phase: wegwijzer.PhaseWeten, Language: "nl",
		Outcome: wegwijzer.OutcomeAnswered, Offers: []string{"eia", "seba"}, BestScore: 1.25,
		Person: person, Conversation: "c-" + person, Text: "subsidie voor een elektrische bestelbus " + id,
	}
}

func scanAll(t *testing.T, s wegwijzer.DemandLog, from, to time.Time) map[string]wegwijzer.DemandEvent {
	t.Helper()
	got := map[string]wegwijzer.DemandEvent{}
	n := 0
	err := s.Scan(context.Background(), from, to, func(ev wegwijzer.DemandEvent) error {
		got[ev.ID] = ev
		n++
		return nil
	})
	if err != nil {
		t.Fatalf("Scan: %v", err)
	}
	if n != len(got) {
		t.Fatalf("Scan returned %d events with %d distinct ids: duplicates", n, len(got))
	}
	return got
}

func mustAppend(t *testing.T, s wegwijzer.DemandLog, evs ...wegwijzer.DemandEvent) {
	t.Helper()
	if err := s.Append(context.Background(), evs...); err != nil {
		t.Fatalf("Append: %v", err)
	}
}

func testAppendScan(t *testing.T, s Store) {
	now := time.Now().UTC().Truncate(time.Millisecond)
	want := Event("e1", "p1", now)
	mustAppend(t, s, want)
	got := scanAll(t, s, time.Time{}, time.Time{})
	ev, ok := got["e1"]
	if !ok || len(got) != 1 {
		t.Fatalf("scan = %v, want only e1", got)
	}
	if !ev.Time.Equal(want.Time) {
		t.Errorf("time = %v, want %v", ev.Time, want.Time)
	}
	ev.Time = want.Time
	if fmt.Sprint(ev) != fmt.Sprint(want) {
		t.Errorf("event =\n %+v\nwant\n %+v", ev, want)
	}
}

func testScanPeriod(t *testing.T, s Store) {
	base := time.Now().UTC().Truncate(time.Hour).Add(-10 * time.Hour)
	for i := range 10 {
		mustAppend(t, s, Event(fmt.Sprintf("e%d", i), "p", base.Add(time.Duration(i)*time.Hour)))
	}
	tests := []struct {
		name     string
		from, to time.Time
		want     []string
	}{
		{"everything", time.Time{}, time.Time{}, []string{"e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9"}},
		{"from is inclusive, to exclusive", base.Add(2 * time.Hour), base.Add(5 * time.Hour), []string{"e2", "e3", "e4"}},
		{"open end", base.Add(8 * time.Hour), time.Time{}, []string{"e8", "e9"}},
		{"empty period", base.Add(20 * time.Hour), base.Add(30 * time.Hour), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ids []string
			for id := range scanAll(t, s, tt.from, tt.to) {
				ids = append(ids, id)
			}
			slices.Sort(ids)
			if !slices.Equal(ids, tt.want) {
				t.Errorf("ids = %v, want %v", ids, tt.want)
			}
		})
	}
}

func testIdempotent(t *testing.T, s Store) {
	now := time.Now().UTC()
	a, b := Event("a", "p1", now), Event("b", "p1", now)
	mustAppend(t, s, a)
	mustAppend(t, s, a, b, b) // a again, b twice in one call
	mustAppend(t, s, b)
	if got := scanAll(t, s, time.Time{}, time.Time{}); len(got) != 2 {
		t.Errorf("events = %d, want 2", len(got))
	}
}

func testErase(t *testing.T, s Store) {
	now := time.Now().UTC()
	mustAppend(t, s, Event("a1", "alice", now), Event("a2", "alice", now.Add(time.Second)), Event("b1", "bob", now))
	n, err := s.ErasePerson(context.Background(), "alice")
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("erased %d, want 2", n)
	}
	got := scanAll(t, s, time.Time{}, time.Time{})
	if _, ok := got["b1"]; !ok || len(got) != 1 {
		t.Errorf("left %v, want only b1", got)
	}
	if n, err := s.ErasePerson(context.Background(), "alice"); err != nil || n != 0 {
		t.Errorf("second erasure = %d, %v; want 0, nil", n, err)
	}
	if n, err := s.ErasePerson(context.Background(), "nobody"); err != nil || n != 0 {
		t.Errorf("erasing an unknown person = %d, %v; want 0, nil", n, err)
	}
}

// A spool replay after an erasure must not bring the events back: the backend still knows their ids.
func testEraseReplay(t *testing.T, s Store) {
	ev := Event("a1", "alice", time.Now().UTC())
	mustAppend(t, s, ev)
	if _, err := s.ErasePerson(context.Background(), "alice"); err != nil {
		t.Fatal(err)
	}
	mustAppend(t, s, ev)
	if got := scanAll(t, s, time.Time{}, time.Time{}); len(got) != 0 {
		t.Errorf("after replay %d events, want 0", len(got))
	}
}

func testExpireText(t *testing.T, s Store) {
	now := time.Now().UTC()
	mustAppend(t, s, Event("a", "p", now), Event("b", "p", now))
	if n, err := s.ExpireText(context.Background(), now.Add(-time.Hour)); err != nil || n != 0 {
		t.Fatalf("ExpireText(an hour ago) = %d, %v; want 0 (the texts are younger)", n, err)
	}
	for id, ev := range scanAll(t, s, time.Time{}, time.Time{}) {
		if ev.Text == "" {
			t.Errorf("%s lost its text too early", id)
		}
	}
	n, err := s.ExpireText(context.Background(), time.Now().Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("ExpireText dropped %d texts, want 2", n)
	}
	got := scanAll(t, s, time.Time{}, time.Time{})
	if len(got) != 2 {
		t.Fatalf("events after retention = %d, want 2 (events stay)", len(got))
	}
	for id, ev := range got {
		if ev.Text != "" {
			t.Errorf("%s still has text %q", id, ev.Text)
		}
		if ev.Outcome != wegwijzer.OutcomeAnswered || ev.Person != "p" {
			t.Errorf("%s lost its fields: %+v", id, ev)
		}
	}
	// Erasure still finds events without text.
	if n, err := s.ErasePerson(context.Background(), "p"); err != nil || n != 2 {
		t.Errorf("erasure after retention = %d, %v; want 2", n, err)
	}
}

func testConcurrent(t *testing.T, s Store) {
	now := time.Now().UTC()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				// Every worker also appends the events of its neighbour: 400 distinct, 800 appends.
				for _, ww := range []int{w, (w + 1) % 8} {
					ev := Event(fmt.Sprintf("w%d-%d", ww, i), fmt.Sprintf("p%d", ww), now.Add(time.Duration(i)*time.Millisecond))
					if err := s.Append(context.Background(), ev); err != nil {
						errs <- err
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if got := scanAll(t, s, time.Time{}, time.Time{}); len(got) != 400 {
		t.Errorf("events = %d, want 400", len(got))
	}
}

func testScanStops(t *testing.T, s Store) {
	now := time.Now().UTC()
	for i := range 5 {
		mustAppend(t, s, Event(fmt.Sprintf("e%d", i), "p", now.Add(time.Duration(i)*time.Second)))
	}
	stop := fmt.Errorf("enough")
	calls := 0
	err := s.Scan(context.Background(), time.Time{}, time.Time{}, func(wegwijzer.DemandEvent) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if err != stop {
		t.Errorf("Scan error = %v, want the callback's", err)
	}
	if calls != 2 {
		t.Errorf("callback called %d times, want 2", calls)
	}
}

func testLinks(t *testing.T, s Store) {
	ctx := context.Background()
	t0 := time.Now().UTC().Truncate(time.Second)
	links := []wegwijzer.DemandLink{
		{Item: "q1", OfferID: "eia", Questions: []string{"subsidie bestelbus"}, Community: "zwolle", Time: t0},
		{Item: "q2", OfferID: "wbso", Questions: []string{"geld voor ontwikkeling"}, Time: t0.Add(time.Second)},
		{Item: "q1", OfferID: "seba", Questions: []string{"subsidie bestelbus", "elektrische bus"}, Time: t0.Add(2 * time.Second)},
	}
	for _, l := range links {
		if err := s.SaveLink(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Links(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var summary []string
	for _, l := range got {
		summary = append(summary, fmt.Sprintf("%s->%s%v", l.Item, l.OfferID, l.Questions))
	}
	want := []string{"q2->wbso[geld voor ontwikkeling]", "q1->seba[subsidie bestelbus elektrische bus]"}
	if !slices.Equal(summary, want) {
		t.Errorf("links = %v, want %v", summary, want)
	}
}

func testHandoffs(t *testing.T, s Store) {
	ctx := context.Background()
	steps := []struct {
		id    string
		state wegwijzer.HandoffState
	}{{"h1", wegwijzer.HandoffTaken}, {"h2", wegwijzer.HandoffTaken}, {"h1", wegwijzer.HandoffDone}}
	for _, st := range steps {
		if err := s.SetHandoff(ctx, st.id, st.state); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.HandoffStates(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]wegwijzer.HandoffState{"h1": wegwijzer.HandoffDone, "h2": wegwijzer.HandoffTaken}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("states = %v, want %v", got, want)
	}
}
