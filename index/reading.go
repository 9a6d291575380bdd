package index

import (
	"github.com/wegwijzer/wegwijzer/understand"
)

// reading is a message as a search reads it, each part read once: the steps of a search that read the whole
// message (its place and sector, who asks, the signals of no_match, the readings of understand) take it from here
// instead of splitting, lower-casing and looking up its words again. Everything in it is read-only: a step that
// rewrites words works on a copy (slices.Clone).
type reading struct {
	understand.Message
	// plain is the whole message without placeholders (m.Plain()).
	plain string
	// words are the index's words of plain (words: lower case, accents folded, affixes joined).
	words []string
	// said is plain as understand reads it word by word (NamesAbroad, NamesBenefit, NamesMoneyTrouble,
	// AsksMoney).
	said *understand.Words
	// legalForm is the legal-form class the message names (understand.LegalForm of m.Text), "" = none.
	legalForm string
}

// read reads a parsed message for a search.
func read(m understand.Message) *reading {
	plain := m.Plain()
	return &reading{Message: m, plain: plain, words: words(plain), said: understand.ReadWords(plain), legalForm: understand.LegalForm(m.Text)}
}

// withSearch is the reading with other searching words (m.Search), as a search reads one sentence of the message
// or the whole of it again; the rest of the message is the same.
func (r *reading) withSearch(search string) *reading {
	c := *r
	c.Search, c.Whole, c.Parts = search, "", nil
	return &c
}
