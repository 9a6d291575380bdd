package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestLanguageAskedThenTheQuestion: "Can you speak English? I own a small bakery in Breda" asks for English and
// says who asks; searched whole it got business.gov.nl as if that answered. Now the rest is read as the message,
// in the language asked for.
func TestLanguageAskedThenTheQuestion(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	r := run(t, e, "language-first-en", []step{
		{say: "Can you speak English? I own a small bakery in Breda", kind: wegwijzer.ReplyClarify, absent: []string{"business-gov-nl"}},
	})
	if r[0].Language != "en" {
		t.Errorf("language %s, want en", r[0].Language)
	}
	r = run(t, e, "language-first-nl", []step{
		{say: "Spreek je Nederlands? I want to export to Germany with my webshop", kind: wegwijzer.ReplyAnswer},
	})
	if r[0].Language != "nl" {
		t.Errorf("language %s, want nl", r[0].Language)
	}
}
