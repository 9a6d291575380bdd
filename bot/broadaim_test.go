package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestGrowthIsABroadQuestion: "ik wil groeien" says where to go, not how; it got the diagnosis scan, Techleap and
// the works-council rule as an answer. What it is about is asked, and the theme chosen is searched.
func TestGrowthIsABroadQuestion(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "grow-nl", []step{
		{say: "ik wil groeien", kind: wegwijzer.ReplyClarify},
		{say: "theme:financiering", kind: wegwijzer.ReplyClarify},
	})
	run(t, e, "grow-en", []step{
		{say: "I want to grow my business", kind: wegwijzer.ReplyClarify},
	})
	run(t, e, "second-shop", []step{
		{say: "Ik heb een kapperszaak in Sittard", kind: wegwijzer.ReplyClarify},
		{say: "ik wil een tweede zaak openen", kind: wegwijzer.ReplyClarify},
		{say: "geld", kind: wegwijzer.ReplyAnswer, contains: []string{"qredits"}, absent: []string{"bijtelling-elektrische-auto", "muziek-in-bedrijf"}},
	})
}
