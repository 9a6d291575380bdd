package index

import "testing"

// An employee who resigns ("ontslag nemen", "wants to quit") is no dismissal and no business that closes: the
// words do not search. The employer's dismissal still does.
func TestResigningIsNoDismissal(t *testing.T) {
	checkSearchesTerm(t, mustIndex(t), []termCase{
		{"mijn werknemer wil zelf ontslag nemen", "ontslag", false},
		{"een medewerker heeft ontslag genomen, wat nu", "ontslag", false},
		{"ik wil een werknemer ontslag geven", "ontslag", true},
		{"hoe werkt ontslag bij een reorganisatie", "ontslag", true},
		{"my employee wants to quit", "bedrijfsbeëindiging", false},
		{"I want to quit my business", "bedrijfsbeëindiging", true},
	})
}
