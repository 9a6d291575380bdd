package bot_test

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestPlaceWithMoreFactsIsSearchedAgain: "en als ik in Deventer zit?" after an answer, when Deventer has nothing of
// its own, keeps the offers shown; with a new size, sector or legal form beside the place the answer is searched
// again, since those change what fits.
func TestPlaceWithMoreFactsIsSearchedAgain(t *testing.T) {
	const first = "ik wil een bakkerij beginnen in Zwolle, welke regels gelden er?"
	const kept = "blijft wat past"
	for _, tt := range []struct {
		then string
		keep bool
	}{
		{"en als ik in Deventer zit?", true},
		{"en als ik in Deventer zit met 20 werknemers?", false},
		{"en als ik een bv heb in Deventer?", false},
		{"en als ik een kapsalon in Deventer heb?", false},
	} {
		t.Run(tt.then, func(t *testing.T) {
			r := run(t, newEngine(t, mustBolt(t), bot.Options{}), "place", []step{{say: first, kind: wegwijzer.ReplyAnswer}, {say: tt.then, kind: wegwijzer.ReplyAnswer}})
			if got := strings.Contains(r[1].Text, kept); got != tt.keep {
				t.Errorf("kept the offers shown: %v, want %v (%v, %q)", got, tt.keep, offerIDs(r[1]), r[1].Text)
			}
		})
	}
}
