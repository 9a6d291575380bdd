package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestUnansweredQuestionNotAskedAgain: "waar zit je bedrijf?" that the person passed over with a question of their
// own is not asked again for the next question.
func TestUnansweredQuestionNotAskedAgain(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "asked-before", []step{
		{say: "ik ben een starter", kind: wegwijzer.ReplyClarify, text: "Waar zit je bedrijf?"},
		{say: "ik wil een foodtruck beginnen", kind: wegwijzer.ReplyAnswer},
		{say: "welke vergunningen heb ik nodig", kind: wegwijzer.ReplyAnswer, contains: []string{"omgevingsloket"}},
	})
}
