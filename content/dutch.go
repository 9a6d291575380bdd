package content

import (
	"strings"
	"unicode"
)

// dutchWords are words that mark a next_step.who as Dutch text rather than a name: connecting words, and the few
// Dutch nouns for who to contact that an English reader cannot guess ("gemeente", unlike "provincie").
// "of" is Dutch in a Dutch field; callers that read English text leave it out.
var dutchWords = map[string]bool{
	"of": true, "en": true, "je": true, "jouw": true, "jij": true, "de": true, "het": true, "een": true,
	"van": true, "bij": true, "voor": true, "waar": true, "naar": true, "zoals": true, "namens": true,
	"gemeente": true, "werkgevers": true, "werkgever": true, "werknemer": true, "boekhouder": true,
	"verzekeraar": true, "gerechtsdeurwaarder": true,
}

// DutchWords returns the words of s, lower case and in order, that mark it as Dutch text (see dutchWords).
func DutchWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if dutchWords[w] {
			out = append(out, w)
		}
	}
	return out
}
