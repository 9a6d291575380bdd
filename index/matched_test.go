package index

import (
	"context"
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

func TestMatchedNamesTheQuestionWordsAnOfferHas(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q       string
		has     []string // words the first result must name
		hasNot  []string // words no result may name
		ordered bool     // has is in the question's order
	}{
		{q: "Ik wil zonnepanelen op mijn dak, is er een lening?", has: []string{"zonnepanelen"}, hasNot: []string{"ik", "wil", "mijn"}},
		{q: "mijn klant betaalt al drie maanden niet", has: []string{"klant", "betaalt"}, hasNot: []string{"klant betaalt", "niet"}, ordered: true},
		{q: "welke subsidie is er voor zonnepanelen", has: []string{"zonnepanelen"}, hasNot: []string{"subsidie"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res, err := ix.Search(context.Background(), wegwijzer.Query{Text: tt.q, Top: 3})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Results) == 0 {
				t.Fatalf("no results")
			}
			got := res.Results[0].Matched
			for _, w := range tt.has {
				if !slices.Contains(got, w) {
					t.Errorf("%s: matched %q, want %q in it", res.Results[0].ID, got, w)
				}
			}
			if tt.ordered && !slices.Equal(got[:len(tt.has)], tt.has) {
				t.Errorf("matched %q, want it to start with %q", got, tt.has)
			}
			for _, r := range res.Results {
				for _, w := range tt.hasNot {
					if slices.Contains(r.Matched, w) {
						t.Errorf("%s: matched %q, want no %q", r.ID, r.Matched, w)
					}
				}
			}
		})
	}
}

// TestAskerWordsDoNotMatch: the verb that says who asks ("I run a bakery") is not what an offer fits: an offer
// found only through it is no answer.
func TestAskerWordsDoNotMatch(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{"I run a small bakery in Utrecht and want to reduce my gas use", "we run a hair salon and want to hire an apprentice"} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Results {
			if slices.Contains(r.Matched, "run") {
				t.Errorf("%q: %s matched %v; 'run' says who asks", q, r.ID, r.Matched)
			}
		}
	}
}
