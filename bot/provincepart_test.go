package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestAProvinceIsNotItsParts: a province chosen by button says the business is somewhere in it, not in which of
// its regions. The Werkgeversservicepunt of one region of it (Achterhoek in Gelderland, Westelijke Mijnstreek in
// Limburg) came first as if it were the province's; the national Werkgeversservicepunt, which finds the asker's
// own, is what fits. A place in the region still gets the regional office.
func TestAProvinceIsNotItsParts(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "part-gelderland", []step{
		{say: "ik heb een vraag over mijn bedrijf", kind: wegwijzer.ReplyClarify},
		{say: "theme:arbeidsmarkt", kind: wegwijzer.ReplyClarify},
		{say: "region:provincie-gelderland", kind: wegwijzer.ReplyClarify},
		{say: "size:micro", kind: wegwijzer.ReplyAnswer, contains: []string{"werkgeversservicepunt"}, absent: []string{"wsp-achterhoek"}},
	})
	run(t, e, "part-limburg", []step{
		{say: "ik heb een vraag over mijn bedrijf", kind: wegwijzer.ReplyClarify},
		{say: "theme:arbeidsmarkt", kind: wegwijzer.ReplyClarify},
		{say: "region:provincie-limburg", kind: wegwijzer.ReplyClarify},
		{say: "size:klein", kind: wegwijzer.ReplyAnswer, contains: []string{"werkgeversservicepunt"}, absent: []string{"wsp-westelijke-mijnstreek"}},
	})
	run(t, e, "part-winterswijk", []step{
		{say: "wij zoeken twee monteurs in Winterswijk", kind: wegwijzer.ReplyAnswer, contains: []string{"wsp-achterhoek"}},
	})
}
