package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestCostQuestionKeepsTheLead: "kost dat iets?" after an answer that led with help or advice, for a question that
// asked for help, is about that help: whom to ask starts with the first offer shown, not with the money shown
// below it. Asked about the interest, the money comes first (only a lender has interest).
func TestCostQuestionKeepsTheLead(t *testing.T) {
	c, _ := mustSearch(t)
	tests := []struct{ first, then string }{
		{"ik ben zzp timmerman en wil in Utrecht circulair gaan bouwen, wie kan me daarbij helpen", "is dat gratis?"},
		{"wie helpt mij om mijn meubelmakerij met 4 man in Zwolle circulair te maken", "wat kost het?"},
	}
	for _, tt := range tests {
		t.Run(tt.then, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			conv := "costlead-" + strings.ReplaceAll(tt.then, " ", "-")
			first := run(t, e, conv, []step{{say: tt.first, kind: wegwijzer.ReplyAnswer}})[0]
			if len(first.Offers) == 0 || c.Offer(first.Offers[0].ID).Kind.Group() == wegwijzer.GroupMoney {
				t.Fatalf("the answer does not lead with help, so the test shows nothing: %v", first.Offers)
			}
			money := false
			for _, o := range first.Offers {
				money = money || c.Offer(o.ID).Kind.Group() == wegwijzer.GroupMoney
			}
			if !money {
				t.Fatalf("the answer shows no money, so the test shows nothing: %v", first.Offers)
			}
			r := run(t, e, conv, []step{{say: tt.then, kind: wegwijzer.ReplyAnswer}})[0]
			if len(r.Offers) == 0 || r.Offers[0].ID != first.Offers[0].ID {
				t.Errorf("%q: first offer %v, want %s, which the answer led with (%q)", tt.then, r.Offers, first.Offers[0].ID, r.Text)
			}
		})
	}
}

// TestCostQuestionIsAboutTheFirstOffer: "wat kost dat?" after an answer points at the offer the answer led with;
// when its facts do not say what it costs, the reply says whom to ask, starting with it, and does not quote the
// price or limit of an offer shown lower.
func TestCostQuestionIsAboutTheFirstOffer(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	conv := "cost-first-offer"
	var first *wegwijzer.Reply
	for _, say := range []string{"hoe betaal ik de aankoop van mijn foodtruck?", "in Utrecht", "ik ben zzp"} {
		r, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: conv, User: "u-" + conv, Platform: "test", Text: say})
		if err != nil {
			t.Fatal(err)
		}
		if r.Kind == wegwijzer.ReplyAnswer {
			first = r
			break
		}
	}
	if first == nil || len(first.Offers) == 0 {
		t.Fatalf("no answer to ask the cost of: %v", first)
	}
	r := run(t, e, conv, []step{{say: "wat kost dat dan?", kind: wegwijzer.ReplyAnswer}})[0]
	if len(r.Offers) == 0 || r.Offers[0].ID != first.Offers[0].ID {
		t.Errorf("answer %v, then cost reply %v (%q): want it about %s", offerIDs(first), offerIDs(r), r.Text, first.Offers[0].ID)
	}
}
