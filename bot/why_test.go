package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestWhyThatOne: "waarom die?" after an answer says why the offer was shown (its fit) before what it is.
func TestWhyThatOne(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "why-nl", []step{
		{say: "wij hebben een camping in zeeland en willen zonnepanelen", kind: wegwijzer.ReplyAnswer},
		{say: "waarom die?", kind: wegwijzer.ReplyAnswer, text: "Waarom ik deze liet zien: Past bij"},
	})
	run(t, e, "why-en", []step{
		{say: "we can't find truck drivers", kind: wegwijzer.ReplyAnswer},
		{say: "why that one?", kind: wegwijzer.ReplyAnswer, text: "Why I showed this one: Fits"},
	})
}
