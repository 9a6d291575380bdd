package index

import (
	"slices"
	"testing"
)

// A known gap is a topic no offer covers: a question about it gets no_match with the gap first in Answers, so the
// dialogue can refer the asker and the demand log can count the topic. The wordings are the tests' own.
func TestKnownGaps(t *testing.T) {
	ix := mustIndex(t)
	gaps := []gapCase{
		{"mag ik een concurrentiebeding opnemen voor mijn nieuwe accountmanager", "concurrentiebeding-personeel"},
		{"welke eisen gelden voor een concurrentiebeding voor mijn medewerkers", "concurrentiebeding-personeel"},
		{"de fooi van de bediening, moet ik daar loonheffing over betalen", "fooien-personeel"},
		{"how should we split the tip jar between the kitchen and the bar", "fooien-personeel"},
		{"wat moet ik weten voordat ik een franchisecontract teken", "franchise"},
		{"mijn zakenpartner en ik hebben ruzie over de winstverdeling", "ruzie-met-compagnon"},
		{"mag ik in mijn advertentie zeggen dat wij de beste zijn", "reclameregels"},
		{"een webwinkel heeft de foto's van mijn producten gekopieerd, hoe zit het met mijn auteursrecht", "auteursrecht-en-beeldrecht"},
		{"hoe sluit ik mijn schildersbedrijf aan bij de geschillencommissie", "klacht-van-klant"},
		{"mag ik mijn medewerker laten terugbetalen voor de cursus als hij ontslag neemt", "studiekostenbeding"},
		{"kan ik een nda laten tekenen door een investeerder", "geheimhoudingsovereenkomst"},
		{"is it legal to agree on prices with the other bakeries in town, or is that a cartel", "prijsafspraken-concurrenten"},
		{"another company put our product descriptions on their new site, an exact copy of our text", "auteursrecht-en-beeldrecht"},
		{"a rival shop copied our website text word for word, can I make them take it down", "auteursrecht-en-beeldrecht"},
		{"een concurrent heeft onze hele website gekopieerd, wat kan ik doen", "auteursrecht-en-beeldrecht"},
	}
	// Near the gaps, but on topics an offer or a curated answer covers: a gap must never hide them.
	near := []nearCase{
		{"ontslag personeel wegens slechte resultaten", ""},
		{"is er subsidie voor personeel", ""},
		{"mijn werkgever houdt me aan het concurrentiebeding nu ik voor mezelf begin", "bedrijf-naast-baan"},
		{"mijn klant is ontevreden en betaalt de factuur niet", "onbetaalde-factuur"},
		{"ik wil mijn logo laten beschermen als merk", "merk-registreren"},
		{"ik wil een franchise beginnen, kan ik een lening krijgen", "qredits"},
		{"mijn compagnon wil uit de vof stappen", "vennoot-uittreden-vof"},
		{"we gaan van een vof naar een bv, hoort daar een aandeelhoudersovereenkomst bij", "rechtsvorm-kiezen"},
		{"mag ik een reclamebord aan de gevel van mijn winkel hangen", "omgevingsvergunning-nodig"},
		{"moet mijn arbodienst een klachtenregeling hebben", "arbodienst-basiscontract"},
		{"minimumloon voor mijn medewerkers in de horeca", "minimumloon"},
		// The gap's topic beside another that an offer or answer covers: the question is answered.
		{"ik ben franchisenemer en wil mijn winkel verduurzamen", ""},
		{"ik wil een merk registreren en ook auteursrecht op mijn logo", "merk-registreren"},
		{"mijn klant weigert te betalen omdat hij ontevreden is over het werk", "onbetaalde-factuur"},
		{"hoeveel salaris moet ik als dga uit mijn bv halen", "gebruikelijk-loon-dga"},
		{"welke opleiding van mijn personeel wordt gesubsidieerd", "scholing-personeel-betalen"},
		{"hoe houd ik mijn uitvinding geheim tot ik octrooi aanvraag", "octrooicentrum-nederland"},
		{"ik wil samen met een concurrent een offerte indienen voor een aanbesteding", "aanbesteden-mkb"},
		{"subsidie voor een franchise starten", ""},
		// One word outside the gap's topic that names an offer is a topic of its own.
		{"hoe zit het met fooien en het minimumloon", "minimumloon"},
		{"mag de fooienpot meetellen voor het minimumloon van mijn bediening", "minimumloon"},
		{"moet de koper van mijn zaak een geheimhoudingsverklaring tekenen voordat hij de cijfers ziet", "kvk-bedrijfsoverdracht"},
	}
	checkGaps(t, ix, gaps, near)
}

// gapCase is a question about a known gap's topic and the gap that must answer it: no_match, no offers, the gap
// first in Answers.
type gapCase struct{ q, gap string }

// nearCase is a question near the gaps, on a topic an offer or a curated answer covers: no gap may hide it, and
// want (an offer in the first three, or an answer; "" for any) is found.
type nearCase struct{ q, want string }

// checkGaps runs the gap cases and the near cases, each as a subtest.
func checkGaps(t *testing.T, ix *Index, gaps []gapCase, near []nearCase) {
	t.Helper()
	for _, tt := range gaps {
		t.Run(tt.q, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			if !res.NoMatch || len(res.Results) > 0 || len(res.Answers) == 0 || res.Answers[0] != tt.gap {
				t.Errorf("no_match %v, offers %v, answers %v; want no_match with the gap %s", res.NoMatch, ids(res), res.Answers, tt.gap)
			}
		})
	}
	for _, tt := range near {
		t.Run(tt.q, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			if res.NoMatch || slices.ContainsFunc(res.Answers, ix.isGap) {
				t.Fatalf("no_match %v, answers %v: a gap hides the offers %v", res.NoMatch, res.Answers, ids(res))
			}
			if tt.want != "" && !slices.Contains(ids(res)[:min(3, len(res.Results))], tt.want) && !slices.Contains(res.Answers, tt.want) {
				t.Errorf("offers %v, answers %v; want %s", ids(res), res.Answers, tt.want)
			}
		})
	}
}
