package index

import (
	"context"
	"maps"
	"math"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// sameHits reports whether two text matches found the same offers with the same scores. Scores may differ in
// the last bits: Bleve adds a document's clause scores in an order that depends on the order of the documents in
// the index, which differs from build to build. Offers tied with the last one found may differ, for the same
// reason.
func sameHits(got, want map[string]float64) bool {
	if len(got) != len(want) {
		return false
	}
	close := func(a, b float64) bool { return math.Abs(a-b) <= 1e-12*math.Max(math.Abs(a), math.Abs(b)) }
	scores := func(m map[string]float64) []float64 {
		s := slices.Collect(maps.Values(m))
		slices.Sort(s)
		return s
	}
	gs, ws := scores(got), scores(want)
	for i := range gs {
		if !close(gs[i], ws[i]) {
			return false
		}
	}
	for id, g := range got {
		if w, ok := want[id]; ok && !close(g, w) || !ok && !close(g, gs[0]) {
			return false
		}
	}
	return true
}

// The text match drives Bleve's searcher itself, and serves the field of example questions from postings of its
// own; it must find what bleve.Index.Search finds on an index where Bleve indexes the example questions itself,
// with the same scores, for every question of the evaluation sets, on the real catalogue and on a large generated
// one (where many offers match and the best 50 are a choice).
func TestTextMatchIsBlevesSearch(t *testing.T) {
	questions := benchQuestions(t)
	for _, tc := range realAndGenerated(t) {
		t.Run(tc.name, func(t *testing.T) {
			cat := tc.cat()
			ix, err := New(cat, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			ref, err := New(cat, Options{bleveQuestions: true})
			if err != nil {
				t.Fatal(err)
			}
			defer ref.Close()
			ctx := context.Background()
			compared := 0
			for _, q := range questions {
				u := ix.understand(understand.Parse(q))
				if len(u.terms) == 0 {
					continue
				}
				const size = 50
				bq, _ := ix.buildQuery(u.terms, nil, nil, nil) // Bleve's scores: no weak names
				sr, err := ref.bi.SearchInContext(ctx, bleve.NewSearchRequestOptions(bq, size, 0, false))
				if err != nil {
					t.Fatal(err)
				}
				want := map[string]float64{}
				for _, h := range sr.Hits {
					want[h.ID] = h.Score
				}
				hits, err := ix.text.search(ctx, bq, nil, size)
				if err != nil {
					t.Fatal(err)
				}
				got := map[string]float64{}
				for _, h := range hits {
					got[ix.cat.Offers[h.pos].ID] = h.score
				}
				if !sameHits(got, want) {
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

// realAndGenerated are the catalogues the text match is compared with Bleve on: the built-in one, and a generated
// one of 2,000 offers where documents match many clauses at once.
func realAndGenerated(t *testing.T) []struct {
	name string
	cat  func() *content.Catalogue
} {
	return []struct {
		name string
		cat  func() *content.Catalogue
	}{
		{"built-in catalogue", func() *content.Catalogue { return mustCatalogue(t) }},
		{"generated catalogue of 2,000 offers", func() *content.Catalogue { return generated(t, 2000) }},
	}
}
