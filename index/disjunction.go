package index

import (
	"context"
	"math"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
)

// disjunction is Bleve's disjunction searcher over term searchers (searcher.DisjunctionHeapSearcher, or
// searcher.DisjunctionSliceSearcher for at most searcher.DisjunctionHeapTakeover clauses), with what the text match
// does not use left out: explanations, score breakdowns, Advance, a minimum of clauses, and a heap behind an
// interface that compares document numbers as byte strings. A large catalogue's text match walks tens of thousands
// of postings per search, and that machinery was about as dear as reading them.
//
// It does what Bleve's searchers do, step by step, so the scores are Bleve's to the last bit: the query norm is
// summed over the clauses in the same order, the clauses of a document are met (and their scores added) in the
// same order, because the heap is the same algorithm as container/heap driven by the same pushes and pops, and the
// slice's clauses are sorted as Bleve sorts them (TestDisjunctionIsBleves).
type disjunction struct {
	clauses  []clause
	heap     []*clause // heap mode: the clauses with a current document, the lowest document on top
	slice    bool      // slice mode: clauses sorted by their postings' length, the matching ones found by a scan
	matching []*clause // the clauses on the current document, in the order Bleve adds their scores
	n        int       // the number of clauses: Bleve's coordination factor divides by it
	pos      []int32   // the offer's position by document number (textIndex.pos), for clauses with weak offers
}

// clause is one term searcher and the document it is on (curr nil: exhausted).
type clause struct {
	s    search.Searcher
	curr *search.DocumentMatch
	doc  uint64
	weak []int32 // offers, by position in order, whose score by this clause counts at weakName (phrases.go)
	none []int32 // offers, by position in order, whose score by this clause does not count (ordinarynames.go)
}

// newDisjunction takes over the term searchers ss, as searcher.NewDisjunctionSearcher does.
func newDisjunction(ss []search.Searcher) *disjunction {
	d := &disjunction{n: len(ss), slice: len(ss) <= searcher.DisjunctionHeapTakeover}
	if d.slice {
		sorted := make(searcher.OrderedSearcherList, len(ss))
		copy(sorted, ss)
		sort.Sort(sorted)
		ss = sorted
	}
	var sum float64
	for _, s := range ss {
		sum += s.Weight()
	}
	norm := 1.0 / math.Sqrt(sum)
	d.clauses = make([]clause, len(ss))
	for i, s := range ss {
		s.SetQueryNorm(norm)
		d.clauses[i].s = s
	}
	d.matching = make([]*clause, 0, len(ss))
	d.heap = make([]*clause, 0, len(ss))
	return d
}

// poolSize is the number of document matches the searchers hold at once (DocumentMatchPoolSize of Bleve's).
func (d *disjunction) poolSize() int {
	n := len(d.clauses)
	for _, c := range d.clauses {
		n += c.s.DocumentMatchPoolSize()
	}
	return n
}

func (d *disjunction) close() {
	for _, c := range d.clauses {
		c.s.Close()
	}
}

// advance moves a clause to its next document.
func (c *clause) advance(sctx *search.SearchContext) error {
	curr, err := c.s.Next(sctx)
	if err != nil {
		return err
	}
	c.curr = curr
	if curr != nil {
		c.doc = curr.IndexInternalID.Value()
	}
	return nil
}

// start puts every clause on its first document.
func (d *disjunction) start(sctx *search.SearchContext) error {
	for i := range d.clauses {
		c := &d.clauses[i]
		if err := c.advance(sctx); err != nil {
			return err
		}
		if !d.slice && c.curr != nil {
			d.push(c)
		}
	}
	d.update()
	return nil
}

// update finds the clauses on the next document.
func (d *disjunction) update() {
	d.matching = d.matching[:0]
	if d.slice {
		for i := range d.clauses {
			c := &d.clauses[i]
			if c.curr == nil {
				continue
			}
			if len(d.matching) > 0 {
				if c.doc > d.matching[0].doc {
					continue
				}
				if c.doc < d.matching[0].doc {
					d.matching = d.matching[:0]
				}
			}
			d.matching = append(d.matching, c)
		}
		return
	}
	if len(d.heap) > 0 {
		next := d.pop()
		d.matching = append(d.matching, next)
		for len(d.heap) > 0 && next.doc == d.heap[0].doc {
			next = d.pop()
			d.matching = append(d.matching, next)
		}
	}
}

// next returns the next document and its score; ok is false when there is none. The document matches go back to
// sctx's pool. A document that only clauses which do not count on it match is passed over.
func (d *disjunction) next(sctx *search.SearchContext) (doc uint64, score float64, ok bool, err error) {
	for {
		if len(d.matching) == 0 {
			return 0, 0, false, nil
		}
		doc, score, ok = d.score()
		if err := d.step(sctx); err != nil {
			return 0, 0, false, err
		}
		if ok {
			return doc, score, true, nil
		}
	}
}

// score is the score of the current document, as Bleve adds it up: the clauses' scores, each at weakName where the
// document is one of its weak offers, times the share of clauses that match. A clause of which it is one of the none
// offers does not count, as if it did not match; ok is false when no clause counts.
func (d *disjunction) score() (doc uint64, score float64, ok bool) {
	var sum float64
	doc = d.matching[0].doc
	matched := len(d.matching)
	for _, c := range d.matching {
		switch {
		case c.none != nil && d.listed(c.none, doc):
			matched--
		case c.weak != nil && d.listed(c.weak, doc):
			sum += c.curr.Score * weakName
		default:
			sum += c.curr.Score
		}
	}
	return doc, sum * (float64(matched) / float64(d.n)), matched > 0
}

// step moves the clauses on the current document to their next one.
func (d *disjunction) step(sctx *search.SearchContext) error {
	for _, c := range d.matching {
		sctx.DocumentMatchPool.Put(c.curr)
		if err := c.advance(sctx); err != nil {
			return err
		}
		if !d.slice && c.curr != nil {
			d.push(c)
		}
	}
	d.update()
	return nil
}

// listed reports whether the offer of a document is on a clause's list of offers (weak or none).
func (d *disjunction) listed(offers []int32, doc uint64) bool {
	if doc >= uint64(len(d.pos)) {
		return false
	}
	_, found := slices.BinarySearch(offers, d.pos[doc])
	return found
}

// push and pop are container/heap's Push and Pop on d.heap, ordered by document.
func (d *disjunction) push(c *clause) {
	d.heap = append(d.heap, c)
	h := d.heap
	for j := len(h) - 1; ; {
		i := (j - 1) / 2 // parent
		if i == j || h[j].doc >= h[i].doc {
			break
		}
		h[i], h[j] = h[j], h[i]
		j = i
	}
}

func (d *disjunction) pop() *clause {
	h := d.heap
	n := len(h) - 1
	h[0], h[n] = h[n], h[0]
	for i := 0; ; {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 {
			break
		}
		j := j1
		if j2 := j1 + 1; j2 < n && h[j2].doc < h[j1].doc {
			j = j2
		}
		if h[j].doc >= h[i].doc {
			break
		}
		h[i], h[j] = h[j], h[i]
		i = j
	}
	c := h[n]
	d.heap = h[:n]
	return c
}

// disjunctionOf makes the searchers of q's clauses as query.DisjunctionQuery.Searcher does, and their disjunction;
// low, when not nil, holds per clause the offers whose score by it counts less. It reports false when q is not a
// disjunction of term queries, the only query the text match makes.
func (ti *textIndex) disjunctionOf(ctx context.Context, q query.Query, low *lowering) (*disjunction, bool, error) {
	dq, ok := q.(*query.DisjunctionQuery)
	if !ok || dq.Min != 0 {
		return nil, false, nil
	}
	for _, c := range dq.Disjuncts {
		if _, ok := c.(*query.TermQuery); !ok {
			return nil, false, nil
		}
	}
	ss := make([]search.Searcher, 0, len(dq.Disjuncts))
	for _, c := range dq.Disjuncts {
		s, err := c.Searcher(ctx, ti.reader, ti.mapping, search.SearcherOptions{})
		if err != nil {
			for _, s := range ss {
				s.Close()
			}
			return nil, false, err
		}
		ss = append(ss, s)
	}
	d := newDisjunction(ss)
	if low != nil {
		// The clauses are in Bleve's order, which may not be the query's: each finds its offers by its searcher (a
		// few: a slice's clauses are at most searcher.DisjunctionHeapTakeover).
		for i := range d.clauses {
			c := &d.clauses[i]
			j := i
			if d.slice {
				j = slices.IndexFunc(ss, func(s search.Searcher) bool { return s == c.s })
			}
			if j < len(low.weak) && len(low.weak[j]) > 0 {
				c.weak = low.weak[j]
			}
			if j < len(low.none) && len(low.none[j]) > 0 {
				c.none = low.none[j]
			}
		}
		d.pos = ti.pos
	}
	return d, true, nil
}
