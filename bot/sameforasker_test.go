package bot_test

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestAskerFactThatChangesNothing: "ik heb een fietsenwinkel" after an answer on a grant for a website finds the
// same offers: the reply says so in one line instead of the whole answer again, word for word.
func TestAskerFactThatChangesNothing(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	r := run(t, e, "same-for-asker", []step{
		{say: "is er subsidie voor een nieuwe website", kind: wegwijzer.ReplyAnswer},
		{say: "ik heb een fietsenwinkel", kind: wegwijzer.ReplyAnswer, text: "Het verandert niets aan wat past"},
	})
	if strings.Contains(r[1].Text, "geen ronde meer") {
		t.Errorf("the answer again: %q", r[1].Text)
	}
}
