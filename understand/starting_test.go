package understand

import "testing"

// TestStartOf: starting a business is read from the verb and a business word of any trade, or from starting
// for oneself, in Dutch and English; not from a business the asker works at, has or adds.
func TestStartOf(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"ik wil een dierenwinkel beginnen", true},
		{"what visa do I need to freelance", true}, // freelance as a verb: working for oneself
		{"I want to start freelancing", true},
		{"we hire a freelance designer", false}, // the adjective
		{"I want to open a tattoo shop", true},
		{"ik wil een eigen bedrijf beginnen als fietsenmaker", true},
		{"ik wil een tapijtwinkel openen in Zwolle", true},
		{"ik wil een escaperoom openen", true},
		{"we willen een trampolinepark openen", true},
		{"ik wil een fitnesscentrum beginnen", true},
		{"ik zet een schoonmaakbedrijf op", true},
		{"hoe richt ik een bv op", true},
		{"ik wil mijn eigen kapsalon beginnen", true},
		{"we want to set up a small dog grooming business in Utrecht", true},
		{"how do I launch a vintage clothing store", true},
		{"ik wil voor mezelf beginnen", true},
		{"I want to start on my own", true},
		{"ik wil zzp'er worden", true},
		{"ik wil eigen baas worden", true},
		{"I want to become self-employed", true},
		{"thinking of going freelance as a translator", true},
		{"ik wil beginnen als hovenier", true},
		{"how do I start as a wedding photographer", true},
		{"ik begin bij een schoonmaakbedrijf", false},
		{"I start at a tech company next week", false},
		{"mag mijn winkel op zondag open", false},
		{"ik wil een tweede zaak openen", false},
		{"how do I open a business account", false},
		{"ik wil een rechtszaak beginnen tegen mijn leverancier", false},
		{"ik wil een workshop starten", false},
		{"ik begin als stagiair bij een bakkerij", false},
		{"wat moet ik regelen als ik start", false},
		{"mag ik zomaar een crowdfunding starten voor mijn bedrijf", false},
		{"we are going to hire a freelancer", false},
		{"mijn werkgever begint een nieuwe afdeling", false},
		{"de open dag van een bedrijf", false},
		{"I want to open a bank account for my company", false},
		{"ik wil een hondenschool beginnen", true},
		{"we want to open a coffee bar in Rotterdam", true},
		{"ik wil met een vriendin een lunchroom openen", true},
		{"mijn zoon begint op de basisschool", false},
		{"ik begin in loondienst", false},
		{"ik begin een koffietentje in zwolle", true},
		{"hoe start ik met content marketing voor mijn bedrijf", false}, // "content" ends in "tent"
		{"ik begin met content maken op tiktok", false},
		{"we openen een feesttent op het dorpsfeest", false},
		{"ik zet een partytentje op in de tuin", false},
	}
	for _, tt := range tests {
		if got := StartOf(words(joinSeparable(tt.q))).Starts(); got != tt.want {
			t.Errorf("StartOf(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestJoinsBusiness: someone coming into the business as a partner, or starting one with the asker.
func TestJoinsBusiness(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"mijn partner wil mee in de zaak", true},
		{"mijn broer wil instappen in mijn bedrijf", true},
		{"ik wil een compagnon erbij", true},
		{"mijn vriend wil compagnon worden", true},
		{"my wife wants to join my company", true},
		{"should I take on a partner", true},
		{"we willen samen een webwinkel beginnen", true},
		{"ik wil met mijn zus een bakkerij openen", true},
		{"mijn partner wordt ziek, wat nu met mijn zaak", false},
		{"een investeerder wil instappen", false},
		{"mijn partner werkt in de zorg", false},
		{"my friend has a company", false},
	}
	for _, tt := range tests {
		if got := JoinsBusiness(words(tt.q)) != nil; got != tt.want {
			t.Errorf("JoinsBusiness(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
