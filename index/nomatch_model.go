package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune splits of eval/public.yaml and eval/questions.yaml (317 questions), with at most 3% false
// no-match on the tune split of each.
var noMatchModel = NoMatchModel{
	Bias:      -2.2191,
	Weights:   [numFeatures]float64{1.3768, 1.2811, 1.2228, 0.2866, -2.3752, 0.5735}, // coverage, question, log1p(text), margin, out_of_domain>0, named
	Threshold: 0.1902,
}
