package index

import (
	"context"
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// Which words of the offers' names the index reads as words of the language, from the catalogue's own text.
func TestWordsOfTheLanguageInNames(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		word, offer string
		ordinary    bool
		why         string
	}{
		{"slim", "slim-regeling", true, "the acronym SLIM is the Dutch 'slim' (smart)"},
		{"stap", "stap-budget", true, "the acronym STAP is the Dutch 'stap' (step)"},
		{"zes", "zero-emissiezones", true, "ZES is the number six"},
		{"or", "ondernemingsraad", true, "OR is the English 'or'"},
		{"werkplaatsen", "digitale-werkplaatsen", true, "'Werkplaatsen' of a proper name, a workshop in the prose"},
		{"deal", "regio-deal-achterhoek", true, "'Deal' of Regio Deal"},
		{"wbso", "wbso", false, "an acronym no text writes as a word"},
		{"eia", "eia", false, "an acronym no text writes as a word"},
		{"mkb", "bmkb", false, "mkb in capitals is the same word"},
		{"broodfonds", "broodfonds", false, "a name of one word is the offer's name wherever it stands"},
		{"energiefonds", "energiefonds-overijssel", false, "a keyword of one word names it alone"},
		{"achterhoek", "regio-deal-achterhoek", false, "a place"},
	}
	for _, tt := range tests {
		t.Run(tt.word+" of "+tt.offer, func(t *testing.T) {
			pos, ok := ix.offerPos[tt.offer]
			if !ok {
				t.Fatalf("no offer %s", tt.offer)
			}
			got := false
			for _, term := range ix.analyze(tt.word) {
				got = got || slices.ContainsFunc(ix.ordinaryNames[term], func(r ordinaryName) bool { return r.offer == pos })
			}
			if got != tt.ordinary {
				t.Errorf("a word of the language in its names: %v, want %v (%s)", got, tt.ordinary, tt.why)
			}
		})
	}
}

// A word of an offer's names that is a word of the language names the offer only when the question holds the name:
// the acronym in capitals, the word next to or joined to a word of the name or a scheme word, or a name of several
// words whole. Otherwise it is a word like any other, and the offer is not held (no named signal from it).
func TestWordsSpeltAsNames(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q     string
		offer string
		named bool // true: the question holds the name, and the offer is first (or within the top rank); false: neither
		rank  int  // for named: the offer's rank at most (0: first)
	}{
		// Ordinary uses: the word, not the name.
		{q: "hoe kan ik slim inkopen voor mijn winkel", offer: "slim-regeling"},
		{q: "ik wil slim omgaan met energie in mijn bakkerij", offer: "slim-regeling"},
		{q: "is het slim om een bv op te richten", offer: "slim-regeling"},
		{q: "is het slim om nu zonnepanelen te kopen", offer: "slim-regeling"},
		{q: "IK WIL SLIM INKOPEN", offer: "slim-regeling"}, // all in capitals: the capitals say nothing
		{q: "is a slim margin normal for a webshop", offer: "slim-regeling"},
		{q: "is it smart to slim down my product range", offer: "slim-regeling"},
		{q: "welke stap moet ik eerst zetten bij het starten van een bedrijf", offer: "stap-budget"},
		{q: "wat is de volgende stap na mijn inschrijving bij de kvk", offer: "stap-budget"},
		{q: "stap voor stap een webshop opzetten", offer: "stap-budget"},
		{q: "ik heb een werkplaats voor fietsen, waar moet ik op letten", offer: "digitale-werkplaatsen"},
		{q: "onze werkplaats is te klein geworden, waar vind ik een groter pand", offer: "digitale-werkplaatsen"},
		{q: "ik heb een oude werkplaats gekocht en wil die verduurzamen", offer: "digitale-werkplaatsen"},
		{q: "ik sluit een goede deal met een leverancier, moet ik btw rekenen", offer: "regio-deal-achterhoek"},
		{q: "we hebben zes vestigingen, wat moeten we regelen voor de arbo", offer: "zero-emissiezones"},
		{q: "do we need a permit or a licence for a food truck", offer: "ondernemingsraad"},
		// Name uses: the name held.
		{q: "ik wil SLIM aanvragen voor mijn personeel", offer: "slim-regeling", named: true},
		{q: "slim regeling opleiding medewerkers", offer: "slim-regeling", named: true},
		{q: "de slimregeling", offer: "slim-regeling", named: true},
		{q: "SLIM subsidie voor een opleidingsplan", offer: "slim-regeling", named: true},
		{q: "wanneer opent de SLIM weer", offer: "slim-regeling", named: true},
		{q: "SLIM-regeling aanvragen", offer: "slim-regeling", named: true},
		{q: "slim-subsidie aanvragen", offer: "slim-regeling", named: true},
		{q: "WAT IS DE SLIM REGELING", offer: "slim-regeling", named: true},
		{q: "is the SLIM scheme open for small firms", offer: "slim-regeling", named: true},
		{q: "STAP budget", offer: "stap-budget", named: true},
		{q: "kan ik nog STAP aanvragen", offer: "stap-budget", named: true},
		{q: "stap-budget aanvragen voor een cursus", offer: "stap-budget", named: true},
		{q: "does the STAP budget still exist", offer: "stap-budget", named: true},
		{q: "digitale werkplaats mkb", offer: "digitale-werkplaatsen", named: true},
		{q: "waar zit een digitale werkplaats bij mij in de buurt", offer: "digitale-werkplaatsen", named: true},
		{q: "regio deal achterhoek subsidie", offer: "regio-deal-achterhoek", named: true},
		{q: "vanaf hoeveel mensen moeten we een OR hebben?", offer: "ondernemingsraad", named: true},
		{q: "moet mijn bestelbus aan de eisen van de ZES voldoen", offer: "zero-emissiezones", named: true, rank: 2},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			pos := ix.offerPos[tt.offer]
			u := ix.understand(understand.Parse(tt.q))
			if held := slices.Contains(u.held, pos); held != tt.named {
				t.Errorf("the question holds the name of %s: %v, want %v", tt.offer, held, tt.named)
			}
			res, err := ix.Search(context.Background(), wegwijzer.Query{Text: tt.q, Top: 3})
			if err != nil {
				t.Fatal(err)
			}
			at := slices.Index(ids(res), tt.offer)
			switch {
			case tt.named && (at < 0 || at > tt.rank):
				t.Errorf("%v: want %s at rank %d or better", ids(res), tt.offer, tt.rank+1)
			case !tt.named && at == 0:
				t.Errorf("%v: %s first, by a word of the language", ids(res), tt.offer)
			}
		})
	}
}

// The word of the language does not match an offer whose acronym it spells: the text match leaves the offer out
// for that word, and the named signal is not set by it.
func TestAcronymSpeltAsWordDoesNotMatch(t *testing.T) {
	ix := mustIndex(t)
	res, err := ix.Search(context.Background(), wegwijzer.Query{Text: "hoe kan ik slim inkopen voor mijn winkel", Top: 10})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(ids(res), "slim-regeling") {
		t.Errorf("%v: the SLIM-regeling found by 'slim'", ids(res))
	}
	if res.Signals == nil || res.Signals.Named {
		t.Errorf("signals %+v: want a question that names no offer", res.Signals)
	}
}

func TestWebAddress(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"rvo.nl", true}, {"KVK.nl.", true}, {"rvo.nl/eia-2024", true}, {"https://x", true}, {"info@kvk.nl", true},
		{"bedrijf.", false}, {"e.g.", false}, {"3.5", false}, {"slim", false},
	} {
		if got := webAddress(tt.f); got != tt.want {
			t.Errorf("webAddress(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// Where an offer's texts have a word of its names as its name only, the word of the language does not match it: an
// acronym, and a capitalised word that the offer's own prose and keywords never write in lower case and its own
// example questions ask only as its name. The words of a descriptive name that askers use in their own sense stay
// words of the offer.
func TestNameOnly(t *testing.T) {
	ix := mustIndex(t)
	for _, tt := range []struct {
		word, offer string
		want        bool
	}{
		{"slim", "slim-regeling", true},
		{"werkplaats", "digitale-werkplaatsen", true}, // "is er een digitale werkplaats in Friesland"
		{"bedrijfsauto", "seba", false},               // Emissieloze Bedrijfsauto's: asked about as vans
		{"deal", "regio-deal-achterhoek", false},
	} {
		pos := ix.offerPos[tt.offer]
		got := false
		for _, term := range ix.analyze(tt.word) {
			got = got || slices.Contains(ix.unnamedBy(term, nil), pos)
		}
		if got != tt.want {
			t.Errorf("%s of %s: the word does not match the offer: %v, want %v", tt.word, tt.offer, got, tt.want)
		}
	}
}
