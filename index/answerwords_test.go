package index

import (
	"slices"
	"testing"
)

// The words of the curated answers are words the catalogue knows: a compound of them is split into its parts, and a
// question that uses a word only an answer has is covered and can reach that answer.
func TestAnswerWordsAreKnown(t *testing.T) {
	ix := mustIndex(t)
	if got := ix.decompound("wegwerkzaamheden"); !slices.Equal(got, []string{"weg", "werkzaamheden"}) {
		t.Errorf("decompound(wegwerkzaamheden) = %v, want [weg werkzaamheden]", got)
	}
	tests := []struct{ q, answer string }{
		{"door de wegwerkzaamheden voor de deur is mijn omzet gehalveerd", "nadeelcompensatie-werkzaamheden"},
	}
	for _, tc := range tests {
		res := mustSearch(t, ix, tc.q)
		if !slices.Contains(res.Answers, tc.answer) {
			t.Errorf("%q: answers %v, want %s", tc.q, res.Answers, tc.answer)
		}
	}
}
