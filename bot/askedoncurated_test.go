package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestAskingOnAboutACuratedText: "mag dat zomaar?" after the text on a business at home has no topic of its own:
// the text was the answer, and its offers and next step (ask the municipality) stay. Searched on, it got starters'
// loans and a Flevoland voucher.
func TestAskingOnAboutACuratedText(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "asked-on-curated", []step{
		{say: "Goedemiddag, ik ben Fatima en ik wil een naaiatelier beginnen vanuit huis in Almere", kind: wegwijzer.ReplyAnswer, contains: []string{"omgevingsloket"}},
		{say: "mag dat zomaar?", kind: wegwijzer.ReplyAnswer, contains: []string{"omgevingsloket"}, absent: []string{"qredits", "bmkb", "bbz"}},
	})
}
