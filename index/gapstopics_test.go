package index

import "testing"

// The known gaps chosen from public lists of what entrepreneurs ask (zzp and bookkeeping guides, a legal FAQ for
// entrepreneurs, Ondernemersplein): finding clients, shop opening hours, an accident at work, a probation period,
// filing annual accounts, start-up costs, unpaid help or volunteers, a deposit from a customer, a credit note, a
// new business address, telemarketing, a course for oneself, borrowing from one's own bv. A
// question about one gets no_match with that gap first; questions near them, on topics an offer or a curated
// answer covers, keep their answer. The wordings are the tests' own.
func TestKnownGapsTopics(t *testing.T) {
	ix := mustIndex(t)
	gaps := []gapCase{
		{"how do I find clients as a freelancer", "klanten-vinden"},
		{"wat is de beste manier van acquisitie voor een zzp'er", "klanten-vinden"},
		{"mag ik op zondag mijn winkel open doen", "winkeltijden"},
		{"can my store open on sunday", "winkeltijden"},
		{"een medewerker heeft een ongeluk gehad op het werk", "arbeidsongeval-melden"},
		{"an employee got hurt at work, what do I do", "arbeidsongeval-melden"},
		{"hoe lang mag een proeftijd zijn", "proeftijd"},
		{"what is the maximum probation period", "proeftijd"},
		{"moet ik mijn jaarrekening deponeren bij de kvk", "jaarrekening-deponeren"},
		{"do I need to file annual accounts with kvk", "jaarrekening-deponeren"},
		{"mag ik kosten van voor mijn inschrijving aftrekken", "aanloopkosten"},
		{"are start-up costs deductible", "aanloopkosten"},
		{"mag ik vrijwilligers laten werken in mijn bedrijf", "onbetaald-meewerken"},
		{"mag ik iemand gratis laten meewerken in mijn winkel om ervaring op te doen", "onbetaald-meewerken"},
		{"mag ik een aanbetaling vragen voor een maatwerkklus", "aanbetaling-vragen"},
		{"can I ask for a down payment before I start the job", "aanbetaling-vragen"},
		{"hoe maak ik een creditnota", "creditnota"},
		{"ik heb een fout gemaakt op een factuur die al weg is", "creditnota"},
		{"hoe geef ik een adreswijziging door aan de kvk", "adres-wijzigen-kvk"},
		{"we are moving our shop, how do I change the address", "adres-wijzigen-kvk"},
		{"mag ik particulieren bellen om iets te verkopen", "telemarketing"},
		{"can I cold call people to sell my service", "telemarketing"},
		{"mag ik een cursus voor mezelf aftrekken als ondernemer", "opleiding-zelf-aftrekken"},
		{"is my training deductible as a freelancer", "opleiding-zelf-aftrekken"},
		{"mag ik geld lenen van mijn eigen bv", "lenen-van-je-bv"},
		{"can I borrow money from my own bv", "lenen-van-je-bv"},
	}
	near := []nearCase{
		{"hoe kom ik aan opdrachten van de overheid", "tenderned"},
		{"ik zoek een netwerk van ondernemers in mijn regio", "lokale-ondernemersnetwerken"},
		{"hoe vind ik nieuw personeel voor mijn winkel", "personeel-vinden"},
		{"mogen mijn werknemers op zondag werken", "arbeidstijdenwet"},
		{"mag ik op zondag alcohol schenken in mijn café", "alcoholwet"},
		{"hoe maak ik een risico-inventarisatie voor mijn bedrijf", "rie"},
		{"mijn medewerker is ziek na een ongeluk op het werk, moet ik loon doorbetalen", "loondoorbetaling-bij-ziekte"},
		{"mag ik na een proefplaatsing van UWV nog een proeftijd afspreken", "proefplaatsing"},
		{"hoe lang moet ik mijn administratie bewaren", "administratie-bewaarplicht"},
		{"welke aftrekposten heb ik als starter", "startersaftrek"},
		{"wat kost de inschrijving bij de kvk", "kvk-inschrijven"},
		{"kan ik iemand met een uitkering op proef laten werken", "proefplaatsing"},
		{"hoeveel stagevergoeding moet ik betalen", "stagevergoeding"},
		{"kan een ervaren vrijwilliger mij helpen met mijn bedrijf", "ondernemersklankbord"},
		{"mijn klant betaalt de factuur niet", "onbetaalde-factuur"},
		{"wat moet er op een factuur staan", "factuur-opstellen"},
		{"ik wil een winkel openen in het centrum", ""},
		{"we verhuizen en hebben een grootverbruikaansluiting nodig", "netcongestie"},
		{"ik wil naar nederland verhuizen en hier een bedrijf starten", ""},
		{"ik wil mijn bedrijf verkopen, wie kan me helpen", "kvk-bedrijfsoverdracht"},
		{"mag ik een nieuwsbrief sturen naar mijn klanten", "avg-ondernemers"},
		{"welke opleiding van mijn personeel wordt gesubsidieerd", "scholing-personeel-betalen"},
		{"hoeveel salaris moet ik als dga uit mijn bv halen", "gebruikelijk-loon-dga"},
		{"ik wil een lening voor mijn bv om een machine te kopen", ""},
		{"where can I borrow money for my business", "kredietunie"},
	}
	checkGaps(t, ix, gaps, near)
}
