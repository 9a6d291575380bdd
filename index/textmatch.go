package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// textHit is one offer found by the text match: its position in the catalogue and its BM25 score.
type textHit struct {
	pos   int32
	score float64
	order int // the order Bleve found it in: its tie-break
}

// textIndex runs the text match on one snapshot of the Bleve index, which never changes after the build. It
// drives Bleve's searcher itself, as bleve.Index.Search does, and keeps the best hits as Bleve's top-N collector
// does (by score, then by the order found), so the hits and scores are Bleve's. What it leaves out is what the
// search does not use: a request and a result, a pool of document matches for every search, loading each hit's
// id from the index, and a heap behind an interface.
type textIndex struct {
	reader  index.IndexReader
	mapping mapping.IndexMapping
	// pos gives, by Bleve's internal document number, the position of the offer in the catalogue (-1: none). A
	// large catalogue matches thousands of documents per search, so this is a slice, not a map.
	pos []int32
}

// newTextIndex opens the snapshot and looks up the internal id of every offer. With fields (the offers' example
// questions, analysed), it serves the field of example questions from them.
func newTextIndex(adv index.Index, m mapping.IndexMapping, ids []string, fields []offerField) (*textIndex, error) {
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: open reader: %w", err)
	}
	ti := &textIndex{reader: r, mapping: m}
	docs := make([]uint64, len(ids))
	for i, id := range ids {
		iid, err := r.InternalID(id)
		if err != nil {
			r.Close()
			return nil, fmt.Errorf("index: internal id of %s: %w", id, err)
		}
		if len(iid) != 8 || iid.Value() > uint64(4*len(ids)+1024) {
			r.Close()
			return nil, fmt.Errorf("index: internal id of %s: unexpected %x", id, iid)
		}
		docs[i] = iid.Value()
		for uint64(len(ti.pos)) <= docs[i] {
			ti.pos = append(ti.pos, -1)
		}
		ti.pos[docs[i]] = int32(i)
	}
	if fields != nil {
		bm25, ok := r.(index.BM25Reader)
		if !ok {
			r.Close()
			return nil, fmt.Errorf("index: the Bleve index gives no field statistics")
		}
		ti.reader = &fieldReader{IndexReader: r, bm25: bm25, questions: newQuestionField(fields, docs)}
	}
	return ti, nil
}

// bm25 tells Bleve's term searchers to score by BM25, as the index mapping says (bleve.Index.Search does the same).
var bm25 = search.GetScoringModelCallbackFn(func() string { return index.BM25Scoring })

// lowering holds per clause of a text-match query (a disjunction) the offers, by position in order, whose score by
// the clause counts less: at weakName (weak: a word of a longer name, namephrases.go) or not at all (none: an acronym
// spelt as a word the question does not hold, ordinarynames.go). A nil list: no offer.
type lowering struct {
	weak, none [][]int32
}

// search returns the size best hits of q, in no particular order. low, when not nil, holds per clause of q the
// offers whose score by it counts less.
func (ti *textIndex) search(ctx context.Context, q query.Query, low *lowering, size int) ([]textHit, error) {
	ctx = context.WithValue(ctx, search.GetScoringModelCallbackKey, bm25)
	d, ok, err := ti.disjunctionOf(ctx, q, low)
	if err != nil {
		return nil, fmt.Errorf("index: text match: %w", err)
	}
	if !ok {
		return ti.searchBleve(ctx, q, size)
	}
	defer d.close()
	top := hitHeap(make([]textHit, 0, size))
	if len(d.clauses) == 0 {
		return top, nil
	}
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(d.poolSize()+1, 0), IndexReader: ti.reader}
	if err := d.start(sctx); err != nil {
		return nil, fmt.Errorf("index: text match: %w", err)
	}
	for n := 0; ; n++ {
		if n%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		doc, score, ok, err := d.next(sctx)
		if err != nil {
			return nil, fmt.Errorf("index: text match: %w", err)
		}
		if !ok {
			break
		}
		top.add(ti.hit(doc, score, n), size)
	}
	return top, nil
}

// searchBleve is search through Bleve's own searcher, for any query.
func (ti *textIndex) searchBleve(ctx context.Context, q query.Query, size int) ([]textHit, error) {
	s, err := q.Searcher(ctx, ti.reader, ti.mapping, search.SearcherOptions{})
	if err != nil {
		return nil, fmt.Errorf("index: text match: %w", err)
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize()+1, 0), IndexReader: ti.reader}
	top := hitHeap(make([]textHit, 0, size))
	for n := 0; ; n++ {
		if n%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		d, err := s.Next(sctx)
		if err != nil {
			return nil, fmt.Errorf("index: text match: %w", err)
		}
		if d == nil {
			break
		}
		h := ti.hit(d.IndexInternalID.Value(), d.Score, n)
		sctx.DocumentMatchPool.Put(d)
		top.add(h, size)
	}
	return top, nil
}

// hit is the n-th document found, with its score (pos -1: not an offer).
func (ti *textIndex) hit(doc uint64, score float64, n int) textHit {
	h := textHit{score: score, order: n, pos: -1}
	if doc < uint64(len(ti.pos)) {
		h.pos = ti.pos[doc]
	}
	return h
}

// add keeps h if it is an offer among the size best so far.
func (h *hitHeap) add(x textHit, size int) {
	switch {
	case x.pos < 0:
	case len(*h) < size:
		h.push(x)
	case worse((*h)[0], x):
		(*h)[0] = x
		h.down(0)
	}
}

func (ti *textIndex) close() error { return ti.reader.Close() }

// worse reports whether a ranks below b: a lower score, or the same score found later.
func worse(a, b textHit) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.order > b.order
}

// hitHeap is a min-heap of hits, the worst on top.
type hitHeap []textHit

func (h *hitHeap) push(x textHit) {
	*h = append(*h, x)
	s := *h
	for i := len(s) - 1; i > 0; {
		p := (i - 1) / 2
		if !worse(s[i], s[p]) {
			break
		}
		s[i], s[p] = s[p], s[i]
		i = p
	}
}

func (h hitHeap) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && worse(h[r], h[l]) {
			m = r
		}
		if !worse(h[m], h[i]) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}
