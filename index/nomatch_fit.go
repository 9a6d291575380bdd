package index

import (
	"math"
	"slices"

	"github.com/wegwijzer/wegwijzer"
)

// Sample is one evaluation question's signals and whether the catalogue has a right offer for it.
type Sample struct {
	Signals  wegwijzer.MatchSignals
	Answered bool
	Group    string // the evaluation set it comes from: the false no-match bound holds in each
	Source   string // where the question comes from (a page's host): cross-validation keeps a source in one fold
}

// FitOptions are the choices of a fit. The zero value is the default.
type FitOptions struct {
	// MaxFalseNoMatch is the share of the answered samples of each group that may fall below the threshold
	// (default 0.02).
	MaxFalseNoMatch float64
	// L2 is the weight of the penalty on large weights (default 0.1, chosen by cross-validation by source): more
	// keeps rare signals from deciding.
	L2 float64
}

func (o FitOptions) withDefaults() FitOptions {
	if o.MaxFalseNoMatch == 0 {
		o.MaxFalseNoMatch = 0.02
	}
	if o.L2 == 0 {
		o.L2 = 0.1
	}
	return o
}

// FitNoMatch fits the no-match model to samples: a logistic regression (gradient descent, both classes weighed
// equally, an L2 penalty so that rare signals do not get extreme weights), then the highest threshold at which at
// most opts.MaxFalseNoMatch of the answered samples of each group would be called no_match.
func FitNoMatch(samples []Sample, opts FitOptions) NoMatchModel {
	opts = opts.withDefaults()
	var m NoMatchModel
	var pos, neg float64
	for _, s := range samples {
		if s.Answered {
			pos++
		} else {
			neg++
		}
	}
	if pos == 0 || neg == 0 {
		return noMatchModel
	}
	xs := make([][numFeatures]float64, len(samples))
	for i, s := range samples {
		xs[i] = Features(s.Signals)
	}
	const (
		rate   = 0.5
		rounds = 4000
	)
	for range rounds {
		var gb float64
		var gw [numFeatures]float64
		for i, s := range samples {
			z := m.Bias
			for j, x := range xs[i] {
				z += m.Weights[j] * x
			}
			p := 1 / (1 + math.Exp(-z))
			y, w := 0.0, 0.5/neg
			if s.Answered {
				y, w = 1, 0.5/pos
			}
			d := w * (p - y)
			gb += d
			for j, x := range xs[i] {
				gw[j] += d * x
			}
		}
		m.Bias -= rate * gb
		for j := range m.Weights {
			m.Weights[j] -= rate * (gw[j] + opts.L2*m.Weights[j])
		}
	}
	groups := map[string][]float64{}
	for _, s := range samples {
		if s.Answered {
			groups[s.Group] = append(groups[s.Group], m.Probability(s.Signals))
		}
	}
	m.Threshold = math.Inf(1)
	for _, ps := range groups {
		slices.Sort(ps)
		allowed := int(math.Floor(opts.MaxFalseNoMatch * float64(len(ps)))) // answered samples that may fall below
		t := ps[allowed]                                                    // the lowest probability that must pass
		if allowed > 0 {
			t = (ps[allowed-1] + ps[allowed]) / 2
		}
		m.Threshold = math.Min(m.Threshold, math.Min(t, ps[allowed])-1e-9)
	}
	return m
}
