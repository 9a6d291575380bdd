package index

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer/understand"
)

// Names spelt as words. An acronym whose lower-case form is a word of the language ("SLIM" and "slim", "STAP" and
// "stap") and a word of a proper name written with a capital that the catalogue also writes as a word ("Digitale
// Werkplaatsen", "Platform Baas") named their offer alone, as a word of its title or alias: "hoe kan ik slim inkopen"
// found the SLIM-regeling first, and "ik heb een werkplaats voor fietsen" the Digitale Werkplaatsen, with the no-match
// signal that the question names an offer. Such a word names the offer only when the question holds the name: the
// acronym written in capitals ("ik wil SLIM aanvragen"), the word next to or joined to a word that stands next to it
// in one of the offer's names ("digitale werkplaats", "slim-regeling", "de stapbudget"), or next to a word that
// names a scheme beside acronyms in the catalogue's names ("SLIM subsidie"), or one of the offer's names of several
// words whole (namePhrasesIn). Otherwise it is a word like any other: in the offer's names it weighs weakName, as a
// word of a longer name that is not specific does (weakIn), and it neither names the offer (namedBy, namesOffer) nor
// says that the question names one (understanding.strong). Where the offer's texts have it as its name only (an
// acronym: "SLIM" is no "slim"; a capitalised word that the offer's own prose and keywords never write in lower case
// and its own example questions ask only as its name, "is er een digitale werkplaats in Friesland"), the word does
// not match the offer at all (unnamedBy), and the offer's example questions hold it as a term of its own (nameTerm).
// The words of a descriptive name that askers use in their own sense ("Emissieloze Bedrijfsauto's") keep matching.
//
// Which words are words of the language is read from the catalogue when the index is built: a word its edited prose
// writes in lower case (the offers' summaries, pitches, eligibility and next steps, the curated answers' texts, Dutch
// and English, web addresses left out), where names keep their capitals; a function word of understand's lexicon
// ("EEN", "ONS"); and for a capitalised word of a name, also a word of an example question of an offer that does
// not have it among its names. An acronym is not read from the example questions: people type acronyms in lower
// case, and the KVK or the UWV, asked about in questions on many offers, is no word of the language. A word that is
// an offer's name by itself (a title, alias or keyword of one word: "Broodfonds", the "energiefonds" of the
// Energiefonds Overijssel) is that offer's name wherever it stands. So an acronym the catalogue never writes as a
// word ("WIEG", "BOOST") still names its offer alone.

// ordinaryName is an offer with a word of its names that is a word of the language (an analysed term, in
// ix.ordinaryNames).
type ordinaryName struct {
	offer   int32
	acronym bool // the names write it in capitals: capitals in the question hold it
	// nameOnly: the offer's texts have it as its name only: an acronym ("SLIM" is no "slim"), or a word of its proper
	// name that its own prose and keywords never write in lower case and its own example questions ask only as its
	// name (the Digitale Werkplaatsen's "Werkplaats"). The word of the language does not match the offer at all.
	nameOnly bool
	next     []string // stems of the words next to it in the offer's names: one next to it in the question holds it
}

// nameCandidate is a word of an offer's name that may be a word of the language.
type nameCandidate struct {
	offer   int32
	acronym bool
}

// loadOrdinaryNames finds, per analysed term, the offers whose names have it as a word of the language
// (ix.ordinaryNames, ix.ordinaryForms), and returns per offer those terms (nil for none).
func (ix *Index) loadOrdinaryNames() []map[string]bool {
	offers := ix.cat.Offers
	cands := map[string][]nameCandidate{} // lower-case form -> where a name writes it as an acronym or with a capital
	whole := map[string][]int32{}         // lower-case form of a name of one word that is no acronym -> its offers
	scheme := map[string]bool{}           // words that stand next to an acronym in the names and name a scheme
	for i, o := range offers {
		for _, kw := range o.Keywords {
			if ws := rawWords(kw); len(ws) == 1 && !isAcronym(ws[0]) {
				l := strings.ToLower(ws[0])
				whole[l] = append(whole[l], int32(i))
			}
		}
		for k, name := range slices.Concat([]string{o.TitleEN, o.Title}, o.Aliases) {
			ws := rawWords(name)
			if len(ws) == 1 && !isAcronym(ws[0]) {
				l := strings.ToLower(ws[0])
				whole[l] = append(whole[l], int32(i))
			}
			for j, w := range ws {
				acronym := isAcronym(w)
				// A capitalised word is a word of a proper name when a capitalised word stands next to it ("Digitale
				// Werkplaatsen"); alone it starts a phrase ("Administratie bijhouden"). Not in the English title,
				// whose capitals are a style of titles ("Energy Investment Allowance").
				if !acronym && (k == 0 || !inCapitalRun(ws, j)) {
					continue
				}
				l := strings.ToLower(w)
				cands[l] = append(cands[l], nameCandidate{int32(i), acronym})
				if !acronym {
					continue
				}
				for _, k := range []int{j - 1, j + 1} {
					if k >= 0 && k < len(ws) && !isAcronym(ws[k]) {
						if n := strings.ToLower(ws[k]); understand.IsGenericWord(n) {
							scheme[ix.stem(n)] = true // "regeling" of "SLIM-regeling", "subsidie" of "SLIM-subsidie"
						}
					}
				}
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	lower := ix.lowerCaseIn(cands)
	examples := ix.exampleWordsOfOthers(cands)
	var places map[string]bool // the words of the places' names, read once an example question needs them
	own := map[string]map[string]bool{}
	out := make([]map[string]bool, len(offers))
	for l, cs := range cands {
		if generic[l] || sizeWord(l) || understand.IsLegalFormTerm(l) {
			continue // the same word in capitals: "MKB Fonds Drenthe" is a fund for the mkb, "Impuls Zeeland NV" an nv
		}
		for _, c := range cs {
			ordinary := lower[l] || understand.IsFunctionWord(l)
			if !c.acronym {
				// The example questions are typed in lower case, names of places too ("ik zit in zwolle", "noord
				// holland").
				if !ordinary && examples[l] && places == nil {
					places = ix.placeNameWords()
				}
				ordinary = (ordinary || examples[l] && !places[ix.placeAdjectives([]string{l})[0]]) && !slices.Contains(whole[l], c.offer)
			}
			if !ordinary {
				continue
			}
			if out[c.offer] == nil {
				out[c.offer] = map[string]bool{}
			}
			for _, t := range ix.analyze(l) {
				out[c.offer][t] = true
				r := ix.addOrdinaryName(t, c, l, scheme)
				r.nameOnly = r.nameOnly || c.acronym || !ix.writesAsWord(own, c.offer, ix.stem(l)) && ix.askedAsName(c.offer, t, r.next)
			}
			if k := formKey(l); !slices.Contains(ix.ordinaryForms[k], l) {
				ix.ordinaryForms[k] = append(ix.ordinaryForms[k], l)
			}
		}
	}
	return out
}

// addOrdinaryName adds offer c.offer to the offers term t is a word of the language of (l: the word in lower case),
// with the stems of the words next to it in the offer's names, and for an acronym the scheme words.
func (ix *Index) addOrdinaryName(t string, c nameCandidate, l string, scheme map[string]bool) *ordinaryName {
	refs := ix.ordinaryNames[t]
	at := slices.IndexFunc(refs, func(r ordinaryName) bool { return r.offer == c.offer })
	if at < 0 {
		refs = append(refs, ordinaryName{offer: c.offer})
		at = len(refs) - 1
	}
	r := &refs[at]
	r.acronym = r.acronym || c.acronym
	add := func(st string) {
		if st != t && !slices.Contains(r.next, st) {
			r.next = append(r.next, st)
		}
	}
	o := ix.cat.Offers[c.offer]
	for _, name := range slices.Concat([]string{o.Title, o.TitleEN}, o.Aliases, o.Keywords) {
		ws := words(name)
		for j, w := range ws {
			if w != l && !slices.Contains(ix.analyze(w), t) {
				continue
			}
			// The nearest word on either side that counts in a name ("Digitale Werkplaatsen voor het mkb": "digitale",
			// "mkb").
			for k := j - 1; k >= 0; k-- {
				if nameWord(ws[k]) {
					add(ix.stem(ws[k]))
					break
				}
			}
			for k := j + 1; k < len(ws); k++ {
				if nameWord(ws[k]) {
					add(ix.stem(ws[k]))
					break
				}
			}
		}
	}
	if c.acronym {
		for st := range scheme {
			add(st)
		}
		slices.Sort(r.next)
	}
	ix.ordinaryNames[t] = refs
	return r
}

// askedAsName reports whether the offer's own example questions use term t, and always as its name: next to a word
// that stands next to it in the offer's names ("is er een digitale werkplaats in Friesland"). The Subsidieregeling
// Emissieloze Bedrijfsauto's, whose examples never say "bedrijfsauto", is asked about in the word's own sense.
func (ix *Index) askedAsName(o int32, t string, next []string) bool {
	used := false
	for _, q := range ix.exampleWords[o] {
		stems := make([][]string, len(q))
		for j, w := range q {
			stems[j] = ix.analyze(w)
		}
		for j := range q {
			if !slices.Contains(stems[j], t) {
				continue
			}
			used = true
			if !nextTo(q, stems, j, next) {
				return false
			}
		}
	}
	return used
}

// nextTo reports whether the nearest word on either side of ws[i] that counts in a name (not a stopword) stands for
// one of the stems next (stems: per word, the stems it stands for).
func nextTo(ws []string, stems [][]string, i int, next []string) bool {
	for _, step := range []int{-1, 1} {
		j := i + step
		for j >= 0 && j < len(ws) && !nameWord(ws[j]) {
			j += step
		}
		if j >= 0 && j < len(ws) && slices.ContainsFunc(next, func(n string) bool { return hasForm(stems, j, n) }) {
			return true
		}
	}
	return false
}

// heldNames returns the offers whose name the question holds by a word of its names that is a word of the language
// (see the top of this file). ws are the question's words, stems per word the stems it stands for (its own, and
// those of the words a synonym it is part of means), search the text they were read from, as written (for its
// capitals), phrases the offers' names of several words the question holds.
func (ix *Index) heldNames(search string, ws []string, stems [][]string, phrases []int32) []int32 {
	if len(ix.ordinaryNames) == 0 {
		return nil
	}
	var out []int32
	var caps map[string]bool // read from search once a word needs it
	for i, w := range ws {
		for _, t := range ix.analyze(w) {
			for _, r := range ix.ordinaryNames[t] {
				if slices.Contains(out, r.offer) {
					continue
				}
				if r.acronym && caps == nil {
					caps = capitalsIn(search)
				}
				if r.acronym && caps[w] || nextTo(ws, stems, i, r.next) || ix.inPhrase(phrases, r.offer, t) {
					out = append(out, r.offer)
				}
			}
		}
		out = ix.heldJoined(out, w)
	}
	return out
}

// heldJoined adds to held the offers whose name word of the language w starts joined to a word next to it in their
// names ("slimregeling", "stapbudget").
func (ix *Index) heldJoined(held []int32, w string) []int32 {
	for _, l := range ix.ordinaryForms[formKey(w)] {
		rest := strings.TrimPrefix(strings.TrimPrefix(w, l), "s")
		if len(w) <= len(l) || !strings.HasPrefix(w, l) || len(rest) < 4 {
			continue
		}
		st := ix.stem(rest)
		for _, t := range ix.analyze(l) {
			for _, r := range ix.ordinaryNames[t] {
				if !slices.Contains(held, r.offer) && slices.ContainsFunc(r.next, func(n string) bool { return phraseForm(st, n) }) {
					held = append(held, r.offer)
				}
			}
		}
	}
	return held
}

// unnamedBy returns the offers, in order of position, whose texts have term t as their name only (an acronym spelt
// as a word of the language, "SLIM" and "slim", or a word of their proper name, the Digitale Werkplaatsen's
// "Werkplaats") and that are not among named (namedBy: the question does not hold their name): the word of the
// language does not match them. nil for none.
func (ix *Index) unnamedBy(t string, named []int32) []int32 {
	var out []int32
	for _, r := range ix.ordinaryNames[t] {
		if r.nameOnly && !slices.Contains(named, r.offer) {
			out = append(out, r.offer)
		}
	}
	slices.Sort(out)
	return out
}

// nameOnlyTerms returns per offer the terms its texts have as its name only (ordinaryName.nameOnly).
func (ix *Index) nameOnlyTerms() map[int32][]string {
	out := map[int32][]string{}
	for t, refs := range ix.ordinaryNames {
		for _, r := range refs {
			if r.nameOnly {
				out[r.offer] = append(out[r.offer], t)
			}
		}
	}
	return out
}

// nameTerm is the term of the example-question index for term t in an offer's own example questions where its texts
// have t as its name only ("slim" in the SLIM-regeling's, "hoeveel krijg je met de slim subsidie"): a question
// matches it only when it holds the name.
func nameTerm(t string) string { return "#" + t }

// nameTerms adds to the terms compared with the example questions the name terms of the offers whose name the
// question holds by a word of the language (u.held): "wanneer opent de SLIM regeling weer" is like the
// SLIM-regeling's example questions.
func (ix *Index) nameTerms(u *understanding) {
	if len(u.held) == 0 {
		return
	}
	for t, w := range u.qterms {
		for _, r := range ix.ordinaryNames[t] {
			if r.nameOnly && slices.Contains(u.held, r.offer) {
				u.qterms[nameTerm(t)] = w
				break
			}
		}
	}
}

// inPhrase reports whether one of the names of several words the question holds is a name of offer o with term t.
func (ix *Index) inPhrase(phrases []int32, o int32, t string) bool {
	return slices.ContainsFunc(phrases, func(p int32) bool {
		np := &ix.namePhrases[p]
		return slices.Contains(np.offers, o) && slices.Contains(np.terms, t)
	})
}

// namesAny reports whether w names what some offer is (isSalient), other than by a word of the language in an
// offer's names, which names it only when the question holds the name (heldNames).
func (ix *Index) namesAny(w string) bool {
	for _, t := range ix.analyze(w) {
		if ix.salient[t] && !ix.broad[t] && !ix.ordinaryOnly[t] {
			return true
		}
	}
	return false
}

// capitalsIn returns the words a text writes in capitals, in lower case: none when the whole text is in capitals,
// which then say nothing.
func capitalsIn(text string) map[string]bool {
	out := map[string]bool{}
	if strings.ToUpper(text) == text {
		return out
	}
	for _, w := range rawWords(text) {
		if isAcronym(w) {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}

// isAcronym reports whether w is written in capitals: two letters or more, all of them capitals.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// inCapitalRun reports whether ws[j] is capitalised and a capitalised word stands next to it.
func inCapitalRun(ws []string, j int) bool {
	return isCapitalised(ws[j]) && (j > 0 && isCapitalised(ws[j-1]) || j+1 < len(ws) && isCapitalised(ws[j+1]))
}

// isCapitalised reports whether w starts with a capital followed by small letters only ("Werkplaatsen").
func isCapitalised(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	rest := w[size:]
	return unicode.IsUpper(r) && rest != "" && strings.ToLower(rest) == rest && !strings.ContainsFunc(rest, unicode.IsDigit)
}
