package index

import "testing"

// The tail of a result list: a result far below the first that matched only words one result above it matched
// too, and fewer, is not shown; one that matches the same words is an alternative.
func TestCoveredResultsAreNotShown(t *testing.T) {
	tests := []struct {
		name    string
		matched []string
		above   [][]string
		score   float64
		want    bool
	}{
		{"one word a result above matched with more, far below", []string{"permit"}, [][]string{{"permit"}, {"permit", "open", "restaurant"}}, 0.3, true},
		{"a phrase counts as its words", []string{"bestelbus"}, [][]string{{"elektrische", "bestelbus"}}, 0.3, true},
		{"the same words as a result above: an alternative", []string{"elektrische bestelbus"}, [][]string{{"elektrische", "bestelbus"}}, 0.3, false},
		{"words no single result above matched together", []string{"producten", "export"}, [][]string{{"producten", "eisen"}, {"export", "eisen"}}, 0.3, false},
		{"a word of its own", []string{"permit", "visa"}, [][]string{{"permit", "open", "restaurant"}}, 0.3, false},
		{"close to the first", []string{"permit"}, [][]string{{"permit", "open", "restaurant"}}, 0.6, false},
		{"what the result above matched more is a common word", []string{"bv", "tax", "profit"}, [][]string{{"bv", "pay", "tax", "profit"}}, 0.3, false},
	}
	// Informativeness as the built-in catalogue has it, roughly: "pay" and "open" are in many offers.
	info := func(w string) float64 {
		if x, ok := map[string]float64{"pay": 2.0, "open": 2.0, "tax": 2.5, "bv": 2.7, "profit": 4.0}[w]; ok {
			return x
		}
		return 3.3 // "permit", "restaurant", "bestelbus", ...
	}
	for _, tt := range tests {
		if got := covered(tt.matched, tt.above, tt.score, 1, info); got != tt.want {
			t.Errorf("%s: covered = %v, want %v", tt.name, got, tt.want)
		}
	}
}
