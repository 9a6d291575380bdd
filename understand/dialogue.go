package understand

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
)

// Reading the dialogue's own turns: the words are in lexicon_dialogue.go.

// phaseOrder is the order in which PhaseOf tries the phases: a question that says how to apply is in "kunnen"
// whatever plan it also names.
var phaseOrder = []wegwijzer.Phase{wegwijzer.PhaseKunnen, wegwijzer.PhaseWillen, wegwijzer.PhaseOntmoeten}

// PhaseOf returns the phase of the customer journey a question is in, from its wording: the first phase of
// phaseOrder with a cue in the question, else wegwijzer.PhaseWeten.
func PhaseOf(q string) wegwijzer.Phase {
	q = " " + strings.ToLower(q) + " "
	has := func(c string) bool { return strings.Contains(q, c) }
	for _, p := range phaseOrder {
		if slices.ContainsFunc(nlPhaseCues[p], has) || slices.ContainsFunc(enPhaseCues[p], has) {
			return p
		}
	}
	return wegwijzer.PhaseWeten
}
