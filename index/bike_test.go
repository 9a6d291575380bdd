package index

import (
	"slices"
	"testing"
)

// An electric bike is a bike, not an electric car: the company-car tax rule stays out of its top 3.
func TestElectricBikeIsNoCar(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q   string
		car bool // the company-car tax rule first
	}{
		{"elektrische bakfiets", false},
		{"we willen een elektrische bakfiets kopen voor de bezorging", false},
		{"subsidie voor een elektrische bakfiets", false},
		{"electric cargo bike for deliveries", false},
		{"cargo bike", false},
		{"elektrische auto van de zaak", true},
	}
	for _, tc := range tests {
		res := mustSearch(t, ix, tc.q)
		got := ids(res)
		if tc.car && (len(got) == 0 || got[0] != "bijtelling-elektrische-auto") {
			t.Errorf("%q: got %v, want bijtelling-elektrische-auto first", tc.q, got)
		}
		if !tc.car && slices.Contains(got[:min(3, len(got))], "bijtelling-elektrische-auto") {
			t.Errorf("%q: got %v, want no bijtelling-elektrische-auto in the top 3", tc.q, got)
		}
	}
}
