package index

import "github.com/wegwijzer/wegwijzer/understand"

// businessCues are words by which an asker shows that they run a business: what they run, who work for them, who
// buy from them. A private person's question (a tenant, an employee, a consumer) rarely has one; a business-like
// question without any is more likely off-topic. Generic support words and company sizes count too.
var businessCues = setOf(`bedrijf bedrijfje bedrijven onderneming ondernemer ondernemers zaak zaakje winkel
webwinkel webshop praktijk kantoor werkplaats fabriek bv vof eenmanszaak kvk omzet winst klant klanten
personeel medewerkers werknemers opdrachtgever opdrachtgevers leverancier leveranciers starter starten
business businesses company companies firm startup shop store entrepreneur entrepreneurs customer customers
client clients staff employees supplier suppliers turnover revenue profit freelance founder`)

// asksAsBusiness reports whether the message shows that the asker runs (or starts) a business: a business word,
// a company size, or a sector.
func (ix *Index) asksAsBusiness(m understand.Message, u *understanding) bool {
	if u.sector != "" {
		return true
	}
	for _, w := range words(m.Plain()) {
		if businessCues[w] || sizeWords[w] {
			return true
		}
	}
	return false
}
