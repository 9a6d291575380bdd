package understand

import (
	"slices"
	"strings"
)

// Words that show a business in a message: the words are in lexicon_business.go.

var (
	businessContext  = set(nlBusinessContext + " " + enBusinessContext)
	businessPrefixes = slices.Concat(nlBusinessPrefixes, enBusinessPrefixes)
	compoundOnly     = set(nlCompoundOnlyPrefixes)
	sellerWords      = set(nlSellerWords + " " + enSellerWords)
	sellVerbs        = set(nlSellVerbs + " " + enSellVerbs)
	sellerSubjects   = set(nlSellerSubjects + " " + enSellerSubjects)
	ownThingWords    = set(nlOwnThingWords + " " + enOwnThingWords)
	consumerGroups   = set(nlConsumerGroups + " " + enConsumerGroups)
	articles         = set(nlArticles + " " + enArticles)
	businessCues     = set(nlBusinessCues + " " + enBusinessCues)
	staffMembers     = set(nlStaffMembers + " " + enStaffMembers)
	beingWords       = set(nlBeingWords + " " + enBeingWords)
	businessPlaces   = set(nlBusinessPlaces + " " + enBusinessPlaces)
	ownerCues        = set(nlOwnerCues + " " + enOwnerCues)
	startCues        = set(nlStartCues + " " + enStartCues)
	ownedBy          = set(nlOwnedBy + " " + enOwnedBy)
	indefinites      = set(nlIndefinites + " " + enIndefinites)
	ownVerbs         = set(nlOwnVerbs + " " + enOwnVerbs)
	ownerNouns       = set(nlOwnerNouns + " " + enOwnerNouns)
	legalFormTerms   = set(nlLegalFormTerms)
	companySizes     = set(nlCompanySizes + " " + enCompanySizes)
	headcountWords   = set(nlHeadcountWords)
	scopeWords       = set(nlScopeWords + " " + enScopeWords)
	premisesWords    = set(nlPremisesWords + " " + enPremisesWords)
)

// IsBusinessContext reports whether w (lower case, in the search's spelling) is a word of doing business that a
// private person's question rarely has: a word such as "vacature", "export", "pand", "vergunning" or "funding", or a
// word that begins or ends as one ("bedrijfspand", "zakelijke", "transportbedrijf", "winkelpand").
func IsBusinessContext(w string) bool {
	if businessContext[w] {
		return true
	}
	for _, p := range businessPrefixes {
		if len(w) > len(p) && strings.HasPrefix(w, p) || w == p && !compoundOnly[p] {
			return true
		}
	}
	return slices.ContainsFunc(nlBusinessSuffixes, func(s string) bool { return strings.HasSuffix(w, s) })
}

// IsSupplierCompound reports whether w is a compound whose head is a business that serves the asker
// ("energieleverancier", "internetprovider", "zorgverzekeraar"), not that head alone ("leverancier" is a business
// cue: an entrepreneur's suppliers).
func IsSupplierCompound(w string) bool {
	return slices.ContainsFunc(nlSupplierHeads, func(h string) bool { return len(w) > len(h)+2 && strings.HasSuffix(w, h) })
}

// IsSellerWord reports whether w (lower case) says, after "als" or "a", that the asker sells ("verkoper",
// "seller").
func IsSellerWord(w string) bool { return sellerWords[w] }

// SellsGoods reports whether the asker says they sell ("ik verkoop kleding op Vinted", "I'm a student and sell
// clothes", "we verkopen taarten"): a verb of selling with the asker as its subject, among the five words before it
// or right after it ("verkoop ik"). Selling goods is a business's activity, whoever the seller is besides (a
// student, an employee); whether it is a business yet is what such a question asks. (Five words: "I'm" is read as
// "i am", so "I'm a student and sell" has the subject five words before the verb.) Not when what is sold is the
// asker's own thing ("ik wil mijn auto verkopen", "selling my house", "we verkopen ons huis", "verkoop ik mijn
// huis"): a possessive of the asker between the subject and the verb or right after the later of the two.
func SellsGoods(ws []string) bool {
	for i, w := range ws {
		if !sellVerbs[w] {
			continue
		}
		subject := -1
		for j := i - 1; j >= max(0, i-5); j-- {
			if sellerSubjects[ws[j]] {
				subject = j
				break
			}
		}
		if subject < 0 && i+1 < len(ws) && sellerSubjects[ws[i+1]] {
			subject = i + 1
		}
		if subject < 0 {
			continue
		}
		// Between the subject and the verb, and the word right after the later of them ("verkoop ik mijn huis").
		lo, hi := min(subject, i)+1, min(max(subject, i)+2, len(ws))
		if !slices.ContainsFunc(ws[lo:hi], func(x string) bool { return ownThingWords[x] }) {
			return true
		}
	}
	return false
}

// IsConsumerGroup reports whether w (lower case) names consumers as a group, to whom a business sells
// ("particulieren", "consumers").
func IsConsumerGroup(w string) bool { return consumerGroups[w] }

// IsArticle reports whether w (lower case) is an article or a demonstrative ("een", "de", "die", "the", "this").
func IsArticle(w string) bool { return articles[w] }

// Who asks: each reports whether w (lower case, in the search's spelling) is one of its list in
// lexicon_business.go.

// IsBusinessCue: a word by which an asker shows that they run a business ("klanten", "omzet", "founder").
func IsBusinessCue(w string) bool { return businessCues[w] }

// IsStaffMember: one person who works for someone ("medewerker", "employee"), where IsStaffWord is staff as a whole.
func IsStaffMember(w string) bool { return staffMembers[w] }

// IsBeingWord: a word before a staff member by which the asker says they are one ("als", "ben", "as", "am").
func IsBeingWord(w string) bool { return beingWords[w] }

// IsBusinessPlace: a word for a business that a consumer names too ("winkel", "webshop", "company").
func IsBusinessPlace(w string) bool { return businessPlaces[w] }

// IsBusinessPremises reports whether w names a business's premises: a word of doing business (IsBusinessContext)
// that ends in a word for a building or a space ("bedrijfsruimte", "winkelpand", "kantoorruimte"), or one of
// premisesWords ("premises"). A landlord or a tenant beside it is a party to a business lease, not a private one.
func IsBusinessPremises(w string) bool {
	if premisesWords[w] {
		return true
	}
	return IsBusinessContext(w) && slices.ContainsFunc(nlPremisesHeads, func(h string) bool { return len(w) > len(h) && strings.HasSuffix(w, h) })
}

// IsScopeWord: a word that only names the level of government a scheme comes from or how far a business reaches
// ("provinciaal", "Europees", "national").
func IsScopeWord(w string) bool { return scopeWords[w] }

// IsOwnerCue: a word before a business word that makes it the asker's own ("onze", "heb", "my", "run").
func IsOwnerCue(w string) bool { return ownerCues[w] }

// IsStartCue: a verb of starting a business ("beginnen", "openen", "set").
func IsStartCue(w string) bool { return startCues[w] }

// IsOwnedBy: a word right before a trade written apart that makes it the asker's ("mijn", "als", "our").
func IsOwnedBy(w string) bool { return ownedBy[w] }

// IsIndefinite: an indefinite article ("een", "n", "a", "an").
func IsIndefinite(w string) bool { return indefinites[w] }

// IsOwnVerb: a verb of having or being a business before its indefinite article ("heb", "zijn", "run", "m").
func IsOwnVerb(w string) bool { return ownVerbs[w] }

// IsOwnerNoun: one who owns a business ("eigenaar", "directeur", "owner").
func IsOwnerNoun(w string) bool { return ownerNouns[w] }

// IsLegalFormTerm: the short name of a legal form, one word ("bv", "nv", "vof", "maatschap").
func IsLegalFormTerm(w string) bool { return legalFormTerms[w] }

// IsCompanySize: a word that only names a company size ("kleinbedrijf", "mkbbedrijf", "solo").
func IsCompanySize(w string) bool { return companySizes[w] }

// IsHeadcountWord: a word that counts people after a number ("man", "fte").
func IsHeadcountWord(w string) bool { return headcountWords[w] }
