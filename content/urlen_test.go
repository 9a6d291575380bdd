package content_test

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/content"
)

// TestURLENIsTheEnglishVersionOfALink: url_en (and next_step.url_en) is the English page of a page the offer
// links: an https address beside url, never alone and never the same address.
func TestURLENIsTheEnglishVersionOfALink(t *testing.T) {
	const url = "url: https://www.rvo.nl/subsidies-financiering/eia\n"
	const step = "  how: Meld de investering binnen 3 maanden via eLoket.\n"
	tests := []struct {
		name, old, new, want string
	}{
		{"an English page beside the Dutch one", url, url + "url_en: https://english.rvo.nl/subsidies-programmes/eia\n", ""},
		{"a next step's English page", step, step + "  url: https://www.rvo.nl/eloket\n  url_en: https://english.rvo.nl/eloket\n", ""},
		{"not https", url, url + "url_en: http://english.rvo.nl/eia\n", "field url_en"},
		{"the same address", url, url + "url_en: https://www.rvo.nl/subsidies-financiering/eia\n", "field url_en: is the same address as url"},
		{"a next step's English page alone", step, step + "  url_en: https://english.rvo.nl/eloket\n", "field next_step.url_en: is the English version of next_step.url: set next_step.url too"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			offer := strings.Replace(validOffer, tt.old, tt.new, 1)
			if offer == validOffer {
				t.Fatalf("%q not in the test offer", tt.old)
			}
			offer = strings.Replace(offer, "source: [", "source: ["+englishSources, 1) // the English pages were read
			cat, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": offer}), content.Options{Now: now})
			if tt.want == "" {
				if err != nil || len(problems) > 0 {
					t.Fatalf("Load: err=%v problems=%v, want none", err, problems)
				}
				if o := cat.Offer("eia"); o.URLEN == "" && o.NextStep.URLEN == "" {
					t.Errorf("url_en not loaded: %+v", o)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: err=%v, want %q", err, tt.want)
			}
		})
	}
}

// TestEnglishPageForDutchReadersWarns: an offer for everyone that links english.rvo.nl or business.gov.nl as its
// url or next step sends Dutch readers to English: a warning, unless the offer serves English readers only.
func TestEnglishPageForDutchReadersWarns(t *testing.T) {
	const url = "url: https://www.rvo.nl/subsidies-financiering/eia\n"
	const english = "url: https://english.rvo.nl/subsidies-programmes/eia\n"
	tests := []struct {
		name, offer string
		want        string
	}{
		{"English page as url", strings.Replace(validOffer, url, english, 1),
			"offers/eia.yaml:18: warning: field url: links an English page for Dutch readers too: put the provider's Dutch page in url and this one in url_en"},
		{"English next step", strings.Replace(validOffer, "  how: Meld de investering binnen 3 maanden via eLoket.\n",
			"  how: Meld de investering binnen 3 maanden via eLoket.\n  url: https://business.gov.nl/subsidy/eia/\n", 1),
			"offers/eia.yaml:15: warning: field next_step.url: links an English page for Dutch readers too: put the provider's Dutch page in next_step.url and this one in next_step.url_en"},
		{"for English readers only", strings.Replace(validOffer, url, english+"for_language: en\n", 1), ""},
		{"Dutch page with its English one", strings.Replace(strings.Replace(validOffer, url, url+"url_en: https://english.rvo.nl/subsidies-programmes/eia\n", 1),
			"source: [", "source: ["+englishSources, 1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": tt.offer}), content.Options{Now: now})
			if err != nil {
				t.Fatalf("Load: %v (an English page must only warn)", err)
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

// englishSources are the English pages of the test offer's url_en and next_step.url_en, as its sources list them.
const englishSources = "https://english.rvo.nl/subsidies-programmes/eia, https://english.rvo.nl/eloket, "

// TestURLENNotInSourcesWarns: an English page is a page of its own, which someone must have read; one in none of
// the offer's sources warns (the same page under another spelling of its address does not).
func TestURLENNotInSourcesWarns(t *testing.T) {
	const url = "url: https://www.rvo.nl/subsidies-financiering/eia\n"
	const step = "  how: Meld de investering binnen 3 maanden via eLoket.\n"
	const source = "source: [https://english.rvo.nl/subsidies-programmes/do-i-qualify-eia]\n"
	tests := []struct {
		name, offer, want string
	}{
		{"url_en not in the sources", strings.Replace(validOffer, url, url+"url_en: https://english.rvo.nl/subsidies-programmes/eia-guessed\n", 1),
			"offers/eia.yaml:19: warning: field url_en: https://english.rvo.nl/subsidies-programmes/eia-guessed is in none of the sources: add the English page you read to source"},
		{"next_step.url_en not in the sources", strings.Replace(validOffer, step, step+"  url: https://www.rvo.nl/eloket\n  url_en: https://english.rvo.nl/eloket\n", 1),
			"offers/eia.yaml:15: warning: field next_step.url_en: https://english.rvo.nl/eloket is in none of the sources: add the English page you read to source"},
		{"url_en is a source", strings.Replace(validOffer, url, url+"url_en: https://english.rvo.nl/subsidies-programmes/do-i-qualify-eia\n", 1), ""},
		{"url_en is a source, written otherwise", strings.Replace(strings.Replace(validOffer, url, url+"url_en: https://english.rvo.nl/subsidies-programmes/eia/#apply\n", 1),
			source, "source:\n  - url: http://www.English.rvo.nl/subsidies-programmes/eia\n    date: 2026-01\n", 1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems, err := content.Load(catalogue(map[string]string{"offers/eia.yaml": tt.offer}), content.Options{Now: now})
			if err != nil {
				t.Fatalf("Load: %v (an English page outside the sources must only warn)", err)
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
