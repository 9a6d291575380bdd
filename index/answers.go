package index

import (
	"slices"
	"sort"
)

// matchAnswers returns the ids of the curated answers that fit the question, best first: one of its patterns
// shares enough content words with the question, or one of its example questions is similar enough and more
// similar than any offer's (sims holds the example-question similarities per owner; answers follow the offers).
// The dialogue gives a fitting answer's text straight away, so an example match must beat the offers: a question
// that is as much like an offer's examples ("subsidie voor een elektrische bestelbus") gets the offers, and a broad
// question gets the dialogue's clarifying questions.
//
// A question told in many words ("ik zit in de WW en wil voor mezelf beginnen, hoe gaat dat met ...") rarely
// reaches minAnswerQuery, however closely it matches one example. So an answer whose example is at least
// minAnswerLoose similar and minAnswerLead more similar than any offer's fits too, when the question is
// on-topic (onTopic: the no-match decision says so).
func (ix *Index) matchAnswers(u *understanding, sims map[int32]float64, onTopic bool) []string {
	type scored struct {
		id  string
		sim float64
	}
	var best []scored
	// A broad question (only theme words: "een vraag over mijn medewerkers") is narrowed by the dialogue first.
	broad := u.specific == 0 && len(u.topics) == 0
	seen := map[int]bool{}
	bestOffer := 0.0
	for owner, sim := range sims {
		if i := int(owner) - ix.questions.offers; i >= 0 {
			seen[i] = true
		} else {
			bestOffer = max(bestOffer, sim)
		}
	}
	for t := range u.direct {
		for _, i := range ix.answersByTerm[t] {
			seen[i] = true
		}
	}
	for i := range seen {
		a := ix.answers[i]
		s := 0.0
		for _, p := range a.patterns {
			if ix.specificOverlap(u.direct, p) {
				s = max(s, dice(u.direct, p))
			}
		}
		if s < minAnswerSim {
			s = 0
		}
		if sim := sims[int32(ix.questions.offers+i)]; !broad && (sim >= minAnswerQuery && sim > bestOffer ||
			onTopic && sim >= minAnswerLoose && sim >= bestOffer+minAnswerLead) {
			s = max(s, sim)
		}
		if s > 0 {
			best = append(best, scored{a.id, s})
		}
	}
	sort.Slice(best, func(i, j int) bool {
		if best[i].sim != best[j].sim {
			return best[i].sim > best[j].sim
		}
		return best[i].id < best[j].id
	})
	var ids []string
	for _, b := range best {
		ids = append(ids, b.id)
	}
	return ids
}

// specificOverlap reports whether two term sets share two terms, or one term that is more specific than a theme.
func (ix *Index) specificOverlap(a, b map[string]bool) bool {
	n, specific := 0, false
	for t := range a {
		if b[t] {
			n++
			specific = specific || !ix.broad[t]
		}
	}
	return n >= 2 || specific
}

func dice(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

func hasAny(xs, ys []string) bool {
	for _, y := range ys {
		if slices.Contains(xs, y) {
			return true
		}
	}
	return false
}
