package index

import (
	"slices"
	"testing"
)

// TestAPermitIsNoResidencePermitUnlessSomeoneComesFromAbroad: "permit" alone is a permit to build or to open; the
// offers for people from outside the EU fit a question that says someone comes from abroad, or names them.
func TestAPermitIsNoResidencePermitUnlessSomeoneComesFromAbroad(t *testing.T) {
	ix := mustIndex(t)
	foreign := []string{"startup-verblijfsvergunning", "kennismigrant"}
	tests := []struct {
		name, q string
		want    string // must be in the top 3; "" = none of foreign is shown
	}{
		{"a permit alone", "permit", ""},
		{"a permit needed", "I need a permit", ""},
		{"een vergunning", "ik heb een vergunning nodig", ""},
		{"a founder from abroad", "I am from Brazil and want to start a company here, which permit do I need", "startup-verblijfsvergunning"},
		{"a worker from outside the EU", "ik wil een developer van buiten de EU aannemen, welke vergunning is nodig", "kennismigrant"},
		{"the scheme named", "hoe neem ik een kennismigrant aan", "kennismigrant"},
		{"a chef's nationality", "I want to bring my Indian chef to work in my restaurant", "kennismigrant"},
		{"een kok uit Brazilië", "mijn Braziliaanse kok wil hier komen werken", "kennismigrant"},
		{"a founder's nationality", "I'm American and want to start a company here", "startup-verblijfsvergunning"},
		{"a cuisine is a trade", "I want to open an Indian restaurant, which permit do I need", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			got := ids(res)
			if tt.want == "" {
				if slices.ContainsFunc(got, func(id string) bool { return slices.Contains(foreign, id) }) {
					t.Errorf("%q: %v, want no offer for people from outside the EU", tt.q, got)
				}
				return
			}
			if !slices.Contains(got[:min(3, len(got))], tt.want) {
				t.Errorf("%q: %v, want %s in the top 3", tt.q, got, tt.want)
			}
		})
	}
}
