package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

func TestEnglishForms(t *testing.T) {
	tests := []struct {
		w    string
		want string // one of the forms
	}{
		{"employees", "employee"},
		{"employee", "employees"},
		{"companies", "company"},
		{"company", "companies"},
		{"invoicing", "invoice"},
		{"registered", "register"},
		{"refused", "refuse"},
		{"applying", "apply"},
		{"shipping", "ship"},
		{"businesses", "business"},
		{"business", "businesses"},
		// American spelling finds the British of the catalogue, and the other way round.
		{"labor", "labour"},
		{"labour", "labor"},
		{"colors", "colours"},
		{"organization", "organisation"},
		{"organized", "organised"},
		{"analyze", "analyse"},
		{"center", "centre"},
		{"license", "licence"},
		{"labeling", "labelling"},
		{"jewelry", "jewellery"},
		{"program", "programme"},
		{"catalog", "catalogue"},
	}
	for _, tc := range tests {
		if got := englishForms(tc.w); !slices.Contains(got, tc.want) {
			t.Errorf("englishForms(%q) = %v, want %q among them", tc.w, got, tc.want)
		}
	}
	// A short stem keeps its spelling: "four" is no "for", "hours" no "hors".
	for _, w := range []string{"four", "hours", "tour", "your", "sense"} {
		if got := englishForms(w); slices.ContainsFunc(got, func(f string) bool { return !strings.HasPrefix(f, w[:len(w)-1]) }) {
			t.Errorf("englishForms(%q) = %v, want no other spelling", w, got)
		}
	}
	for _, w := range []string{"bv", "is", "kvk", "b.v.", "30%", "zzp'er"} {
		if got := englishForms(w); len(got) > 0 {
			t.Errorf("englishForms(%q) = %v, want none", w, got)
		}
	}
	// A base form has no -ing form: that is often a noun of its own.
	for _, w := range []string{"build", "fund", "train"} {
		if got := englishForms(w); slices.ContainsFunc(got, func(f string) bool { return strings.HasSuffix(f, "ing") }) {
			t.Errorf("englishForms(%q) = %v, want no -ing form", w, got)
		}
	}
}

// An English word the catalogue has in another form finds what that form finds: "applying" is the "apply" of the
// answer on how applying for a subsidy works; "foreign employee" is the synonym "foreign employees".
func TestEnglishWordInAnotherForm(t *testing.T) {
	ix := mustIndex(t)
	tests := []topCase{
		{"applying for a subsidy", "subsidie-aanvragen-hoe-werkt-het"},
		{"hiring a foreign employee", "kennismigrant"},
	}
	checkTopOffersAndAnswers(t, ix, tests)
}

// A synonym phrase of one content word and a generic one needs a generic word too: "eu-subsidie" is not every
// "EU", in Dutch or English; "an EU grant" still is one.
func TestPhraseKeepsGenericWord(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q     string
		grant bool // a European grant (EIC Accelerator) among the first three
	}{
		{"selling candles to customers in the EU", false},
		{"ik verkoop kaarsen aan klanten in de eu", false},
		{"is there an EU grant for my innovation", true},
		{"ik zoek eu-subsidie voor mijn innovatie", true},
	}
	for _, tc := range tests {
		res := mustSearch(t, ix, tc.q)
		if got := slices.Contains(ids(res)[:min(3, len(res.Results))], "eic-accelerator"); got != tc.grant {
			t.Errorf("%q: European grant in the top 3 = %v, want %v (%v)", tc.q, got, tc.grant, ids(res))
		}
	}
}

// English terms for Dutch concepts find the offer or curated answer on that concept: a bv's director paying
// themself is the customary salary (gebruikelijk loon), reclaiming VAT is the input tax (voorbelasting).
func TestEnglishTermsForDutchConcepts(t *testing.T) {
	ix := mustIndex(t)
	tests := []topCase{
		{"what salary should I take as the director of my bv", "gebruikelijk-loon-dga"},
		{"can I reclaim VAT on the tools I buy for my business", "btw-ondernemers"},
		{"my employee is ill, how long do I owe sick pay", "loondoorbetaling-bij-ziekte"},
	}
	checkTopOffersAndAnswers(t, ix, tests)
}

// topCase is a question and the offer or curated answer it must find among the first three offers or the first
// two answers.
type topCase struct{ q, want string }

// checkTopOffersAndAnswers searches each case and reports those whose want is not among topOffersAndAnswers.
func checkTopOffersAndAnswers(t *testing.T, ix *Index, tests []topCase) {
	t.Helper()
	for _, tc := range tests {
		res := mustSearch(t, ix, tc.q)
		if got := topOffersAndAnswers(res); !slices.Contains(got, tc.want) {
			t.Errorf("%q: got %v, want %s", tc.q, got, tc.want)
		}
	}
}

// topOffersAndAnswers is the first three offers and the first two curated answers of a result.
func topOffersAndAnswers(res *wegwijzer.SearchResult) []string {
	return append(ids(res)[:min(3, len(res.Results))], res.Answers[:min(2, len(res.Answers))]...)
}
