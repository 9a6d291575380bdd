package index

import (
	"testing"

	"github.com/wegwijzer/wegwijzer/understand"
)

// TestPrivateAskerIsReadFromWhoAsks: the asker says what they are, names who stands over them, or speaks of their
// own job; a role said of someone else, "als" meaning "if", a business in the message or a start is no private
// asker.
func TestPrivateAskerIsReadFromWhoAsks(t *testing.T) {
	tests := []struct {
		name, q string
		context bool
		want    bool
	}{
		{"employee says so", "ik ben werknemer en wil weten hoeveel vakantiedagen ik heb", false, true},
		{"student says so", "I'm a foreign student, do I need to pay for the bus?", false, true},
		{"as an intern", "as an intern, how many hours can they make me work?", false, true},
		{"als huurder", "als huurder wil ik weten wat mijn rechten zijn", false, true},
		{"my landlord", "my landlord keeps the money, what can I do", false, true},
		{"mijn leidinggevende", "mijn leidinggevende belt me in het weekend", false, true},
		{"HR told me", "HR told me I have to take my days off before March", false, true},
		{"temporary contract", "can I rent a flat with a temporary contract?", false, true},
		{"ik werk bij", "ik werk bij een supermarkt, moet ik op zondag werken?", false, true},
		{"I work at the", "I work at the hospital, can I refuse night shifts?", false, true},
		{"als een werknemer means if", "als een werknemer ziek wordt, hoe lang betaal ik door?", false, false},
		{"wat als", "wat als werknemer ziek wordt", false, false},
		{"a chance as an intern", "can I give someone a chance as an intern?", false, false},
		{"working for clients", "I work for clients abroad, do I charge VAT?", false, false},
		{"a business in the message", "ik ben werknemer en heb een eenmanszaak ernaast, hoe zit het met btw?", true, false},
		{"a start", "I'm a student and want to start my own business", false, false},
		{"an employer", "mag ik mijn werknemer een tijdelijk contract geven?", true, false},
		{"homeowner", "as a homeowner, can I refuse a mast on my street?", false, true},
		{"bewoner", "als bewoner heb ik last van de bouw naast ons, wat kan ik doen?", false, true},
		{"employment contract", "I have a temporary employment contract, can they fire me?", false, true},
		{"sick leave", "I have been on sick leave for a year, what are my rights?", false, true},
		{"ziektewet", "ik zit in de ziektewet en wil weten wat ik mag", false, true},
		{"an employee on sick leave", "an employee on sick leave wants to work again, what do I do?", false, false},
		{"a contract offered", "na twee jaar moet ik een vast contract aanbieden", false, false},
		{"someone else's role", "I want to take a student as an intern", false, false},
		{"older than, no parent", "ik ben ouder dan 60, kan ik nog een lening krijgen", false, false},
		{"somewhat older", "ik ben wat ouder, kan ik nog een lening krijgen", false, false},
		{"a single parent", "ik ben alleenstaande ouder, hoeveel kinderopvangtoeslag krijg ik?", false, true},
		{"a contract with a client", "ik heb een tijdelijk contract met de gemeente voor groenonderhoud", false, false},
		{"a contract at an employer", "ik heb een tijdelijk contract bij de gemeente, mag ik weg?", false, true},
		{"HR asks for the business", "HR wil weten hoe het zit met de transitievergoeding", false, false},
		{"a resident registers a company", "I am resident in Belgium and want to register a Dutch company", false, false},
		{"een bedrijf inschrijven", "ik ben student, hoe schrijf ik mijn bedrijf in bij de kvk", false, false},
		{"a resident registers to vote", "I am resident in Utrecht, how do I register to vote", false, true},
		{"HR wants me to", "HR wil dat ik een vaststellingsovereenkomst teken", false, true},
		{"a relative", "mijn vader is overleden, wat moet ik regelen?", false, true},
		{"a husband", "my husband and I want to buy a flat", false, true},
		{"a relative in a family business", "my daughter will take over the company, do we pay gift tax?", false, false},
		{"a relative said of no one", "hoeveel kinderen mag een gastouder opvangen?", false, false},
		{"bought at a shop", "ik heb bij een webshop een jas besteld en hij is te klein", false, true},
		{"bought from a store", "I bought a phone from a store and it broke", false, true},
		{"ordered without a shop", "ik kreeg een factuur voor een advertentie die ik nooit heb besteld", false, false},
		{"the asker's housing corporation", "onze woningcorporatie wil de huur verhogen", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := privateAsker(words(parse(tt.q).Plain()), tt.context) > 0; got != tt.want {
				t.Errorf("privateAsker(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestSellingIsBusinessContext: an asker who says they sell shows a business, whatever else they are (a student);
// selling their own thing does not.
func TestSellingIsBusinessContext(t *testing.T) {
	ix := mustIndex(t)
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"I'm a student and sell clothes on Vinted", true},
		{"ik ben student en verkoop kleding op Vinted", true},
		{"I'm a student and want to sell my bike, do I pay tax?", false},
		{"our landlord wants to raise the rent", false},                 // "landlord" names a sector, but this is the asker's landlord
		{"mijn energieleverancier wil het maandbedrag verhogen", false}, // the asker's supplier, not an energy business
		{"wij zijn een energieleverancier en zoeken personeel", true},
	} {
		m := parse(tt.q)
		ws := words(m.Plain())
		if got := ix.businessContext(understand.LegalForm(m.Text), ws, ix.asksAsBusiness(ws)); got != tt.want {
			t.Errorf("businessContext(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// The catalogue's own example questions are asked by entrepreneurs: a private asker is rare among them.
func TestPrivateAskerIsRareInExampleQuestions(t *testing.T) {
	ix := mustIndex(t)
	hit, n := exampleQuestionsWith(ix, func(ws []string, context bool) bool { return privateAsker(ws, context) > 0 })
	if n == 0 || float64(hit) > 0.01*float64(n) {
		t.Errorf("%d of %d example questions have a private asker, want at most 1%%", hit, n)
	}
}

// exampleQuestionsWith counts the catalogue's example questions for which has holds, given their words and whether
// they show business (businessContext), and all example questions.
func exampleQuestionsWith(ix *Index, has func(ws []string, context bool) bool) (hit, n int) {
	for _, o := range ix.cat.Offers {
		for _, q := range o.Questions {
			n++
			m := parse(q)
			ws := words(m.Plain())
			if has(ws, ix.businessContext(understand.LegalForm(m.Text), ws, ix.asksAsBusiness(ws))) {
				hit++
			}
		}
	}
	return hit, n
}

// TestPrivateAskersGetNoMatch: an employee, intern or borrower asking about their own job or loan gets no_match,
// though the catalogue knows their words (holiday pay, a contract, a loan, working on Sunday); an employer's or a
// starter's question in the same words is still answered.
func TestPrivateAskersGetNoMatch(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q           string
		wantNoMatch bool
	}{
		{"I'm an intern at a bank, am I entitled to holiday pay?", true},
		{"can I get a loan for a car with a temporary contract?", true},
		{"HR gave me a warning because I was late, can they do that?", true},
		{"ik werk bij een supermarkt en moet elke zondag werken, mag dat?", true},
		{"I have a temporary employment contract, can they fire me?", true},
		{"I have been on sick leave for a year, what are my rights?", true},
		{"an employee on sick leave wants to work again, what do I do?", false},
		{"mijn werknemer heeft een tijdelijk contract, hoe vaak mag ik het verlengen?", false},
		{"ik wil een stagiair aannemen, moet ik een stagevergoeding betalen?", false},
		{"ik ben student en wil een eigen bedrijf starten, waar begin ik?", false},
		{"I'm a student and sell clothes on Vinted", false},
		{"ik ben student en verkoop zelfgemaakte sieraden via Etsy", false},
		{"als zzp'er werk ik bij klanten op locatie, ben ik verzekerd?", false},
		{"hoe lang moet ik loon doorbetalen als mijn medewerker ziek is?", false},
	}
	for _, tt := range tests {
		if res := mustSearch(t, ix, tt.q); res.NoMatch != tt.wantNoMatch {
			t.Errorf("%q: no_match %v, want %v", tt.q, res.NoMatch, tt.wantNoMatch)
		}
	}
}
