package index

import (
	"slices"

	"github.com/wegwijzer/wegwijzer/understand"
)

// Words read in their sense in context: a business handed over rather than bought, an employee who resigns, idioms
// of weighing things up that name no topic, and verbs that are not their nouns.

// handedOver reads taking over the asker's own business as handing it over: "wie neemt mijn bedrijf over", "kan
// mijn zoon mijn zaak overnemen" ask about a successor, the seller's side, where "het bedrijf van mijn baas
// overnemen" asks the buyer's. The verb is rewritten in ws to the seller's ("overdragen"), so that neither the
// synonyms nor the curated answers for buyers take the question; it returns the words it rewrote, which the
// example questions are still compared with (sellers' examples say "overnemen" too: "mijn kinderen willen het
// bedrijf niet overnemen"). Dutch only: the English examples use "take over" for both sides.
func handedOver(ws []string) []string {
	own := false
	for j := 1; j < len(ws); j++ {
		if businessNouns[ws[j]] && understand.IsPossessive(ws[j-1]) {
			own = true
		}
	}
	if !own {
		return nil
	}
	var taken []string
	for i, w := range ws {
		if understand.IsTakeOverVerb(w) {
			taken = append(taken, w)
			ws[i] = "overdragen"
		}
	}
	return taken
}

// resigning marks the words that say an employee leaves of their own accord. In Dutch "ontslag nemen" ("hij neemt
// ontslag", "ze heeft ontslag genomen") is resigning, where "ontslag" alone is the employer's dismissal; in English
// an employee who quits or resigns ("my employee wants to quit") is no business that closes down. Read as words,
// "mijn werknemer wil zelf ontslag nemen" found the compensation for a dismissal's transition payment first: who
// does what was lost. The catalogue has no offer on a resignation, so the words do not search; they are not unknown
// words either ("ik neem ontslag bij mijn baas en start een eigen zaak" asks about starting, and is on topic).
func resigning(lang understand.Lang, ws []string) []bool {
	out := make([]bool, len(ws))
	for i, w := range ws {
		switch {
		case lang != understand.EN && w == "ontslag":
			for _, j := range []int{i - 1, i + 1, i + 2} {
				if j >= 0 && j < len(ws) && understand.IsTakeForm(ws[j]) {
					out[i], out[j] = true, true
				}
			}
		case lang == understand.EN && understand.IsResignVerb(w) && !quitsBusiness(ws[i+1:]):
			// The staff noun must be the nearest subject: "I have two employees and want to quit my business" is
			// the asker closing down.
			for j := i - 1; j >= max(0, i-6); j-- {
				if understand.IsSelfSubject(ws[j]) {
					break
				}
				if understand.IsEmployeeSubject(ws[j]) {
					out[i] = true
					break
				}
			}
		}
	}
	return out
}

// consideringIdiom marks the words of an idiom of weighing things up, which names no topic ("wat haal ik me op de
// hals", too: searched, both words were "hal", a hall, and found SDE++ and GO): "rekening houden met",
// "waar moet ik rekening mee houden", "houd er rekening mee" (a form of "houden" within three words of "rekening",
// and "met" or "mee" at most two words from it), and "take ... into account" (at most six words apart). Searched,
// "account" found the G-rekening and the administration rules for "what should I take into account when I hire
// staff"; "ik houd mijn rekening gescheiden" is about an account.
func consideringIdiom(ws []string) []bool {
	out := make([]bool, len(ws))
	near := func(i, d int, in map[string]bool) int {
		for j := max(0, i-d); j < min(len(ws), i+d+1); j++ {
			if j != i && in[ws[j]] {
				return j
			}
		}
		return -1
	}
	for i, w := range ws {
		switch w {
		case "rekening":
			if h := near(i, 3, holdForms); h >= 0 && near(i, 2, withWords) >= 0 {
				out[i], out[h] = true, true
			}
		case "hals":
			// "wat haal ik me op de hals", "iets op je hals halen": taking on trouble, no hall ("hal" is both stems).
			if h := near(i, 8, fetchForms); h >= 0 && slices.Contains(ws[max(0, i-2):i], "op") {
				out[i], out[h] = true, true
			}
		case "account":
			if i > 0 && ws[i-1] == "into" {
				if t := near(i, 6, takeForms); t >= 0 && t < i {
					out[i], out[t] = true, true
				}
			}
		}
	}
	return out
}

// holdForms, withWords and takeForms are the words of the idioms of weighing things up (consideringIdiom).
var (
	holdForms = setOf(`houden houd hou houdt hield hielden gehouden`)
	withWords = setOf(`met mee`)
	takeForms = setOf(`take takes taking took taken`)
	// fetchForms are the forms of "halen" of "zich iets op de hals halen" (taking on trouble).
	fetchForms = setOf(`halen haal haalt haalde haalden gehaald`)
)

// quitsBusiness reports whether the words after a verb of leaving name a business as its object ("quit my
// business", "resign from the company"): the asker stops, no employee resigns.
func quitsBusiness(after []string) bool {
	for _, w := range after {
		if !understand.IsQuitObjectLead(w) {
			return understand.IsBusinessPlace(w)
		}
	}
	return false
}

// verbSense reports whether the English word at i is a verb whose noun is a word of the catalogue with another
// meaning: "leave" is time off work as a noun ("parental leave"), but departing after "to", an auxiliary or a
// subject ("my partner wants to leave", "I will leave"), and "leaving" is always the verb. Read as the noun, a
// partner who leaves the business found birth and parental leave.
func verbSense(ws []string, i int) bool {
	switch ws[i] {
	case "leaving":
		return true
	case "leave":
		return i > 0 && understand.IsClauseWord(ws[i-1])
	}
	return false
}

// verbSenseNL reports whether the Dutch word at i is a form of a verb whose noun is a word of the catalogue:
// "merken" (to notice) beside its subject or before "dat" ("ik merk dat", "merk je dat", "we merken dat klanten
// wegblijven") is no brand ("mijn merk", "merken registreren"). Read as the noun, it brought the brand
// registration first to a question about finding mechanics.
//
// So is "akkoord" with a form of "gaan" ("moet mijn personeel akkoord gaan", "de klant gaat akkoord"): to agree,
// no debt agreement; read as the noun, it brought the WHOA first to a question about cameras in a shop.
func verbSenseNL(ws []string, i int) bool {
	if ws[i] == "akkoord" {
		return i > 0 && understand.IsGoForm(ws[i-1]) || i+1 < len(ws) && understand.IsGoForm(ws[i+1])
	}
	if !understand.IsNoticeForm(ws[i]) {
		return false
	}
	if ws[i] != "merk" && ws[i] != "merken" {
		return true // "merkt", "merkte", "gemerkt" are the verb only
	}
	return i > 0 && understand.IsSubjectPronoun(ws[i-1]) || i+1 < len(ws) && (understand.IsSubjectPronoun(ws[i+1]) || ws[i+1] == "dat")
}
