package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestUpdatesDeliverTheManagersAnswer: what a community manager answers to a hand-off reaches the person without
// a turn, once, in the conversation's language; the next turn does not show it again.
func TestUpdatesDeliverTheManagersAnswer(t *testing.T) {
	tests := []struct {
		name, ask, heading string
	}{
		{"Dutch", "Ik wil met een adviseur praten", "Bericht van de community manager:"},
		{"English", "Can I talk to a person?", "Message from the community manager:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			st := mustBolt(t)
			e := newEngine(t, st, bot.Options{})
			conv := "upd-" + tt.name
			if r, err := e.Updates(ctx, conv); r != nil || err != nil {
				t.Fatalf("updates of a conversation that does not exist: %v, %v", r, err)
			}
			run(t, e, conv, []step{{say: tt.ask, kind: wegwijzer.ReplyHandoff}})
			if r, err := e.Updates(ctx, conv); r != nil || err != nil {
				t.Fatalf("updates before the manager answered: %v, %v", r, err)
			}
			// The manager answers from the dashboard (demand.Desk writes to the store the engine uses).
			c, err := st.Load(ctx, conv)
			if err != nil {
				t.Fatal(err)
			}
			c.HandoffReplies = append(c.HandoffReplies, wegwijzer.HandoffReply{Time: time.Now(), Text: "Ik bel je morgen om tien uur."})
			if err := st.Save(ctx, c, time.Hour); err != nil {
				t.Fatal(err)
			}
			r, err := e.Updates(ctx, conv)
			if err != nil || r == nil {
				t.Fatalf("updates after the manager answered: %v, %v", r, err)
			}
			if r.Kind != wegwijzer.ReplyInfo || r.Conversation != conv || r.Text != tt.heading+"\nIk bel je morgen om tien uur." {
				t.Errorf("update %+v, want kind info with %q and the answer", r, tt.heading)
			}
			if r, err := e.Updates(ctx, conv); r != nil || err != nil {
				t.Errorf("the answer was delivered twice: %v, %v", r, err)
			}
			next := run(t, e, conv, []step{{say: "dank je", kind: wegwijzer.ReplyInfo}})[0]
			if strings.Contains(next.Text, "tien uur") {
				t.Errorf("the next turn shows the delivered answer again: %q", next.Text)
			}
		})
	}
}
