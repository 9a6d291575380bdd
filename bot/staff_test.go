package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestRejectedStaffIsOnePerson: a message that says the company has no staff, in any word understand reads as
// staff ("personeel", "workers"), makes it a one-person business.
func TestRejectedStaffIsOnePerson(t *testing.T) {
	tests := []struct{ first, then string }{
		{"subsidie voor een elektrische bestelbus", "we hebben geen personeel"},
		{"subsidie voor een elektrische bestelbus", "we hebben geen medewerkers"},
		{"grant for an electric van", "we have no employees"},
		{"grant for an electric van", "we have no workers"},
	}
	for _, tt := range tests {
		t.Run(tt.then, func(t *testing.T) {
			st := mustBolt(t)
			e := newEngine(t, st, bot.Options{})
			conv := "staff-" + strings.ReplaceAll(tt.then, " ", "-")
			run(t, e, conv, []step{{say: tt.first, kind: wegwijzer.ReplyAnswer}, {say: tt.then, kind: wegwijzer.ReplyAnswer}})
			cv, err := st.Load(context.Background(), conv)
			if err != nil {
				t.Fatal(err)
			}
			if got := cv.Slots["size"]; got != "zzp" {
				t.Errorf("size after %q = %q, want zzp", tt.then, got)
			}
		})
	}
}
