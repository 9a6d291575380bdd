package bot

import (
	"slices"
	"sync"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

var builtin = sync.OnceValues(func() (*content.Catalogue, error) {
	cat, _, err := content.Load(content.Builtin(), content.Options{})
	return cat, err
})

func mustCatalogue(tb testing.TB) *content.Catalogue {
	tb.Helper()
	cat, err := builtin()
	if err != nil {
		tb.Fatal(err)
	}
	return cat
}

func ids(os []*wegwijzer.Offer) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.ID)
	}
	return out
}

func TestReadBindsReferencesToWhatWasShown(t *testing.T) {
	cat := mustCatalogue(t)
	shown := []string{"eia", "mia-vamil", "kvk-advies"}
	for _, id := range shown {
		if cat.Offer(id) == nil {
			t.Fatalf("the catalogue has no offer %s to test with", id)
		}
	}
	tests := []struct {
		text     string
		intent   understand.Intent
		followUp bool
		refs     []string
	}{
		{"Hoe vraag ik dat aan?", understand.IntentApply, true, []string{"eia"}},
		{"Wat is het maximale bedrag?", understand.IntentAmount, true, []string{"eia"}},
		{"hoe vraag ik de tweede aan", understand.IntentApply, true, []string{"mia-vamil"}},
		{"voor wie is de laatste", understand.IntentConditions, true, []string{"kvk-advies"}},
		{"hoeveel is de EIA?", understand.IntentAmount, true, []string{"eia"}},
		{"wat is het verschil tussen de EIA en de MIA?", understand.IntentDifference, true, []string{"eia", "mia-vamil"}},
		{"wat is het verschil", understand.IntentDifference, true, []string{"eia", "mia-vamil"}},
		{"How do I apply for that?", understand.IntentApply, true, []string{"eia"}},
		{"hoe vraag ik subsidie aan voor zonnepanelen op mijn dak", understand.IntentApply, false, nil},
		{"en hoe zit dat met een terrasvergunning aanvragen voor mijn café", understand.IntentApply, false, nil},
		{"hoe vraag ik dat aan bij rvo", understand.IntentApply, true, []string{"eia"}},
		{"subsidie voor een elektrische bestelbus", understand.IntentNone, false, nil},
		{"en de tweede?", understand.IntentNone, true, []string{"mia-vamil"}},
		{"de EIA?", understand.IntentNone, true, []string{"eia"}},
		// Probes of issue 11, second round: a named offer before the list, the list's own words, a pointer alone.
		{"hoe vraag ik de wbso aan", understand.IntentApply, true, []string{"wbso"}},
		{"hoeveel procent mag ik extra aftrekken", understand.IntentAmount, true, []string{"eia"}},
		{"kom ik in aanmerking als we nog geen winst maken?", understand.IntentConditions, true, []string{"eia"}},
		{"wat doen ze?", understand.IntentNone, true, []string{"eia"}},
		{"is daar subsidie voor?", understand.IntentNone, false, nil},
		{"hoeveel kost een terrasvergunning voor mijn café", understand.IntentAmount, false, nil},
	}
	for _, tt := range tests {
		r := read(cat, indexOfferNames(cat), tt.text, shown)
		if r.intent.Intent != tt.intent || r.followUp != tt.followUp || (tt.followUp && !slices.Equal(ids(r.refs), tt.refs)) {
			t.Errorf("read(%q) = intent %q, follow-up %v, refs %v; want %q, %v, %v", tt.text, r.intent.Intent, r.followUp, ids(r.refs), tt.intent, tt.followUp, tt.refs)
		}
	}
}

func TestReadWithoutAnswerIsNoFollowUp(t *testing.T) {
	cat := mustCatalogue(t)
	if r := read(cat, indexOfferNames(cat), "hoe vraag ik dat aan", nil); r.followUp {
		t.Errorf("a follow-up without anything shown: refs %v", ids(r.refs))
	}
	if r := read(cat, indexOfferNames(cat), "hoeveel is de EIA", nil); !r.followUp || !slices.Equal(ids(r.refs), []string{"eia"}) {
		t.Errorf("a question about a named offer is a follow-up on it; got %v %v", r.followUp, ids(r.refs))
	}
}

func TestProblemClauses(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Mijn omzet daalt, ik heb een belastingschuld en mijn pand moet verduurzaamd worden", 3},
		{"subsidie voor een elektrische bestelbus", 1},
		{"I want to hire an apprentice and export to Germany", 2},
		{"zonnepanelen en een warmtepomp", 0},
		{"I want to start a small bakery in Amsterdam, what financing is there?", 1},
		{"ik wil een bakkerij beginnen, welke subsidies zijn er?", 1},
		{"we willen het pand verduurzamen. Waar begin ik?", 1},
		{"Mijn omzet daalt, hoe kan ik mijn pand verduurzamen?", 2},
		{"Ik heb een idee voor een app, waar kan ik financiering krijgen?", 1},
		{"I have an idea for an app, where can I get funding?", 1},
		// A comma or point inside a number separates digits, not clauses.
		{"I need a loan of 30,000 euro to start my food truck", 1},
		{"ik zoek een lening van 1.500 euro voor een nieuwe oven", 1},
		{"Mijn omzet daalt.Ik heb een belastingschuld", 1}, // no space: read as one
		// A word left half and joined to the next by "en" is one word written twice, not two clauses.
		{"belastingvoordeel voor speur- en ontwikkelingswerk aan onze software", 1},
		{"ik zoek hulp bij de aan- en verkoop van mijn zaak", 1},
		// A doubt about the clause before ("maar ... dat") is part of it; a new problem after "maar" is not.
		{"ik wil een jongen opleiden tot bakker, maar ik weet niet of dat financieel haalbaar is", 1},
		{"ik wil zonnepanelen op mijn dak, maar ik heb ook een zieke werknemer", 2},
	}
	for _, tt := range tests {
		if got := problemClauses(tt.text); len(got) != tt.want {
			t.Errorf("problemClauses(%q) = %q, want %d", tt.text, got, tt.want)
		}
	}
}

// TestProblemClausesKeepElidedWordsAsWritten: a clause is shown as its problem's label, so "speur- en" and "aan- of"
// stay as the asker wrote them (they were shown as "speur-en" and "aan-en").
func TestProblemClausesKeepElidedWordsAsWritten(t *testing.T) {
	tests := []struct{ text, want string }{
		{"belastingvoordeel voor speur- en ontwikkelingswerk, en ik heb een zieke werknemer", "belastingvoordeel voor speur- en ontwikkelingswerk"},
		{"ik zoek hulp bij de aan- of verkoop van mijn zaak en ik wil zonnepanelen", "ik zoek hulp bij de aan- of verkoop van mijn zaak"},
	}
	for _, tt := range tests {
		got := problemClauses(tt.text)
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("problemClauses(%q) = %q, want first %q", tt.text, got, tt.want)
		}
	}
}

// TestNamesSpeltLikeWords: a one-word name spelt like a function word or a number names its offer only in capitals,
// and a place never names an offer.
func TestNamesSpeltLikeWords(t *testing.T) {
	cat := mustCatalogue(t)
	idx := indexOfferNames(cat)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"hoe vraag ik een subsidie aan", nil},
		{"wat doet het EEN voor exporteurs", []string{"enterprise-europe-network"}},
		{"wat doet het Enterprise Europe Network", []string{"enterprise-europe-network"}},
		{"we hebben zes medewerkers", nil},
		{"hoeveel is de eia", []string{"eia"}},
		{"nee sorry, Deventer", nil}, // a place, not "Subsidie klimaatadaptieve maatregelen voor bedrijven (Deventer)"
	} {
		if got := ids(idx.named(tt.text)); !slices.Equal(got, tt.want) {
			t.Errorf("named(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestProviderNamesNoOffer: brackets in a title that name the offer's provider do not make the provider's name a
// name of the offer ("No-riskpolis (UWV)", "Bedrijf overdragen of overnemen (KVK)"); the offer's own name still
// names it, and brackets that abbreviate the offer itself ("(EIA)") still do.
func TestProviderNamesNoOffer(t *testing.T) {
	cat := mustCatalogue(t)
	idx := indexOfferNames(cat)
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"kan de KVK helpen", nil},
		{"can the UWV help me", nil},
		{"wat doet de ACM", nil},
		{"ik heb een vraag voor SBB", nil},
		{"wat is de no-riskpolis", []string{"no-riskpolis"}},
		{"hoe werkt een bedrijf overdragen of overnemen", []string{"kvk-bedrijfsoverdracht"}},
		{"gelden de regels voor online verkopen aan consumenten", []string{"regels-webwinkel"}},
		{"hoe word ik erkend leerbedrijf", []string{"erkend-leerbedrijf"}},
		{"hoeveel is de EIA", []string{"eia"}},
	} {
		if got := ids(idx.named(tt.text)); !slices.Equal(got, tt.want) {
			t.Errorf("named(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestProviderPointsAtShownOffers: after an answer, a message that only names the organisation behind offers shown
// (and asks whether it can help) asks about those offers; a name of an organisation behind none of them, or a
// topic of its own, is a new question.
func TestProviderPointsAtShownOffers(t *testing.T) {
	cat := mustCatalogue(t)
	shown := []string{"no-riskpolis", "ondernemingsraad", "wet-verbetering-poortwachter", "loondoorbetaling-bij-ziekte"}
	for _, tt := range []struct {
		text     string
		followUp bool
		refs     []string
	}{
		{"can UWV help?", true, []string{"no-riskpolis", "wet-verbetering-poortwachter"}},
		{"kan het UWV helpen", true, []string{"no-riskpolis", "wet-verbetering-poortwachter"}},
		{"kan de KVK helpen", false, nil},
		{"kan UWV helpen met een lening voor mijn bedrijf", false, nil},
	} {
		r := read(cat, indexOfferNames(cat), tt.text, shown)
		if r.followUp != tt.followUp || !slices.Equal(ids(r.refs), tt.refs) {
			t.Errorf("read(%q) = follow-up %v, refs %v; want %v, %v", tt.text, r.followUp, ids(r.refs), tt.followUp, tt.refs)
		}
	}
}

// TestOnlyAskerClauses: a clause that only says who asks is no problem of its own.
func TestOnlyAskerClauses(t *testing.T) {
	cat := mustCatalogue(t)
	ts := &turnState{cat: cat}
	for _, tt := range []struct {
		clause string
		want   bool
	}{
		{"freelance IT consultant", true},
		{"I run a web shop", true},
		{"ik heb een bakkerij in Zwolle", true},
		{"want to use less plastic packaging", false},
		{"ik wil een webshop beginnen", false},
		{"mijn omzet daalt", false},
		{"zonnepanelen op de stal", false},
	} {
		if got := ts.onlyAsker(tt.clause); got != tt.want {
			t.Errorf("onlyAsker(%q) = %v, want %v", tt.clause, got, tt.want)
		}
	}
}

// TestFollowUpBindsToTheOfferItNames: a follow-up that names no offer but uses a word of one shown ("hoe schrijf
// ik me in?", "how do I register?") is about that one; otherwise about the first shown.
func TestFollowUpBindsToTheOfferItNames(t *testing.T) {
	cat := mustCatalogue(t)
	names := indexOfferNames(cat)
	shown := []string{"btw-ondernemers", "kvk-inschrijven", "regels-webwinkel"}
	tests := []struct{ text, want string }{
		{"hoe schrijf ik me in?", "kvk-inschrijven"},
		{"how do I register?", "kvk-inschrijven"},
		{"hoe vraag ik dat aan?", "btw-ondernemers"},
		{"wat kost dat?", "btw-ondernemers"},
		{"is dat gratis?", "btw-ondernemers"}, // "gratis" asks what it costs; it does not pick an offer by its title
	}
	for _, tt := range tests {
		r := read(cat, names, tt.text, shown)
		if !r.followUp || len(r.refs) == 0 || r.refs[0].ID != tt.want {
			t.Errorf("read(%q) = follow-up %v, refs %v; want about %s", tt.text, r.followUp, ids(r.refs), tt.want)
		}
	}
}

// TestContextJoined: a clause that neither asks nor names a problem is context for the question after it; one
// after the last question is a wish of its own.
func TestContextJoined(t *testing.T) {
	tests := []struct {
		clauses []string
		want    int
	}{
		{[]string{"we bouwen een AI product", "zijn er subsidies voor ontwikkeling"}, 1},
		{[]string{"ik wil een leerling aannemen", "mijn webshop uitbreiden naar Duitsland"}, 2},
		{[]string{"mijn omzet daalt", "ik heb een belastingschuld", "mijn pand moet verduurzaamd worden"}, 3},
		{[]string{"we sell cheese from our farm", "is there support for export?"}, 1},
		{[]string{"my turnover is falling", "we want to export"}, 2},
	}
	for _, tt := range tests {
		if got := contextJoined(tt.clauses); len(got) != tt.want {
			t.Errorf("contextJoined(%q) = %q, want %d clauses", tt.clauses, got, tt.want)
		}
	}
}
