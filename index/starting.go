package index

import (
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// What a question says of starting a business (understand.StartOf: "een dierenwinkel beginnen", "open a
// tattoo shop") and of someone coming into one (understand.JoinsBusiness: "mijn partner wil mee in de zaak"), per
// word. Starting means what "bedrijf starten" means, whatever the trade; coming in means a legal form for two
// (Index.startSyn, Index.joinSyn).

// startRole is what a word does in starting or joining a business.
type startRole uint8

const (
	roleNone  startRole = iota
	roleVerb            // a verb of starting that names no theme ("open", "set up", "launch")
	roleTrade           // a word of the trade started ("dog grooming" of "a dog grooming business")
	roleSize            // a size before the business started ("een kleine bakkerij")
	roleJoin            // who comes into the business, and how ("partner", "mee in de zaak")
)

// startWords is the reading of one question's words.
type startWords struct {
	understand.Start
	join []int       // positions of the words of someone coming in, or nil
	role []startRole // per word
}

// readStart reads the words of a question (before typos and word forms are rewritten).
func (ix *Index) readStart(ws []string) startWords {
	sw := startWords{Start: understand.StartOf(ws), join: understand.JoinsBusiness(ws), role: make([]startRole, len(ws))}
	for _, p := range sw.Verb {
		// A form of "starten", "beginnen", "start" names the theme ("starting", "begint" too): it searches as before.
		_, theme := ix.themes[ix.stem(ws[p])]
		if !theme && !strings.HasPrefix(ws[p], "start") && !strings.HasPrefix(ws[p], "begin") {
			sw.role[p] = roleVerb
		}
	}
	for _, p := range sw.Trade {
		sw.role[p] = roleTrade
		if understand.IsSizeAdjective(ws[p]) {
			sw.role[p] = roleSize
		}
	}
	for _, p := range sw.join {
		sw.role[p] = roleJoin
	}
	return sw
}

// search adds what the content word ws[i] of a role other than a verb searches for.
func (sw startWords) search(i int, w string, u *understanding, addTerms func(string, float64) bool, src *termSource) {
	switch sw.role[i] {
	case roleJoin:
		// "partner" of "mijn partner wil mee in de zaak" is no partner leave: the legal form for two says what is
		// asked, and it is a specific question, not a broad one.
		if i == sw.join[0] {
			u.specific++
		}
	case roleTrade:
		// The trade of the business started ("bicycle repair" of "my own bicycle repair shop") weighs as a sector
		// word does: it says who starts; what is asked is starting.
		*src = termSource{at: i, word: w}
		addTerms(w, boostSector)
	case roleSize:
		// "een kleine bakkerij beginnen": who starts, not what about (not the KOR).
	}
}

// searchTextOnly adds a verb of starting that names no theme to the terms of the text match, as any word is, but
// not to what is compared with example questions and answers' patterns: "open" of "open a tattoo shop" is not
// "welke subsidies zijn nu open".
func (ix *Index) searchTextOnly(w string, terms map[string]float64) {
	for _, t := range ix.analyze(w) {
		if ix.vocab[t] > 0 {
			terms[t] = max(terms[t], boostExact)
		}
	}
}
