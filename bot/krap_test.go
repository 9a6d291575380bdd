package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestTightOnMoney: "we zitten krap" says money is tight, as "krap bij kas" does; it got no answer at all.
func TestTightOnMoney(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	for _, say := range []string{"we zitten krap", "ik zit echt krap deze maand"} {
		run(t, e, "krap-"+say, []step{{say: say, kind: wegwijzer.ReplyAnswer, contains: []string{"geldfit-zakelijk"}}})
	}
}
