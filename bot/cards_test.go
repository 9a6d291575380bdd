package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestRulesDoNotCrowdOutBetterOffers: an answer led by a rule shows the rules among the first offers found, not
// every rule down the list in place of the help that ranked second.
func TestRulesDoNotCrowdOutBetterOffers(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "cards-rules", []step{
		{say: "een opleiding voor nieuwe mensen?", kind: wegwijzer.ReplyAnswer, contains: []string{"leerwerkloket"}, absent: []string{"ketenaansprakelijkheid"}},
	})
	run(t, e, "cards-rules-en", []step{
		{say: "hi, I'm a yoga teacher from Brazil, I want to start teaching classes in Amsterdam. Do I need a BV or can I just be zzp?", kind: wegwijzer.ReplyAnswer,
			contains: []string{"kvk-inschrijven", "rechtsvorm-kiezen"}, absent: []string{"startup-verblijfsvergunning"}},
	})
}
