package understand

import "strings"

// Words is a text split into its words once, for the readings that walk a message word by word: where the asker
// comes from (NamesAbroad), a benefit (NamesBenefit), money trouble (NamesMoneyTrouble), asking for money
// (AsksMoney). A search asks all of them of the same text; each used to split and lower-case the text again.
// Read the text once with ReadWords and ask the readings of the result; the functions of the same names that
// take a string do just that.
//
// A reading added later that walks the words should take a *Words and use the split it needs from here, adding a
// field when none fits. Two splits live side by side, as the readings were written against them:
//   - Fields and Bare: the text split at white space. Fields keeps each word's punctuation, so that a reading sees
//     where a clause ends ("Spain," "here."); Bare is the same word without the punctuation around it (bare).
//   - Tokens: the words as words gives them, runs of letters, digits, ' - and + (for phrase cues such as
//     moneyCues).
//
// All of it is lower case. A Words is not changed after ReadWords: it is safe for concurrent reading.
type Words struct {
	// Lower is the text in lower case, for phrases looked up with strings.Contains ("buiten de eu").
	Lower string
	// Fields are the words of Lower split at white space, punctuation kept ("spain,").
	Fields []string
	// Bare are Fields without the punctuation around them, ’ written ' ("spain"); Bare[i] is Fields[i].
	Bare []string
	// Tokens are the words of Lower as words gives them.
	Tokens []string
}

// ReadWords reads text into its words.
func ReadWords(text string) *Words {
	lower := strings.ToLower(text)
	w := &Words{Lower: lower, Fields: strings.Fields(lower), Tokens: words(lower)}
	w.Bare = make([]string, len(w.Fields))
	for i, f := range w.Fields {
		w.Bare[i] = bare(f)
	}
	return w
}

// phraseIndex holds phrase cues (each a list of words) by their first word, for finding any of them in a text's
// words with one look-up a word instead of comparing every cue at every word.
type phraseIndex struct {
	byFirst map[string][][]string
	empty   bool // an empty cue, which every text holds
}

func indexPhrases(cues [][]string) phraseIndex {
	ix := phraseIndex{byFirst: map[string][][]string{}}
	for _, c := range cues {
		if len(c) == 0 {
			ix.empty = true
			continue
		}
		ix.byFirst[c[0]] = append(ix.byFirst[c[0]], c)
	}
	return ix
}

// in reports whether ws holds one of the cues, word for word, anywhere.
func (ix phraseIndex) in(ws []string) bool {
	if ix.empty {
		return true
	}
	for i, w := range ws {
		for _, c := range ix.byFirst[w] {
			if i+len(c) <= len(ws) && equalWords(ws[i:i+len(c)], c) {
				return true
			}
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	for k := range b {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}
