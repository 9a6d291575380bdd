package index

import (
	"slices"
	"testing"
)

// TestHowLargeAShortageIsSearchesNothing: "groot" in "een groot tekort aan koks" says how large the shortage is,
// not what the question is about; elsewhere a large thing stays large ("een groot zonnedak").
func TestHowLargeAShortageIsSearchesNothing(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q, want, notWant string
	}{
		{"a large shortage of cooks", "er is een groot tekort aan koks", "werkgeversservicepunt", "sde-plus-plus"},
		{"a huge shortage of welders", "we have a huge shortage of welders", "werkgeversservicepunt", "sde-plus-plus"},
		{"an enormous shortage of drivers", "we hebben een enorm tekort aan chauffeurs", "werkgeversservicepunt", "go-regeling"},
		{"a large solar roof is still large", "we willen een groot zonnedak op ons terrein, subsidie per kWh", "sde-plus-plus", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			got := ids(res)
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("%q: got %v, want %s first", tt.q, got, tt.want)
			}
			if tt.notWant != "" && slices.Contains(got[:min(3, len(got))], tt.notWant) {
				t.Errorf("%q: got %v, want no %s in the top 3", tt.q, got, tt.notWant)
			}
		})
	}
}
