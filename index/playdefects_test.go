package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// Greenhouses are horticulture: "kassen" names the asker's sector, as "glastuinbouw" does.
func TestGreenhousesAreHorticulture(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{"kassen verduurzamen", "onze tuinbouwkassen moeten duurzamer", "our greenhouses use too much gas"} {
		if res := mustSearch(t, ix, q); res.Sector != "landbouw" {
			t.Errorf("%q: sector %q, want landbouw", q, res.Sector)
		}
	}
}

// Defects found by playing the chat as a new user: the offer or curated answer a question gets first, and what it
// must not get. Each case is written in words of its own, beside the words it was found with.
func TestPlayedQuestionsRankTheirSubjectFirst(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name   string
		q      string
		first  string // the first offer ("a|b": one of them); "" = not checked
		answer string // the first curated answer; "-" = none; "" = not checked
		not    string // an offer not in the top 3, or an answer not given ("answer:id"); "" = not checked
	}{
		// A general example question of another answer ("... een terras bij mijn café, welke vergunning") outranked
		// the terrace permit's own.
		{"terrace at my café", "mag ik een terras voor mijn café", "", "terrasvergunning", ""},
		{"terrace at a lunchroom", "wij willen een terras bij onze lunchroom", "", "terrasvergunning", ""},
		// The first employee's answer had an example about a first employee who falls ill: every sick employee got it.
		{"employee sick for two years", "mijn werknemer is al 2 jaar ziek, wat nu?", "loondoorbetaling-bij-ziekte|wet-verbetering-poortwachter", "", "answer:eerste-werknemer-aannemen"},
		{"employee sick for long", "onze werknemer is al maanden ziek", "loondoorbetaling-bij-ziekte|wet-verbetering-poortwachter", "", "answer:eerste-werknemer-aannemen"},
		// Seeking a kind of worker is finding staff, not training them or screening them (VOG).
		{"seeking pedagogical staff", "ik zoek pedagogisch medewerkers", "werkgeversservicepunt", "", "answer:scholing-personeel-betalen"},
		{"pedagogical staff wanted", "pedagogisch medewerkers gezocht voor ons kinderdagverblijf", "werkgeversservicepunt", "", "vog-personeel"},
		{"looking for experienced cooks", "we zijn op zoek naar ervaren koks", "werkgeversservicepunt", "", "ondernemersklankbord"},
		{"seeking mechanics", "wij zoeken monteurs", "werkgeversservicepunt", "", "loondoorbetaling-bij-ziekte"},
		{"looking for chefs", "we are looking for chefs for our restaurant", "werkgeversservicepunt", "", ""},
		{"seeking a course is no staff", "ik zoek een cursus voor mijn medewerkers", "slim-regeling|stap-budget", "", "werkgeversservicepunt"},
		// Disagreeing with something keeps it the subject: "niet akkoord met" rejected the camera surveillance.
		{"staff disagree with cameras", "mijn medewerkers gaan niet akkoord met cameratoezicht", "avg-ondernemers", "", ""},
		{"staff unhappy with cameras", "my staff are not happy with the security cameras in the shop", "avg-ondernemers", "", ""},
		// Opening a venue of a trade the catalogue does not know is starting a business, not a public tender.
		{"opening an escape room", "ik wil een escaperoom openen", "kvk-inschrijven|rechtsvorm-kiezen", "", "tenderned"},
		{"opening a trampoline park", "we willen een trampolinepark openen", "kvk-inschrijven|rechtsvorm-kiezen", "", "tenderned"},
		// Growing is growth, and a plan is no plan of action (RI&E, Poortwachter) nor a payment plan.
		{"plan to grow", "we have a plan to grow", "mkb-diagnosetool|techleap", "", "rie"},
		{"plan om te groeien", "we hebben plannen om te groeien", "mkb-diagnosetool|techleap", "", "wet-verbetering-poortwachter"},
		{"plan of action stays", "ik moet een plan van aanpak maken voor de RI&E", "rie", "", ""},
		// A founder who says nothing of coming from abroad is no candidate for the start-up residence permit.
		{"founder alone", "I am a founder", "", "", "startup-verblijfsvergunning"},
		{"starter alone", "ik ben oprichter van een nieuw bedrijf", "", "", "startup-verblijfsvergunning"},
		{"founder from abroad", "I am a founder from Brazil", "startup-verblijfsvergunning", "", ""},
		// An ordinary starter who asks for money gets the loans for any starter, not those for innovative ones.
		{"hairdresser starting asks money", "ik start een kapsalon en zoek financiering", "qredits", "", "vroegefasefinanciering"},
		{"starter needs funding", "I am starting a business and need funding", "qredits", "", "seed-capital"},
		// A loan for most sectors but a few (BMKB-Groen) is not one for the asker's sector.
		{"loan for a café", "a loan for my café", "qredits|kredietunie|bmkb", "", ""},
		// An electric van is no electric company car: the van's synonyms meant "elektrisch rijden", a name of the
		// company-car rule.
		{"electric delivery van", "elektrische bestelbus", "mia-vamil|aanzet|zero-emissiezones", "", ""},
		{"electric delivery van, closed scheme left out", "subsidie elektrische bestelbus kopen", "mia-vamil|aanzet|zero-emissiezones", "", ""},
		{"electric company car stays", "elektrische auto van de zaak", "bijtelling-elektrische-auto", "", ""},
		// Paying the VAT (and then the other taxes) is how VAT works, not a payment arrangement.
		{"paying VAT and tax", "hoe betaal ik btw en belasting", "btw-ondernemers", "", ""},
		{"cannot pay VAT", "we kunnen de btw-aanslag niet betalen", "betalingsregeling-belastingdienst", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustSearch(t, ix, tc.q)
			got := ids(res)
			// The dialogue shows a closed scheme only when the question names it: the first card is the first open one.
			open := slices.DeleteFunc(slices.Clone(got), func(id string) bool { return ix.cat.Offer(id).Status == wegwijzer.StatusGesloten })
			if tc.first != "" && (len(open) == 0 || !slices.Contains(strings.Split(tc.first, "|"), open[0])) {
				t.Errorf("%q: got %v, want %s first (of the open ones)", tc.q, got, tc.first)
			}
			switch {
			case tc.answer == "-" && len(res.Answers) > 0:
				t.Errorf("%q: answers %v, want none", tc.q, res.Answers)
			case tc.answer != "" && tc.answer != "-" && (len(res.Answers) == 0 || res.Answers[0] != tc.answer):
				t.Errorf("%q: answers %v, want %s first", tc.q, res.Answers, tc.answer)
			}
			if a, ok := strings.CutPrefix(tc.not, "answer:"); ok {
				if slices.Contains(res.Answers, a) {
					t.Errorf("%q: answers %v, want no %s", tc.q, res.Answers, a)
				}
			} else if tc.not != "" && slices.Contains(got[:min(3, len(got))], tc.not) {
				t.Errorf("%q: got %v, want no %s in the top 3", tc.q, got, tc.not)
			}
		})
	}
}
