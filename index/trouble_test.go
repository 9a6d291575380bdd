package index

import (
	"testing"

	"github.com/wegwijzer/wegwijzer/understand"
)

// Paying a tax is no trouble until the asker says they cannot: the payment arrangement with the Belastingdienst
// shares every word of a plain question about paying VAT, but is for a business that cannot pay.
func TestPayingIsNoTrouble(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q, first string
	}{
		{"paying VAT as a routine", "hoe en wanneer betaal ik de btw van mijn kapsalon", "btw-ondernemers"},
		{"VAT due this quarter", "moet ik de btw over het derde kwartaal nu al betalen", "btw-ondernemers"},
		{"a zzp'er paying VAT", "btw betalen als zzp'er", "btw-ondernemers"},
		{"not able to pay the VAT", "de btw van dit kwartaal lukt me niet te betalen", "betalingsregeling-belastingdienst"},
		{"the assessment cannot be paid", "ik kan de aanslag omzetbelasting niet in een keer betalen", "betalingsregeling-belastingdienst"},
		{"naming the arrangement", "kan ik een betalingsregeling krijgen voor mijn btw", "betalingsregeling-belastingdienst"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			if got := ids(res); len(got) == 0 || got[0] != tt.first {
				t.Errorf("%q: got %v (no_match %v), want %s first", tt.q, got, res.NoMatch, tt.first)
			}
		})
	}
}

// A name that says something is not so ("btw niet kunnen betalen") is held whole only by a question that negates.
func TestNegatedNameNeedsNegation(t *testing.T) {
	ix := mustIndex(t)
	held := func(q, offer string) bool {
		u := ix.understand(understand.Parse(q))
		for _, p := range u.phrases {
			for _, i := range ix.namePhrases[p].offers {
				if ix.cat.Offers[i].ID == offer {
					return true
				}
			}
		}
		return false
	}
	tests := []struct {
		q, offer string
		want     bool
	}{
		{"btw betalen voor mijn winkel", "betalingsregeling-belastingdienst", false},
		{"mijn btw kan ik niet betalen", "betalingsregeling-belastingdienst", true},
		{"wat doe ik als mijn klant niet betaalt", "incassokosten", true},
		{"mijn klant betaalt altijd netjes, moet ik een factuur sturen", "incassokosten", false},
	}
	for _, tt := range tests {
		if got := held(tt.q, tt.offer); got != tt.want {
			t.Errorf("%q holds a name of %s whole: got %v, want %v", tt.q, tt.offer, got, tt.want)
		}
	}
}
