package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestSizeOfTheBusinessSaysWhoAsks: "ik heb een kleine bakkerij in Breda" only says who asks; "kleine" before the
// business found the curated text on terms and conditions ("kleine lettertjes"), "small" the small-business VAT
// scheme.
func TestSizeOfTheBusinessSaysWhoAsks(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	for _, say := range []string{"ik heb een kleine bakkerij in Breda", "I own a small bakery in Breda", "wij zijn een klein bedrijf in Zwolle"} {
		run(t, e, "size-of-business-"+say, []step{{say: say, kind: wegwijzer.ReplyClarify}})
	}
	run(t, e, "size-of-business-question", []step{
		{say: "ik heb een klein bedrijf en wil zonnepanelen", kind: wegwijzer.ReplyAnswer, contains: []string{"eia"}},
	})
}
