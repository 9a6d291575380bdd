package index

import "testing"

// TestEverydayWordsKeepTheirOwnStem: the Dutch stemmer made everyday verbs and adverbs into the stem of a noun the
// catalogue is about ("gaat" was "gat", "steeds" was the "sted" of "steden") and "overheid" into the preposition "over". They keep a
// stem of their own; their forms still meet, as do the nouns' forms.
func TestEverydayWordsKeepTheirOwnStem(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		a, b string
		same bool
	}{
		{"gaat", "gat", false},
		{"steeds", "steden", false},
		{"overheid", "over", false},
		{"wet", "wetten", true},
		{"overheid", "overheden", true},
		{"groot", "grote", true},
	}
	for _, tt := range tests {
		if got := ix.stem(tt.a) == ix.stem(tt.b); got != tt.same {
			t.Errorf("stem(%q) = %q, stem(%q) = %q: same %v, want %v", tt.a, ix.stem(tt.a), tt.b, ix.stem(tt.b), got, tt.same)
		}
	}
}
