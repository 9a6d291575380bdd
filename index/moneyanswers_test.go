package index

import (
	"slices"
	"testing"
)

// TestAQuestionForMoneyGetsNoAnswerThatSaysNothingOfMoney: a question for a grant is not answered with a curated
// text that names no grant, however like one of its example questions it is in its other words; a question in
// which it fits still gets it.
func TestAQuestionForMoneyGetsNoAnswerThatSaysNothingOfMoney(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q, answer string
		want            bool
	}{
		{"a grant for solar panels is no permit question", "subsidie voor zonnepanelen op mijn bedrijfsdak", "omgevingsvergunning-nodig", false},
		{"a grant for solar panels in English", "grant for solar panels on my company roof", "omgevingsvergunning-nodig", false},
		{"a permit question still gets it", "heb ik een vergunning nodig voor zonnepanelen op mijn bedrijfsdak", "omgevingsvergunning-nodig", true},
		{"an answer that names the tax scheme still fits", "welke aftrek past als we de koelinstallatie vervangen door een zuinige", "eia-of-mia-vamil", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			if got := slices.Contains(res.Answers, tt.answer); got != tt.want {
				t.Errorf("%q: answers %v, %s given = %v, want %v", tt.q, res.Answers, tt.answer, got, tt.want)
			}
		})
	}
}
