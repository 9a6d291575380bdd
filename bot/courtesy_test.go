package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestCourtesyBeforeFollowUp: "oke en wie moet ik bellen" after an answer asks whom to call about what was shown;
// the reply word or thanks in front is no new question (it was searched, and found the KVK Adviesteam).
func TestCourtesyBeforeFollowUp(t *testing.T) {
	for _, say := range []string{"oke en wie moet ik bellen", "ja en wie moet ik bellen", "okee, wie kan ik bellen", "ok thx, wie moet ik bellen", "okay and who do I call"} {
		t.Run(say, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			run(t, e, "courtesy-"+say, []step{
				{say: "ik wil iemand uit de bijstand aannemen", kind: wegwijzer.ReplyAnswer},
				{say: say, kind: wegwijzer.ReplyAnswer, contains: []string{"werkgeversservicepunt"}, absent: []string{"kvk-advies"}},
			})
		})
	}
}
