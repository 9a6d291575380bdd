package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestMoreOptions: "andere opties?" after an answer shows what else the question finds, not the list (or the
// closed scheme's story) again; with nothing else that fits, it says so once and offers a person.
func TestMoreOptions(t *testing.T) {
	for _, tt := range []struct {
		name, first, more string
		kind              wegwijzer.ReplyKind
		text              string
	}{
		{"more found", "subsidie voor zonnepanelen op mijn bedrijfspand", "andere opties?", wegwijzer.ReplyAnswer, "nog niet laten zien"},
		{"more found, English", "I want to take on an apprentice", "any other options?", wegwijzer.ReplyAnswer, "not shown you yet"},
		{"nothing else", "we zitten krap bij kas", "zijn er nog andere mogelijkheden?", wegwijzer.ReplyInfo, "niets anders"},
		{"after a closed scheme, the usable ones of its topic", "Is de SEBA nog open?", "andere opties?", wegwijzer.ReplyAnswer, "nog niet laten zien"},
		{"after a scheme without rounds, the usable ones of its topic", "Is de subsidie voor energieadvies (SVM) er nog?", "wat is er nu dan", wegwijzer.ReplyAnswer, "nog niet laten zien"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			r := run(t, e, "more-"+tt.name, []step{{say: tt.first, kind: wegwijzer.ReplyAnswer}, {say: tt.more, kind: tt.kind, text: tt.text}})
			for _, o := range r[1].Offers {
				if slices.ContainsFunc(r[0].Offers, func(s wegwijzer.OfferRef) bool { return s.ID == o.ID }) {
					t.Errorf("%s shown again", o.ID)
				}
			}
			if tt.kind == wegwijzer.ReplyAnswer && len(r[1].Offers) == 0 {
				t.Errorf("no other offers: %q", r[1].Text)
			}
			if strings.Contains(r[1].Text, "gesloten sinds") {
				t.Errorf("the closed scheme's story again: %q", r[1].Text)
			}
		})
	}
}
