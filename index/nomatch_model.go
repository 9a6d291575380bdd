package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (402 questions), L2 0.1, with at most 2%
// false no-match on the tune split of each. Cross-validated by source host on those splits: public recall 0.725,
// false no-match 0.023 (BENCHMARKS.md, "The no-match model").
var noMatchModel = NoMatchModel{
	Bias:      -0.4062,
	Weights:   [numFeatures]float64{0.4074, 0.2426, 0.4820, -1.0170, 0.4429}, // coverage, question, log1p(text), out_of_domain_words>0, business
	Threshold: 0.4510,
}
