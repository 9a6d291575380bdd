package index

import (
	"fmt"
	"math"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// separable returns samples of n sources whose answered and off-topic questions differ clearly.
func separable(n int) []Sample {
	var samples []Sample
	for i := range n {
		x := float64(i%10) / 10
		src := fmt.Sprintf("host%d.example", i)
		samples = append(samples,
			Sample{Signals: wegwijzer.MatchSignals{Coverage: 0.6 + x/3, Question: 0.5 + x/4, Text: 2, Named: true}, Answered: true, Group: "set", Source: src},
			Sample{Signals: wegwijzer.MatchSignals{Coverage: x / 3, Question: x / 4, Text: 0.2, OutOfDomainWords: 1}, Answered: false, Group: "set", Source: src})
	}
	return samples
}

func TestCrossValidateDecidesEverySampleOncePerDeal(t *testing.T) {
	samples := separable(30)
	for _, k := range []int{2, 5} {
		seen := map[int]int{}
		for r := range 3 {
			cvFolds(samples, k, r, FitOptions{}, func(s Sample, _ float64) {
				var src, kind int
				fmt.Sscanf(s.Source, "host%d.example", &src)
				if s.Answered {
					kind = 1
				}
				seen[2*src+kind]++
			})
		}
		for i := range samples {
			if seen[i] != 3 {
				t.Fatalf("k=%d: sample %d decided %d times in 3 deals, want 3", k, i, seen[i])
			}
		}
	}
}

func TestFoldsKeepASourceTogether(t *testing.T) {
	const k = 5
	for r := range 3 {
		used := map[int]bool{}
		for i := range 50 {
			src := fmt.Sprintf("host%d.example", i)
			a := foldOf(Sample{Group: "set", Source: src, Answered: true}, k, r)
			b := foldOf(Sample{Group: "set", Source: src, Signals: wegwijzer.MatchSignals{Coverage: 0.3}}, k, r)
			if a != b {
				t.Errorf("deal %d: two questions of %s fall in folds %d and %d", r, src, a, b)
			}
			used[a] = true
		}
		if len(used) != k {
			t.Errorf("deal %d: 50 sources use %d of %d folds", r, len(used), k)
		}
	}
}

func TestCrossValidateOnSeparableSamples(t *testing.T) {
	figs := CrossValidate(separable(40), 5, 3, FitOptions{MaxFalseNoMatch: 0.05})
	f, ok := figs["set"]
	if !ok {
		t.Fatalf("no figures for the group: %v", figs)
	}
	if f.Recall < 0.95 || f.FalseNoMatch > 0.05 {
		t.Errorf("cross-validated recall %.3f, false no-match %.3f on separable samples; want >= 0.95 and <= 0.05", f.Recall, f.FalseNoMatch)
	}
	if f.AtBound < 0.95 {
		t.Errorf("recall at the bound %.3f on separable samples, want >= 0.95", f.AtBound)
	}
	if f.OffTopic != 40*3 || f.OnTopic != 40*3 {
		t.Errorf("counted %d off-topic and %d on-topic decisions, want %d each", f.OffTopic, f.OnTopic, 40*3)
	}
}

func TestWithoutWordListTakesTheListsSignalAway(t *testing.T) {
	samples := separable(20)
	out := WithoutWordList(samples)
	for i, s := range out {
		if s.Signals.OutOfDomainWords != 0 || s.Signals.OutOfDomain != 0 {
			t.Fatalf("sample %d keeps out-of-domain signals %+v", i, s.Signals)
		}
		if s.Signals.Coverage != samples[i].Signals.Coverage || s.Answered != samples[i].Answered {
			t.Fatalf("sample %d changed beyond the list's signals: %+v, was %+v", i, s, samples[i])
		}
	}
	if samples[1].Signals.OutOfDomainWords != 1 {
		t.Errorf("WithoutWordList changed its input")
	}
}

func TestCrossValidateCountsTheOffTopicSamplesWithoutAListedWord(t *testing.T) {
	samples := separable(20)
	for i := range samples {
		if !samples[i].Answered && i%4 == 1 {
			samples[i].Signals.OutOfDomainWords = 0
		}
	}
	f := CrossValidate(samples, 5, 2, FitOptions{MaxFalseNoMatch: 0.05})["set"]
	if f.Unlisted != 10*2 {
		t.Errorf("counted %d decisions on off-topic samples without a listed word, want %d", f.Unlisted, 10*2)
	}
	if f.UnlistedRecall < 0.9 {
		t.Errorf("recall %.2f on separable off-topic samples without a listed word, want >= 0.9", f.UnlistedRecall)
	}
}

func TestRecallAtBoundShiftsAllDecisionsToTheBound(t *testing.T) {
	on := []float64{-2, -0.5, 0.5, 1, 2, 3, 4, 5, 6, 7} // two of ten on-topic below 0: false no-match 0.2
	off := []float64{-3, -1, -0.2, 0.2, 0.7, 2}
	for _, tt := range []struct {
		name  string
		bound float64
		want  float64
	}{
		{"no false no-match allowed: below the lowest on-topic margin", 0, 1.0 / 6},
		{"one in ten allowed: halfway between the first and second on-topic margin", 0.1, 1.0 / 6},
		{"two in ten allowed: the decisions as they are", 0.2, 3.0 / 6},
		{"three in ten allowed: halfway between the third and fourth", 0.3, 5.0 / 6},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := recallAtBound(on, off, tt.bound); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("recallAtBound(bound %.1f) = %.3f, want %.3f", tt.bound, got, tt.want)
			}
		})
	}
	if recallAtBound(nil, off, 0.1) != 0 || recallAtBound(on, nil, 0.1) != 0 {
		t.Error("recallAtBound without on-topic or off-topic margins is not 0")
	}
}
