package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestSectorWordWithArticleIsNoAsker: "en de notaris?" after turning a vof into a bv asks about the notary; it was
// read as "I am a notary" and got the same answer again. "ik ben notaris" still says who asks.
func TestSectorWordWithArticleIsNoAsker(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	r := run(t, e, "article-notaris", []step{
		{say: "ik heb een vof met mijn broer en we willen een bv worden", kind: wegwijzer.ReplyAnswer},
		{say: "en de notaris?", kind: wegwijzer.ReplyAnswer},
	})
	if len(r[1].Offers) == len(r[0].Offers) {
		same := true
		for i := range r[0].Offers {
			same = same && r[0].Offers[i].ID == r[1].Offers[i].ID
		}
		if same {
			t.Errorf("the same answer again: %v", r[1].Offers)
		}
	}
}
