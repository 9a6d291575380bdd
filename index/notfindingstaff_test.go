package index

import (
	"slices"
	"testing"
)

// TestNotFindingStaffIsAShortage: "ik kan geen personeel vinden" says there is a staff shortage, as "een tekort aan
// personeel" does, and gets the curated answer on finding staff (it is that answer's own question); looking for
// something else that cannot be found is no shortage of staff.
func TestNotFindingStaffIsAShortage(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q string
		want    bool
	}{
		{"no staff to be found", "ik kan geen personeel vinden", true},
		{"the negation after the verb", "ik vind geen personeel", true},
		{"a kind of worker", "ik kan geen koks vinden", true},
		{"in English", "we can't find any staff", true},
		{"a form that cannot be found", "ik kan het formulier niet vinden", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			if got := slices.Contains(res.Answers, "personeel-vinden"); got != tt.want {
				t.Errorf("%q: answers %v, personeel-vinden given = %v, want %v", tt.q, res.Answers, got, tt.want)
			}
			if tt.want && (len(res.Results) == 0 || res.Results[0].ID != "werkgeversservicepunt") {
				t.Errorf("%q: %v, want the Werkgeversservicepunt first", tt.q, ids(res))
			}
		})
	}
}
