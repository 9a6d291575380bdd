package index

import (
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// Whose business: "<X> bedrijf" names the asker's trade only when the words before say the asker owns it ("ik heb
// een zonnepanelen bedrijf", "mijn schoonmaak bedrijf", "we zijn een installatie bedrijf") or it opens the message
// ("schoonmaak bedrijf zoekt personeel"). After a money or rules word in a keyword query ("subsidie zonnepanelen
// bedrijf", "lening machines bedrijf") "bedrijf" is the asker's business in general and X the topic: written as
// one word, the topic was taken for the trade ("zonnepanelenbedrijf", an installer) and no longer searched.

// ownsBusinessAt reports whether the words before ws[i] say that the asker owns the business ws[i] begins: a
// possessive or "als" before it, or an indefinite article after a verb of having or being or "eigenaar van", with at
// most one word (an adjective, "een klein schoonmaak bedrijf") between; or ws[i] opens the message.
func ownsBusinessAt(ws []string, i int) bool {
	if i == 0 {
		return true
	}
	for j := i - 1; j >= max(0, i-2); j-- {
		switch {
		case understand.IsOwnedBy(ws[j]):
			return true
		case understand.IsIndefinite(ws[j]):
			return j > 0 && (understand.IsOwnVerb(ws[j-1]) || ws[j-1] == "als" || ws[j-1] == "as") || j > 1 && (ws[j-1] == "van" || ws[j-1] == "of") && understand.IsOwnerNoun(ws[j-2])
		case stopwords[ws[j]]:
			return false
		}
	}
	return false
}

// tradeTopic returns the theme word a trade compound of a business noun begins with ("zonnepanelenbedrijf":
// "zonnepanelen"; "isolatiebedrijf": "isolatie"), or "" when the compound has none: the topic is still searched
// when the word also says the asker's trade.
func (ix *Index) tradeTopic(w string) string {
	for _, noun := range []string{"bedrijfje", "bedrijf"} {
		head, ok := strings.CutSuffix(w, noun)
		if !ok || len(head) < 4 {
			continue
		}
		for _, h := range []string{head, strings.TrimSuffix(head, "s")} {
			if _, theme := ix.themes[ix.stem(h)]; theme {
				return h
			}
		}
	}
	return ""
}

// introducedAt reports whether the words before ws[i] introduce it as the asker's business with an indefinite
// article after a verb of having or being ("ik heb een webshop", "we zijn een klein bureau", "I run a shop"),
// with at most one word between.
func introducedAt(ws []string, i int) bool {
	for j := i - 1; j >= max(1, i-2); j-- {
		if understand.IsIndefinite(ws[j]) {
			return understand.IsOwnVerb(ws[j-1])
		}
	}
	return false
}

// referringPronouns take up a thing named before as the object of a verb ("wil die verkopen", "sell it").
var referringPronouns = setOf(`die deze hem it`)

// takenUp reports whether a pronoun after ws[i], not right after it (a relative "die": "een webshop die kleding
// verkoopt"), takes it up again.
func takenUp(ws []string, i int) bool {
	for j := i + 2; j < len(ws); j++ {
		if referringPronouns[ws[j]] {
			return true
		}
	}
	return false
}
