package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (381 questions), with at most 3% false
// no-match on the tune split of each.
var noMatchModel = NoMatchModel{
	Bias:      -2.4944,
	Weights:   [numFeatures]float64{1.5338, 1.1223, 1.3668, 0.4589, -2.2345, 0.5658}, // coverage, question, log1p(text), margin, out_of_domain>0, named
	Threshold: 0.2608,
}
