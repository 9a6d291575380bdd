package index

import (
	"context"
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

// TestAStarterIsAFounderHereUnlessTheySayOtherwise: "startup" and "founder" are words of the theme "Starten met een
// bedrijf", and the residence permit for start-ups from abroad is full of them; it is for a founder who says they
// come from abroad, not for every starter.
func TestAStarterIsAFounderHereUnlessTheySayOtherwise(t *testing.T) {
	ix := mustIndex(t)
	const permit = "startup-verblijfsvergunning"
	themeWords := " starten starter beginnen oprichten inschrijven eigen bedrijf zzp start startup founder"
	tests := []struct {
		name, q string
		first   bool // the permit leads; false = it is not shown
	}{
		{"a startup", "ik wil een startup beginnen", false},
		{"the theme chosen", "ik heb een vraag over mijn bedrijf" + themeWords, false},
		{"the theme chosen, in English", "I need some help" + themeWords, false},
		{"a founder from India", "I'm a founder from India", true},
		{"from outside the EU", "ik kom van buiten de EU en wil een startup beginnen", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), wegwijzer.Query{Text: tt.q, Themes: []string{"starten"}})
			if err != nil {
				t.Fatal(err)
			}
			got := ids(res)
			if tt.first && (len(got) == 0 || got[0] != permit) {
				t.Errorf("%q: %v, want %s first", tt.q, got, permit)
			}
			if !tt.first && slices.Contains(got, permit) {
				t.Errorf("%q: %v, want no %s", tt.q, got, permit)
			}
		})
	}
}
