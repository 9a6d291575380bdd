package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// Ending a business takes the same steps at every size: the question is answered, not met with the size question.
func TestEndingBusinessIsNotAskedItsSize(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	for i, q := range []string{
		"ik wil stoppen met mijn bakkerij, wat moet ik doen",
		"ik stop met mijn fietsenwinkel, wat moet ik allemaal regelen",
	} {
		run(t, e, "ending-"+string(rune('a'+i)), []step{{say: q, kind: wegwijzer.ReplyAnswer, contains: []string{"bedrijf-stoppen"}}})
	}
}
