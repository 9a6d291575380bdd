package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (399 questions), L2 0.1, with at most 2%
// false no-match on the tune split of each. Cross-validated by source host on those splits: public recall 0.739,
// false no-match 0.025 (BENCHMARKS.md, "The no-match model").
var noMatchModel = NoMatchModel{
	Bias:      -0.3666,
	Weights:   [numFeatures]float64{0.4185, 0.2440, 0.4900, -1.0763, 0.3288}, // coverage, question, log1p(text), out_of_domain_words>0, business
	Threshold: 0.4568,
}
