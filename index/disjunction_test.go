package index

import (
	"context"
	"testing"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/wegwijzer/wegwijzer/understand"
)

// The text match's disjunction must give every document Bleve's disjunction searcher gives, in the same order and
// with the same score to the last bit, for every question of the evaluation sets: with few clauses (Bleve's slice
// searcher) and many (its heap searcher), on the real catalogue and on a large generated one, where documents
// match many clauses at once.
func TestDisjunctionIsBleves(t *testing.T) {
	questions := benchQuestions(t)
	for _, tc := range realAndGenerated(t) {
		t.Run(tc.name, func(t *testing.T) {
			ix, err := New(tc.cat(), Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			ti := ix.text
			ctx := context.WithValue(context.Background(), search.GetScoringModelCallbackKey, bm25)
			type match struct {
				doc   uint64
				score float64
			}
			modes := map[bool]int{}
			for _, q := range questions {
				u := ix.understand(understand.Parse(q))
				if len(u.terms) == 0 {
					continue
				}
				bq, _ := ix.buildQuery(u.terms, nil, nil, nil) // Bleve's scores: no weak names
				s, err := bq.Searcher(ctx, ti.reader, ti.mapping, search.SearcherOptions{})
				if err != nil {
					t.Fatal(err)
				}
				sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize()+1, 0), IndexReader: ti.reader}
				var want []match
				for {
					d, err := s.Next(sctx)
					if err != nil {
						t.Fatal(err)
					}
					if d == nil {
						break
					}
					want = append(want, match{d.IndexInternalID.Value(), d.Score})
					sctx.DocumentMatchPool.Put(d)
				}
				s.Close()

				d, ok, err := ti.disjunctionOf(ctx, bq, nil)
				if err != nil || !ok {
					t.Fatalf("%q: disjunction: %v %v", q, ok, err)
				}
				modes[d.slice]++
				sctx = &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(d.poolSize()+1, 0), IndexReader: ti.reader}
				var got []match
				if err := d.start(sctx); err != nil {
					t.Fatal(err)
				}
				for {
					doc, score, ok, err := d.next(sctx)
					if err != nil {
						t.Fatal(err)
					}
					if !ok {
						break
					}
					got = append(got, match{doc, score})
				}
				d.close()
				if len(got) != len(want) {
					t.Fatalf("%q: %d documents, Bleve %d", q, len(got), len(want))
				}
				for i := range got {
					if got[i] != want[i] {
						t.Fatalf("%q: document %d: %v, Bleve %v", q, i, got[i], want[i])
					}
				}
			}
			if modes[true] == 0 || modes[false] == 0 {
				t.Fatalf("searches with few clauses and with many: %d and %d; want both", modes[true], modes[false])
			}
		})
	}
}
