package index

import (
	"slices"
	"testing"
)

// TestAPlainLoanGetsMoneyForAnyPurposeFirst: a question for a loan alone ("a loan for my café") gets the offers that
// lend for any purpose before the Innovatiekrediet, which lends for an innovation; a question that names the
// innovation still gets it.
func TestAPlainLoanGetsMoneyForAnyPurposeFirst(t *testing.T) {
	ix := mustIndex(t)
	general := []string{"qredits", "kredietunie", "bmkb"}
	tests := []struct {
		name, q    string
		innovation bool // the Innovatiekrediet in the top 3
	}{
		{"a loan for a café", "a loan for my café", false},
		{"een lening voor een café", "een lening voor mijn café", false},
		{"a loan", "I need a loan", false},
		{"a loan for an innovation", "een lening voor de ontwikkeling van ons innovatieve prototype", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			got := ids(res)
			top := got[:min(3, len(got))]
			if got := slices.Contains(top, "innovatiekrediet"); got != tt.innovation {
				t.Errorf("%q: top 3 %v, Innovatiekrediet in it = %v, want %v", tt.q, top, got, tt.innovation)
			}
			if !tt.innovation && !slices.ContainsFunc(top, func(id string) bool { return slices.Contains(general, id) }) {
				t.Errorf("%q: top 3 %v, want one of %v", tt.q, top, general)
			}
		})
	}
}
