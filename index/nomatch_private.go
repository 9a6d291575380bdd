package index

import (
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// privateThings counts what a message calls the asker's own ("mijn huisbaas", "my boyfriend", "mijn
// woonverzekering", "mijn pakketje") when the catalogue has no word for it: no offer text and no example question,
// which are written in entrepreneurs' words, has it. It is a cue of grammar, not of a list: whatever a private
// person owns or deals with that an entrepreneur in the catalogue never mentions counts, without anyone naming it
// beforehand. A business word after the possessive ("mijn klanten", "onze webwinkel", "my employee", a sector) is
// the asker's business, never a private thing; so is a word the catalogue knows ("mijn bedrijfspand").
// It is a signal (search --explain shows it), not a feature of the no-match model: beside the words of private life
// in a message without business (nomatch_context.go) it lowered the cross-validated recall (BENCHMARKS.md).
func (ix *Index) privateThings(ws []string) int {
	n := 0
	for i := 0; i+1 < len(ws); i++ {
		if !understand.IsPossessive(ws[i]) {
			continue
		}
		w := ws[i+1]
		if stopwords[w] || isNumber(w) || ix.known(w) || businessWord(w) || ix.namesSector(w) {
			continue
		}
		n++
	}
	return n
}

// businessWord reports whether a word says that the asker runs a business (asker.go): who works for or buys from
// them, what the business earns, or the business itself.
func businessWord(w string) bool {
	return understand.IsBusinessCue(w) || understand.IsStaffMember(w) || understand.IsBusinessPlace(w) || strings.HasSuffix(w, "bedrijf") ||
		strings.HasSuffix(w, "bedrijven") || strings.HasSuffix(w, "ondernemer")
}
