package index

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// privateAsker counts the cues by which a message shows that the asker is a private person, read from who "I" is
// rather than from what is asked about: they say they are one ("ik ben werknemer", "I'm a foreign student", "as an
// intern", "als huurder"), they name who stands over them as theirs ("mijn werkgever", "my landlord", "my boss"),
// HR tells them something ("HR gave me a deadline"), they work for someone ("ik werk bij", "I work for a"), they
// speak of their own employment contract ("a temporary contract", "een vast contract"), of a relative as theirs
// ("mijn vader", "my husband") or of buying at a shop ("ik heb bij een webshop besteld"). An entrepreneur asks
// about their staff, customers and business; an employee, tenant, student or patient asks about their own job,
// home, study or care, in words the catalogue may well know (holidays, sick leave, a contract, a grant).
//
// It counts only in a message that shows no business at all (context: businessContext) and starts none: "als
// werknemer heb ik een bedrijf naast mijn baan", "I'm a student and want to start a business" are entrepreneurs'.
func privateAsker(ws []string, context bool) int {
	if context || understand.StartOf(ws).Starts() || registersCompany(ws) {
		return 0
	}
	n := 0
	for i, w := range ws {
		prev := ""
		if i > 0 {
			prev = ws[i-1]
		}
		switch {
		case saysSelf(w, prev) && roleAfter(ws, i+1, w != "als"):
			n++ // "ik ben werknemer", "I'm a foreign student", "als huurder"
		case understand.IsPossessive(w) && i+1 < len(ws) && overAsker[ws[i+1]]:
			n++ // "mijn werkgever", "my landlord"
		case understand.IsPossessive(w) && i+1 < len(ws) && relatives[ws[i+1]] && !namesCompany(ws):
			n++ // "mijn vader", "my husband"; not "my daughter will take over the company"
		case w == "hr" && i+1 < len(ws) && toldVerbs[ws[i+1]] && toAsker(ws, i+2):
			n++ // "HR gave me", "HR zegt dat ik"; not "HR wil weten hoe ..." (HR asking for the business)
		case contractWord(w) && ownContractKind(ws, i):
			n++ // "with a temporary contract", "ik heb een vast contract", "a temporary employment contract"
		case onLeave(ws, i):
			n++ // "I have been on sick leave", "ik zit in de ziektewet"
		case worksFor(ws, i):
			n++
		case boughtAtShop(ws, i):
			n++ // "ik heb bij een webshop een jas besteld", "I bought a phone from a shop"
		}
	}
	return n
}

// saysSelf reports whether w, after prev, introduces what the asker is: "ik ben", "I am", "I'm", "als", "as". Not
// "wat als" (what if), and not "as" said of someone else ("a chance as an intern", "someone as").
func saysSelf(w, prev string) bool {
	switch w {
	case "ben":
		return prev == "ik"
	case "am", "m":
		return prev == "i"
	case "im":
		return true
	case "als":
		return prev != "wat"
	case "as":
		return !othersBefore[prev] && !privateRoles[prev] // not "a student as an intern"
	}
	return false
}

// registersCompany reports whether the message registers a company: a verb of registering with a company noun at
// most three words from it ("I am resident in Belgium and want to register a Dutch company", "hoe schrijf ik mijn
// bedrijf in"). Whoever the asker is, that is an entrepreneur's question; StartOf does not read "register" as a
// start.
func registersCompany(ws []string) bool {
	for i, w := range ws {
		if !registerVerbs[w] {
			continue
		}
		for j := max(0, i-3); j < min(len(ws), i+4); j++ {
			if understand.IsCompanyNoun(ws[j]) {
				return true
			}
		}
	}
	return false
}

// roleAfter reports whether a private person's role follows at i, after at most one other word ("a foreign
// student", "als zieke werknemer"), and after an article only where article says it may: after "als" an article
// reads as "if" ("als een werknemer ziek wordt" is an employer's question), after "ik ben" or "as" it does not.
func roleAfter(ws []string, i int, article bool) bool {
	if i < len(ws) && understand.IsIndefinite(ws[i]) {
		if !article {
			return false
		}
		i++
	}
	for j := i; j < min(len(ws), i+2); j++ {
		if privateRoles[ws[j]] && !comparative(ws, j) {
			return true
		}
	}
	return false
}

// comparative reports whether the role word at j is an adjective's comparative rather than a role: "ik ben ouder
// dan 60" and "ik ben wat ouder" say the asker's age (an entrepreneur asking about a loan or a scheme for older
// starters), "ik ben alleenstaande ouder" says they are a parent.
func comparative(ws []string, j int) bool {
	return j+1 < len(ws) && thanWords[ws[j+1]] || j > 0 && degreeWords[ws[j-1]]
}

// toAsker reports whether one of the three words from i is the asker ("HR gave me", "HR zegt dat ik", "HR wil
// dat ik"): what HR says or wants is then said to the asker, an employee.
func toAsker(ws []string, i int) bool {
	for j := i; j < min(len(ws), i+3); j++ {
		if askerWords[ws[j]] {
			return true
		}
	}
	return false
}

// contractWord reports whether w names a contract of employment or any contract: "contract", "arbeidscontract",
// "arbeidsovereenkomst".
func contractWord(w string) bool {
	return contractWords[w] || strings.HasSuffix(w, "contract") || strings.HasSuffix(w, "arbeidsovereenkomst")
}

// ownContractKind reports whether the contract at i has a kind of an employee's contract just before it (or one
// word before that: "a temporary employment contract") and is the asker's (holdsContract). A contract "met" or
// "with" a party is a deal the asker made, a contractor's as much as an employee's.
func ownContractKind(ws []string, i int) bool {
	if i+1 < len(ws) && partyAfter[ws[i+1]] {
		return false // "een tijdelijk contract met de gemeente": a deal with a party, not a job ("bij de gemeente")
	}
	for k := i - 1; k >= max(0, i-2); k-- {
		if contractKinds[ws[k]] {
			return holdsContract(ws, k)
		}
	}
	return false
}

// onLeave reports whether the asker says they are on sick leave themself: "I have been on sick leave", "I'm on
// maternity leave", "ik zit in de ziektewet", "ik ben ziekgemeld". An employer speaks of "an employee on sick
// leave"; a business word in the message keeps it from counting at all.
func onLeave(ws []string, i int) bool {
	w := ws[i]
	switch {
	case w == "leave" && i >= 2 && leaveKinds[ws[i-1]] && ws[i-2] == "on":
		return firstPersonBefore(ws, i-2, 3)
	case w == "ziektewet" && i >= 2 && ws[i-1] == "de" && ws[i-2] == "in":
		return firstPersonBefore(ws, i-2, 2)
	case w == "ziekgemeld" || w == "gemeld" && i > 0 && ws[i-1] == "ziek":
		return firstPersonBefore(ws, i, 3)
	}
	return false
}

// firstPersonBefore reports whether "I" or "ik" is among the n words before ws[i].
func firstPersonBefore(ws []string, i, n int) bool {
	for j := max(0, i-n); j < i; j++ {
		if ws[j] == "i" || ws[j] == "ik" || ws[j] == "im" {
			return true
		}
	}
	return false
}

// holdsContract reports whether the kind of contract at i is the asker's: "with a temporary contract", "op een
// tijdelijk contract", "mijn vaste contract", "ik heb een vast contract"; not one an employer offers ("een vast
// contract aanbieden", "give him a permanent contract").
func holdsContract(ws []string, i int) bool {
	j := i - 1
	if j >= 0 && understand.IsIndefinite(ws[j]) {
		j--
	}
	return j >= 0 && holdBefore[ws[j]]
}

// worksFor reports whether ws[i] starts "ik werk bij" or "I work for a" / "I work at the": the asker works for an
// employer. "I work for clients", "ik werk voor mezelf" are not.
func worksFor(ws []string, i int) bool {
	if i == 0 || i+1 >= len(ws) {
		return false
	}
	switch {
	case ws[i] == "werk" && ws[i-1] == "ik":
		return ws[i+1] == "bij"
	case ws[i] == "work" && ws[i-1] == "i":
		return (ws[i+1] == "for" || ws[i+1] == "at") && i+2 < len(ws) && (understand.IsIndefinite(ws[i+2]) || ws[i+2] == "the")
	}
	return false
}

// namesCompany reports whether a word of the message is a company or a business ("the company", "het bedrijf"):
// a relative beside it is family in a family business ("my daughter will take over the company"), where the
// message may show no business of the asker's by itself.
func namesCompany(ws []string) bool {
	return slices.ContainsFunc(ws, understand.IsCompanyNoun)
}

// boughtAtShop reports whether ws[i] is a verb of buying said by the asker ("ik heb ... besteld", "I bought"; "ik"
// among the eight words before it: the participle ends a Dutch clause) with a shop as the seller within five words of it ("bij een webshop", "from a shop", "in de winkel"): a consumer buys
// from a shop, where a business buys from a supplier or a wholesaler, which are business words that keep
// privateAsker from counting at all. Not "een factuur voor iets dat ik nooit heb besteld": no shop sold it.
func boughtAtShop(ws []string, i int) bool {
	if !buyVerbs[ws[i]] || !firstPersonBefore(ws, i, 8) {
		return false
	}
	for j := max(1, i-5); j < min(len(ws), i+6); j++ {
		if understand.IsBusinessPlace(ws[j]) && sellerBefore[ws[j-1]] || j >= 2 && understand.IsBusinessPlace(ws[j]) && sellerBefore[ws[j-2]] && understand.IsArticle(ws[j-1]) {
			return true
		}
	}
	return false
}

// The words of privateAsker: a closed class of roles and relations, not topics. privateRoles are what a private
// person says they are; overAsker who stands over them, cares for them or houses them; relatives their family;
// buyVerbs their buying and sellerBefore the word before the shop they buy from; toldVerbs what HR does to them;
// contractKinds the kinds of an employee's contract, and holdBefore the words by which it is the asker's.
var (
	privateRoles = setOf(`werknemer employee worker werkzoekende stagiair stagiaire intern trainee student studente
scholier pupil huurder tenant renter consument consumer patient ouder parent moeder vader mother father expat
particulier uitzendkracht oproepkracht flexwerker gepensioneerde pensioner retiree vrijwilliger volunteer mantelzorger
caregiver huiseigenaar homeowner bewoner resident omwonende reiziger traveller traveler passagier passenger werkloze
unemployed`)
	overAsker = setOf(`werkgever baas leidinggevende huisbaas verhuurder landlord landlady employer boss supervisor docent teacher leraar huisarts zorgverzekeraar
woningcorporatie woningbouwvereniging huurbaas verhuurster ex`)
	toldVerbs     = setOf(`gave gaf says zegt told wants wil asked vroeg`)
	contractWords = setOf(`contract contracts`)
	contractKinds = setOf(`temporary permanent tijdelijk tijdelijke vast vaste`)
	othersBefore  = setOf(`chance kans someone somebody iemand such`)
	holdBefore    = setOf(`with on met op my mijn have has heb hebt heeft had`)
	leaveKinds    = setOf(`sick maternity parental paternity`)
	thanWords     = setOf(`dan than`)
	degreeWords   = setOf(`wat iets veel al nog ook steeds beetje`)
	askerWords    = setOf(`me mij ik i my mijn`)
	partyAfter    = setOf(`met with`)
	registerVerbs = setOf(`register registers registering registreren registreer inschrijven schrijf`)
	relatives     = setOf(`vader moeder ouders zoon dochter zoontje dochtertje kind kinderen opa oma broer zus vriend vriendin echtgenoot echtgenote
ex man vrouw husband wife boyfriend girlfriend father mother parents son daughter child children kids grandmother grandfather brother sister`)
	buyVerbs     = setOf(`besteld bestelde bestelden gekocht kocht kochten bought ordered purchased`)
	sellerBefore = setOf(`bij from at in`)
)
