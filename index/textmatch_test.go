package index

import (
	"context"
	"fmt"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// The text match drives Bleve's searcher itself; it must find what bleve.Index.Search finds, with the same
// scores, for every question of the evaluation sets, on the real catalogue and on a large generated one (where
// many offers match and the best 50 are a choice).
func TestTextMatchIsBlevesSearch(t *testing.T) {
	questions := benchQuestions(t)
	for _, tc := range []struct {
		name string
		cat  func() *content.Catalogue
	}{
		{"built-in catalogue", func() *content.Catalogue { return mustCatalogue(t) }},
		{"generated catalogue of 2,000 offers", func() *content.Catalogue { return generated(t, 2000) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, err := New(tc.cat(), Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			ctx := context.Background()
			compared := 0
			for _, q := range questions {
				u := ix.understand(understand.Parse(q))
				if len(u.terms) == 0 {
					continue
				}
				const size = 50
				sr, err := ix.bi.SearchInContext(ctx, bleve.NewSearchRequestOptions(ix.buildQuery(u.terms), size, 0, false))
				if err != nil {
					t.Fatal(err)
				}
				want := map[string]float64{}
				for _, h := range sr.Hits {
					want[h.ID] = h.Score
				}
				hits, err := ix.text.search(ctx, ix.buildQuery(u.terms), size)
				if err != nil {
					t.Fatal(err)
				}
				got := map[string]float64{}
				for _, h := range hits {
					got[ix.cat.Offers[h.pos].ID] = h.score
				}
				if fmt.Sprint(got) != fmt.Sprint(want) {
					t.Errorf("%q:\ngot  %v\nwant %v", q, got, want)
				}
				compared++
			}
			if compared < len(questions)/2 {
				t.Fatalf("only %d of %d questions searched", compared, len(questions))
			}
		})
	}
}
