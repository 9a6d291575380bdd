package index

import (
	"testing"
)

func TestVerbsThatShareASectorStemNameNoSector(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q, want string
	}{
		{"building a product is no construction firm", "we willen bouwen een AI product", ""},
		{"an app built for customers", "we willen een app bouwen voor onze klanten", ""},
		{"acting is no trade", "hoe moet ik handelen als een klant niet betaalt", ""},
		{"shopping is no shop", "ik ga winkelen in de stad", ""},
		{"the noun still names the sector", "ik heb een bouwbedrijf met vijf man personeel", "bouw"},
		{"a trade business still names trade", "ik heb een winkel in fietsen", "handel"},
		{"a salon is a hair or beauty salon", "het is te druk in mijn salon", "overige-diensten"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			if res.Sector != tt.want {
				t.Errorf("%q: sector %q, want %q", tt.q, res.Sector, tt.want)
			}
		})
	}
}
