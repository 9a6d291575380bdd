package bot_test

import (
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestFullGridGetsTheGridOffer: "we willen zonnepanelen maar het net is vol" gets the text on grid congestion and,
// first, the offer on it (the capacity map and the grid operator); its cards were the energy-saving duty and the
// EIA, with the duty's next step ("kijk op je energierekening of je boven de grens zit").
func TestFullGridGetsTheGridOffer(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	r := run(t, e, "grid-full", []step{{say: "we willen zonnepanelen maar het net is vol", kind: wegwijzer.ReplyAnswer, contains: []string{"netcongestie"}}})
	if r[0].Offers[0].ID != "netcongestie" {
		t.Errorf("first offer %s, want netcongestie", r[0].Offers[0].ID)
	}
}
