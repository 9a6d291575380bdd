package index

import (
	"slices"
	"testing"
)

// TestAStarterAskingForMoneyGetsQredits: someone who starts a business and asks for money to start with gets
// Qredits, which lends to starters, in the top 3.
func TestAStarterAskingForMoneyGetsQredits(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct{ name, q string }{
		{"nagelstudio, geld om te beginnen", "ik ga een nagelstudio openen, kan ik ergens geld krijgen om te beginnen?"},
		{"startkapitaal nodig", "waar vind ik startkapitaal voor mijn eenmanszaak"},
		{"startkapitaal regelen", "startkapitaal regelen voor een bakkerij"},
		{"lenen om te starten", "kan ik geld lenen om als zzp'er te starten"},
		{"money to open a shop", "is there money to help me open a bike shop"},
		{"starting capital", "where do I find starting capital for my company"},
		{"funding to start", "how do I get funding to start a catering business"},
		{"borrow to start", "can I borrow money to start a webshop"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			got := ids(res)
			if top := got[:min(3, len(got))]; !slices.Contains(top, "qredits") {
				t.Errorf("%q: top 3 %v, want qredits in it", tt.q, top)
			}
		})
	}
}
