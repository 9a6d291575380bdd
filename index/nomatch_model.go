package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (470 questions), L2 0.1, with at most 1.1%
// false no-match on the tune split of each (two answered questions of the public set, one of the regression set),
// on the search of the private-life signal (nomatch_context.go, 2026-12-07, helper "priv"). The sixth feature is
// new: words of private life in a message that shows no business at all. Cross-validated by source host at the
// default bound of 2% (public tune, 5 folds, 10 deals): recall 0.781 -> 0.849, false no-match 0.019 -> 0.020, recall
// at 2% pooled false no-match 0.785 -> 0.848; at a bound of 1.5%, 0.714 -> 0.795 at 0.013 false no-match both.
//
// Why the bound of 1.1%, not the default 2%: at 2% the threshold rises to 0.4963, and on the tune splits the public
// false no-match goes 0.010 -> 0.015 and a regression question loses its right offer (hit@3 1.000 -> 0.994), as
// with the refits of before ("nomatch2"). At 1.1% neither happens: public tune no-match recall 0.769 -> 0.813 at false
// no-match 0.010, regression tune 1.000 / 0.963 unchanged (BENCHMARKS.md, "The no-match model").
var noMatchModel = NoMatchModel{
	Bias:      -0.4575,
	Weights:   [numFeatures]float64{0.3703, 0.2797, 0.5806, -0.8597, 0.5114, -0.5587}, // coverage, question, log1p(text), out_of_domain_words>0, business, private_life>0
	Threshold: 0.4341,
}
