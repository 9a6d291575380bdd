package index

import (
	"slices"
	"testing"
)

// TestLegalFormAloneNamesNoAnswer: a legal form says who asks, as a sector or a company size does, so alone it
// matches no curated answer's pattern ("loon uit mijn bv" shares only "bv" with "moet ik een bv worden").
func TestLegalFormAloneNamesNoAnswer(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q, answer string
		want            bool
		top             string // "" = not checked
	}{
		{"becoming a bv is choosing a legal form", "moet ik een bv worden", "gebruikelijk-loon-dga", false, "rechtsvorm-kiezen"},
		{"also when another says so", "mijn accountant zegt dat ik een bv moet worden", "gebruikelijk-loon-dga", false, "rechtsvorm-kiezen"},
		{"a vof alone is no question on leaving one", "wij zijn een vof", "vennoot-uittreden-vof", false, ""},
		{"salary from the bv still is", "hoeveel loon moet ik uit mijn bv halen", "gebruikelijk-loon-dga", true, ""},
		{"leaving the vof still is", "mijn compagnon wil uit de vof stappen", "vennoot-uittreden-vof", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			if got := slices.Contains(res.Answers, tt.answer); got != tt.want {
				t.Errorf("%q: answer %s given = %v, want %v (answers %v)", tt.q, tt.answer, got, tt.want, res.Answers)
			}
			if tt.top != "" && (len(res.Results) == 0 || res.Results[0].ID != tt.top) {
				t.Errorf("%q: first %v, want %s", tt.q, ids(res), tt.top)
			}
		})
	}
}
