package index

import "testing"

// The known gaps on money, administration and tax-adjacent topics (a payment terminal, accounting software, a
// bookkeeper, a mortgage, a business lunch, work clothing, paying yourself from a sole proprietorship, a tax audit):
// a question about one gets no_match with that gap first. Questions near them, on topics an offer or a curated
// answer covers, keep their answer. The wordings are the tests' own.
func TestKnownGapsMoney(t *testing.T) {
	ix := mustIndex(t)
	gaps := []gapCase{
		{"welke pinautomaat is het beste voor mijn kapsalon", "betaalprovider-kiezen"},
		{"what payment provider should I use for my online shop", "betaalprovider-kiezen"},
		{"hoe kies ik een boekhoudpakket dat mijn bank kan koppelen", "boekhoudprogramma-kiezen"},
		{"which accounting software should I use", "boekhoudprogramma-kiezen"},
		{"wat is het verschil tussen een boekhouder en een accountant", "boekhouder-kiezen"},
		{"ik ben zzp'er en wil een woning kopen", "hypotheek-als-ondernemer"},
		{"can I get a mortgage when I have been freelancing for one year", "hypotheek-als-ondernemer"},
		{"mag ik de btw van een zakendiner terugvragen", "zakelijk-eten-aftrekken"},
		{"can I deduct a business lunch", "zakelijk-eten-aftrekken"},
		{"mag ik een overall en werkschoenen aftrekken", "werkkleding-aftrekken"},
		{"can I deduct my work boots", "werkkleding-aftrekken"},
		{"hoeveel mag ik mezelf uitbetalen als zzp'er", "mezelf-uitbetalen-eenmanszaak"},
		{"how do I take money out of my eenmanszaak", "mezelf-uitbetalen-eenmanszaak"},
		{"de belastingdienst kondigt een boekenonderzoek aan", "boekenonderzoek-belastingdienst"},
		{"I received a letter about a tax audit", "boekenonderzoek-belastingdienst"},
		// The gaps beside each other: a phone is the laptop gap's, not the clothing gap's ("pak" is a stopword).
		{"mijn telefoon gebruik ik zakelijk en privé, wat mag ik aftrekken", "laptop-of-telefoon-aftrekken"},
	}
	near := []nearCase{
		{"hoeveel salaris moet ik mezelf betalen uit mijn bv", "gebruikelijk-loon-dga"},
		{"my employee is sick, who pays the salary?", "loondoorbetaling-bij-ziekte"},
		{"hoe lang moet ik bonnetjes bewaren", "administratie-bewaarplicht"},
		{"ik zoek hulp bij mijn administratie", "administratie-bewaarplicht"},
		{"is er subsidie voor een nieuw kassasysteem", "mijn-digitale-zaak"},
		{"kan ik een lening krijgen om een pinautomaat te kopen", ""},
		{"zzp timmerman, ik wil een elektrische bestelbus kopen", "mia-vamil"},
		{"ik geef mijn personeel een kerstdiner, hoe zit dat met de werkkostenregeling", "werkkostenregeling"},
		{"hoeveel belasting moet ik opzij zetten als zzp'er", "belasting-betalen-zzp"},
	}
	checkGaps(t, ix, gaps, near)
}
