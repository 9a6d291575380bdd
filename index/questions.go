package index

import (
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
	acc     []accQ  // per question: its dot product with the message, beside its norm and owner
	touched []int32 // questions with a dot product > 0
	all     bestOwners
	// Of the match of the own terms (matchWith): per question its dot product, apart (a quarter of accQ's size, so
	// that the walk of the postings reads a line more of a few that stay in the cache), and the best owners.
	ownDot []float32
	own    bestOwners
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
		s := &scratch{acc: make([]accQ, len(qi.qs)), all: bestOwners{best: make([]float32, owners)},
			ownDot: make([]float32, len(qi.qs)), own: bestOwners{best: make([]float32, owners)}}
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
	all, _ := qi.matchWith(terms, nil)
	return all
}

// matchWith is match of terms, and, when own is not nil, match of the terms own holds as well (a part of them: the
// question in its own words, answerSims), in one walk of the postings: the terms of own are walked once for both.
// Each similarity is what match of those terms alone gives, to the last bit: both sums add the same products in the
// same order (the terms sorted), and the best owners are chosen by the same heap, fed in the same order.
func (qi *questionIndex) matchWith(terms map[string]float64, own map[string]float64) (all, ofOwn map[int32]float64) {
	if qi == nil || len(qi.qs) == 0 || len(terms) == 0 {
		return nil, nil
	}
	// The terms in one order: float sums depend on their order, and map order changes on every range, so that the
	// same question scored a hair differently from one search to the next (and could cross a threshold).
	order := slices.Sorted(maps.Keys(terms))
	var qnorm, ownNorm float64
	for _, t := range order {
		w := terms[t]
		idf, ok := qi.idf[t]
		if !ok {
			idf = qi.maxIDF // a word no example uses: it makes every example less similar
		}
		qnorm += (w * idf) * (w * idf)
		if _, ok := own[t]; ok {
			ownNorm += (w * idf) * (w * idf)
		}
	}
	qnorm, ownNorm = math.Sqrt(qnorm), math.Sqrt(ownNorm)
	s := qi.scratch.Get().(*scratch)
	defer func() {
		for _, q := range s.touched {
			s.acc[q].dot = 0
		}
		for _, q := range s.own.touched {
			s.ownDot[q] = 0
		}
		s.all.reset()
		s.own.reset()
		s.touched, s.own.touched = s.touched[:0], s.own.touched[:0]
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
		if _, ok := own[t]; !ok {
			for _, p := range ps {
				a := &s.acc[p.q]
				if a.dot == 0 {
					s.touched = append(s.touched, p.q)
				}
				a.dot += x * p.w
			}
			continue
		}
		for _, p := range ps {
			a := &s.acc[p.q]
			if a.dot == 0 {
				s.touched = append(s.touched, p.q)
			}
			a.dot += x * p.w
			if s.ownDot[p.q] == 0 {
				s.own.touched = append(s.own.touched, p.q)
			}
			s.ownDot[p.q] += x * p.w
		}
	}
	for _, q := range s.touched {
		a := &s.acc[q]
		s.all.add(a.owner, float32(float64(a.dot)/(qnorm*a.norm)))
	}
	all = s.all.top(qi.offers)
	if own == nil {
		return all, nil
	}
	for _, q := range s.own.touched {
		a := &s.acc[q]
		s.own.add(a.owner, float32(float64(s.ownDot[q])/(ownNorm*a.norm)))
	}
	return all, s.own.top(qi.offers)
}

// bestOwners keeps, in one match, the best similarity of each owner.
type bestOwners struct {
	touched []int32   // questions with a dot product > 0 (for the match of own terms; the other's is scratch.touched)
	best    []float32 // per owner: its best similarity
	owners  []int32   // owners with best > 0, in the order first found
	heap    []int32   // the best offers so far (top), a min-heap on best
}

// add counts a question of owner o with similarity sim (> 0: the dot product and both norms are).
func (b *bestOwners) add(o int32, sim float32) {
	switch best := b.best[o]; {
	case best == 0:
		b.owners = append(b.owners, o)
		b.best[o] = sim
	case sim > best: // max, without its care for NaN and signed zeros, which a similarity never is
		b.best[o] = sim
	}
}

func (b *bestOwners) reset() {
	for _, o := range b.owners {
		b.best[o] = 0
	}
	b.owners, b.heap = b.owners[:0], b.heap[:0]
}

// top returns the best similarity of every answer (owners from offers on) and of the maxQuestionOwners offers with
// the best: a bounded min-heap on similarity, so that a large catalogue costs no sort of every offer. The heap is
// container/heap's algorithm (Push, and Fix of the top once it is replaced), so ties at its bound fall as they did
// when it was.
func (b *bestOwners) top(offers int) map[int32]float64 {
	out := make(map[int32]float64, min(len(b.owners), maxQuestionOwners+8))
	for _, o := range b.owners {
		if int(o) >= offers {
			out[o] = float64(b.best[o])
			continue
		}
		if len(b.heap) < maxQuestionOwners {
			b.heap = append(b.heap, o)
			b.up(len(b.heap) - 1)
		} else if b.best[o] > b.best[b.heap[0]] {
			b.heap[0] = o
			b.down(0)
		}
	}
	for _, o := range b.heap {
		out[o] = float64(b.best[o])
	}
	return out
}

func (b *bestOwners) less(i, j int) bool { return b.best[b.heap[i]] < b.best[b.heap[j]] }

// up is container/heap's up.
func (b *bestOwners) up(j int) {
	for {
		i := (j - 1) / 2 // parent
		if i == j || !b.less(j, i) {
			break
		}
		b.heap[i], b.heap[j] = b.heap[j], b.heap[i]
		j = i
	}
}

// down is container/heap's down from the top; Fix of the top is down, then up only if down moved nothing, which
// from the top is nothing.
func (b *bestOwners) down(i int) {
	n := len(b.heap)
	for {
		j1 := 2*i + 1
		if j1 >= n || j1 < 0 { // j1 < 0 after int overflow
			break
		}
		j := j1 // left child
		if j2 := j1 + 1; j2 < n && b.less(j2, j1) {
			j = j2 // right child
		}
		if !b.less(j, i) {
			break
		}
		b.heap[i], b.heap[j] = b.heap[j], b.heap[i]
		i = j
	}
}
