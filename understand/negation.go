package understand

import (
	"slices"
	"strings"
	"unicode"
)

// maxNegated is the number of content words one negation can reject ("geen lening of krediet").
const maxNegated = 3

// dropNegated returns text without the negation cues and the words they reject, and the rejected words.
//
// A cue ("niet", "geen", "zonder", "behalve", "not", "no", "without", "except", "don't want") rejects the content
// words after it in its clause, joined by "of"/"en"/"or"/"and", at most maxNegated. It rejects nothing when the
// clause says that something is lacking or fails rather than unwanted ("ik kan geen personeel vinden", "de klant
// wil niet betalen", "ik weet niet welke subsidie"): there the words after the cue are the question. In a clause
// with "hebben" ("ik heb geen personeel") only company-size words are rejected. "niet meer" and "niet alleen"
// negate nothing that can be searched for.
func dropNegated(text string) (kept string, negated []string) {
	var out []string
	for _, clause := range clauses(text) {
		toks := words(clause)
		drop := make([]bool, len(toks))
		for i := 0; i < len(toks); i++ {
			n := cueLength(toks, i)
			if n == 0 || lacking(toks, i, n) || beyondBorder(toks, i) || withoutFormality(toks, i) || eitherWay(toks, i) {
				continue
			}
			have := slices.ContainsFunc(toks[:i], func(w string) bool { return haveVerbs[w] })
			j := i + n
			if j < len(toks) && notNegatable[toks[j]] {
				continue
			}
			var rejected []int
			for ; j < len(toks) && len(rejected) < maxNegated; j++ {
				w := toks[j]
				if boundaries[w] || cueLength(toks, j) > 0 {
					break
				}
				if fillers[w] || joiners[w] {
					continue
				}
				if have && !staffWords[w] {
					break
				}
				rejected = append(rejected, j)
				if j+1 < len(toks) && !joiners[toks[j+1]] && !fillers[toks[j+1]] && !englishCompound(toks, i, n, j) {
					break // one word, unless the next joins another ("lening of krediet") or is a filler
				}
			}
			if len(rejected) == 0 {
				continue
			}
			for k := i; k <= rejected[len(rejected)-1]; k++ {
				drop[k] = true
			}
			for _, k := range rejected {
				if !slices.Contains(negated, toks[k]) {
					negated = append(negated, toks[k])
				}
			}
			i = rejected[len(rejected)-1]
		}
		for k, w := range toks {
			if !drop[k] {
				out = append(out, w)
			}
		}
	}
	if len(negated) == 0 {
		return text, nil // nothing rejected: the text as written (the index reads its own punctuation)
	}
	return strings.Join(out, " "), negated
}

// eitherWay reports whether the cue at toks[i] is one side of a choice the asker weighs up: "wel of geen personeel
// aannemen", "wel of niet een bv", "whether or not to hire staff". The words after it are the question, not a thing
// rejected (rejected, "personeel" made the salon owner's "moet ik wel of geen personeel aannemen" a question about
// anything but staff).
func eitherWay(toks []string, i int) bool {
	if i >= 2 && toks[i-1] == "of" && toks[i-2] == "wel" {
		return true
	}
	return i >= 2 && toks[i-1] == "or" && toks[i-2] == "whether"
}

// englishCompound reports whether the word after toks[j] belongs to the English noun phrase that the cue at
// toks[i:i+n] rejects: English writes its compounds apart, so "no highly skilled migrant visa" rejects the
// skilled-migrant visa, not "highly" alone (a Dutch compound is one word: "geen kennismigrantenvisum"). Only after
// "no" or a cue with an article ("not a limited company", "without a business plan"), where a noun phrase follows,
// and only over content words: "no loans please" rejects the loans, "not paying tax" only "paying".
func englishCompound(toks []string, i, n, j int) bool {
	if n != 1 || j+1 >= len(toks) {
		return false
	}
	phrase := toks[i] == "no" || enNounCues[toks[i]] && i+1 < len(toks) && enNegatedArticles[toks[i+1]]
	next := toks[j+1]
	return phrase && !functionWords[toks[j]] && !functionWords[next] && !interjectionLike(next) && !boundaries[next] &&
		!notNegatable[next] && cueLength(toks, j+1) == 0 && !lackVerbs[next] && !haveVerbs[next]
}

// lacking reports whether the clause around the cue at toks[i:i+n] says that something lacks or fails: a lack
// verb after the cue ("geen personeel vinden"), or right before a plain "niet"/"geen"/"not"/"no" ("ik krijg
// geen lening", "ik weet niet welke"), also with an object pronoun between ("de bank geeft me geen lening").
func lacking(toks []string, i, n int) bool {
	if slices.ContainsFunc(toks[i+n:], func(w string) bool { return lackVerbs[w] }) {
		return true
	}
	if n == 1 && plainNegations[toks[i]] && i+1 < len(toks) && lackNouns[toks[i+1]] {
		return true // "geen inkomen": short of something (lack.go)
	}
	if n != 1 || !plainNegations[toks[i]] || i == 0 {
		return false
	}
	return lackVerbs[toks[i-1]] || i > 1 && objectPronouns[toks[i-1]] && lackVerbs[toks[i-2]]
}

// cueLength returns how many words of a negation cue start at toks[i] (0 = none).
func cueLength(toks []string, i int) int {
	if negationCues[toks[i]] {
		return 1
	}
	for _, cue := range negationPhrases {
		if i+len(cue) <= len(toks) && slices.Equal(toks[i:i+len(cue)], cue) {
			return len(cue)
		}
	}
	return 0
}

// clauses splits text at punctuation inside a sentence and at sentence ends.
func clauses(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return r == ',' || r == ';' || r == ':' || r == '.' || r == '!' || r == '?' || r == '\n' || r == '(' || r == ')' || unicode.Is(unicode.Pd, r) && r != '-'
	})
}

// beyondBorder reports whether the cue at toks[i] is "buiten" or "outside" before a territory ("buiten de EU",
// "outside the Netherlands"): where a customer, a supplier or the asker is, not something rejected. "export
// buiten de EU" asks about exactly that export, and "a freelancer from outside the EU" about such a freelancer.
func beyondBorder(toks []string, i int) bool {
	if toks[i] != "buiten" && toks[i] != "outside" {
		return false
	}
	for j := i + 1; j < len(toks); j++ {
		if !determiners[toks[j]] {
			return territories[toks[j]]
		}
	}
	return false
}

// withoutFormality reports whether the cue at toks[i] is "zonder" or "without" before a formality ("zonder
// inschrijving bij de kvk", "without KVK registration", "without a permit"): asking whether one may do without it
// asks whether it is needed, so it is the question, not something rejected (the KVK registration was rejected,
// and the answer was on other things).
func withoutFormality(toks []string, i int) bool {
	if toks[i] != "zonder" && toks[i] != "without" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if formalities[toks[j]] {
			return true
		}
		if !determiners[toks[j]] && !fillers[toks[j]] && !possessives[toks[j]] {
			return false
		}
	}
	return false
}

// territories are the words for a territory that "buiten" or "outside" places someone or something beyond.
var territories = set(`eu eer eea europa europe nederland netherlands holland nl land landen country countries
unie union schengen`)

// interjectionLike reports whether w closes a request rather than naming a thing: "please", "thanks".
func interjectionLike(w string) bool { return w == "please" || w == "thanks" || interjections[w] }
