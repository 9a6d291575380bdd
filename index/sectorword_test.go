package index

import (
	"slices"
	"testing"
)

// TestTopicBeforeBusinessIsSearched: in a keyword query "<subsidie/lening/regels> <topic> bedrijf" the topic is
// what is asked about and "bedrijf" the asker's business in general: "subsidie zonnepanelen bedrijf" read the
// trade "zonnepanelenbedrijf" (an installer) and no longer searched solar panels. "<X> bedrijf" says the asker's
// trade only when the words say the asker owns it ("ik heb een ...", "mijn ...", "we zijn een ...") or open the
// message; a trade written as one word still has its topic searched when nothing says so.
func TestTopicBeforeBusinessIsSearched(t *testing.T) {
	ix := mustIndex(t)
	energy := []string{"sde-plus-plus", "isde", "eia"}
	tests := []struct {
		q, sector string
		anyOf     []string // one of these in the top 3; none: not checked
	}{
		// keyword style: no trade, the topic searched
		{"subsidie zonnepanelen bedrijf", "", energy},
		{"subsidie zonnepanelen voor mijn bedrijf", "", energy},
		{"lening zonnepanelen bedrijf", "", nil},
		{"subsidie elektrische auto bedrijf", "", []string{"seba", "bijtelling-elektrische-auto"}},
		{"subsidie auto bedrijf", "", nil},
		{"lening machines bedrijf", "", nil},
		{"regels camera bedrijf", "", []string{"avg-ondernemers"}},
		{"subsidie warmtepomp bedrijf", "", []string{"isde"}},
		{"subsidie isolatie bedrijf", "", nil},
		{"solar panels subsidy business", "", energy},
		{"subsidy solar panels company", "", energy},
		// a trade written as one word after a money word: the trade, and its topic still searched
		{"subsidie zonnepanelenbedrijf", "bouw", energy},
		// sentence style with the asker's own business: the trade
		{"ik heb een schoonmaakbedrijf", "verhuur-ondersteunend", nil},
		{"ik heb een zonnepanelen bedrijf", "bouw", nil},
		{"mijn schoonmaak bedrijf zoekt personeel", "verhuur-ondersteunend", nil},
		{"we zijn een installatie bedrijf", "bouw", nil},
		{"wij hebben een klein isolatie bedrijf", "bouw", nil},
		{"ik ben eigenaar van een schoonmaak bedrijf", "verhuur-ondersteunend", nil},
		{"schoonmaak bedrijf zoekt subsidie", "verhuur-ondersteunend", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			if res.Sector != tt.sector {
				t.Errorf("%q: sector %q, want %q", tt.q, res.Sector, tt.sector)
			}
			got := ids(res)
			top := got[:min(3, len(got))]
			if tt.anyOf != nil && !slices.ContainsFunc(top, func(id string) bool { return slices.Contains(tt.anyOf, id) }) {
				t.Errorf("%q: top 3 %v, want one of %v", tt.q, top, tt.anyOf)
			}
		})
	}
}
