package index

import "testing"

// TestSeekingANumberOfWorkersIsFindingStaff: how many workers are sought ("ik zoek 3 monteurs") says nothing of
// whom; the search is for staff, as without the number. The number stopped the look for the worker, and
// "monteurs" alone found a sick monteur's pay first.
func TestSeekingANumberOfWorkersIsFindingStaff(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{
		"ik zoek 3 monteurs voor mijn garage",
		"ik zoek 3 monteurs",
		"wij zoeken 2 koks",
		"we are looking for 2 chefs",
		"op zoek naar 4 ervaren chauffeurs",
	} {
		if res := mustSearch(t, ix, q); len(res.Results) == 0 || res.Results[0].ID != "werkgeversservicepunt" {
			t.Errorf("%q: %v, want the Werkgeversservicepunt first", q, ids(res))
		}
	}
}
