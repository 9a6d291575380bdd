package index

import (
	"fmt"
	"hash/fnv"
	"maps"
	"math"
	"slices"
)

// NoMatchFigures are the no-match figures of one group of samples: the recall of no_match on the samples
// without a right offer, and the false no-match rate on the others.
type NoMatchFigures struct {
	OffTopic, OnTopic int
	Recall            float64 // off-topic samples called no_match / off-topic samples
	FalseNoMatch      float64 // on-topic samples called no_match / on-topic samples
	// Unlisted counts the off-topic samples without a word of the out-of-domain list or of the private-life list,
	// and UnlistedRecall is the recall on them: the part of the recall that cannot come from the lists, which were
	// grown by looking at tune questions and which cross-validation cannot re-fit.
	Unlisted       int
	UnlistedRecall float64
	// AtBound is the recall when every decision is moved by one shift, the same for all folds, so that the pooled
	// false no-match is at most the bound the fits were given (FitOptions.MaxFalseNoMatch). Each fold's threshold
	// is fitted on few on-topic samples, so the pooled false no-match wobbles (0.011-0.021 on the public tune
	// split) and a recall that rose with it says nothing; two signals are compared by AtBound.
	AtBound float64
}

// CrossValidate estimates how a model fitted with opts carries over to questions from sources it was not fitted
// on. The samples are dealt into k folds by Sample.Source, so that all questions of one source sit in one fold;
// each fold is decided by a model fitted on the other folds. This is done repeats times with other deals, and the
// figures per Sample.Group are pooled over all of them.
func CrossValidate(samples []Sample, k, repeats int, opts FitOptions) map[string]NoMatchFigures {
	k = max(k, 2)
	type tally struct {
		off, on, hit, falseNM, unlisted, unlistedHit int
		onMargins, offMargins                        []float64
	}
	tallies := map[string]*tally{}
	for r := range max(repeats, 1) {
		cvFolds(samples, k, r, opts, func(s Sample, margin float64) {
			t := tallies[s.Group]
			if t == nil {
				t = &tally{}
				tallies[s.Group] = t
			}
			noMatch := margin < 0
			if s.Answered {
				t.onMargins = append(t.onMargins, margin)
			} else {
				t.offMargins = append(t.offMargins, margin)
			}
			switch {
			case s.Answered:
				t.on++
				if noMatch {
					t.falseNM++
				}
			default:
				t.off++
				if noMatch {
					t.hit++
				}
				if s.Signals.OutOfDomainWords == 0 && s.Signals.PrivateLife == 0 {
					t.unlisted++
					if noMatch {
						t.unlistedHit++
					}
				}
			}
		})
	}
	out := map[string]NoMatchFigures{}
	for _, g := range slices.Sorted(maps.Keys(tallies)) {
		t := tallies[g]
		f := NoMatchFigures{OffTopic: t.off, OnTopic: t.on, Unlisted: t.unlisted}
		if t.off > 0 {
			f.Recall = float64(t.hit) / float64(t.off)
		}
		if t.unlisted > 0 {
			f.UnlistedRecall = float64(t.unlistedHit) / float64(t.unlisted)
		}
		if t.on > 0 {
			f.FalseNoMatch = float64(t.falseNM) / float64(t.on)
			f.AtBound = recallAtBound(t.onMargins, t.offMargins, opts.withDefaults().MaxFalseNoMatch)
		}
		out[g] = f
	}
	return out
}

// recallAtBound returns the share of the off-topic margins below the cut that leaves at most bound of the on-topic
// margins below it (a margin below 0 is a no_match); the cut lies halfway between the last on-topic margin that may
// fall below and the first that may not, as FitNoMatch sets a threshold.
func recallAtBound(on, off []float64, bound float64) float64 {
	if len(on) == 0 || len(off) == 0 {
		return 0
	}
	on = slices.Sorted(slices.Values(on))
	allowed := min(int(math.Floor(bound*float64(len(on)))), len(on)-1)
	cut := on[allowed]
	if allowed > 0 {
		cut = (on[allowed-1] + on[allowed]) / 2
	}
	n := 0
	for _, m := range off {
		if m < cut {
			n++
		}
	}
	return float64(n) / float64(len(off))
}

// cvFolds deals the samples into k folds by source (deal r of several), fits a model on all folds but one and
// reports its margin on each sample of that one: the log-odds of the model's probability minus those of its
// threshold, below 0 a no_match.
func cvFolds(samples []Sample, k, r int, opts FitOptions, decided func(s Sample, margin float64)) {
	for f := range k {
		var train, test []Sample
		for _, s := range samples {
			if foldOf(s, k, r) == f {
				test = append(test, s)
			} else {
				train = append(train, s)
			}
		}
		m := FitNoMatch(train, opts)
		for _, s := range test {
			decided(s, logit(m.Probability(s.Signals))-logit(m.Threshold))
		}
	}
}

func logit(p float64) float64 { return math.Log(p / (1 - p)) }

// foldOf is the fold of a sample in deal r of k folds: a hash of its set and source, so that all questions of one
// source share a fold.
func foldOf(s Sample, k, r int) int {
	h := fnv.New32a()
	fmt.Fprintf(h, "%d\x00%s\x00%s", r, s.Group, s.Source)
	return int(h.Sum32() % uint32(k))
}

// WithoutWordList returns the samples as the model would see them if the out-of-domain and private-life word lists
// were empty: how much of the recall rests on the lists ("leave the lists out"), which cross-validation by source
// cannot show.
func WithoutWordList(samples []Sample) []Sample {
	out := slices.Clone(samples)
	for i := range out {
		out[i].Signals.OutOfDomainWords = 0
		out[i].Signals.OutOfDomain = 0
		out[i].Signals.PrivateLife = 0
	}
	return out
}
