package content_test

// The loader's warnings: what it accepts but a content editor should look at (an old check date, a home page for a
// scheme, a missing pitch, Dutch text where the English reply needs its own).

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/content"
)

func TestStaleLastCheckedIsAWarning(t *testing.T) {
	old := strings.Replace(validOffer, "last_checked: 2026-02-01", "last_checked: 2024-02-01", 1)
	_, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": old}), content.Options{Now: now})
	if err != nil {
		t.Fatalf("Load: %v (a stale date must only warn)", err)
	}
	want := "offers/eia.yaml:20: warning: field last_checked: last checked 2024-02-01, more than a year ago: check the facts again"
	if len(problems) != 1 || problems[0].String() != want || !problems[0].Warning {
		t.Errorf("problems = %v, want [%s]", problems, want)
	}
}

func TestHomePageWarnsUnlessTheOfferIsTheOrganisation(t *testing.T) {
	// rom is an organisation whose offer is its whole service: a regional development company.
	rom := strings.NewReplacer("kind: fiscale-regeling", "kind: lening-garantie",
		"url: https://www.rvo.nl/subsidies-financiering/eia", "url: https://oostnl.nl/").Replace(validOffer)
	tests := []struct {
		name  string
		offer string
		want  []string
	}{
		{"scheme on a home page", strings.Replace(validOffer, "url: https://www.rvo.nl/subsidies-financiering/eia", "url: https://www.rvo.nl/", 1),
			[]string{"offers/eia.yaml:18: warning: field url: " + "links a home page: link the offer's own page (networks, and offers marked organisation: true, may link their home page)"}},
		{"organisation not marked", rom,
			[]string{"offers/eia.yaml:18: warning: field url: " + "links a home page: link the offer's own page (networks, and offers marked organisation: true, may link their home page)"}},
		{"organisation marked", strings.Replace(rom, "url: https://oostnl.nl/", "url: https://oostnl.nl/\norganisation: true", 1), nil},
		{"scheme on its own page", validOffer, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": tt.offer}), content.Options{Now: now})
			if err != nil {
				t.Fatalf("Load: %v (a home page must only warn)", err)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestMissingPitchWarnsUnlessCardsAreRequired(t *testing.T) {
	bare := strings.Replace(validOffer, "pitch_en: Deduct an extra 40% of the investment from your profit\n", "", 1)
	files := catalogue(map[string]string{"offers/eia.yaml": bare})
	_, problems, err := content.Load(files, content.Options{Now: now})
	if err != nil || len(problems) != 1 || !problems[0].Warning || problems[0].Field != "pitch_en" {
		t.Errorf("without RequireCards: err=%v problems=%v, want one warning on pitch_en", err, problems)
	}
	_, _, err = content.Load(files, content.Options{Now: now, RequireCards: true})
	if err == nil || !strings.Contains(err.Error(), "pitch_en: is required") {
		t.Errorf("with RequireCards: err=%v, want pitch_en is required", err)
	}
}

func TestDutchWhoWithoutEnglishWarns(t *testing.T) {
	const warning = "offers/eia.yaml:15: warning: field next_step.who_en: missing: the English reply would show Dutch "
	tests := []struct {
		name      string
		nextStep  string
		want      []string
		wantWords []string
	}{
		{"a name needs no English", "  who: RVO\n", nil, nil},
		{"a name with a place needs no English", "  who: Werkgeversservicepunt Achterhoek\n", nil, nil},
		{"Dutch words without English warn", "  who: Belastingdienst of je boekhouder\n",
			[]string{warning + `("of je boekhouder" in who "Belastingdienst of je boekhouder")`}, []string{"of", "je", "boekhouder"}},
		{"a Dutch noun warns", "  who: Je gemeente\n",
			[]string{warning + `("je gemeente" in who "Je gemeente")`}, []string{"je", "gemeente"}},
		{"words are whole words", "  who: Ondernemersplein (RVO)\n", nil, nil},
		{"Dutch words with English are fine", "  who: RVO en de omgevingsdienst\n  who_en: RVO and the environmental service\n",
			nil, []string{"en", "de"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			offer := strings.Replace(validOffer, "  who: RVO\n", tt.nextStep, 1)
			_, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": offer}), content.Options{Now: now})
			if err != nil {
				t.Fatalf("Load: %v (a Dutch who must only warn)", err)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			who := strings.TrimPrefix(strings.SplitN(tt.nextStep, "\n", 2)[0], "  who: ")
			if got := content.DutchWords(who); strings.Join(got, " ") != strings.Join(tt.wantWords, " ") {
				t.Errorf("DutchWords(%q) = %q, want %q", who, got, tt.wantWords)
			}
		})
	}
}

func TestDutchProviderWithoutEnglishWarns(t *testing.T) {
	const warning = "offers/eia.yaml:4: warning: field provider_en: missing: the English reply would show Dutch "
	tests := []struct {
		name      string
		provider  string
		want      []string
		wantWords []string
	}{
		{"a name needs no English", "provider: RVO\n", nil, nil},
		{"a name of more words needs no English", "provider: Gemeente Rotterdam\n", nil, nil},
		{"a ministry's name needs no English", "provider: Ministerie van Infrastructuur en Waterstaat\n", nil, nil},
		{"names in brackets need no English", "provider: Douane (Belastingdienst)\n", nil, nil},
		{"'en' inside a name is part of it", "provider: Nederlandse Voedsel- en Warenautoriteit (NVWA)\n", nil, nil},
		{"Dutch words around names warn", "provider: RVO (melding) en Belastingdienst (aftrek in de aangifte)\n",
			[]string{warning + `("melding en aftrek de aangifte" in provider "RVO (melding) en Belastingdienst (aftrek in de aangifte)")`},
			[]string{"melding", "en", "aftrek", "de", "aangifte"}},
		{"'en' between two names warns", "provider: IND en RVO\n",
			[]string{warning + `("en" in provider "IND en RVO")`}, []string{"en"}},
		{"a Dutch phrase warns", "provider: Je gemeente\n",
			[]string{warning + `("je gemeente" in provider "Je gemeente")`}, []string{"je", "gemeente"}},
		{"Dutch words with English are fine", "provider: IND en RVO\nprovider_en: IND and RVO\n", nil, []string{"en"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			offer := strings.Replace(validOffer, "provider: RVO\n", tt.provider, 1)
			_, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": offer}), content.Options{Now: now})
			if err != nil {
				t.Fatalf("Load: %v (a Dutch provider must only warn)", err)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			provider := strings.TrimPrefix(strings.SplitN(tt.provider, "\n", 2)[0], "provider: ")
			if got := content.ProviderDutchWords(provider); strings.Join(got, " ") != strings.Join(tt.wantWords, " ") {
				t.Errorf("ProviderDutchWords(%q) = %q, want %q", provider, got, tt.wantWords)
			}
		})
	}
}

// A third of the example questions at least are English: the search learns from them how expats and international
// founders put things.
func TestFewEnglishQuestionsWarn(t *testing.T) {
	dutch := strings.NewReplacer(
		"  - can I deduct an energy saving investment\n", "  - kan ik een energiebesparende investering aftrekken\n",
		"  - tax benefit for LED lighting in my shop\n", "  - belastingvoordeel voor ledverlichting in mijn winkel\n",
	).Replace(validOffer)
	tests := []struct {
		name  string
		offer string
		want  string
	}{
		{"a third English", validOffer, ""},
		{"a fifth English", dutch, "offers/eia.yaml:24: warning: field questions: 2 of 10 example questions are in English, want at least a third in the words of expats and international founders"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": tt.offer}), content.Options{Now: now})
			if err != nil {
				t.Fatalf("Load: %v (few English questions must only warn)", err)
			}
			var got []string
			for _, p := range problems {
				got = append(got, p.String())
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("problems:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), tt.want)
			}
		})
	}
}
