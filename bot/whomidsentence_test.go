package bot_test

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/bot"
)

// TestWhoInsideASentenceHasASmallLetter: who to ask, named inside a sentence, starts with a small letter when it
// starts with a possessive or an article ("... en alcoholwetvergunning: je gemeente, https://..."), not as if a
// new sentence began there.
func TestWhoInsideASentenceHasASmallLetter(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	const conv = "who-mid-sentence"
	r := ask(t, e, conv, "ik wil alcohol schenken in mijn café, welke vergunning heb ik nodig")
	if len(r.Offers) == 0 || r.Offers[0].ID != "alcoholwet" {
		t.Fatalf("offers %v, want the Alcoholwet first", r.Offers)
	}
	r = ask(t, e, conv, "wat kost dat?")
	if !strings.Contains(r.Text, ": je gemeente,") || strings.Contains(r.Text, "Je gemeente") {
		t.Errorf("text %q, want who as \": je gemeente,\"", r.Text)
	}
}
