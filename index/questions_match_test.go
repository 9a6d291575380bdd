package index

import (
	"container/heap"
	"maps"
	"math"
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// TestMatchWithIsTwoMatches: matchWith walks the example questions once for a question's terms and its own terms,
// and gives what two matches of its own gave before it (referenceMatch), to the last bit and with the same offers
// at the heap's bound. On the real catalogue and a generated one of 2,000 offers, where many offers tie.
func TestMatchWithIsTwoMatches(t *testing.T) {
	qs := benchQuestions(t)
	for _, tc := range []struct {
		name string
		ix   *Index
	}{{"real", mustIndex(t)}, {"generated", mustNew(t, generated(t, 2000))}} {
		t.Run(tc.name, func(t *testing.T) {
			withOwn := 0
			for _, q := range qs {
				u := tc.ix.understand(understand.Parse(q))
				own := ownTerms(u)
				all, ofOwn := tc.ix.questions.matchWith(u.qterms, own)
				if want := referenceMatch(tc.ix.questions, u.qterms); !maps.Equal(all, want) {
					t.Fatalf("%q: matchWith gives %v, two matches %v", q, all, want)
				}
				if own == nil {
					continue
				}
				withOwn++
				if want := referenceMatch(tc.ix.questions, own); !maps.Equal(ofOwn, want) {
					t.Fatalf("%q, own terms: matchWith gives %v, two matches %v", q, ofOwn, want)
				}
			}
			if withOwn < 50 {
				t.Errorf("only %d questions have own terms apart: the test checks too little", withOwn)
			}
		})
	}
}

func mustNew(t *testing.T, cat *content.Catalogue) *Index {
	t.Helper()
	ix, err := New(cat, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// referenceMatch is questionIndex.match as it was before matchWith: one match per set of terms, with container/heap.
func referenceMatch(qi *questionIndex, terms map[string]float64) map[int32]float64 {
	if len(terms) == 0 {
		return nil
	}
	order := slices.Sorted(maps.Keys(terms))
	var qnorm float64
	for _, t := range order {
		idf, ok := qi.idf[t]
		if !ok {
			idf = qi.maxIDF
		}
		qnorm += (terms[t] * idf) * (terms[t] * idf)
	}
	qnorm = math.Sqrt(qnorm)
	dot := make([]float32, len(qi.qs))
	var touched, owners []int32
	for _, t := range order {
		ps := qi.postings[t]
		if len(ps) == 0 || len(ps) > maxQPostings {
			continue
		}
		idf := qi.idf[t]
		x := float32(terms[t] * idf * idf)
		for _, p := range ps {
			if dot[p.q] == 0 {
				touched = append(touched, p.q)
			}
			dot[p.q] += x * p.w
		}
	}
	best := make([]float32, qi.offers+len(qi.qs))
	for _, q := range touched {
		sim := float32(float64(dot[q]) / (qnorm * qi.qs[q].norm))
		o := qi.qs[q].owner
		if best[o] == 0 {
			owners = append(owners, o)
		}
		best[o] = max(best[o], sim)
	}
	h := refHeap{best: best}
	out := map[int32]float64{}
	for _, o := range owners {
		if int(o) >= qi.offers {
			out[o] = float64(best[o])
			continue
		}
		if len(h.ids) < maxQuestionOwners {
			heap.Push(&h, o)
		} else if best[o] > best[h.ids[0]] {
			h.ids[0] = o
			heap.Fix(&h, 0)
		}
	}
	for _, o := range h.ids {
		out[o] = float64(best[o])
	}
	return out
}

type refHeap struct {
	ids  []int32
	best []float32
}

func (h refHeap) Len() int           { return len(h.ids) }
func (h refHeap) Less(i, j int) bool { return h.best[h.ids[i]] < h.best[h.ids[j]] }
func (h refHeap) Swap(i, j int)      { h.ids[i], h.ids[j] = h.ids[j], h.ids[i] }
func (h *refHeap) Push(x any)        { h.ids = append(h.ids, x.(int32)) }
func (h *refHeap) Pop() any {
	x := h.ids[len(h.ids)-1]
	h.ids = h.ids[:len(h.ids)-1]
	return x
}
