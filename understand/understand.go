// Package understand turns one chat message into what both the search and the dialogue work from: the text with
// personal data replaced by placeholders, its language, its sentences, the words the person rejects ("niet in
// Drenthe", "geen lening"), whether it corrects what was said before, and the text to search for. It knows
// language, not the catalogue: places, sectors and offers are recognised by the index from Message.Text and
// Message.Search. The word lists live in lexicon_nl.go and lexicon_en.go.
package understand

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer/demand/scrub"
)

// Lang is a language of messages and replies.
type Lang string

// The languages Wegwijzer speaks.
const (
	NL Lang = "nl"
	EN Lang = "en"
)

// Message is what one chat message says.
type Message struct {
	// Text is the message with personal data replaced by placeholders ([EMAIL], [TELEFOON], [NAAM] ...). The raw
	// message is never kept.
	Text string
	// Lang is the message's language; LangSure is false when the words did not decide it (Dutch is then assumed).
	Lang     Lang
	LangSure bool
	// Sentences are the sentences of Text, in order.
	Sentences []string
	// Search is what to search for: the sentences that ask or want something (all of them in a short message),
	// without placeholders and without the words the person rejects.
	Search string
	// Whole is the whole message made ready as Search is (no placeholders, no rejected words), when Search left
	// sentences out; else "". A search falls back on it when the asking sentences name nothing it knows ("Kunnen
	// we een urgentieverklaring krijgen?" after two sentences that say what it is for).
	Whole string
	// Parts are the asking sentences one by one, each made ready as Search is, when Search joins two or more: a
	// message may ask a question a curated answer has word for word and go on with another ("Hoe bouw ik pensioen
	// op als zzp'er? En hoe bereken ik hoeveel ik opzij moet zetten?").
	Parts []string
	// Negated are the words the person rejects, lower case, as written ("drenthe", "lening").
	Negated []string
	// Correction is true when the message replaces something said before ("nee, eigenlijk zit ik in Zwolle").
	Correction bool

	// plain is Plain of plainOf, the Text it was read from (plainRead: read at all).
	plain, plainOf string
	plainRead      bool
}

// Parse reads one message. It is safe for concurrent use.
func Parse(text string) Message {
	clean := scrub.Text(text)
	m := Message{Text: clean}
	m.plain, m.plainOf, m.plainRead = plain(clean), clean, true
	m.Lang, m.LangSure = detectLanguage(clean)
	asked := clean
	if o := withoutOrigin(text); o != text {
		// Where the asker comes from is no question (origin.go); read before scrubbing, which may take the words
		// after "I'm" for a name.
		asked = scrub.Text(o)
	}
	m.Sentences = sentences(informationTechnology(asked))
	m.Correction = isCorrection(clean)
	ask := asking(m.Sentences)
	kept, negated := dropNegated(withoutPlaceholders(withoutContact(withoutInterjection(strings.Join(ask, " ")))))
	if len(negated) > 0 && correctedLater(m.Sentences) {
		// "I need a loan for my café. Actually no, I don't want a loan, I'm looking for a subsidy": what the
		// message takes back is dropped from the sentences before the correction too.
		kept = withoutWords(kept, negated)
	}
	m.Search, m.Negated = joinSeparable(kept), negated
	if len(ask) > 1 {
		for _, a := range ask {
			if part, _ := dropNegated(withoutPlaceholders(withoutContact(withoutInterjection(a)))); part != "" {
				m.Parts = append(m.Parts, joinSeparable(part))
			}
		}
	}
	if len(ask) < len(m.Sentences) {
		whole, _ := dropNegated(withoutPlaceholders(withoutContact(withoutInterjection(strings.Join(m.Sentences, " ")))))
		m.Whole = joinSeparable(whole)
	}
	return m
}

// withoutInterjection removes the interjection a message opens with ("nee, niet in Drenthe"): it answers what was
// said and asks nothing. "no" counts only before a comma: "no loans" rejects loans.
func withoutInterjection(s string) string {
	first, rest, _ := strings.Cut(strings.TrimSpace(s), " ")
	word := strings.TrimRight(strings.ToLower(first), ",.!")
	switch {
	case interjections[word], word == "no" && strings.HasSuffix(first, ","):
		return rest
	}
	return s
}

// withoutPlaceholders removes the placeholders of the scrubber: they are neither known nor unknown words.
func withoutPlaceholders(s string) string {
	if strings.IndexByte(s, '[') >= 0 { // every placeholder starts with '[' (most messages have none)
		for _, p := range scrub.Placeholders() {
			s = strings.ReplaceAll(s, p, " ")
		}
	}
	return strings.Join(strings.Fields(s), " ")
}

// IsNegated reports whether the person rejected the word (compared case- and accent-insensitively by the caller's
// folding; here lower case).
func (m Message) IsNegated(word string) bool {
	word = strings.ToLower(word)
	for _, n := range m.Negated {
		if n == word {
			return true
		}
	}
	return false
}

// correctedLater reports whether a sentence after the first corrects what the message said before it.
func correctedLater(sentences []string) bool {
	return len(sentences) > 1 && slices.ContainsFunc(sentences[1:], isCorrection)
}

// withoutWords leaves out of s the words (in any case) of drop.
func withoutWords(s string, drop []string) string {
	ws := strings.Fields(s)
	out := ws[:0:0]
	for _, w := range ws {
		if !slices.ContainsFunc(drop, func(d string) bool { return strings.EqualFold(strings.Trim(w, ",.;:!?"), d) }) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}
