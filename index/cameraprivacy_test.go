package index

import (
	"slices"
	"testing"
)

// Camera surveillance is a privacy question, and "akkoord gaan" is agreeing, not the WHOA debt agreement.
func TestCameraSurveillanceIsPrivacy(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q     string
		first string   // "" for any
		not   []string // none of these in the top 3
	}{
		{"mogen we in onze bakkerij cameratoezicht plaatsen en hoe lang bewaren we de camerabeelden?", "avg-ondernemers", []string{"administratie-bewaarplicht"}},
		{"moet het team akkoord gaan met camerabewaking in de werkplaats en hoe lang mag ik de opnames bewaren?", "avg-ondernemers", []string{"whoa", "administratie-bewaarplicht"}},
		{"de opdrachtgever gaat akkoord met mijn offerte, wat moet ik nu doen", "", []string{"whoa"}},
		{"moeten al mijn schuldeisers akkoord gaan met een akkoord via de rechtbank", "whoa", nil},
	}
	for _, tc := range tests {
		res := mustSearch(t, ix, tc.q)
		got := ids(res)
		if tc.first != "" && (len(got) == 0 || got[0] != tc.first) {
			t.Errorf("%q: got %v, want %s first", tc.q, got, tc.first)
		}
		for _, id := range tc.not {
			if slices.Contains(got[:min(3, len(got))], id) {
				t.Errorf("%q: got %v, want no %s in the top 3", tc.q, got, id)
			}
		}
	}
}
