package index

import (
	"slices"
	"testing"
)

// Needing, hiring or asking how to find a kind of worker is seeking staff, as "ik zoek personeel" is: the
// Werkgeversservicepunt first. A question about something else for the staff stays about that.
func TestNeedingWorkersIsSeekingStaff(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q string
		first   string
		absent  []string
	}{
		{"English need without a number", "our restaurant needs cooks", "werkgeversservicepunt", nil},
		{"Dutch imperative of aannemen", "neem twee extra monteurs aan", "werkgeversservicepunt", nil},
		{"nodig after the workers", "wij hebben dringend schoonmakers nodig", "werkgeversservicepunt", nil},
		{"asking where to find", "waar kan ik goede loodgieters vinden", "werkgeversservicepunt", []string{"loondoorbetaling-bij-ziekte"}},
		{"asking how to find, inverted", "hoe vind ik nieuwe medewerkers voor mijn winkel", "werkgeversservicepunt", []string{"vog-personeel"}},
		{"something else for the staff", "we need a loan for our staff", "", []string{"werkgeversservicepunt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			got := ids(res)
			if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
				t.Errorf("%q: got %v (no_match %v), want %s first", tt.q, got, res.NoMatch, tt.first)
			}
			for _, id := range tt.absent {
				if slices.Contains(got[:min(3, len(got))], id) {
					t.Errorf("%q: got %v, want no %s in the first three", tt.q, got, id)
				}
			}
		})
	}
}
