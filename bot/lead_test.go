package bot

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

func TestLeadGroup(t *testing.T) {
	guide := &wegwijzer.Offer{ID: "guide", Kind: wegwijzer.KindInformatie}
	rule := &wegwijzer.Offer{ID: "rule", Kind: wegwijzer.KindWetRegel}
	deduction := &wegwijzer.Offer{ID: "deduction", Kind: wegwijzer.KindFiscaleRegeling}
	grant := &wegwijzer.Offer{ID: "grant", Kind: wegwijzer.KindSubsidie}
	result := func(o *wegwijzer.Offer, score float64) wegwijzer.Result {
		return wegwijzer.Result{ID: o.ID, Score: score, Offer: o}
	}
	tests := []struct {
		name      string
		offers    []*wegwijzer.Offer
		results   []wegwijzer.Result
		bestLeads bool
		want      wegwijzer.Group
	}{
		{"a guide far ahead of the money offer leads", []*wegwijzer.Offer{guide, deduction, rule},
			[]wegwijzer.Result{result(guide, 1.16), result(deduction, 0.32), result(rule, 0.25)}, false, wegwijzer.GroupHelp},
		{"a guide just ahead of the money offer does not", []*wegwijzer.Offer{guide, rule, deduction},
			[]wegwijzer.Result{result(guide, 0.76), result(rule, 0.63), result(deduction, 0.58)}, false, wegwijzer.GroupMoney},
		{"a rule with no money offer shown leads", []*wegwijzer.Offer{rule, guide},
			[]wegwijzer.Result{result(rule, 0.5), result(guide, 0.4)}, false, wegwijzer.GroupRules},
		{"a money offer found first leads", []*wegwijzer.Offer{grant, guide},
			[]wegwijzer.Result{result(grant, 0.2), result(guide, 0.1)}, false, wegwijzer.GroupMoney},
		{"a money offer not shown does not count", []*wegwijzer.Offer{rule, guide},
			[]wegwijzer.Result{result(rule, 0.5), result(grant, 0.45), result(guide, 0.4)}, false, wegwijzer.GroupRules},
		{"a question that does not ask for money, or asks whether it is allowed: the best offer leads", []*wegwijzer.Offer{rule, deduction},
			[]wegwijzer.Result{result(rule, 0.82), result(deduction, 0.64)}, true, wegwijzer.GroupRules},
		{"the same scores, asking for money: money leads unless far behind", []*wegwijzer.Offer{rule, deduction},
			[]wegwijzer.Result{result(rule, 0.82), result(deduction, 0.64)}, false, wegwijzer.GroupMoney},
		{"the best offer leading, a grant found first: money leads", []*wegwijzer.Offer{grant, rule},
			[]wegwijzer.Result{result(grant, 0.9), result(rule, 0.8)}, true, wegwijzer.GroupMoney},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := leadGroup(tt.offers, &wegwijzer.SearchResult{Results: tt.results}, tt.bestLeads); got != tt.want {
				t.Errorf("leadGroup = %q, want %q", got, tt.want)
			}
		})
	}
}
