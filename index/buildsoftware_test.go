package index

import (
	"slices"
	"testing"
)

// Building software is development (the innovation offers); building a building stays construction.
func TestBuildingSoftwareIsDevelopment(t *testing.T) {
	ix := mustIndex(t)
	innovation := []string{"wbso", "mit", "innovatiekrediet"}
	tests := []struct {
		q        string
		software bool // an innovation offer in the top 3; else none
	}{
		{"we bouwen een app", true},
		{"we're building an AI tool", true},
		{"we willen een platform bouwen voor zorgverleners", true},
		{"building software for farmers", true},
		{"wij bouwen software voor de logistiek, welke subsidie is er", true},
		{"we bouwen een nieuwe loods", false},
		{"we willen een bedrijfspand bouwen", false},
	}
	for _, tc := range tests {
		res := mustSearch(t, ix, tc.q)
		got := ids(res)
		top := got[:min(3, len(got))]
		has := slices.ContainsFunc(top, func(id string) bool { return slices.Contains(innovation, id) })
		if has != tc.software {
			t.Errorf("%q: got %v, want an innovation offer in the top 3: %v", tc.q, got, tc.software)
		}
		for _, w := range []string{"energielabel-utiliteitsgebouwen", "omgevingsloket"} {
			if tc.software && slices.Contains(top, w) {
				t.Errorf("%q: got %v, want no %s in the top 3", tc.q, got, w)
			}
		}
	}
}
