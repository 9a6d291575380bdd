package bot

import (
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

func TestDormantSchemes(t *testing.T) {
	const day = "2026-12-06"
	tests := []struct {
		name    string
		o       wegwijzer.Offer
		dormant bool
	}{
		{"round open", wegwijzer.Offer{Rounds: []wegwijzer.Round{{Opens: "2026-12-01", Closes: "2026-12-20"}}}, false},
		{"last round this year", wegwijzer.Offer{Rounds: []wegwijzer.Round{{Opens: "2022-05-09"}, {Opens: "2026-01-27"}}}, false},
		{"the latest round decides", wegwijzer.Offer{Rounds: []wegwijzer.Round{{Opens: "2020-01-01"}, {Opens: "2025-01-01", Closes: "2025-02-01"}}}, false},
		{"last round three years ago", wegwijzer.Offer{Rounds: []wegwijzer.Round{{Opens: "2023-04-01", Closes: "2023-09-30"}}}, true},
		{"an announced round wakes it", wegwijzer.Offer{Rounds: []wegwijzer.Round{{Opens: "2023-04-01", Closes: "2023-09-30"}, {Opens: "2027-03-01"}}}, false},
		{"unconfirmed between rounds", wegwijzer.Offer{Unconfirmed: true, Rounds: []wegwijzer.Round{{Opens: "2025-10-01", Closes: "2025-11-01"}}}, true},
		{"no rounds known", wegwijzer.Offer{}, false},
	}
	for _, tt := range tests {
		tt.o.Status = wegwijzer.StatusRondes
		if got := isDormant(&tt.o, day); got != tt.dormant {
			t.Errorf("%s: isDormant = %v, want %v", tt.name, got, tt.dormant)
		}
	}
}

// TestSchemeBetweenRoundsStaysAheadOfAFarWeakerOffer: offers to use now come before schemes between rounds, except
// those that answer the question far worse than the scheme does.
func TestSchemeBetweenRoundsStaysAheadOfAFarWeakerOffer(t *testing.T) {
	o := func(id string) *wegwijzer.Offer { return &wegwijzer.Offer{ID: id} }
	aanzet, heffing, zones, bijtelling, greenDeal := o("aanzet"), o("vrachtwagenheffing"), o("zero-emissiezones"), o("bijtelling"), o("green-deal")
	res := &wegwijzer.SearchResult{Results: []wegwijzer.Result{
		{Offer: aanzet, Score: 1.24}, {Offer: heffing, Score: 1.16}, {Offer: zones, Score: 0.56}, {Offer: greenDeal, Score: 0.5}, {Offer: bijtelling, Score: 0.22}}}
	ids := func(os []*wegwijzer.Offer) (out []string) {
		for _, o := range os {
			out = append(out, o.ID)
		}
		return out
	}
	tests := []struct {
		now, later []*wegwijzer.Offer
		want       []string
	}{
		{[]*wegwijzer.Offer{heffing, zones, bijtelling}, []*wegwijzer.Offer{aanzet}, []string{"vrachtwagenheffing", "aanzet", "zero-emissiezones", "bijtelling"}},
		{[]*wegwijzer.Offer{bijtelling}, []*wegwijzer.Offer{aanzet, greenDeal}, []string{"aanzet", "green-deal", "bijtelling"}},
		{[]*wegwijzer.Offer{heffing}, []*wegwijzer.Offer{greenDeal}, []string{"vrachtwagenheffing", "green-deal"}},
		{nil, []*wegwijzer.Offer{aanzet}, []string{"aanzet"}},
	}
	for _, tt := range tests {
		if got := ids(aheadOfWeaker(tt.now, tt.later, res)); !slices.Equal(got, tt.want) {
			t.Errorf("aheadOfWeaker(%v, %v) = %v, want %v", ids(tt.now), ids(tt.later), got, tt.want)
		}
	}
}
