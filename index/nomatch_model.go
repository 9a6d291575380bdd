package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (399 questions), L2 0.1, with at most 2%
// false no-match on the tune split of each. Cross-validated by source host on those splits: public recall 0.758,
// false no-match 0.023 (BENCHMARKS.md, "The no-match model").
var noMatchModel = NoMatchModel{
	Bias:      -0.3803,
	Weights:   [numFeatures]float64{0.4106, 0.2487, 0.4728, -1.0513, 0.4751}, // coverage, question, log1p(text), out_of_domain_words>0, business
	Threshold: 0.4579,
}
