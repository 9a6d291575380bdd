package index

import (
	"slices"
	"testing"
)

// Doing without a formality asks whether it is needed ("can I operate without KVK registration?"), and a phrase
// that says something cannot be done ("cannot pay tax") is not every question with its other words ("can I pay
// tax?" is no money trouble).
func TestFormalitiesAndNegatedPhrases(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q       string
		want    string // in the top 3
		notWant string // not in the top 3
	}{
		{"can I operate without KVK registration?", "kvk-inschrijven", ""},
		{"mag ik werken zonder inschrijving bij de kvk?", "kvk-inschrijven", ""},
		{"I do a side hustle as a freelancer. can I operate without KVK registration, and do I still pay tax?", "kvk-inschrijven", "geldfit-zakelijk"},
		{"can I pay tax?", "", "geldfit-zakelijk"},
		{"I can't pay my tax bill", "betalingsregeling-belastingdienst", ""},
	}
	for _, tc := range tests {
		res := mustSearch(t, ix, tc.q)
		got := ids(res)[:min(3, len(res.Results))]
		if tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("%q: got %v, want %s in the top 3", tc.q, got, tc.want)
		}
		if tc.notWant != "" && slices.Contains(got, tc.notWant) {
			t.Errorf("%q: got %v, want no %s in the top 3", tc.q, got, tc.notWant)
		}
	}
}
