package index

import (
	"testing"
)

// TestOtherPartiesNameNoSector: an adviser who says something ("mijn accountant zegt ...") and a grid operator are
// parties the asker deals with, not the asker's trade.
func TestOtherPartiesNameNoSector(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q, want string
	}{
		{"an adviser who says something", "mijn accountant zegt dat ik een bv moet worden", ""},
		{"according to an adviser", "volgens mijn boekhouder moet ik btw betalen", ""},
		{"an adviser who told the asker", "my accountant told me to register for VAT", ""},
		{"the grid operator", "de netbeheerder zegt dat ik geen aansluiting krijg", ""},
		{"a grid operator is no trade of an entrepreneur", "wachtlijst netbeheerder", ""},
		{"the asker who is an accountant", "ik ben accountant en zoek personeel", "zakelijke-diensten"},
		{"the asker's own office", "mijn accountantskantoor wil verduurzamen", "zakelijke-diensten"},
		{"the asker's own bakery", "onze bakkerij wil van het gas af", "industrie"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			if res.Sector != tt.want {
				t.Errorf("%q: sector %q, want %q", tt.q, res.Sector, tt.want)
			}
			if tt.q == "de netbeheerder zegt dat ik geen aansluiting krijg" && (len(res.Results) == 0 || res.Results[0].ID != "netcongestie") {
				t.Errorf("%q: %v, want netcongestie first", tt.q, ids(res))
			}
		})
	}
}
