package index

import (
	"context"
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// An offer for a part of the asker's region is not that region's: a province chosen by button says the business is
// somewhere in it, not in which of its regions. Such an offer is shown only where the asker is in its part, or
// names it.
func TestPartOfTheRegion(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q, region string
		first           string   // "" = any
		absent, present []string // among the results
	}{
		{"province with a regional desk", "wij zoeken mensen voor onze garage", "provincie-gelderland", "werkgeversservicepunt", []string{"wsp-achterhoek"}, nil},
		{"province of a municipality's desk", "hoe vind ik nieuwe medewerkers", "provincie-utrecht", "werkgeversservicepunt", []string{"wsp-midden-utrecht", "wsp-groot-amsterdam"}, nil},
		{"province of a mining region's desk", "we hebben extra personeel nodig", "provincie-limburg", "", []string{"wsp-westelijke-mijnstreek"}, nil},
		{"a town in the region", "hoe vind ik nieuwe medewerkers", "gemeente-winterswijk", "wsp-achterhoek", nil, nil},
		{"the region itself", "we hebben extra personeel nodig", "regio-achterhoek", "wsp-achterhoek", nil, nil},
		{"the part named", "werkgeversservicepunt achterhoek", "provincie-gelderland", "", nil, []string{"wsp-achterhoek"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), wegwijzer.Query{Text: tt.q, Region: tt.region})
			if err != nil {
				t.Fatal(err)
			}
			got := ids(res)
			if tt.first != "" && (len(got) == 0 || got[0] != tt.first) {
				t.Errorf("%q in %s: got %v, want %s first", tt.q, tt.region, got, tt.first)
			}
			for _, id := range tt.absent {
				if slices.Contains(got, id) {
					t.Errorf("%q in %s: got %v, want no %s", tt.q, tt.region, got, id)
				}
			}
			for _, id := range tt.present {
				if !slices.Contains(got, id) {
					t.Errorf("%q in %s: got %v, want %s", tt.q, tt.region, got, id)
				}
			}
		})
	}
}
