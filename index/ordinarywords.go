package index

import (
	"slices"
	"strings"
	"unicode"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

// Which words of offers' names are words of the language is read from the catalogue when the index is built
// (ordinarynames.go): the words its edited prose writes in lower case, the words of other offers' example questions,
// and the words of places' names, which those questions type in lower case too.

// lowerCaseIn returns which of the words of cands the catalogue's edited prose writes in lower case: the offers'
// summaries, pitches, eligibility and next steps and the curated answers' texts, in Dutch and English, without their
// web addresses ("qredits.nl", "rvo.nl/eia").
func (ix *Index) lowerCaseIn(cands map[string][]nameCandidate) map[string]bool {
	out := map[string]bool{}
	see := func(w string) {
		if _, ok := cands[w]; ok {
			out[w] = true
		}
	}
	seen := map[string]bool{} // a large catalogue repeats its texts: each is read once
	for _, o := range ix.cat.Offers {
		for _, text := range offerProse(o) {
			if !seen[text] {
				seen[text] = true
				lowerWords(text, see)
			}
		}
	}
	for _, a := range ix.cat.Answers {
		lowerWords(a.Text, see)
		lowerWords(a.TextEN, see)
	}
	return out
}

// offerProse is an offer's edited prose: summary, pitch, eligibility and next step, Dutch and English.
func offerProse(o *wegwijzer.Offer) []string {
	return slices.Concat([]string{o.Summary, o.SummaryEN, o.Pitch, o.PitchEN, o.NextStep.How, o.NextStep.HowEN}, o.Eligibility, o.EligibilityEN)
}

// lowerWords calls see with each word of a text that is written in lower case, web addresses left out. It splits the
// text as rawWords does, without making slices: the catalogue's prose is read whole at every build.
func lowerWords(text string, see func(string)) {
	for len(text) > 0 {
		f := text
		if k := strings.IndexAny(text, " \n\t"); k >= 0 {
			f, text = text[:k], text[k+1:]
		} else {
			text = ""
		}
		if f == "" || webAddress(f) {
			continue
		}
		start, lower := -1, true
		for k, r := range f {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if start < 0 {
					start, lower = k, true
				}
				lower = lower && !unicode.IsUpper(r)
				continue
			}
			if start >= 0 && lower {
				see(f[start:k])
			}
			start = -1
		}
		if start >= 0 && lower {
			see(f[start:])
		}
	}
}

// writesAsWord reports whether an offer's own prose (summary, pitch, eligibility, next step) or keywords write a word
// of stem st in lower case: as a word ("verduurzamen" of the Subsidieregeling Verduurzaming MKB), not as its name.
// own remembers per text the stems it writes so (a large catalogue repeats its texts).
func (ix *Index) writesAsWord(own map[string]map[string]bool, o int32, st string) bool {
	for _, text := range append(offerProse(ix.cat.Offers[o]), ix.cat.Offers[o].Keywords...) {
		stems, ok := own[text]
		if !ok {
			stems = map[string]bool{}
			lowerWords(text, func(w string) {
				if ts, ok := ix.stems[w]; ok { // the catalogue's words are analysed once (countOfferWords)
					for _, t := range ts {
						stems[t] = true
					}
				} else {
					stems[w] = true
				}
			})
			own[text] = stems
		}
		if stems[st] {
			return true
		}
	}
	return false
}

// placeNameWords returns the words of the names of the catalogue's places ("noord" and "holland" of Noord-Holland).
func (ix *Index) placeNameWords() map[string]bool {
	out := map[string]bool{}
	for _, kind := range []content.PlaceKind{content.KindLand, content.KindProvincie, content.KindRegio, content.KindCorop, content.KindGemeente} {
		for _, p := range ix.cat.Geography.Places(kind) {
			for _, n := range append([]string{p.Name}, p.AltNames...) {
				for _, w := range words(n) {
					out[w] = true
				}
			}
		}
	}
	return out
}

// exampleWordsOfOthers returns which of the words of cands an example question of an offer uses that does not
// have the word among its names (title, aliases, keywords), or an example question of a curated answer.
func (ix *Index) exampleWordsOfOthers(cands map[string][]nameCandidate) map[string]bool {
	out := map[string]bool{}
	for i, qs := range ix.exampleWords {
		for _, q := range qs {
			for _, w := range q {
				if _, ok := cands[w]; ok && !out[w] && !slices.ContainsFunc(ix.textWords[i][:3], func(name []string) bool { return slices.Contains(name, w) }) {
					out[w] = true
				}
			}
		}
	}
	for _, a := range ix.cat.Answers {
		for _, q := range a.Questions {
			for _, w := range words(q) {
				if _, ok := cands[w]; ok {
					out[w] = true
				}
			}
		}
	}
	return out
}

// webAddress reports whether a word of prose is a web or e-mail address ("https://...", "qredits.nl",
// "rvo.nl/eia"): a dot between a letter or digit and two small letters.
func webAddress(f string) bool {
	if strings.Contains(f, "://") || strings.Contains(f, "@") {
		return true
	}
	for i := 1; i+2 < len(f); i++ {
		if f[i] == '.' && (isWordByte(f[i-1]) || f[i-1] >= 'A' && f[i-1] <= 'Z') && isLowerByte(f[i+1]) && isLowerByte(f[i+2]) {
			return true
		}
	}
	return false
}

func isLowerByte(b byte) bool { return b >= 'a' && b <= 'z' }
