package index

import (
	"cmp"
	"slices"
)

// Fusion is a way to combine the text match with the example-question match into one ranking.
type Fusion string

// The fusions. BENCHMARKS.md compares them on the tune splits of the evaluation sets.
const (
	// FusionRRF is reciprocal rank fusion: 1/(k+rank) in each ranking, summed. It needs no calibration of the
	// two scores, but it forgets by how much one offer beats the next.
	FusionRRF Fusion = "rrf"
	// FusionWeighted adds the text score, divided by the best text score, and the example-question
	// similarity (already 0..1), weighted by questionWeight.
	FusionWeighted Fusion = "weighted"
	// FusionText is the text match alone, and FusionQuestions the example-question match alone: for comparison.
	FusionText      Fusion = "text"
	FusionQuestions Fusion = "questions"
	// FusionDefault is the fusion the search uses: the better one on the tune splits.
	FusionDefault = FusionWeighted
)

// Fusions returns every fusion, for the evaluation command.
func Fusions() []Fusion { return []Fusion{FusionRRF, FusionWeighted, FusionText, FusionQuestions} }

// fuse sets the score of every candidate. The asker's factor applies to both scores, and a reviewed link lifts
// the fused score.
func (f Fusion) fuse(cs []*candidate, questionWeight float64) {
	maxText := 0.0
	for _, c := range cs {
		maxText = max(maxText, c.text)
	}
	switch f {
	case FusionRRF:
		byText := ranks(cs, func(c *candidate) float64 { return c.text * c.factor })
		bySim := ranks(cs, func(c *candidate) float64 { return c.sim * c.factor })
		for i, c := range cs {
			c.score = 0
			if byText[i] > 0 {
				c.score += 1 / float64(rrfK+byText[i])
			}
			if bySim[i] > 0 {
				c.score += 1 / float64(rrfK+bySim[i])
			}
		}
	default:
		wq := questionWeight
		switch f {
		case FusionText:
			wq = 0
		case FusionQuestions:
			wq = 1
		}
		for _, c := range cs {
			text := 0.0
			if maxText > 0 {
				text = c.text / maxText
			}
			c.score = c.factor * ((1-wq)*text + wq*c.sim)
		}
	}
	for _, c := range cs {
		if c.link > 0 {
			if c.score == 0 { // found by the link alone: as good as the best
				for _, d := range cs {
					c.score = max(c.score, d.score)
				}
			}
			c.score *= c.link
		}
	}
}

// ranks returns the 1-based rank of each candidate by value, 0 for a value of 0.
func ranks(cs []*candidate, value func(*candidate) float64) []int {
	idx := make([]int, 0, len(cs))
	for i, c := range cs {
		if value(c) > 0 {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(value(cs[b]), value(cs[a])), cmp.Compare(cs[a].offer.ID, cs[b].offer.ID))
	})
	out := make([]int, len(cs))
	for r, i := range idx {
		out[i] = r + 1
	}
	return out
}
