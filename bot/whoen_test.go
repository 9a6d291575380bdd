package bot_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/content"
)

// whoIn is who to contact as a reply in language lang names it: who_en in English when the content has it.
func whoIn(ns wegwijzer.NextStep, lang string) string {
	if lang == "en" && ns.WhoEN != "" {
		return ns.WhoEN
	}
	return ns.Who
}

// urlIn is the next step's page as a reply in language lang links it: url_en in English when the content has it.
func urlIn(ns wegwijzer.NextStep, lang string) string {
	if lang == "en" && ns.URLEN != "" {
		return ns.URLEN
	}
	return ns.URL
}

// notDutchNames drops what may stay Dutch in an English next step: addresses, and names in brackets
// ("the procurement experts committee (Commissie van Aanbestedingsexperts)").
var notDutchNames = regexp.MustCompile(`https?://\S+|\([^()]*\)`)

// dutchIn returns the Dutch words of English text s; "of" is English here.
func dutchIn(s string) []string {
	return slices.DeleteFunc(content.DutchWords(notDutchNames.ReplaceAllString(s, "")), func(w string) bool { return w == "of" })
}

// TestEnglishRepliesSayWhoInEnglish: an English answer's next step, and the answer to "who do I contact?", name who
// to contact in English, across themes: no Dutch connecting words ("Belastingdienst of je boekhouder").
func TestEnglishRepliesSayWhoInEnglish(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	for i, say := range []string{
		"which tax deductions on my profit can I use",
		"can I run my business from my home address",
		"my employee has been ill for weeks, what are my obligations?",
		"how do I protect my company against hackers",
		"which insurances do I need as a self-employed person",
		"a customer has not paid my invoice for three months",
		"I want to hire someone with an occupational disability",
		"grant for solar panels on the roof of my company",
		"I want to take over an existing business",
		"how do I write a business plan",
		"who pays for training my staff",
		"I want to start a business while on unemployment benefit",
	} {
		t.Run(say, func(t *testing.T) {
			conv := fmt.Sprintf("who-en-%d", i)
			r := ask(t, e, conv, say)
			if r.Kind != wegwijzer.ReplyAnswer || r.Language != "en" || r.NextStep == "" {
				t.Fatalf("kind %s, language %s, next step %q (%q); want an English answer with a next step", r.Kind, r.Language, r.NextStep, r.Text)
			}
			if dutch := dutchIn(r.NextStep); len(dutch) > 0 {
				t.Errorf("next step %q has Dutch %q", r.NextStep, dutch)
			}
			if len(r.Offers) == 0 {
				return // a curated answer: its next step was checked above, and there is no offer to ask about
			}
			fu := ask(t, e, conv, "who should I contact?")
			_, contact, ok := strings.Cut(fu.Text, "): ")
			if fu.Kind != wegwijzer.ReplyAnswer || !ok || !strings.HasPrefix(fu.Text, "Contact") {
				t.Fatalf("follow-up kind %s, text %q; want who to contact", fu.Kind, fu.Text)
			}
			if dutch := dutchIn(contact + " " + fu.NextStep); len(dutch) > 0 {
				t.Errorf("who to contact %q, next step %q: Dutch %q", contact, fu.NextStep, dutch)
			}
		})
	}
}
