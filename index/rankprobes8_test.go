package index

import (
	"slices"
	"testing"
)

// A landlord beside a business's premises is a party to a business lease: "mijn verhuurder" counts as a word of
// private life (data/outofdomain.txt) only when the message names no premises of a business. The wordings are the
// test's own (helper "rank8"); 3 of the 5 business ones were no_match before.
func TestLandlordOfBusinessPremises(t *testing.T) {
	ix := mustIndex(t)
	for _, c := range []struct {
		q       string
		noMatch bool
	}{
		{"mijn verhuurder wil de huur van ons winkelpand met 8 procent verhogen, mag dat", false},
		{"mijn verhuurder wil het huurcontract van mijn kantoorruimte niet verlengen", false},
		{"mijn verhuurder wil de huur van mijn bedrijfsruimte verhogen, waar let ik op", false},
		{"my landlord wants to raise the rent on our business premises, is that allowed?", false},
		{"my landlord won't renew the lease of my shop premises", false},
		// A private tenant's landlord stays private life.
		{"mijn verhuurder wil de huur van mijn woning verhogen, mag dat", true},
		{"my landlord wants to raise the rent of my flat", true},
		{"mijn verhuurder wil dat ik mijn appartement verlaat", true},
	} {
		t.Run(c.q, func(t *testing.T) {
			res := mustSearch(t, ix, c.q)
			if res.NoMatch != c.noMatch {
				t.Fatalf("no_match %v, want %v (results %v, answers %v)", res.NoMatch, c.noMatch, ids(res), res.Answers)
			}
			if !c.noMatch && !slices.Contains(res.Answers, "bedrijfsruimte-huren") {
				t.Errorf("answers %v: want bedrijfsruimte-huren", res.Answers)
			}
		})
	}
}

// A list of scopes ("landelijk, provinciaal, Europees") asks which of all schemes fits: no one scope is searched,
// so a European offer does not come first on "Europees" (nor hold its name "Europese subsidie"). One scope alone is
// searched as before. The wordings are the test's own (helper "rank8"); all 5 lists gave a European offer first
// before.
func TestListedScopesNameNoScope(t *testing.T) {
	ix := mustIndex(t)
	european := []string{"eic-accelerator", "enterprise-europe-network", "eurostars"}
	for _, c := range []struct {
		q        string
		european bool // a European offer first
	}{
		{"welke subsidies zijn er, landelijk of provinciaal of Europees?", false},
		{"ik zoek subsidie, maakt niet uit of het landelijk, regionaal of Europees is", false},
		{"zijn er gemeentelijke, provinciale of Europese subsidies voor mijn bakkerij?", false},
		{"are there national, regional or European grants for my startup?", false},
		{"which grants exist for small businesses: local, national or European?", false},
		{"ik zoek een Europese subsidie voor mijn innovatie", true},
		{"is there a European grant for innovative startups?", true},
	} {
		t.Run(c.q, func(t *testing.T) {
			got := ids(mustSearch(t, ix, c.q))
			first := len(got) > 0 && slices.Contains(european, got[0])
			if first != c.european {
				t.Errorf("results %v: a European offer first %v, want %v", got, first, c.european)
			}
		})
	}
}

// Weighing up whether to hire ("wel of geen personeel aannemen", "whether or not to hire") is a question about
// hiring: the first-employee answer comes (none of the three did before: "personeel" was rejected).
func TestWeighingUpHiring(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{
		"moet ik wel of geen personeel aannemen voor mijn bakkerij",
		"moet ik wel of geen eerste werknemer aannemen",
		"should I decide whether or not to hire my first employee?",
	} {
		t.Run(q, func(t *testing.T) {
			if res := mustSearch(t, ix, q); !slices.Contains(res.Answers, "eerste-werknemer-aannemen") {
				t.Errorf("answers %v (results %v): want eerste-werknemer-aannemen", res.Answers, ids(res))
			}
		})
	}
}

// "iets op je hals halen" is taking on trouble, no hall: its words are not searched (both were the stem "hal").
func TestTakingOnTroubleIdiom(t *testing.T) {
	for _, c := range []struct {
		q     string
		idiom bool
	}{
		{"wat haal ik op mijn hals als ik personeel aanneem", true},
		{"wat haal ik me op de hals met een eigen zaak", true},
		{"haal ik me veel regels op de hals als ik een webshop begin", true},
		{"welke verplichtingen heb ik gehaald op mijn hals", true},
		{"ik wil een hal huren voor mijn werkplaats", false},
		{"kan ik de spullen uit de hal halen", false},
	} {
		t.Run(c.q, func(t *testing.T) {
			ws := words(c.q)
			marked := consideringIdiom(ws)
			if got := slices.Contains(marked, true); got != c.idiom {
				t.Errorf("idiom %v, want %v (%v)", got, c.idiom, marked)
			}
		})
	}
	ix := mustIndex(t)
	if res := mustSearch(t, ix, "wat haal ik op mijn hals als ik personeel aanneem in mijn kapsalon"); !slices.Contains(res.Answers, "eerste-werknemer-aannemen") {
		t.Errorf("answers %v: want eerste-werknemer-aannemen", res.Answers)
	}
}
