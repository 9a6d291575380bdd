package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestTheStartingThemeIsForAFounderHere: a broad question, then "Starten met een bedrijf" chosen, searched the
// theme's words, "startup" and "founder" among them, and showed the residence permit for start-ups from abroad to
// someone who said nothing of coming from abroad. A founder from abroad still gets it.
func TestTheStartingThemeIsForAFounderHere(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	const permit = "startup-verblijfsvergunning"
	run(t, e, "start-nl", []step{
		{say: "ik heb een vraag over mijn bedrijf", kind: wegwijzer.ReplyClarify},
		{say: "theme:starten", kind: wegwijzer.ReplyClarify},
		{say: "region:provincie-gelderland", kind: wegwijzer.ReplyClarify},
		{say: "size:zzp", kind: wegwijzer.ReplyAnswer, contains: []string{"kvk-inschrijven"}, absent: []string{permit}},
	})
	run(t, e, "start-en", []step{
		{say: "I need some help", kind: wegwijzer.ReplyClarify},
		{say: "theme:starten", kind: wegwijzer.ReplyClarify},
		{say: "region:-", kind: wegwijzer.ReplyAnswer, contains: []string{"kvk-inschrijven"}, absent: []string{permit}},
	})
	run(t, e, "start-abroad", []step{
		{say: "I'm a founder from India and want to start my company in the Netherlands", kind: wegwijzer.ReplyClarify},
		{say: "size:-", kind: wegwijzer.ReplyAnswer, contains: []string{permit}},
	})
}
