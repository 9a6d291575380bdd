package understand

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

func TestPhaseOf(t *testing.T) {
	for _, tc := range []struct {
		name, q string
		want    wegwijzer.Phase
	}{
		{"how to apply is kunnen", "Hoe vraag ik de subsidie aan?", wegwijzer.PhaseKunnen},
		{"a cue inside a word counts", "waar dien ik mijn subsidieaanvraag in", wegwijzer.PhaseKunnen},
		{"applying wins over a plan", "ik wil weten hoe ik moet aanvragen", wegwijzer.PhaseKunnen},
		{"a plan is willen", "we willen zonnepanelen kopen", wegwijzer.PhaseWillen},
		{"an English plan is willen", "I want to hire my first employee", wegwijzer.PhaseWillen},
		{"meeting peers is ontmoeten", "waar vind ik andere ondernemers", wegwijzer.PhaseOntmoeten},
		{"anything else is weten", "wat is de WBSO", wegwijzer.PhaseWeten},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := PhaseOf(tc.q); got != tc.want {
				t.Errorf("PhaseOf(%q) = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}
