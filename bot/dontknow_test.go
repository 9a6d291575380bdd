package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestDontKnowTheTheme: "weet ik niet" to "waar gaat je vraag over?" is no part of the question (searched with it,
// it found five unrelated grants): the theme is asked again with examples, and a second time a person is offered.
func TestDontKnowTheTheme(t *testing.T) {
	for _, tt := range []struct {
		lang                     string
		first, dunno, dunnoAgain string
		hint, person             string
	}{
		{"nl", "kan ik subsidie krijgen voor mijn bedrijf", "dat weet ik niet", "geen idee", "Bijvoorbeeld energie besparen", "mens"},
		{"en", "help with my business", "I don't know", "no idea", "For example saving energy", "human"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			run(t, e, "dunno-"+tt.lang, []step{
				{say: tt.first, kind: wegwijzer.ReplyClarify},
				{say: tt.dunno, kind: wegwijzer.ReplyClarify, text: tt.hint},
				{say: tt.dunnoAgain, kind: wegwijzer.ReplyInfo, text: tt.person},
				{say: "theme:arbeidsmarkt", kind: wegwijzer.ReplyClarify},
			})
		})
	}
}
