package bot_test

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestIsItFree: "gratis?", "is it free?", "hoeveel moet ik betalen?" ask what it costs, not what you get: "gratis?"
// after help with a business plan got Qredits' loan of up to EUR 250,000.
func TestIsItFree(t *testing.T) {
	for _, tt := range []struct{ first, ask, head string }{
		{"Ik zoek hulp bij het maken van een ondernemingsplan", "gratis?", "Wat het kost"},
		{"I need help writing a business plan", "is it free?", "What it costs"},
		{"ik wil een medewerker aannemen", "hoeveel moet ik betalen?", "Wat het kost"},
	} {
		t.Run(tt.ask, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			r := run(t, e, "free-"+tt.ask, []step{{say: tt.first, kind: wegwijzer.ReplyAnswer}, {say: tt.ask, kind: wegwijzer.ReplyAnswer}})
			if !strings.HasPrefix(r[1].Text, tt.head) {
				t.Errorf("%q: %q, want it to start with %q", tt.ask, r[1].Text, tt.head)
			}
		})
	}
}

// TestPayHimIsAboutWhatWasShown: "what do I have to pay him" after an answer on hiring a student points at that
// person; "him" was read as a topic of its own, and the question got the curated text on unpaid invoices.
func TestPayHimIsAboutWhatWasShown(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "pay-him", []step{
		{say: "I have a question about hiring a student for the summer", kind: wegwijzer.ReplyAnswer},
		{say: "what do I have to pay him", kind: wegwijzer.ReplyAnswer, absent: []string{"incassokosten", "kantonrechter-vorderingen"}},
	})
}
