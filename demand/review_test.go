package demand_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
	"github.com/wegwijzer/wegwijzer/index"
)

// q is a question for review tests.
func q(community, person, text string, outcome wegwijzer.Outcome, mod func(*wegwijzer.DemandEvent)) wegwijzer.DemandEvent {
	e := wegwijzer.DemandEvent{ID: fmt.Sprintf("%s/%s/%s/%d", community, person, text, len(text)), Time: t0, Community: community,
		Person: person, Conversation: person + text, Outcome: outcome, Text: text, Themes: []string{"verduurzaming"}}
	if mod != nil {
		mod(&e)
	}
	return e
}

func lowScore(e *wegwijzer.DemandEvent)  { e.Offers, e.BestScore = []string{"streetwise"}, 0.05 }
func goodScore(e *wegwijzer.DemandEvent) { e.Offers, e.BestScore = []string{"eia"}, 1.2 }

func TestReviewGroupsRephrasings(t *testing.T) {
	nm := wegwijzer.OutcomeNoMatch
	questions := []wegwijzer.DemandEvent{
		q("zwolle", "p1", "Subsidie voor een elektrische bestelbus?", nm, nil),
		q("zwolle", "p2", "subsidie voor een elektrische bestelbus", nm, nil),
		q("zwolle", "p3", "elektrische bestelbussen subsidie", nm, nil),
		q("zwolle", "p4", "Welke subsidies zijn er voor elektrische bestelbussen?", wegwijzer.OutcomeAbandoned, nil),
		q("zwolle", "p1", "frituurvet afvoeren", nm, nil),
		q("zwolle", "p5", "hoe kan ik frituurvet afvoeren", wegwijzer.OutcomeHandoff, nil),
		q("zwolle", "p6", "waar laat ik mijn oude frituurvet", wegwijzer.OutcomeAnswered, lowScore),
		q("zwolle", "p7", "korting op de huur van mijn winkel", wegwijzer.OutcomeAnswered, func(e *wegwijzer.DemandEvent) {
			goodScore(e)
			e.Feedback = wegwijzer.FeedbackNotHelped
		}),
		// Not in the list: answered well, another community, or no text left after retention.
		q("zwolle", "p8", "subsidie elektrische bestelbus", wegwijzer.OutcomeAnswered, goodScore),
		q("breda", "p9", "subsidie elektrische bestelbus", nm, nil),
		q("zwolle", "p10", "", nm, nil),
	}
	items := demand.Review(questions, "zwolle", nil, demand.ReviewOptions{})
	type got struct {
		questions, people int
		reasons           string
		first             string
	}
	var summary []got
	for _, it := range items {
		summary = append(summary, got{it.Questions, it.People, fmt.Sprint(it.Reasons), it.Examples[0]})
	}
	want := []got{
		{4, 4, "map[abandoned:1 no_match:3]", "Subsidie voor een elektrische bestelbus?"},
		{3, 3, "map[handoff:1 low_score:1 no_match:1]", "frituurvet afvoeren"},
		{1, 1, "map[not_helped:1]", "korting op de huur van mijn winkel"},
	}
	if fmt.Sprint(summary) != fmt.Sprint(want) {
		t.Errorf("items =\n %v\nwant\n %v", summary, want)
	}
	if len(items) > 0 {
		it := items[0]
		if !slices.Contains(it.Terms, "elektrische") || !slices.Contains(it.Terms, "subsidie") {
			t.Errorf("terms of the first item = %v, want the shared content words", it.Terms)
		}
		if it.Community != "zwolle" || it.ID == "" {
			t.Errorf("item = %+v", it)
		}
		again := demand.Review(questions, "zwolle", nil, demand.ReviewOptions{})
		if again[0].ID != it.ID {
			t.Errorf("item id changed between runs: %s, %s", it.ID, again[0].ID)
		}
	}
}

func TestReviewHidesWhatTheLinkAnswers(t *testing.T) {
	questions := []wegwijzer.DemandEvent{
		q("zwolle", "p1", "korting op de huur", wegwijzer.OutcomeAnswered, lowScore),
	}
	items := demand.Review(questions, "zwolle", nil, demand.ReviewOptions{})
	if len(items) != 1 {
		t.Fatalf("items = %d, want 1", len(items))
	}
	link := items[0].Link("kvk-advies", t0)
	// After the link, the same question is answered with the linked offer, still with a low score.
	questions = append(questions, q("zwolle", "p2", "korting op de huur", wegwijzer.OutcomeAnswered, func(e *wegwijzer.DemandEvent) {
		e.Offers, e.BestScore = []string{"kvk-advies"}, 0.06
	}))
	items = demand.Review(questions, "zwolle", []wegwijzer.DemandLink{link}, demand.ReviewOptions{})
	if len(items) != 1 || items[0].Questions != 1 || items[0].Linked != "kvk-advies" {
		t.Errorf("items = %+v, want the one from before the link, marked linked", items)
	}
}

// The test: a question that failed, once linked by a community manager, is answered by the index, and so
// is a rephrasing of it that was never asked.
func TestLinkTeachesTheIndex(t *testing.T) {
	cat := mustCatalogue(t)
	tests := []struct {
		name      string
		failed    []string // asked, and reviewed as one item
		offer     string   // the manager links it to this offer
		rephrased string   // asked later, never reviewed
	}{
		{"rent discount", []string{"kan ik korting krijgen op de huur"}, "kvk-advies", "korting op huur bedrijfspand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			before := mustIndex(t, cat)
			var questions []wegwijzer.DemandEvent
			for i, text := range tt.failed {
				res, err := before.Search(ctx, wegwijzer.Query{Text: text})
				if err != nil {
					t.Fatal(err)
				}
				// It failed: no match, or offers that the person said did not help.
				e := q("zwolle", fmt.Sprint("p", i), text, wegwijzer.OutcomeNoMatch, nil)
				if !res.NoMatch && len(res.Results) > 0 {
					if res.Results[0].ID == tt.offer {
						t.Fatalf("%q finds %s before the link already", text, tt.offer)
					}
					e.Outcome, e.Offers, e.BestScore = wegwijzer.OutcomeAnswered, []string{res.Results[0].ID}, res.Results[0].Score
					e.Feedback = wegwijzer.FeedbackNotHelped
				}
				questions = append(questions, e)
			}
			if top := topResult(t, before, tt.rephrased); top == tt.offer {
				t.Fatalf("the rephrasing %q finds %s before the link already", tt.rephrased, top)
			}

			// Review, link, persist; then a new index starts with the stored links, as after a restart.
			items := demand.Review(questions, "zwolle", nil, demand.ReviewOptions{})
			if len(items) != 1 {
				t.Fatalf("review items = %d, want 1", len(items))
			}
			store := mustBolt(t)
			if err := store.SaveLink(ctx, items[0].Link(tt.offer, t0)); err != nil {
				t.Fatal(err)
			}
			stored, err := store.Links(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var links []index.Link
			for _, l := range stored {
				for _, text := range l.Questions {
					links = append(links, index.Link{Question: text, OfferID: l.OfferID})
				}
			}
			after, err := index.New(cat, index.Options{Links: links})
			if err != nil {
				t.Fatal(err)
			}
			defer after.Close()
			for _, text := range append(slices.Clone(tt.failed), tt.rephrased) {
				if top := topResult(t, after, text); top != tt.offer {
					t.Errorf("after the link %q finds %q first, want %s", text, top, tt.offer)
				}
			}
		})
	}
}

func topResult(t *testing.T, ix *index.Index, text string) string {
	t.Helper()
	res, err := ix.Search(context.Background(), wegwijzer.Query{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if res.NoMatch || len(res.Results) == 0 {
		return ""
	}
	return res.Results[0].ID
}

func TestHandoffs(t *testing.T) {
	questions := []wegwijzer.DemandEvent{
		q("zwolle", "p1", "ik wil iemand spreken over mijn pand", wegwijzer.OutcomeHandoff, func(e *wegwijzer.DemandEvent) { e.Time = t0.Add(3 * time.Hour) }),
		q("zwolle", "p2", "mens", wegwijzer.OutcomeHandoff, func(e *wegwijzer.DemandEvent) { e.Time = t0.Add(2 * time.Hour) }),
		q("zwolle", "p3", "personeel vinden", wegwijzer.OutcomeHandoff, func(e *wegwijzer.DemandEvent) { e.Time = t0.Add(time.Hour) }),
		q("zwolle", "p4", "subsidie", wegwijzer.OutcomeNoMatch, nil),
		q("breda", "p5", "mens", wegwijzer.OutcomeHandoff, nil),
	}
	states := map[string]wegwijzer.HandoffState{questions[2].ID: wegwijzer.HandoffDone, questions[1].ID: wegwijzer.HandoffTaken}
	var got []string
	for _, h := range demand.Handoffs(questions, "zwolle", states) {
		got = append(got, string(h.State)+":"+h.Question)
		if len(h.ID) != demand.ShortIDLen || h.EventID[:demand.ShortIDLen] != h.ID {
			t.Errorf("short id %q of %q", h.ID, h.EventID)
		}
	}
	want := []string{"open:ik wil iemand spreken over mijn pand", "taken:mens", "done:personeel vinden"}
	if !slices.Equal(got, want) {
		t.Errorf("hand-offs = %v, want %v", got, want)
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"subsidie voor een elektrische bestelbus", "Subsidies elektrische bestelbussen?", true},
		{"zonnepanelen op mijn dak", "zonnepaneel dak", true},
		{"Hoe vind ik personeel?", "personeel zoeken", true},
		{"bel [TELEFOON] over de vergunning", "vergunningen", true},
		{"subsidie bestelbus", "subsidie zonnepanelen", false},
		{"waar laat ik mijn oude frituurvet", "frituurvet", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+" / "+tt.b, func(t *testing.T) {
			a, b := demand.Stems(tt.a), demand.Stems(tt.b)
			if same := slices.Equal(a, b); same != tt.same {
				t.Errorf("stems %v and %v: same = %v, want %v", a, b, same, tt.same)
			}
		})
	}
}

func TestReviewKeepsDifferentNeedsApart(t *testing.T) {
	nm := wegwijzer.OutcomeNoMatch
	tests := []struct {
		name  string
		texts []string
		items int
	}{
		{"a shared policy word is not a shared need", []string{"subsidie voor een bestelbus", "subsidie voor zonnepanelen"}, 2},
		{"plural and singular are one need", []string{"subsidie voor zonnepanelen", "zonnepaneel subsidie"}, 1},
		{"question words do not matter", []string{"hoe vind ik personeel?", "personeel zoeken", "ik zoek personeel"}, 1},
		{"a placeholder is no word", []string{"bel [TELEFOON] over frituurvet", "frituurvet afvoeren"}, 1},
		{"unrelated needs", []string{"frituurvet afvoeren", "korting op de huur", "boekhouder gezocht"}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var qs []wegwijzer.DemandEvent
			for i, text := range tt.texts {
				qs = append(qs, q("zwolle", fmt.Sprint("p", i), text, nm, nil))
			}
			if items := demand.Review(qs, "zwolle", nil, demand.ReviewOptions{}); len(items) != tt.items {
				var got [][]string
				for _, it := range items {
					got = append(got, it.Examples)
				}
				t.Errorf("items = %v, want %d", got, tt.items)
			}
		})
	}
}

func TestLinkNamesItsPeopleAndItsOldestQuestion(t *testing.T) {
	nm := wegwijzer.OutcomeNoMatch
	early := func(e *wegwijzer.DemandEvent) { e.Time = t0.Add(-48 * time.Hour) }
	questions := []wegwijzer.DemandEvent{
		q("zwolle", "p1", "subsidie voor een elektrische bestelbus", nm, nil),
		q("zwolle", "p2", "subsidie voor een elektrische bestelbus", nm, early),
		q("zwolle", "p3", "elektrische bestelbussen subsidie", nm, nil),
	}
	items := demand.Review(questions, "zwolle", nil, demand.ReviewOptions{})
	if len(items) != 1 {
		t.Fatalf("items = %d, want 1", len(items))
	}
	link := items[0].Link("seba", t0)
	if want := []string{"p1", "p2", "p3"}; !slices.Equal(link.Persons, want) {
		t.Errorf("link persons = %v, want %v", link.Persons, want)
	}
	if want := t0.Add(-48 * time.Hour).UTC(); !link.Asked.Equal(want) {
		t.Errorf("link asked = %v, want the oldest question's time %v", link.Asked, want)
	}
}
