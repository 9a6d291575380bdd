package understand

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// leaks find an e-mail address or a Dutch phone number written as one run: neither may reach what the search, the
// dialogue or the demand log read of a message.
var leaks = []*regexp.Regexp{
	regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`),
	regexp.MustCompile(`(^|[^0-9])06[- ]?[0-9]{8}($|[^0-9])`),
	regexp.MustCompile(`\+31[- ]?\(?0?\)?[- ]?[0-9]{9}($|[^0-9])`),
}

// FuzzParse reads any message: no panic, valid UTF-8 in gives valid UTF-8 out, and no e-mail address or phone
// number that the message holds (its spaces and line breaks of any kind aside) is in the text or its sentences.
// Search, Whole and Parts leave the placeholders out, so "06 [EMAIL] 12345678" reads "06 12345678" there: digits
// that were never one number; they are checked for UTF-8 only.
func FuzzParse(f *testing.F) {
	for _, in := range []string{
		"", "?", "Ik wil mijn bedrijf verduurzamen", "subsidie voor zonnepanelen, niet in Drenthe",
		"nee, eigenlijk zit ik in Zwolle", "mail me op jan@bedrijf.nl of bel 06-12345678",
		"Hoe bouw ik pensioen op als zzp'er? En hoe bereken ik hoeveel ik opzij moet zetten?",
		"kom ik in aanmerking voor de wbso? ik heb een softwarebedrijf", "I'm Jan from Zwolle, any grants?",
		"\x00\x01subsidie\x7f", "\xff\xfe energie", "sub\u200bsidie", "\u202esubsidie\u202c", "😀🎉",
		strings.Repeat("woord ", 500) + "?", strings.Repeat("x", 3000), "...???!!!", "'’`\"",
		"de eerste en de laatste", "hoeveel krijg ik en hoe vraag ik het aan?",
	} {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		m := Parse(in)
		_ = Classify(in)
		_, _ = LanguageAsked(in)
		written := strings.Join(strings.Fields(in), " ")
		scrubbed := append([]string{m.Text}, m.Sentences...)
		for i, s := range append(append(scrubbed, m.Search, m.Whole), m.Parts...) {
			if utf8.ValidString(in) && !utf8.ValidString(s) {
				t.Fatalf("valid input gave invalid UTF-8 %q:\n in %q", s, in)
			}
			if i >= len(scrubbed) {
				continue
			}
			for _, re := range leaks {
				if l := re.FindString(s); l != "" && !strings.Contains(l, "[") && re.MatchString(written) {
					t.Fatalf("%q survived reading in %q:\n in %q", l, s, in)
				}
			}
		}
	})
}
