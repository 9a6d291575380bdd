package index

import (
	"testing"

	"github.com/wegwijzer/wegwijzer/understand"
)

func TestAsksAsBusiness(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"mijn klant betaalt niet", true},
		{"ik heb een bakkerij in Zwolle", true}, // a sector
		{"als zzp'er wil ik een lening", true},  // a size
		{"how do I register my company", true},
		{"mijn huisbaas houdt de borg in", false},
		{"who won the world cup", false},
		{"wij zijn een klein transportbedrijf", true},        // a business place that is theirs
		{"ik wil een café beginnen in Breda", true},          // one they start
		{"wat moet ik als werkgever regelen", true},          // an employer, not the asker's own
		{"mijn werkgever betaalt mijn overuren niet", false}, // the asker's employer: an employee
		{"Help! Een webwinkel betaalt mijn geld niet terug", false},
		{"the company I work for pays me late", false},
		{"my landlord keeps my deposit, what can I do?", false},        // a sector word, but the other party
		{"kan ik een zieke medewerker in de proeftijd ontslaan", true}, // their staff
		{"do I have to keep paying an employee who is sick?", true},
		{"mag ik als werknemer thuiswerken", false}, // the asker is the employee
		{"I am an employee and my boss pays late", false},
		{"ik ben uitvaartondernemer in Helmond", true}, // a compound of ondernemer
		{"I am self-employed and cannot pay my tax", true},
		{"moet ik btw rekenen over mijn facturen", true},
		{"ons medewerkersaantal groeit naar 50 personen", true}, // a compound about their staff
		{"hoe regel ik het personeelsdossier", true},
		{"de klantenservice van de webwinkel reageert niet", false},     // whom a consumer calls, not the asker's customers
		{"mag de eigenaar van mijn huurwoning de huur verhogen", false}, // the owner is the landlord
		{"ik ben eigenaar van een bakkerij", true},
	}
	for _, tt := range tests {
		if got := ix.asksAsBusiness(read(understand.Parse(tt.q)).words); got != tt.want {
			t.Errorf("asksAsBusiness(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
