package index

import (
	"slices"
	"testing"
)

// TestTheBbzIsForStartersOnABenefitOrInMoneyTrouble: a plain starter question gets the steps to start (KVK, a legal
// form), not the Bbz, which is for starters on welfare and businesses short of money (and one way to money for a
// starter who asks for it).
func TestTheBbzIsForStartersOnABenefitOrInMoneyTrouble(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q string
		top3    bool // the Bbz in the top 3, or else nowhere in it
	}{
		{"a pet shop", "ik wil een dierenwinkel beginnen", false},
		{"a tattoo shop", "I want to open a tattoo shop", false},
		{"for oneself", "ik wil voor mezelf beginnen", false},
		{"on welfare", "ik zit in de bijstand en wil een bedrijf beginnen", true},
		{"on a benefit", "ik heb een uitkering en wil starten", true},
		{"on welfare, English", "I'm on welfare and want to start a business", true},
		{"no income", "tijdelijk geen inkomen uit mijn bedrijf, kan de gemeente helpen?", true},
		{"money to start", "ik wil een schoonmaakbedrijf beginnen, is er geld om te starten?", true},
		{"money trouble", "ik zit als zzp'er in zwaar weer en heb geen inkomen meer", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			got := ids(res)
			if in := slices.Contains(got[:min(3, len(got))], "bbz"); in != tt.top3 {
				t.Errorf("%q: %v, want the Bbz in the top 3: %v", tt.q, got, tt.top3)
			}
		})
	}
}
