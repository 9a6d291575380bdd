package index

import "testing"

// Known gaps on commercial, marketing, online and contract topics (being found on Google, social media, a domain
// name, a client changing the rate, a supplier who does not deliver, refusing cash, exchanges in a shop): a
// question about one gets no_match with that gap first, and a question beside it that an offer or a curated answer
// covers keeps its answer. The wordings are the tests' own.
func TestKnownGapsCommercial(t *testing.T) {
	ix := mustIndex(t)
	gaps := []gapCase{
		{"hoe zorg ik dat mijn bloemenwinkel bovenaan staat als mensen in google zoeken", "gevonden-worden-in-google"},
		{"is it worth paying an SEO agency for my small shop", "gevonden-worden-in-google"},
		{"hoe begin ik met een facebookpagina voor mijn bedrijf", "social-media-voor-je-bedrijf"},
		{"mag ik mijn prive facebook profiel gebruiken voor mijn zaak", "social-media-voor-je-bedrijf"},
		{"iemand anders heeft de .nl domeinnaam met mijn bedrijfsnaam geregistreerd", "domeinnaam-vastleggen"},
		{"my web designer registered the domain name in his own name, how do I get it back", "domeinnaam-vastleggen"},
		{"mijn opdrachtgever wil mijn uurtarief halverwege de opdracht verlagen", "tarief-of-opdracht-wijzigen"},
		{"a client wants to pay less than the rate we agreed, can he do that", "tarief-of-opdracht-wijzigen"},
		{"de leverancier heeft kapotte onderdelen geleverd en weigert ze te vervangen", "leverancier-komt-afspraak-niet-na"},
		{"my supplier delivered late and I lost a customer, can I claim damages", "leverancier-komt-afspraak-niet-na"},
		{"mag ik contant geld weigeren in mijn winkel", "contant-geld-weigeren"},
		{"do I need to accept cash in my bakery", "contant-geld-weigeren"},
		{"een klant wil een broek ruilen zonder bon", "ruilen-en-garantie-in-de-winkel"},
	}
	// Near these gaps, on topics an offer or a curated answer covers: the gap must not hide them.
	near := []nearCase{
		{"hulp bij online marketing voor mijn webshop, kunnen studenten dat doen", "digitale-werkplaatsen"},
		{"hoe krijg ik een nepreview van mijn google bedrijfsprofiel af", "online-review-verwijderen"},
		{"mijn instagramaccount is gehackt", "gehackt-wat-nu"},
		{"ik krijg een rekening voor mijn domeinnaam van een bedrijf dat ik niet ken, is dat oplichting", "fraudehelpdesk"},
		{"ik wil mijn merknaam ook als domeinnaam beschermen, moet ik een merk registreren", "merk-registreren"},
		{"is er subsidie voor een nieuwe website en betere vindbaarheid", ""},
		{"mijn klant is failliet en mijn factuur is nog niet betaald", "onbetaalde-factuur"},
		{"mijn klant betaalt de factuur niet omdat hij het tarief te hoog vindt", "onbetaalde-factuur"},
		{"hoe bepaal ik mijn uurtarief als zzp'er", "uurtarief-bepalen"},
		{"een klant wil zijn bestelling uit mijn webshop terugsturen", "regels-webwinkel"},
		{"mag ik een nieuwsbrief sturen naar klanten zonder toestemming", "avg-ondernemers"},
	}
	checkGaps(t, ix, gaps, near)
}
