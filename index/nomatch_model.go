package index

// noMatchModel is fitted, not set by hand: nomatch.go names the command that fits it and prints this declaration.
// Fitted on the tune split of eval/questions.yaml (181 questions), before the example questions landed.
var noMatchModel = NoMatchModel{
	Bias:      -3.5286,
	Weights:   [numFeatures]float64{3.3716, 0.0000, 0.5057, -0.0126, -1.7307, 1.9770}, // coverage, question, log1p(text), margin, out_of_domain, named
	Threshold: 0.4437,
}
