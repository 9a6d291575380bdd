package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (402 questions), L2 0.1, with at most 2%
// false no-match on the tune split of each. Cross-validated by source host on those splits: public recall 0.723,
// false no-match 0.023 (BENCHMARKS.md, "The no-match model").
var noMatchModel = NoMatchModel{
	Bias:      -0.4066,
	Weights:   [numFeatures]float64{0.4066, 0.2420, 0.4843, -1.0169, 0.4425}, // coverage, question, log1p(text), out_of_domain_words>0, business
	Threshold: 0.4507,
}
