package bot_test

import (
	"fmt"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestProviderInReplyLanguage: a card names who runs the offer in the reply's language: provider_en in an English
// reply when the content has it, provider in a Dutch one and for offers without provider_en.
func TestProviderInReplyLanguage(t *testing.T) {
	c, _ := mustSearch(t)
	e := newEngine(t, mustBolt(t), bot.Options{})
	tests := []struct {
		say, lang, offer string
	}{
		{"we willen de oude koelcel vervangen door een zuinige, kan dat met de EIA?", "nl", "eia"},
		{"is there a tax break for an energy saving investment (EIA)?", "en", "eia"},
		{"ik wil een werknemer met een arbeidsbeperking aannemen", "nl", ""},
		{"I want to hire someone with an occupational disability", "en", ""},
		{"my employee is pregnant, who pays her leave?", "en", ""},
		{"mijn werknemer is zwanger, wie betaalt haar verlof?", "nl", ""},
	}
	for i, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			r := ask(t, e, fmt.Sprintf("provider-en-%d", i), tt.say)
			if r.Kind != wegwijzer.ReplyAnswer || r.Language != tt.lang || len(r.Offers) == 0 {
				t.Fatalf("kind %s, language %s, %d offers (%q); want an answer in %s with offers", r.Kind, r.Language, len(r.Offers), r.Text, tt.lang)
			}
			found, hasEN := tt.offer == "", false
			for _, o := range r.Offers {
				of := c.Offer(o.ID)
				want := of.Provider
				if of.ProviderEN != "" {
					hasEN = true
					if tt.lang == "en" {
						want = of.ProviderEN
					}
				}
				if o.Provider != want {
					t.Errorf("%s: provider %q, want %q", o.ID, o.Provider, want)
				}
				found = found || o.ID == tt.offer
			}
			if !found {
				t.Errorf("%s not among the offers", tt.offer)
			}
			if !hasEN {
				t.Errorf("no offer with provider_en shown: the case tests nothing")
			}
		})
	}
}
