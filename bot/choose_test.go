package bot_test

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestWhichIsBetterAfterTheDifference: "welke is beter voor mij" right after the difference between the EIA and the
// MIA gave the same difference text again, word for word; now that the choice depends on the situation, and whom to
// ask.
func TestWhichIsBetterAfterTheDifference(t *testing.T) {
	for _, tt := range []struct{ first, then, says string }{
		{"wat is het verschil tussen de eia en de mia", "welke is beter voor mij", "kan ik niet zeggen"},
		{"what's the difference between the EIA and the MIA", "which one is best for me?", "I cannot say"},
	} {
		t.Run(tt.then, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			r := run(t, e, "choose-"+tt.then, []step{
				{say: tt.first, kind: wegwijzer.ReplyAnswer},
				{say: tt.then, kind: wegwijzer.ReplyAnswer, text: tt.says},
			})
			if r[0].Text == r[1].Text || strings.HasPrefix(r[1].Text, strings.SplitN(r[0].Text, "\n", 2)[0]) {
				t.Errorf("the difference again: %q", r[1].Text)
			}
		})
	}
}

// TestThumbsUp: "👍" after an answer says it helped; it was read as asking on and got "Meer dan dit vond ik niet"
// with the SDE++'s next step.
func TestThumbsUp(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "thumbs", []step{
		{say: "subsidie zonnepanelen", kind: wegwijzer.ReplyAnswer},
		{say: "👍", kind: wegwijzer.ReplyInfo, text: "Fijn"},
		{say: "🙏", kind: wegwijzer.ReplyInfo, text: "Graag gedaan"},
	})
}
