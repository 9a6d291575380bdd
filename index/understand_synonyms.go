package index

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// The synonym step of understanding a message (wordReader, understand.go): the phrases of the catalogue's synonyms
// found among the searching words, and what they mean.

// applySynonyms finds the synonym phrases among the words and adds what they mean: on the content words ("sell
// my company" is "sell my business"), in the other order, word for word for a phrase without a content word, and
// for starting a business or someone coming into one.
func (wr *wordReader) applySynonyms() {
	ix, ws, stems := wr.ix, wr.ws, wr.stems
	// Synonyms match on the content words of the question, so "sell my company" finds "sell my business".
	var pos []int // positions of content words
	var cstems []string
	for i, w := range ws {
		if synonymWordIn(wr.lang, w) && !isNumber(w) && !wr.resigned[i] && !wr.idiom[i] && !wr.scopes[i] {
			pos = append(pos, i)
			cstems = append(cstems, stems[i])
		}
	}
	// A phrase with a business word needs one in the question: a generic business word or a sector ("bakkerij"),
	// that the question is about, not one it does something with or in ("verkopen via mijn webshop", "a machine
	// for my business"). Such a business word counts only for a phrase that has the same preposition
	// ("stoppen met mijn bedrijf"). One the asker only introduces as theirs ("ik heb een webshop", "I have a
	// webshop selling clothes") says who asks: it is what the question is about only when a pronoun takes it up
	// again ("ik heb een bakkerij en wil die verkopen"). Else "ik heb een webshop en wil naar Duitsland verkopen"
	// was "bedrijf verkopen", a business transfer.
	var business []string // per business word: the preposition it follows, or ""
	for i, w := range ws {
		if introducedAt(ws, i) && !takenUp(ws, i) {
			continue
		}
		if _, sector := ix.sectors[stems[i]]; businessNouns[w] || sector && !sectorVerbs[w] {
			business = append(business, governing(ws, i))
		}
	}
	wr.phraseOf = make([]int, len(ws))
	for i := range wr.phraseOf {
		wr.phraseOf[i] = i
	}
	wr.sized = make([]bool, len(ws))
	wr.nameStems = make([][]string, len(ws))
	for i := range ws {
		wr.nameStems[i] = stems[i : i+1 : i+1]
	}
	var alts [][]string // per content word of an English message: the stems of its other forms in a synonym
	if wr.lang == understand.EN {
		alts = ix.synonymForms(ws, pos, cstems)
	}
	for at, st := range cstems {
		for _, ref := range ix.synRefs(st, alts, at) {
			syn := &ix.synonyms[ref.syn]
			phrase := syn.stems[ref.phrase]
			if syn.whole[ref.phrase] || at+len(phrase) > len(cstems) || !stemsAt(cstems, alts, at, phrase) {
				continue
			}
			if !hasNeeds(stems, syn.needs[ref.phrase], business, syn.words[ref.phrase]) {
				continue
			}
			if wr.lang == understand.EN && splitByClause(ws, pos[at:at+len(phrase)]) {
				continue // "my partner wants to leave" is no partner leave
			}
			wr.applySynonym(syn, pos[at:at+len(phrase)])
		}
		// A phrase of two words in the other order: "het inhuren van zzp'ers" is "zzp'ers inhuren", "de verkoop
		// van mijn zaak" is "zaak verkopen".
		if at+1 < len(cstems) {
			for _, ref := range ix.synByFirst[cstems[at+1]] {
				syn := &ix.synonyms[ref.syn]
				phrase := syn.stems[ref.phrase]
				if syn.whole[ref.phrase] || len(phrase) != 2 || phrase[1] != st || phrase[0] == phrase[1] {
					continue
				}
				if !hasNeeds(stems, syn.needs[ref.phrase], business, syn.words[ref.phrase]) {
					continue
				}
				wr.applySynonym(syn, pos[at:at+2])
			}
		}
	}
	// A phrase without a content word ("eigen bedrijf", "own business") matches word for word, on all the words;
	// on the content words alone it could never match. One such word alone is a generic word, left to the
	// content words below.
	every := make([]int, len(ws))
	for i := range every {
		every[i] = i
	}
	for at, st := range stems {
		for _, ref := range ix.synByFirst[st] {
			syn := &ix.synonyms[ref.syn]
			phrase := syn.stems[ref.phrase]
			if !syn.whole[ref.phrase] || len(phrase) < 2 || at+len(phrase) > len(stems) || !slices.Equal(stems[at:at+len(phrase)], phrase) {
				continue
			}
			wr.applySynonym(syn, every[at:at+len(phrase)])
		}
	}
	// Starting a business means what "bedrijf starten" means, whatever the trade; someone coming into the business
	// means a legal form for two (starting.go).
	wr.u.starts = wr.sw.Starts()
	if wr.sw.Starts() && ix.startSyn >= 0 {
		wr.applySynonym(&ix.synonyms[ix.startSyn], wr.sw.At())
	}
	if wr.sw.join != nil && ix.joinSyn >= 0 {
		wr.applySynonym(&ix.synonyms[ix.joinSyn], wr.sw.join)
	}
}

// applySynonym adds what a synonym phrase found at the positions at means.
func (wr *wordReader) applySynonym(syn *synonym, at []int) {
	ix, ws := wr.ix, wr.ws
	wr.src = phraseSource(ws, at)
	for _, p := range at {
		wr.phraseOf[p] = min(wr.phraseOf[p], at[0])
		for _, st := range syn.meanStems {
			if !slices.Contains(wr.nameStems[p], st) {
				wr.nameStems[p] = append(wr.nameStems[p], st)
			}
		}
	}
	wr.synonymous = true
	defer func() { wr.synonymous = false }()
	boost := boostSynonym
	if sizePhrase(ws, at) {
		boost = boostSize
		for _, i := range at {
			wr.sized[i] = true
		}
	}
	for k, m := range syn.means {
		if wr.addTerms(m, boost) {
			for _, i := range at {
				wr.covered[i] = max(wr.covered[i], wr.credit(i))
			}
			wr.u.strong = true
		}
		wr.addTheme(ix.themes[syn.meanKeys[k]])
	}
	// The words of one synonym mean one thing: when the question's own word names no theme ("bedrijfsbus"), a
	// word of the synonym that does ("bestelbus", of the vehicles topic) names it. (A word that names a theme
	// itself, "medewerkers", keeps the breadth it has.)
	var own []string
	for _, i := range at {
		own = append(own, ws[i])
	}
	if _, named := ix.themes[ix.stemKey(strings.Join(own, " "))]; !named {
		for _, key := range syn.keys {
			wr.addTheme(ix.themes[key])
			wr.addTopic(ix.topics[key])
		}
	}
}
