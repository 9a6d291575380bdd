package index

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// privateProbes are private people's questions, written for this test from the categories of consumer-help desks
// (housing, purchases, subscriptions, travel, family, health, fines, inheritance, benefits, study, papers, car,
// neighbours, debts), in Dutch and English. None shows a business: each should get no_match, not an offer for
// entrepreneurs that shares a word with it.
var privateProbes = []string{
	// housing
	"de cv-ketel in mijn huurhuis is kapot en de woningcorporatie reageert niet, wat nu?",
	"krijg ik mijn borg terug als er een vlek in het tapijt zit na de verhuizing?",
	"our landlord wants to raise the rent by 8 percent, is that allowed?",
	"de takken van de boom van de buren hangen over onze schutting, mag ik ze afzagen?",
	"we willen samen een huis kopen, hoeveel hypotheek kunnen we krijgen met twee inkomens?",
	"the heating in my student room has been broken for two weeks",
	// purchases
	"mijn nieuwe wasmachine lekt na drie maanden, moet de winkel hem repareren?",
	"ik heb online een jas besteld maar het pakket is nooit aangekomen",
	"I ordered a laptop online and received a different model, can I send it back?",
	"de telefoon die ik vorig jaar kocht gaat niet meer aan, heb ik nog recht op garantie?",
	"de aannemer die onze badkamer verbouwt is halverwege gestopt, wat kan ik doen?",
	"I bought a used car from a private seller and the gearbox broke after a week",
	// subscriptions, telecom, energy
	"hoe zeg ik mijn krantenabonnement op, ze blijven maar afschrijven",
	"mijn energieleverancier wil het maandbedrag verhogen, mag dat tussentijds?",
	"my internet provider keeps charging me after I cancelled",
	"ik word steeds gebeld door telemarketeers, hoe kom ik daarvan af?",
	// travel
	"onze vlucht naar Spanje had vijf uur vertraging, krijgen we compensatie?",
	"the airline lost my suitcase on the way back, who pays for my clothes?",
	"ik moet mijn vakantie annuleren omdat mijn moeder ziek is, betaalt de annuleringsverzekering?",
	// family and relationships
	"we gaan scheiden, wie mag er in het huis blijven wonen?",
	"hoeveel kinderalimentatie moet mijn ex betalen?",
	"my husband and I are divorcing, how are our savings split?",
	"moet ik mijn kind erkennen als we niet getrouwd zijn?",
	"we want to get married in the Netherlands, which papers do we need?",
	// health and care
	"mijn zorgverzekering vergoedt de fysiotherapie niet meer, kan ik overstappen?",
	"hoe vind ik een tandarts die nog nieuwe patienten aanneemt?",
	"I need a referral to a specialist, does my insurance cover the hospital?",
	"mijn vader heeft dementie, hoe regel ik thuiszorg voor hem?",
	// fines
	"ik kreeg een boete voor te hard rijden maar ik reed niet zelf, hoe maak ik bezwaar?",
	"I got a parking ticket in Amsterdam, how do I pay it?",
	"het CJIB heeft mijn boete verhoogd omdat ik te laat betaalde, mag dat?",
	"I got fined on the train for not checking in",
	// inheritance
	"mijn oma is overleden en had schulden, moet ik de erfenis aanvaarden?",
	"hoeveel erfbelasting betaal ik als ik het huis van mijn ouders erf?",
	"my father died without a will, who inherits his house?",
	"kan ik een testament maken zonder notaris?",
	// benefits and allowances
	"moet ik mijn huurtoeslag terugbetalen nu ik meer ben gaan verdienen?",
	"hoeveel kinderbijslag krijg ik voor twee kinderen?",
	"ik zit in de bijstand en heb een erfenis gekregen, wat gebeurt er met mijn uitkering?",
	// study
	"mijn dochter gaat naar het hbo, hoeveel studiefinanciering krijgt ze?",
	"how do I apply for a student loan as an EU citizen?",
	// papers
	"mijn paspoort is verlopen, hoe vraag ik een nieuw aan?",
	"I want to exchange my foreign driving licence for a Dutch one",
	// car, neighbours, debts, services
	"mijn auto moet naar de apk, wat kost dat ongeveer?",
	"de hond van de buren blaft de hele dag, wat kan ik doen?",
	"ik heb schulden bij meerdere incassobureaus, waar krijg ik hulp?",
	"can the bailiff take my furniture if I can't pay my health insurance?",
	"de kapper heeft mijn haar verpest, mag ik weigeren te betalen?",
	// a second batch, written after the first change and before the vocabulary was extended again
	"mijn buurman parkeert steeds voor mijn oprit, mag dat?",
	"we hebben een lekkage in de badkamer van ons koophuis, betaalt de verzekering?",
	"ik wil mijn sportabonnement stopzetten maar ze rekenen een boete",
	"the bank blocked my debit card while I was abroad, what now?",
	"hoe vraag ik een nieuwe ov-chipkaart aan nu de mijne gestolen is?",
	"mijn zoon van 16 wil een bijbaantje, hoeveel uur mag hij werken?",
	"mag mijn ex zomaar met de kinderen naar het buitenland verhuizen?",
	"I want to adopt a rescue dog, what does it cost per year?",
	"de tandarts rekent 300 euro voor een kroon, wordt dat vergoed?",
	"mijn moeder gaat naar een verpleeghuis, moet ze haar huis verkopen?",
	"I received a letter from the Belastingdienst about my income tax return, I don't understand it",
	"hoeveel mag ik sparen als ik huurtoeslag krijg?",
	"can I take my cat on the plane to Portugal?",
	"onze trein was twee uur te laat, krijgen we ons geld terug?",
	"ik ben mijn rijbewijs kwijt, hoe vraag ik een nieuw aan?",
	"my neighbours throw loud parties every weekend, who do I call?",
	"ik heb een tweedehands fiets gekocht via marktplaats en hij blijkt gestolen",
	"mijn hypotheek loopt af, moet ik oversluiten?",
	"hoe krijg ik voorrang bij een sociale huurwoning?",
	"we are expecting a baby, how much maternity leave do I get as an employee?",
	"wat kost een uitvaart gemiddeld en wie betaalt die?",
	"ik wil mijn naam veranderen na mijn scheiding",
	"how do I register my newborn at the municipality?",
	"mijn studieschuld is hoog, hoeveel moet ik per maand terugbetalen?",
}

// nearProbes are entrepreneurs' questions with a word of the private probes (rent, a fine, a refund, warranty,
// insurance, a partner, an inheritance, a pet, a car): each is about the business and keeps its offers.
var nearProbes = []string{
	"mijn huurcontract van het bedrijfspand loopt af, wat moet ik regelen?",
	"we kregen een boete van de NVWA voor de hygiene in onze keuken",
	"een klant wil zijn geld terug na het retourneren via mijn webshop, moet dat binnen 14 dagen?",
	"ik verkoop via mijn webwinkel, welke garantie moet ik mijn klanten geven?",
	"welke verzekeringen heb ik nodig als zzp'er?",
	"mijn werknemer is zwanger, hoe lang is haar verlof?",
	"een medewerker wil ouderschapsverlof opnemen, moet ik dat doorbetalen?",
	"subsidie voor zonnepanelen op het dak van mijn winkel",
	"ik wil mijn bedrijf overdragen aan mijn dochter, hoe zit het met de erfbelasting?",
	"hoe regel ik mijn pensioen als zelfstandige?",
	"our employees travel to work by train, how do we reimburse their travel costs?",
	"mijn klant betaalt zijn factuur niet, wat kan ik doen?",
	"I want to hire my first employee, what do I need to arrange?",
	"als kapper wil ik mijn salon verduurzamen, welke subsidie is er?",
	"we verhuizen ons bedrijf naar een nieuw pand, waar moeten we aan denken?",
	"ik ben tandarts en wil een eigen praktijk beginnen",
	"I'm a freelance photographer, do I charge VAT to private clients?",
	"mag ik als webwinkel retourkosten in rekening brengen?",
	"our restaurant got a fine for serving alcohol to a minor",
	"we hebben een hondenuitlaatservice, moeten we ons inschrijven bij de kvk?",
	"een werknemer heeft schulden en er ligt loonbeslag, wat moet ik als werkgever doen?",
	"hoe bereken ik de bijtelling van mijn elektrische auto van de zaak?",
	"ik start een kinderdagverblijf, welke eisen gelden er?",
	"hoe vraag ik de WBSO aan voor ons softwareproject?",
	"mijn partner werkt mee in mijn eenmanszaak, kan ik daar iets voor aftrekken?",
	"ik heb een fysiotherapiepraktijk en wil zonnepanelen, is er subsidie?",
	"de huur van mijn winkel gaat omhoog en de omzet daalt, waar kan ik hulp krijgen?",
	"een klant heeft een negatieve review geschreven over mijn kapsalon",
	"mijn medewerker is al een jaar ziek, wat zijn mijn plichten?",
	"our webshop sells to customers in Germany, how does VAT work?",
	"ik ben gestopt met mijn bedrijf en heb nog schulden, waar vind ik hulp?",
	"we willen een hypotheek voor ons bedrijfspand, welke financiering past?",
	"hoeveel vakantiedagen moet ik mijn personeel geven?",
	"I own a cafe and want to play music, do I need to pay for that?",
	"mijn bakkerij wil een bezorgauto kopen, is er subsidie voor elektrisch?",
	"een klant is gevallen in mijn winkel, ben ik aansprakelijk?",
	"our company wants to offer staff a bike plan, how does that work for tax?",
	"ik wil als zzp'er een arbeidsongeschiktheidsverzekering, wat zijn de opties?",
	"wij zijn een reisbureau en zoeken subsidie voor digitalisering",
	"I run a small hotel, how do I register my business?",
	"een medewerker wil minder gaan werken na de geboorte van haar kind",
	"hoe schrijf ik mijn eenmanszaak uit bij de kvk als ik stop?",
	"mijn webshop krijgt veel retouren, hoe ga ik om met de btw daarop?",
	"our staff want to work from home, what do we have to pay them?",
	"ik heb een kinderopvang en wil een medewerker uit het buitenland aannemen",
	// a second batch, written with the second batch of private probes
	"ik kreeg een bekeuring in de milieuzone met mijn bestelbus, wat zijn de regels?",
	"een klant wil zijn abonnement op mijn dienst opzeggen, welke opzegtermijn mag ik vragen?",
	"onze bezorgers krijgen parkeerboetes, wie moet die betalen?",
	"een medewerker is overleden, wat moet ik als werkgever regelen?",
	"ik heb een reisbureau en zoek een lening om uit te breiden",
	"mijn bedrijf verhuurt vakantiewoningen, moeten we btw rekenen?",
	"mijn webshop verkoopt hondenvoer, welke regels gelden voor het etiket?",
	"ik wil mijn bedrijf erven aan mijn zoon doorgeven, hoe regel ik dat?",
	"onze monteurs rijden met bestelbussen, hoe zit het met de bijtelling?",
	"I run a daycare and want to expand, where can I find financing?",
	"een werknemer wil zijn vakantie annuleren omdat hij ziek is, moet ik de dagen teruggeven?",
	"een klant heeft zijn pakket niet ontvangen, ben ik als webwinkel aansprakelijk?",
}

// TestPrivateProbes: every near probe keeps its offers, and the private probes get no_match at least as often as
// when the words of the help desks were added (58 of 72 on main e6701ff, 51 there before; 57 on f7cc6a4, where a
// blocked debit card abroad finds an offer since the known gaps yield to named offers). The misses are logged: most
// share a strong text match with an offer and name nothing of private life the lexicon knows ("trein", "kroon",
// "apk"), or name a sector ("de kapper", "thuiszorg") that reads as business.
func TestPrivateProbes(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range nearProbes {
		t.Run("near/"+q, func(t *testing.T) {
			if res := mustSearch(t, ix, q); res.NoMatch {
				t.Errorf("no_match, want offers")
			}
		})
	}
	const minNoMatch = 57
	caught := 0
	for _, q := range privateProbes {
		res := mustSearch(t, ix, q)
		if res.NoMatch {
			caught++
			continue
		}
		t.Logf("private probe answered: %q: %s", q, shownOf(res))
	}
	if caught < minNoMatch {
		t.Errorf("%d of %d private probes get no_match, want at least %d", caught, len(privateProbes), minNoMatch)
	}
}

func shownOf(res *wegwijzer.SearchResult) string {
	out := ids(res)
	if len(res.Answers) > 0 {
		out = append(out, "answer:"+res.Answers[0])
	}
	if res.Signals != nil {
		out = append(out, fmt.Sprintf("conf=%.3f", res.Signals.Confidence))
	}
	return strings.Join(out, ",")
}
