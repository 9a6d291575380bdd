package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (381 questions), with at most 3% false
// no-match on the tune split of each.
var noMatchModel = NoMatchModel{
	Bias:      -2.1404,
	Weights:   [numFeatures]float64{1.3247, 0.9703, 1.6350, 0.3400, -2.6799, 0.6023}, // coverage, question, log1p(text), margin, out_of_domain>0, named
	Threshold: 0.3176,
}
