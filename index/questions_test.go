package index

import (
	"context"
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// withQuestions returns an index of the built-in catalogue in which the offer id has exactly the example
// questions qs (and the others none), so that the test does not depend on the content being written.
func withQuestions(t *testing.T, id string, qs ...string) *Index {
	t.Helper()
	cat := mustCatalogue(t)
	var offers []*wegwijzer.Offer
	for _, o := range cat.Offers {
		cp := *o
		cp.Questions = nil
		if o.ID == id {
			cp.Questions = qs
		}
		offers = append(offers, &cp)
	}
	ix, err := New(cat.WithOffers(offers), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func TestExampleQuestionsFindTheirOffer(t *testing.T) {
	// The words of the question are not in the offer's text; they are in one of its example questions.
	ix := withQuestions(t, "bbz", "mijn omzet is ingestort en ik kan mijn boodschappen niet meer betalen",
		"I have no income from my business for months and cannot pay my rent")
	tests := []string{
		"de omzet van mijn winkel is ingestort, ik kan de boodschappen niet betalen",
		"my income from the business is gone for months, I cannot pay the rent",
	}
	for _, q := range tests {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(res); res.NoMatch || !slices.Contains(got[:min(3, len(got))], "bbz") {
			t.Errorf("Search(%q) = %v (no_match %v), want bbz in the top 3", q, got, res.NoMatch)
		}
		if res.Signals == nil || res.Signals.Question < 0.5 {
			t.Errorf("Search(%q) signals %+v, want an example-question similarity of at least 0.5", q, res.Signals)
		}
	}
}

func TestQuestionSimilarityIsACosine(t *testing.T) {
	ix := withQuestions(t, "seba", "subsidie voor een elektrische bestelbus", "elektrische bestelbus kopen")
	// The question's synonyms count too ("bestelbus" also means "bestelauto"), so the same words are not
	// quite 1; a word more makes it less similar, and no words in common make it 0.
	self := ix.questions.match(ix.understand(parse("elektrische bestelbus kopen")).qterms)[ownerOf(ix, "seba")]
	if self < 0.8 || self > 1.0001 {
		t.Errorf("similarity of a question to itself = %v, want 0.8..1", self)
	}
	more := ix.questions.match(ix.understand(parse("elektrische bestelbus kopen voor mijn bloemenzaak")).qterms)[ownerOf(ix, "seba")]
	if more >= self || more < 0.3 {
		t.Errorf("similarity with an extra word = %v, want below %v and well above 0", more, self)
	}
	if none := ix.questions.match(ix.understand(parse("recept voor appeltaart")).qterms)[ownerOf(ix, "seba")]; none != 0 {
		t.Errorf("similarity without a word in common = %v, want 0", none)
	}
}

func ownerOf(ix *Index, id string) int32 {
	return int32(slices.IndexFunc(ix.cat.Offers, func(o *wegwijzer.Offer) bool { return o.ID == id }))
}

func TestFusionsRankBothMatches(t *testing.T) {
	a := &candidate{offer: &wegwijzer.Offer{ID: "a"}, text: 10, sim: 0.1, factor: 1}
	b := &candidate{offer: &wegwijzer.Offer{ID: "b"}, text: 2, sim: 1, factor: 1}
	c := &candidate{offer: &wegwijzer.Offer{ID: "c"}, text: 1, sim: 0, factor: 1}
	tests := []struct {
		fusion Fusion
		first  string
	}{
		{FusionText, "a"},
		{FusionQuestions, "b"},
		{FusionWeighted, "b"}, // 0.5*0.2+0.5*1 beats 0.5*1+0.5*0.1
	}
	for _, tt := range tests {
		cs := []*candidate{a, b, c}
		tt.fusion.fuse(cs, questionWeight)
		best := slices.MaxFunc(cs, func(x, y *candidate) int { return cmpFloat(x.score, y.score) })
		if best.offer.ID != tt.first {
			t.Errorf("%s: first %s, want %s (scores a %.3f b %.3f c %.3f)", tt.fusion, best.offer.ID, tt.first, a.score, b.score, c.score)
		}
		if c.score >= a.score && c.score >= b.score {
			t.Errorf("%s: c, weakest on both, scores %.3f", tt.fusion, c.score)
		}
	}
	cs := []*candidate{a, b, c}
	FusionRRF.fuse(cs, questionWeight)
	if a.score != b.score || c.score >= a.score {
		t.Errorf("rrf: a (1st, 2nd) and b (2nd, 1st) must tie above c: %.4f %.4f %.4f", a.score, b.score, c.score)
	}
}

func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}
