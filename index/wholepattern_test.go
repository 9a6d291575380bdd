package index

import (
	"slices"
	"testing"
)

// A question told in many words that holds a curated answer's pattern of two or more words, close together, gets
// that answer; the pattern's words far apart in the question do not bring it.
func TestWholePatternInALongQuestion(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q, answer string
		want      bool
	}{
		{"a guy I never met left a fake review about my bakery on Google and now my rating dropped badly, what should I do?", "online-review-verwijderen", true},
		{"we delivered everything in march but the customer does not pay, and now he ignores all my calls and letters", "onbetaalde-factuur", true},
		{"I moved here last month and I would like to open a business account for my consulting work, which documents does the bank want?", "zakelijke-rekening", true},
		{"my customer asked me whether he can pay in installments for the new kitchen, is that allowed", "onbetaalde-factuur", false},
	}
	for _, tc := range tests {
		res := mustSearch(t, ix, tc.q)
		if got := slices.Contains(res.Answers, tc.answer); got != tc.want {
			t.Errorf("%q: answers %v, want %s %v", tc.q, res.Answers, tc.answer, tc.want)
		}
	}
}
