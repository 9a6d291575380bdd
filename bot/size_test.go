package bot

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

func TestSizeOf(t *testing.T) {
	tests := map[string]string{
		"ik ben zzp'er en zoek een lening":       "zzp",
		"eenmanszaak zonder personeel":           "zzp",
		"we hebben 12 medewerkers":               "klein",
		"bakkerij met 3 werknemers":              "micro",
		"400 medewerkers, lening van 20 miljoen": "groot",
		"55":                                     "middelgroot",
		"subsidie zonnepanelen":                  "",
		"0 medewerkers":                          "",
		// "met zijn broer" is no group count: the one-person word after it still says the size.
		"ik werk met zijn broer samen, ik ben zzp'er": "zzp",
		"met ons team, als freelancer":                "zzp",
	}
	for in, want := range tests {
		if got := sizeOf(in); got != want {
			t.Errorf("sizeOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLegalFormOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ik heb een eenmanszaak en wil minder belasting betalen", "ib"},
		{"wij zijn een vof met drie vennoten", "ib"},
		{"Onze V.O.F. zoekt een lening", "ib"},
		{"ik zit in een maatschap van huisartsen", "ib"},
		{"I run a sole proprietorship", "ib"},
		{"mijn bv wil investeren", "rechtspersoon"},
		{"we hebben een B.V. sinds 2020", "rechtspersoon"},
		{"als dga van mijn holding", "rechtspersoon"},
		{"wij zijn een besloten vennootschap", "rechtspersoon"},
		{"we have a private limited company", "rechtspersoon"},
		{"wij zijn een commanditaire vennootschap", "ib"},
		{"I am a sole trader", "ib"},
		{"we are a general partnership", "ib"},
		{"het is een naamloze vennootschap", "rechtspersoon"},
		{"onze N.V. exporteert", "rechtspersoon"},
		{"my ltd pays the tax", "rechtspersoon"},
		{"de nv heeft personeel", "rechtspersoon"},
		{"bv's hebben andere regels", "rechtspersoon"},
		{"bv. een subsidie voor zonnepanelen", ""}, // "bv." is "bijvoorbeeld"
		{"subsidie voor bv zonnepanelen", ""},
		{"onze maatschappij verandert snel", ""},
		{"ik wil van mijn eenmanszaak een bv maken", ""}, // both named: the form is not known
		{"subsidie zonnepanelen", ""},
	}
	for _, tt := range tests {
		if got := legalFormOf(tt.in); got != tt.want {
			t.Errorf("legalFormOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithoutAskerFacts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ik heb een bv en wil minder belasting betalen", "ik heb en wil minder belasting betalen"},
		{"ik heb een loodgietersbedrijf met 6 man personeel", "ik heb een loodgietersbedrijf"},
		{"we have a bakery with 12 employees", "we have a bakery"},
		{"ik zoek 6 man personeel", "ik zoek 6 man personeel"},
		{"subsidie voor zonnepanelen", "subsidie voor zonnepanelen"},
		// Both kinds named: the question is which to choose, and the forms are what to search for.
		{"Should I start as a sole proprietorship or a BV?", "should i start as a sole proprietorship or a bv?"},
		{"eenmanszaak of bv met 3 man personeel?", "eenmanszaak of bv ?"},
		// After a preposition the company is what the question is about, not who asks.
		{"hoeveel loon mag ik uit mijn bv halen", "hoeveel loon mag ik uit mijn bv halen"},
		{"can I take dividend from my bv", "can i take dividend from my bv"},
		{"kan ik mijn pand in onze bv onderbrengen", "kan ik mijn pand in onze bv onderbrengen"},
		{"as the owner of my bv, what must I file", "as the owner of my bv, what must i file"},
		{"ik heb een bv, hoeveel loon moet ik mezelf betalen", "ik heb hoeveel loon moet ik mezelf betalen"},
	}
	for _, tt := range tests {
		if got := withoutAskerFacts(tt.in); got != tt.want {
			t.Errorf("withoutAskerFacts(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLegalFormMatters(t *testing.T) {
	ib := &wegwijzer.Offer{ID: "a", LegalForm: wegwijzer.LegalFormIB, Status: wegwijzer.StatusDoorlopend}
	lp := &wegwijzer.Offer{ID: "b", LegalForm: wegwijzer.LegalFormRechtspersoon, Status: wegwijzer.StatusDoorlopend}
	closedLP := &wegwijzer.Offer{ID: "c", LegalForm: wegwijzer.LegalFormRechtspersoon, Status: wegwijzer.StatusGesloten}
	anyForm := &wegwijzer.Offer{ID: "d", Status: wegwijzer.StatusOpen}
	tests := []struct {
		name   string
		offers []*wegwijzer.Offer
		want   bool
	}{
		{"both classes", []*wegwijzer.Offer{anyForm, ib, lp}, true},
		{"only offers for a sole proprietorship", []*wegwijzer.Offer{ib, anyForm}, false},
		{"the legal person's offer is closed", []*wegwijzer.Offer{ib, closedLP}, false},
		{"no legal forms", []*wegwijzer.Offer{anyForm}, false},
	}
	for _, tt := range tests {
		res := &wegwijzer.SearchResult{}
		for _, o := range tt.offers {
			res.Results = append(res.Results, wegwijzer.Result{Offer: o})
		}
		if got := legalFormMatters(res); got != tt.want {
			t.Errorf("%s: legalFormMatters = %v, want %v", tt.name, got, tt.want)
		}
	}
}
