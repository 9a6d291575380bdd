package index

import (
	"slices"
	"testing"
)

// "ik stop" and "hij stopt" are forms of "stoppen": a question about ending a business finds the offers on ending
// one, not the one-stop shop of the VAT rules.
func TestShortVerbFormsMeanInfinitive(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q    string
		want []string // one of these in the top 3
		not  string   // never in the top 3
	}{
		{"ik stop volgend jaar met mijn kapsalon, wat moet ik allemaal regelen?", []string{"bedrijf-stoppen", "stakingsaftrek"}, "btw-eenloketsysteem-oss"},
		{"mijn vader stopt met zijn eenmanszaak, wat gebeurt er met de bus en de gereedschappen?", []string{"bedrijf-stoppen", "stakingsaftrek"}, "btw-eenloketsysteem-oss"},
		{"wanneer stop ik officieel als ondernemer?", []string{"bedrijf-stoppen", "stakingsaftrek"}, "btw-eenloketsysteem-oss"},
	}
	for _, tc := range tests {
		res := mustSearch(t, ix, tc.q)
		got := ids(res)
		top := got[:min(3, len(got))]
		if !slices.ContainsFunc(tc.want, func(id string) bool { return slices.Contains(top, id) }) {
			t.Errorf("%q: got %v, want one of %v in the top 3", tc.q, got, tc.want)
		}
		if slices.Contains(top, tc.not) {
			t.Errorf("%q: got %v, want no %s in the top 3", tc.q, got, tc.not)
		}
	}
}

// A bare short stem is a verb next to "ik" only: a noun whose plural doubles its consonant keeps its own stem.
func TestShortVerbInfinitiveLeavesNouns(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		ws   []string
		i    int
		want string
	}{
		{[]string{"ik", "stop", "met"}, 1, "stoppen"},
		{[]string{"wanneer", "stop", "ik"}, 1, "stoppen"},
		{[]string{"hij", "stopt", "ermee"}, 1, "stoppen"},
		{[]string{"een", "elektrische", "bus"}, 2, "bus"},
		{[]string{"een", "nieuwe", "kas"}, 2, "kas"},
		{[]string{"een", "kast"}, 1, "kast"},
		{[]string{"de", "stop"}, 1, "stop"},
	}
	for _, tc := range tests {
		if got := ix.shortVerbInfinitive(tc.ws, tc.i); got != tc.want {
			t.Errorf("%v at %d: got %q, want %q", tc.ws, tc.i, got, tc.want)
		}
	}
}
