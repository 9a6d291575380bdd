package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestAmountAskedInTheFirstQuestion: "hoeveel subsidie krijgen we?" in the first message gets what the first money
// offer gives with the answer; it got the steps and the cards, and the amount only when asked again.
func TestAmountAskedInTheFirstQuestion(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "amount-first-nl", []step{{say: "wij zijn een garage in Tilburg met 8 monteurs. we willen een leerling aannemen. hoeveel subsidie krijgen we?",
		kind: wegwijzer.ReplyAnswer, contains: []string{"praktijkleren"}, text: "Wat je krijgt (Subsidieregeling praktijkleren)"}})
	run(t, e, "amount-first-en", []step{{say: "how much grant can I get for solar panels on my shop?", kind: wegwijzer.ReplyAnswer, text: "What you get ("}})
}
