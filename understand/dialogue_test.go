package understand

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
)

func TestPhaseOf(t *testing.T) {
	for _, tc := range []struct {
		name, q string
		want    wegwijzer.Phase
	}{
		{"how to apply is kunnen", "Hoe vraag ik de subsidie aan?", wegwijzer.PhaseKunnen},
		{"a cue inside a word counts", "waar dien ik mijn subsidieaanvraag in", wegwijzer.PhaseKunnen},
		{"applying wins over a plan", "ik wil weten hoe ik moet aanvragen", wegwijzer.PhaseKunnen},
		{"a plan is willen", "we willen zonnepanelen kopen", wegwijzer.PhaseWillen},
		{"an English plan is willen", "I want to hire my first employee", wegwijzer.PhaseWillen},
		{"meeting peers is ontmoeten", "waar vind ik andere ondernemers", wegwijzer.PhaseOntmoeten},
		{"anything else is weten", "wat is de WBSO", wegwijzer.PhaseWeten},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := PhaseOf(tc.q); got != tc.want {
				t.Errorf("PhaseOf(%q) = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}

func TestClauseOpeners(t *testing.T) {
	for _, tc := range []struct {
		name string
		got  bool
		want bool
	}{
		{"'weet ik niet.' skips", SkipsQuestion("Weet ik niet."), true},
		{"'landelijk' skips the region question", SkipsQuestion("landelijk"), true},
		{"a sector does not skip", SkipsQuestion("bouw"), false},
		{"a skip word inside an answer does not skip", SkipsQuestion("geen personeel"), false},
		{"'hier' is here", IsHereWord("hier"), true},
		{"a phone word is not here", IsHereWord("bel"), false},
		{"'ik ben' says who asks", OpensSelfDescription("ik ben zzp'er"), true},
		{"'i'm' says who asks", OpensSelfDescription("i'm from spain"), true},
		{"'ik bent' is no opener", OpensSelfDescription("ik bentonietvloer"), false},
		{"'en als' continues", OpensContinuation("en als we huren?"), true},
		{"'en' alone does not continue", OpensContinuation("en de kvk?"), false},
		{"'wat is een uea' asks what it is", OpensWhatIs([]string{"wat", "is", "een", "uea"}), true},
		{"'what's a ubo' asks what it is", OpensWhatIs([]string{"what's", "a", "ubo"}), true},
		{"the opening alone is enough", OpensWhatIs([]string{"wat", "is"}), true},
		{"one word is not", OpensWhatIs([]string{"wat"}), false},
		{"'wat kost' is no what-is question", OpensWhatIs([]string{"wat", "kost", "het"}), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
}

func TestCutOwnDescription(t *testing.T) {
	for _, tc := range []struct{ c, rest string }{
		{"ik heb een webshop in kinderkleding", "webshop in kinderkleding"},
		{"we run a startup in leiden", "startup in leiden"},
		{"ik heb geen personeel", ""},
	} {
		rest, ok := CutOwnDescription(tc.c)
		if ok != (tc.rest != "") || ok && rest != tc.rest {
			t.Errorf("CutOwnDescription(%q) = %q, %v; want %q", tc.c, rest, ok, tc.rest)
		}
	}
}

func TestKindNamed(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want wegwijzer.Kind
		ok   bool
	}{
		{"lening", wegwijzer.KindLeningGarantie, true},
		{"grants", wegwijzer.KindSubsidie, true},
		{"training", wegwijzer.KindTrainingEvenement, true},
		{"aftrek", wegwijzer.KindFiscaleRegeling, true},
		{"zonnepanelen", "", false},
	} {
		if got, ok := KindNamed(tc.w); got != tc.want || ok != tc.ok {
			t.Errorf("KindNamed(%q) = %q, %v; want %q, %v", tc.w, got, ok, tc.want, tc.ok)
		}
	}
}

func TestAsksWhatIsUnclear(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"ik snap niet hoe ik die kor aanvraag", true},
		{"ik begrijp niet wat een kvk-nummer is", true},
		{"ik snap het niet", false},
		{"ik snap er niets van", false},
		{"ik snap niet waarom je dit laat zien", false}, // a complaint about what was shown
		{"je snapt niet wat ik bedoel", false},
	}
	for _, tt := range tests {
		if got := AsksWhatIsUnclear(tt.text); got != tt.want {
			t.Errorf("AsksWhatIsUnclear(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
