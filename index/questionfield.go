package index

import (
	"context"
	"math"
	"slices"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// questionsFieldName is the field of the text match that holds an offer's example questions, all together.
const questionsFieldName = "questions"

// The example questions are the largest part of the catalogue's text, and the example-question index
// (questions.go) holds them already. So Bleve does not index them a second time: the text match's field of example
// questions is served from postings of our own, which hold what Bleve would hold (per offer the frequency of each
// term and the field's length, counted by the same analyzer), and Bleve's own term searchers, scorer and
// disjunction read them through fieldReader. The scores are Bleve's to the last bit (TestTextMatchIsBlevesSearch).

// questionField is the text match's field of example questions.
type questionField struct {
	postings map[string][]fieldPosting // term -> the offers that have it, by Bleve's internal document number
	// terms is the number of distinct terms: what Bleve calls the field's cardinality, from which BM25 takes the
	// average field length.
	terms int
}

// fieldPosting is one offer that has a term: Bleve's document number, the term's frequency, and the field's norm as
// Bleve stores it (a float32 of 1/sqrt(length)).
type fieldPosting struct {
	doc  uint64
	freq uint64
	norm float64
}

// offerField is the example-question field of one offer: its terms with their frequencies, and its length.
type offerField struct {
	terms  map[string]uint64
	length int
}

// questionFieldTerms counts the terms of every offer's example questions as Bleve would count them in one field.
// An ASCII question's tokens are its words (ix.exampleWords: the index's tokenizer splits text as words() does),
// and each word's terms are known (ix.stems); other text goes through the analyzer, with its separable verbs
// joined as for the words ("waar vraag ik dat aan" in a question with "café" has "aanvragen", as Bleve reads it).
func (ix *Index) questionFieldTerms(offers []*wegwijzer.Offer) []offerField {
	out := make([]offerField, len(offers))
	for i, o := range offers {
		f := offerField{terms: make(map[string]uint64, 64)}
		add := func(t string) {
			f.terms[t]++
			f.length++
		}
		for k, q := range o.Questions {
			if !isASCII(q) {
				for _, tok := range ix.an.Analyze([]byte(understand.JoinSeparable(q))) { // as the ASCII words are read
					add(string(tok.Term))
				}
				continue
			}
			for _, w := range ix.exampleWords[i][k] {
				terms, ok := ix.stems[w] // read-only while Bleve builds
				if !ok {
					terms = ix.analyzeText(w)
				}
				for _, t := range terms {
					add(t)
				}
			}
		}
		out[i] = f
	}
	return out
}

// newQuestionField makes the postings from the offers' fields; docs holds each offer's document number in Bleve.
func newQuestionField(fields []offerField, docs []uint64) *questionField {
	order := make([]int, len(fields))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case docs[a] < docs[b]:
			return -1
		case docs[a] > docs[b]:
			return 1
		}
		return 0
	})
	qf := &questionField{postings: map[string][]fieldPosting{}}
	for _, i := range order {
		f := fields[i]
		if f.length == 0 {
			continue
		}
		norm := float64(float32(1 / math.Sqrt(float64(f.length))))
		for t, n := range f.terms {
			qf.postings[t] = append(qf.postings[t], fieldPosting{doc: docs[i], freq: n, norm: norm})
		}
	}
	qf.terms = len(qf.postings)
	return qf
}

// fieldReader is the snapshot of the Bleve index with the field of example questions served from questionField.
type fieldReader struct {
	index.IndexReader
	bm25      index.BM25Reader
	questions *questionField
}

var _ index.BM25Reader = (*fieldReader)(nil)

func (r *fieldReader) TermFieldReader(ctx context.Context, term []byte, field string, includeFreq, includeNorm,
	includeTermVectors bool) (index.TermFieldReader, error) {
	if field != questionsFieldName {
		return r.IndexReader.TermFieldReader(ctx, term, field, includeFreq, includeNorm, includeTermVectors)
	}
	return &postingsReader{ps: r.questions.postings[string(term)]}, nil
}

func (r *fieldReader) FieldCardinality(field string) (int, error) {
	if field != questionsFieldName {
		return r.bm25.FieldCardinality(field)
	}
	return r.questions.terms, nil
}

// postingsReader reads the postings of one term of the field of example questions, as Bleve's term searcher
// reads a field's postings.
type postingsReader struct {
	ps []fieldPosting
	at int
}

var _ index.TermFieldReader = (*postingsReader)(nil)

func (r *postingsReader) Next(pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	if r.at >= len(r.ps) {
		return nil, nil
	}
	p := r.ps[r.at]
	r.at++
	if pre == nil {
		pre = &index.TermFieldDoc{}
	} else {
		pre.Reset()
	}
	pre.ID = index.NewIndexInternalID(pre.ID, p.doc)
	pre.Freq = p.freq
	pre.Norm = p.norm
	return pre, nil
}

func (r *postingsReader) Advance(id index.IndexInternalID, pre *index.TermFieldDoc) (*index.TermFieldDoc, error) {
	doc := id.Value()
	r.at, _ = slices.BinarySearchFunc(r.ps, doc, func(p fieldPosting, d uint64) int {
		switch {
		case p.doc < d:
			return -1
		case p.doc > d:
			return 1
		}
		return 0
	})
	return r.Next(pre)
}

func (r *postingsReader) Count() uint64 { return uint64(len(r.ps)) }
func (r *postingsReader) Close() error  { return nil }
func (r *postingsReader) Size() int     { return 64 + 32*len(r.ps) }
