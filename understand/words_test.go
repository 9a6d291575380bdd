package understand

import "testing"

// TestWordLists: each shared list reads its words in both languages, and not the words of a neighbouring list.
func TestWordLists(t *testing.T) {
	tests := []struct {
		name     string
		is       func(string) bool
		yes, not []string
	}{
		{"possessive", IsPossessive, []string{"mijn", "mn", "ons", "our"}, []string{"je", "their"}},
		{"take over", IsTakeOverVerb, []string{"overnemen", "overgenomen"}, []string{"overdragen", "takeover"}},
		{"change of hands", IsChangeOfHands, []string{"overnemen", "opvolger", "overdracht", "succession"}, []string{"verkopen"}},
		{"staff", IsStaffWord, []string{"personeel", "medewerkers", "employees", "workers"}, []string{"zzp"}},
		{"self-employed", IsSelfEmployed, []string{"zzp", "zzper", "zelfstandige", "freelancer"}, []string{"personeel", "bv"}},
		{"number", IsNumberWord, []string{"drie", "twintig", "three", "thousand"}, []string{"een", "one"}},
		{"money", IsMoneyWord, []string{"lening", "krediet", "loan", "funding"}, []string{"steun", "kosten"}},
		{"support", IsSupportWord, []string{"steun", "lening", "support"}, []string{"advies"}},
		{"grant", IsGrantWord, []string{"subsidie", "grant"}, []string{"lening", "loan"}},
		{"interest", IsInterestWord, []string{"rente", "interest"}, []string{"kosten"}},
		{"cost", IsCostWord, []string{"kost", "tarief", "fee", "rente"}, []string{"subsidie", "gratis"}},
		{"advice", IsAdviceWord, []string{"aanraden", "recommend"}, []string{"advies"}},
		{"determiner", IsDeterminer, []string{"de", "mijn", "m'n", "mn", "eigen", "the", "own"}, []string{"in", "via", "with"}},
	}
	for _, tt := range tests {
		for _, w := range tt.yes {
			if !tt.is(w) {
				t.Errorf("%s: %q not read as one", tt.name, w)
			}
		}
		for _, w := range tt.not {
			if tt.is(w) {
				t.Errorf("%s: %q read as one", tt.name, w)
			}
		}
	}
}
