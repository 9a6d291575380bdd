package index

import (
	"container/heap"
	"maps"
	"math"
	"slices"
	"sync"

	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// questionIndex holds the example questions of the offers and curated answers, so that a message is matched
// against them as whole questions, as FAQ retrieval does: the cosine of idf-weighted term vectors, and per offer
// (or answer) its most similar question. Unlike the text match, which adds up every shared word, one question
// that says the same thing in other words outweighs many stray shared words.
type questionIndex struct {
	qs       []exampleQ // per question: its owner and norm, side by side so that match reads one cache line
	postings map[string][]posting
	idf      map[string]float64
	maxIDF   float64 // the weight of a word no example question has
	offers   int     // owners below this are offers, the rest answers
	scratch  sync.Pool
}

// exampleQ is one example question: its owner (offers 0..n-1, then answers) and the length of its weighted term
// vector.
type exampleQ struct {
	norm  float64
	owner int32
}

// posting is one term of one example question, with its weight there (1 for a word, less for a compound's part).
type posting struct {
	q int32
	w float32
}

type scratch struct {
	acc     []accQ    // per question: its dot product with the message, beside its norm and owner
	touched []int32   // questions with a dot product > 0
	best    []float32 // per owner: its best similarity
	owners  []int32   // owners with best > 0
}

// accQ is one example question in a match: its dot product with the message and a copy of its exampleQ, so that
// the pass over the touched questions reads the cache line the walk of the postings just wrote rather than load
// each question's norm and owner from elsewhere (on a large catalogue that load was a third of a match).
type accQ struct {
	norm  float64
	owner int32
	dot   float32
}

// buildQuestions indexes the example questions of the catalogue.
func (ix *Index) buildQuestions(cat *content.Catalogue) {
	qi := &questionIndex{postings: map[string][]posting{}, idf: map[string]float64{}, offers: len(cat.Offers)}
	var vecs []map[string]float64
	names := ix.nameOnlyTerms()
	add := func(owner int, qs [][]string) {
		for _, ws := range qs {
			v := ix.exampleTerms(ws)
			if len(v) == 0 {
				continue
			}
			for _, t := range names[int32(owner)] {
				if w, ok := v[t]; ok {
					// In an offer's own example questions a word its texts have as its name only is its name ("hoeveel
					// krijg je met de slim subsidie"), which the word of the language does not match (ordinarynames.go).
					delete(v, t)
					v[nameTerm(t)] = w
				}
			}
			qi.qs = append(qi.qs, exampleQ{owner: int32(owner)})
			vecs = append(vecs, v)
		}
	}
	for i := range cat.Offers {
		add(i, ix.exampleWords[i]) // split into words by loadVocabulary
	}
	for i, a := range cat.Answers {
		var qs [][]string
		for _, q := range a.Questions {
			qs = append(qs, words(understand.JoinSeparable(q)))
		}
		add(len(cat.Offers)+i, qs)
	}
	df := map[string]int{}
	for _, v := range vecs {
		for t := range v {
			df[t]++
		}
	}
	n := float64(len(vecs))
	for t, d := range df {
		qi.idf[t] = math.Log(1 + n/float64(d))
		ix.qdf[t] = d
	}
	qi.maxIDF = math.Log(1 + n)
	for q, v := range vecs {
		var sum float64
		for t, w := range v {
			x := w * qi.idf[t]
			sum += x * x
			qi.postings[t] = append(qi.postings[t], posting{int32(q), float32(w)})
		}
		qi.qs[q].norm = math.Sqrt(sum)
	}
	owners := len(cat.Offers) + len(cat.Answers)
	qi.scratch.New = func() any {
		s := &scratch{acc: make([]accQ, len(qi.qs)), best: make([]float32, owners)}
		for q, eq := range qi.qs {
			s.acc[q] = accQ{norm: eq.norm, owner: eq.owner}
		}
		return s
	}
	ix.questions = qi
}

// exampleTerms returns the weighted terms of an example question (its words): its content words, without places (an example
// from Zwolle is no less right in Breda), and the parts of its compound words at a lower weight.
func (ix *Index) exampleTerms(ws []string) map[string]float64 {
	v := map[string]float64{}
	for _, w := range ws {
		wt, ok := ix.wordTerms[w]
		if !ok {
			wt = ix.exampleWordTerms(w)
			if ix.wordTerms != nil {
				ix.wordTerms[w] = wt
			}
		}
		for _, t := range wt {
			v[t.term] = max(v[t.term], t.boost)
		}
	}
	return v
}

// exampleWordTerms returns the weighted terms one word of an example question adds (none for a stopword, a
// number or a place). The same word gives the same terms in every question, so building remembers them.
func (ix *Index) exampleWordTerms(w string) []weightedTerm {
	if stopwords[w] || generic[w] || isNumber(w) || ix.isPlaceWord(w) {
		return nil
	}
	ix.qsurface[w] = true
	weight := 1.0
	if sizeWord(w) {
		weight = boostSize
	} else if _, theme := ix.themes[ix.stem(w)]; theme && !ix.isSalient(w) {
		weight = boostTheme // as in the question: a word that only names a theme weighs less
	}
	var out []weightedTerm
	for _, t := range ix.analyze(w) {
		out = append(out, weightedTerm{t, weight})
	}
	ps, ok := ix.parts[w]
	if !ok {
		ps = ix.decompound(w)
		if ix.parts != nil {
			ix.parts[w] = ps
		}
	}
	if len(ps) > 1 && ix.surface[w] <= 2 { // as in a question: a common compound is not split
		for _, p := range ps {
			for _, t := range ix.analyze(p) {
				out = append(out, weightedTerm{t, boostPart})
			}
		}
	}
	return out
}

// isPlaceWord reports whether a word on its own names a place; remembered while building (ix.places is nil after).
func (ix *Index) isPlaceWord(w string) bool {
	p, ok := ix.places[w]
	if !ok {
		id, _, _ := ix.cat.Geography.Find([]string{"in", w})
		p = id != ""
		if ix.places != nil {
			ix.places[w] = p
		}
	}
	return p
}

// match returns, for the owners with the most similar example questions (at most maxQuestionOwners offers, and
// every answer), the similarity (0..1) of their most similar question.
func (qi *questionIndex) match(terms map[string]float64) map[int32]float64 {
	if qi == nil || len(qi.qs) == 0 || len(terms) == 0 {
		return nil
	}
	// The terms in one order: float sums depend on their order, and map order changes on every range, so that the
	// same question scored a hair differently from one search to the next (and could cross a threshold).
	order := slices.Sorted(maps.Keys(terms))
	var qnorm float64
	for _, t := range order {
		w := terms[t]
		idf, ok := qi.idf[t]
		if !ok {
			idf = qi.maxIDF // a word no example uses: it makes every example less similar
		}
		qnorm += (w * idf) * (w * idf)
	}
	qnorm = math.Sqrt(qnorm)
	s := qi.scratch.Get().(*scratch)
	defer func() {
		for _, q := range s.touched {
			s.acc[q].dot = 0
		}
		for _, o := range s.owners {
			s.best[o] = 0
		}
		s.touched, s.owners = s.touched[:0], s.owners[:0]
		qi.scratch.Put(s)
	}()
	for _, t := range order {
		w := terms[t]
		ps := qi.postings[t]
		if len(ps) == 0 || len(ps) > maxQPostings {
			continue
		}
		idf := qi.idf[t]
		x := float32(w * idf * idf)
		for _, p := range ps {
			a := &s.acc[p.q]
			if a.dot == 0 {
				s.touched = append(s.touched, p.q)
			}
			a.dot += x * p.w
		}
	}
	for _, q := range s.touched {
		a := &s.acc[q]
		sim := float32(float64(a.dot) / (qnorm * a.norm))
		o := a.owner
		if s.best[o] == 0 {
			s.owners = append(s.owners, o)
		}
		s.best[o] = max(s.best[o], sim)
	}
	// The best offers: a bounded min-heap on similarity, so that a large catalogue costs no sort of every offer.
	h := ownerHeap{best: s.best}
	out := make(map[int32]float64, min(len(s.owners), maxQuestionOwners+8))
	for _, o := range s.owners {
		if int(o) >= qi.offers {
			out[o] = float64(s.best[o])
			continue
		}
		if len(h.ids) < maxQuestionOwners {
			heap.Push(&h, o)
		} else if s.best[o] > s.best[h.ids[0]] {
			h.ids[0] = o
			heap.Fix(&h, 0)
		}
	}
	for _, o := range h.ids {
		out[o] = float64(s.best[o])
	}
	return out
}

// ownerHeap is a min-heap of owners by their best similarity.
type ownerHeap struct {
	ids  []int32
	best []float32
}

func (h ownerHeap) Len() int           { return len(h.ids) }
func (h ownerHeap) Less(i, j int) bool { return h.best[h.ids[i]] < h.best[h.ids[j]] }
func (h ownerHeap) Swap(i, j int)      { h.ids[i], h.ids[j] = h.ids[j], h.ids[i] }
func (h *ownerHeap) Push(x any)        { h.ids = append(h.ids, x.(int32)) }
func (h *ownerHeap) Pop() any {
	x := h.ids[len(h.ids)-1]
	h.ids = h.ids[:len(h.ids)-1]
	return x
}
