package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// A question about a known gap (a topic no offer covers) gets an honest no_match: the gap's text and its referral
// instead of the plain "no good answer", and the turn is recorded under the gap.
func TestKnownGapRefersAndIsRecorded(t *testing.T) {
	var recs []wegwijzer.TurnRecord
	e := newEngine(t, mustBolt(t), bot.Options{Hooks: bot.Hooks{Turn: func(_ context.Context, r wegwijzer.TurnRecord) { recs = append(recs, r) }}})
	tests := []struct {
		name, say, gap, text, next string
	}{
		{"tips in Dutch", "de fooi van de bediening, moet ik daar loonheffing over betalen", "fooien-personeel", "geen regeling of loket", "boekhouder"},
		{"a non-compete clause in English", "can I add a non-compete clause to the contract of my new sales employee", "concurrentiebeding-personeel", "no scheme or public desk", "employment lawyer"},
		{"a franchise", "wat moet ik weten voordat ik een franchisecontract teken", "franchise", "Wet franchise", "NFV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs = nil
			r := run(t, e, "gap-"+tt.gap, []step{{say: tt.say, kind: wegwijzer.ReplyNoMatch, text: tt.text}})[0]
			if len(r.Offers) != 0 {
				t.Errorf("a gap shows offers: %v", r.Offers)
			}
			if !strings.Contains(r.NextStep, tt.next) {
				t.Errorf("next step %q, want the referral naming %q", r.NextStep, tt.next)
			}
			if len(recs) != 1 || recs[0].Gap != tt.gap {
				t.Fatalf("records %+v, want one under the gap %s", recs, tt.gap)
			}
		})
	}
	t.Run("an ordinary no-match names no gap", func(t *testing.T) {
		recs = nil
		run(t, e, "gap-none", []step{{say: "wat is een goed recept voor appeltaart", kind: wegwijzer.ReplyNoMatch}})
		if len(recs) != 1 || recs[0].Gap != "" {
			t.Errorf("records %+v, want one without a gap", recs)
		}
	})
}
