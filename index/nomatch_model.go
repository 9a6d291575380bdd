package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (381 questions), with at most 3% false
// no-match on the tune split of each.
var noMatchModel = NoMatchModel{
	Bias:      -2.4130,
	Weights:   [numFeatures]float64{1.5767, 1.0780, 1.2677, 0.5161, -2.4206, 0.5899}, // coverage, question, log1p(text), margin, out_of_domain>0, named
	Threshold: 0.2875,
}
