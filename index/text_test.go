package index

import (
	"slices"
	"testing"
)

func TestWordsKeepsAffixedWordsWhole(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a one-letter prefix joins its word", "mijn e-mail en E-bike", []string{"mijn", "email", "en", "ebike"}},
		{"a plural 's goes", "twee auto's en bedrijfsauto’s", []string{"twee", "auto", "en", "bedrijfsauto"}},
		{"a person ending goes, however it is written", "zzp'er, zzp'ers, zzp-er en mkb’er", []string{"zzp", "zzp", "zzp", "en", "mkb"}},
		{"an English contraction is written out", "I'm sure we don't", []string{"i", "am", "sure", "we", "do", "not"}},
		{"we're is not the word were", "We're a bakery", []string{"we", "are", "a", "bakery"}},
		{"a cut-short stem is written whole", "I can't and won't", []string{"i", "can", "not", "and", "will", "not"}},
		{"an apostrophe of a kind", "we’ve, they'll, I'd, isn't", []string{"we", "have", "they", "will", "i", "would", "is", "not"}},
		{"a Dutch apostrophe stays as it was", "zo'n auto's", []string{"zon", "auto"}},
		{"a compound keeps its hyphen split", "zonne-panelen en ce-markering", []string{"zonne", "panelen", "en", "ce", "markering"}},
		{"'s nachts and 's-Hertogenbosch keep their words", "'s nachts in 's-Hertogenbosch", []string{"s", "nachts", "in", "s", "hertogenbosch"}},
		{"a hyphen at the end of a word stays a break", "e-mail- en internetgebruik", []string{"email", "en", "internetgebruik"}},
		{"a particle after a hyphen ends one word", "start-ups, een scale-up en de buy-out", []string{"startups", "een", "scaleup", "en", "de", "buyout"}},
		{"a word that only starts like a particle stays apart", "check-upgrade", []string{"check", "upgrade"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := words(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("words(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestIndexAndQuestionSplitWordsAlike(t *testing.T) {
	for _, text := range []string{"e-mailadres", "auto's", "zzp'ers", "Zonne-panelen", "co2-uitstoot"} {
		var got []string
		for _, tok := range (wordTokenizer{}).Tokenize([]byte(text)) {
			got = append(got, string(tok.Term))
		}
		// The tokenizer does not lower-case (the analyzer's next step does).
		want := words(text)
		for i := range got {
			got[i] = string(asciiWords(got[i])[0])
		}
		if !slices.Equal(got, want) {
			t.Errorf("tokenizer %q = %q, words = %q", text, got, want)
		}
	}
}
