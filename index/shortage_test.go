package index

import (
	"slices"
	"strings"
	"testing"
)

// A shortage of a kind of worker asks how to find staff, whatever the trade; a shortage of anything else does not.
func TestShortageOfWorkersFindsStaff(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q       string
		want    string // first result ("a|b": one of them)
		notWant string // not in the top 3
	}{
		{"we hebben een tekort aan monteurs", "werkgeversservicepunt", "loondoorbetaling-bij-ziekte"},
		{"er is een tekort aan goede elektriciens in ons bedrijf", "werkgeversservicepunt", "slim-regeling"},
		{"ik kan geen chauffeurs vinden", "werkgeversservicepunt", "proefplaatsing"},
		{"we vinden nergens loodgieters", "werkgeversservicepunt|leerwerkloket", ""},
		{"shortage of mechanics", "werkgeversservicepunt", ""},
		{"we can't find truck drivers", "werkgeversservicepunt", "aanzet"},
		{"tekort aan geld voor een nieuwe bus", "", "werkgeversservicepunt"},
		{"we hebben een tekort aan geld", "", "werkgeversservicepunt"},
		{"we hebben een monteur die ziek is", "loondoorbetaling-bij-ziekte", ""},
		// Finding staff being hard says the same, and "struggling" is then no money trouble.
		{"we hebben moeite om personeel te vinden voor ons restaurant", "werkgeversservicepunt", "voedselveiligheid-nvwa"},
		{"het is lastig om goede monteurs te vinden", "werkgeversservicepunt", "loondoorbetaling-bij-ziekte"},
		{"we're struggling to find staff for our restaurant", "werkgeversservicepunt", "geldfit-zakelijk"},
		{"it is hard to find truck drivers", "werkgeversservicepunt", "aanzet"},
		{"we are struggling financially", "geldfit-zakelijk|ondernemersklankbord", "werkgeversservicepunt"},
	}
	for _, tc := range tests {
		res := mustSearch(t, ix, tc.q)
		got := ids(res)
		if tc.want != "" && (len(got) == 0 || !slices.Contains(strings.Split(tc.want, "|"), got[0])) {
			t.Errorf("%q: got %v, want %s first", tc.q, got, tc.want)
		}
		if answers := slices.Contains(res.Answers, "personeel-vinden"); strings.Contains(tc.q, "tekort aan") && !strings.Contains(tc.q, "geld") && !answers {
			t.Errorf("%q: answers %v, want personeel-vinden", tc.q, res.Answers)
		}
		if tc.notWant != "" && slices.Contains(got[:min(3, len(got))], tc.notWant) {
			t.Errorf("%q: got %v, want no %s in the top 3", tc.q, got, tc.notWant)
		}
	}
}
