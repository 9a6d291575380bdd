package index

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// asksAsBusiness reports whether the message shows that the asker runs (or starts) a business: a business word,
// a company size, an employer who is not the asker's own ("als werkgever", not "mijn werkgever"), or a business
// place or sector that is theirs.
// ws are the words of the whole message (reading.words).
func (ix *Index) asksAsBusiness(ws []string) bool {
	for i, w := range ws {
		if otherOwner(ws, i) {
			continue // "de eigenaar van mijn huurwoning", "the owner of the flat": another party, not the asker
		}
		if understand.IsBusinessCue(w) || sizeWord(w) || strings.HasSuffix(w, "ondernemer") || strings.HasSuffix(w, "ondernemers") || staffCompound(w) {
			return true
		}
		if w == "employed" && i > 0 && ws[i-1] == "self" {
			return true
		}
		if understand.IsStaffMember(w) {
			if !slices.ContainsFunc(ws[max(0, i-3):i], func(x string) bool { return understand.IsBeingWord(x) }) {
				return true
			}
			continue
		}
		if w == "werkgever" || w == "employer" {
			if i == 0 || !understand.IsPossessive(ws[i-1]) {
				return true
			}
			continue
		}
		if !understand.IsBusinessPlace(w) && !strings.HasSuffix(w, "bedrijf") && !strings.HasSuffix(w, "bedrijven") && !ix.namesSector(w) {
			continue
		}
		if i > 0 && oodWords[ws[i-1]+"_"+w] || partyOverAsker(ws, i) {
			continue // "my landlord", "our landlord", "mijn verhuurder": the other party of a private person, not the asker's business
		}
		for _, x := range ws[max(0, i-3):i] {
			if understand.IsOwnerCue(x) || understand.IsStartCue(x) {
				return true
			}
		}
		for _, x := range ws[i+1 : min(len(ws), i+4)] {
			if understand.IsStartCue(x) {
				return true
			}
		}
	}
	return false
}

// namesSector reports whether a word on its own names a sector ("bakkerij", "horeca").
func (ix *Index) namesSector(w string) bool {
	_, ok := ix.sectors[ix.stem(w)]
	return ok && !sectorVerbs[w]
}

// staffCompound reports whether a word is a compound about the asker's staff as a group ("medewerkersaantal",
// "personeelsbestand", "werknemersverzekeringen"): a Dutch compound that starts with the plural or linking form of a
// staff word. Not customers: "klantenservice" is whom a consumer calls.
func staffCompound(w string) bool {
	for _, head := range []string{"medewerkers", "werknemers", "personeels"} {
		if len(w) > len(head)+3 && strings.HasPrefix(w, head) {
			return true
		}
	}
	return false
}

// otherOwner reports whether ws[i] is an owner named with a definite article ("de eigenaar", "the owner"): someone
// the asker deals with (a landlord, the seller of a house), where "ik ben eigenaar", "als eigenaar" or "owner of a
// bakery" is the asker.
func otherOwner(ws []string, i int) bool {
	return (ws[i] == "eigenaar" || ws[i] == "owner") && i > 0 && understand.IsDefiniteArticle(ws[i-1])
}

// partyOverAsker reports whether ws[i] is someone who stands over the asker or serves them, named as theirs ("our
// landlord", "mijn huisbaas", "onze woningcorporatie", "mijn energieleverancier"): "landlord" and
// "energieleverancier" name sectors, but after a possessive they are the asker's landlord or supplier, not their
// business.
func partyOverAsker(ws []string, i int) bool {
	return i > 0 && understand.IsPossessive(ws[i-1]) && (overAsker[ws[i]] || understand.IsSupplierCompound(ws[i]))
}
