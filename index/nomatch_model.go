package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (381 questions), with at most 3% false
// no-match on the tune split of each.
var noMatchModel = NoMatchModel{
	Bias:      -1.9880,
	Weights:   [numFeatures]float64{1.2654, 0.8651, 1.5616, 0.4672, -2.8518, 0.6379}, // coverage, question, log1p(text), margin, out_of_domain>0, named
	Threshold: 0.3236,
}
