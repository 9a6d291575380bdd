package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (381 questions), with at most 3% false
// no-match on the tune split of each.
var noMatchModel = NoMatchModel{
	Bias:      -2.0851,
	Weights:   [numFeatures]float64{1.2405, 0.8498, 1.5575, 0.4646, -2.7916, 0.6443, 0.2354}, // coverage, question, log1p(text), margin, out_of_domain>0, named, business
	Threshold: 0.3515,
}
