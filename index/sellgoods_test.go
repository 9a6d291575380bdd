package index

import (
	"slices"
	"testing"
)

// transferOffers are the offers for handing over or closing a business.
var transferOffers = []string{"kvk-bedrijfsoverdracht", "stakingsaftrek", "bedrijfsopvolgingsregeling", "bedrijf-stoppen"}

// TestSellingGoodsIsNoTransfer: selling goods (abroad, online, to customers) is trade; only selling the business
// itself ("mijn bedrijf verkopen", "sell my company", a business a pronoun takes up again) is a transfer. A business
// the asker only introduces ("ik heb een webshop") was the object of "verkopen", and "verkopen" alone named the
// transfer theme.
func TestSellingGoodsIsNoTransfer(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q        string
		transfer bool // a transfer offer in the top 3 and the theme found
	}{
		{"ik heb een webshop en wil naar Frankrijk en Duitsland verkopen", false},
		{"I have a webshop selling clothes", false},
		{"ik heb een webshop en verkoop kleding aan klanten in België", false},
		{"kleding verkopen in Duitsland", false},
		{"ik wil mijn bedrijf verkopen", true},
		{"ik wil de zaak verkopen", true},
		{"ik zoek een koper voor mijn bedrijf", true},
		{"I want to sell my company", true},
		{"how do I sell my shop", true},
		{"ik heb een bakkerij en wil die verkopen", true},
		{"I have a bakery and want to sell it", true},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			top := ids(res)[:min(3, len(res.Results))]
			found := slices.ContainsFunc(top, func(id string) bool { return slices.Contains(transferOffers, id) })
			if found != tt.transfer {
				t.Errorf("transfer offer in top 3 = %v, want %v (top %v)", found, tt.transfer, top)
			}
			if theme := slices.Contains(res.Themes, "overdracht-stoppen"); theme && !tt.transfer {
				t.Errorf("theme overdracht-stoppen found for selling goods (themes %v)", res.Themes)
			}
		})
	}
}
