package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// A message typed while the bot asks which problem to start with that picks none of them (no number, no button, no
// word of a problem or of the theme it was shown with) and asks something of its own is a new question: answered
// on its own, not glued onto the message with the problems, and the problems are gone after it.
func TestNewQuestionWhileAskingWhichProblem(t *testing.T) {
	for _, tt := range []struct {
		name   string
		steps  []step
		notSay string
	}{
		{"nl", []step{
			{say: "ik wil mijn medewerkers laten bijscholen en ook minder betalen voor stroom", kind: wegwijzer.ReplyClarify, text: "Waar wil je mee beginnen"},
			{say: "welke subsidie is er voor een warmtepomp in mijn kapsalon?", kind: wegwijzer.ReplyAnswer,
				absent: []string{"slim", "leerwerkloket", "stap-budget"}}}, "bijscholen"},
		{"en", []step{
			{say: "I want to train my employees and also cut my electricity bill", kind: wegwijzer.ReplyClarify, text: "Which one"},
			{say: "can I get a loan to buy a delivery van?", kind: wegwijzer.ReplyAnswer,
				absent: []string{"slim", "leerwerkloket"}}}, "train my employees"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := mustBolt(t)
			rs := run(t, newEngine(t, st, bot.Options{}), "newq", tt.steps)
			last := rs[len(rs)-1]
			if strings.Contains(last.Text+last.NextStep, tt.notSay) {
				t.Errorf("the new question is glued onto the problems: %q", last.Text)
			}
			c, err := st.Load(context.Background(), "newq")
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range []string{"problems", "problem_labels", "problem_themes", "pending"} {
				if c.Slots[s] != "" {
					t.Errorf("slot %s still %q after the new question was answered", s, c.Slots[s])
				}
			}
		})
	}
}

// TestPaymentTroubleIsOneProblem: not paying the taxes and not paying the suppliers are one problem, trouble paying,
// though the first names taxes (rules): not paying them is payment trouble, as not paying suppliers is.
func TestPaymentTroubleIsOneProblem(t *testing.T) {
	for _, say := range []string{
		"we cannot pay the tax bill and we cannot pay our suppliers either",
		"ik kan mijn belastingen niet betalen en ik kan mijn leveranciers ook niet betalen",
	} {
		e := newEngine(t, mustBolt(t), bot.Options{})
		r := run(t, e, "paytrouble-"+say[:6], []step{{say: say, kind: wegwijzer.ReplyAnswer}})[0]
		if len(r.Offers) == 0 || r.Offers[0].ID != "betalingsregeling-belastingdienst" {
			t.Errorf("%q: offers %v, want betalingsregeling-belastingdienst first", say, offerIDs(r))
		}
	}
}
