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

// TestStaffFromAbroad: "personeel uit het buitenland halen" is hiring people from abroad, not export: it got SIB,
// DTIF and Eurostars; now the knowledge-migrant scheme first.
func TestStaffFromAbroad(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	for _, say := range []string{"ik wil personeel uit het buitenland halen", "I want to hire staff from abroad"} {
		r := run(t, e, "abroad-"+say, []step{{say: say, kind: wegwijzer.ReplyAnswer, contains: []string{"kennismigrant"}}})
		if r[0].Offers[0].ID == "sib" {
			t.Errorf("%q: SIB first", say)
		}
	}
}
