package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestEligibleThenWhoAsksAfterAComma: "kom ik in aanmerking, we zijn een softwarebedrijf met 5 man in eindhoven"
// asks the conditions of what was shown, for this asker; without a question mark it got the theme menu (or, in
// English, the text on self-employed people from abroad).
func TestEligibleThenWhoAsksAfterAComma(t *testing.T) {
	for _, tt := range []struct{ name, first, then, text string }{
		{"nl", "wat is de WBSO", "kom ik in aanmerking, we zijn een softwarebedrijf met 5 man in eindhoven", "Voorwaarden"},
		{"en", "what is the WBSO", "am i eligible, we are a 5 person software company in eindhoven", "Conditions"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			run(t, e, "eligible-comma-"+tt.name, []step{
				{say: tt.first, kind: wegwijzer.ReplyAnswer, contains: []string{"wbso"}},
				{say: tt.then, kind: wegwijzer.ReplyAnswer, contains: []string{"wbso"}, absent: []string{"startup-verblijfsvergunning"}, text: tt.text},
			})
		})
	}
}
