package index

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// businessCues are words by which an asker shows that they run a business: who work for them, who buy from them,
// what the business earns, its legal form, their role in it. A private person's question (a tenant, an employee,
// a consumer) rarely has one. Company sizes count too.
var businessCues = setOf(`onderneming ondernemer ondernemers klant klanten personeel medewerkers werknemers
opdrachtgever opdrachtgevers leverancier leveranciers afnemer afnemers omzet winst bv vof eenmanszaak kvk starter
starters directeur eigenaar entrepreneur entrepreneurs customer customers client clients staff employees supplier
suppliers turnover revenue profit freelance founder startup owner director ceo
zelfstandig debiteur debiteuren crediteuren facturen factureren invoices invoicing btw vat boekhouding bookkeeping`)

// staffWords name a person who works for someone: the asker's staff ("een zieke medewerker", "my employee"),
// unless the asker is one ("als werknemer", "I am an employee", "as an intern"). One person, where
// understand.IsStaffWord names a company's staff as a whole ("personeel", "workers"): "als personeel" is no asker.
var staffWords = setOf(`werknemer medewerker personeelslid stagiair stagiaire sollicitant employee intern trainee
applicant`)

// selfBefore are the words before a staff word by which the asker says they are one.
var selfBefore = setOf(`als as ben am`)

// businessPlaces are words for a business that a consumer, an employee or a patient names too ("de webwinkel
// betaalt niet terug", "the company I work for", "mijn huisarts"): they count only as the asker's own or as one
// they start ("onze winkel", "wij zijn een transportbedrijf", "ik wil een café beginnen"), as do the words that
// name a sector and compounds of "bedrijf".
var businessPlaces = setOf(`bedrijf bedrijfje bedrijven zaak zaakje winkel winkelier webwinkel webshop praktijk
kantoor werkplaats fabriek business businesses company companies firm shop store`)

// ownerBefore are the words before a business word (up to three) that make it the asker's own; startAround are
// the verbs of starting one, before or after it.
var (
	ownerBefore = setOf(`mijn mn onze ons eigen wij we ben zijn als heb hebben my our own am are as im have has run
runs owns`)
	startAround = setOf(`beginnen begin starten start openen open opening opzetten oprichten starting set`)
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
		if businessCues[w] || sizeWord(w) || strings.HasSuffix(w, "ondernemer") || strings.HasSuffix(w, "ondernemers") || staffCompound(w) {
			return true
		}
		if w == "employed" && i > 0 && ws[i-1] == "self" {
			return true
		}
		if staffWords[w] {
			if !slices.ContainsFunc(ws[max(0, i-3):i], func(x string) bool { return selfBefore[x] }) {
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
		if !businessPlaces[w] && !strings.HasSuffix(w, "bedrijf") && !strings.HasSuffix(w, "bedrijven") && !ix.namesSector(w) {
			continue
		}
		if i > 0 && oodWords[ws[i-1]+"_"+w] {
			continue // "my landlord", "mijn verhuurder": the other party of a private person, not the asker's business
		}
		for _, x := range ws[max(0, i-3):i] {
			if ownerBefore[x] || startAround[x] {
				return true
			}
		}
		for _, x := range ws[i+1 : min(len(ws), i+4)] {
			if startAround[x] {
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
