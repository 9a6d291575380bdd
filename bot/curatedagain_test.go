package bot_test

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestCuratedTextNotRepeated: a message that finds the curated text the question before got ("hij is al 3 maanden
// te laat" after "mijn klant betaalt niet") asks on about that question: the text is not given again, and the
// offers stay on its topic.
func TestCuratedTextNotRepeated(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	r := run(t, e, "curated-again", []step{
		{say: "mijn klant betaalt niet 😡😡", kind: wegwijzer.ReplyAnswer, contains: []string{"incassokosten"}},
		{say: "hij is al 3 maanden te laat", kind: wegwijzer.ReplyAnswer, contains: []string{"incassokosten"}, absent: []string{"alert-online", "wab"}},
	})
	if first := strings.SplitN(r[0].Text, "\n", 2)[0]; strings.Contains(r[1].Text, first) {
		t.Errorf("the curated text again: %q", r[1].Text)
	}
}
