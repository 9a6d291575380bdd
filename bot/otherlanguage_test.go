package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// A conversation saved while the bot asked which problem to start with, before the problems' labels were kept
// (or with them lost), still gets the problems as buttons when the person asks for the other language: one option
// per problem, from the problems themselves.
func TestOtherLanguageWithoutProblemLabels(t *testing.T) {
	ctx := context.Background()
	st := mustBolt(t)
	e := newEngine(t, st, bot.Options{})
	r := ask(t, e, "lang-labels", "ik wil een leerling aannemen en mijn producten exporteren naar Duitsland")
	if len(r.Options) != 2 {
		t.Fatalf("options %v, want two problems", r.Options)
	}
	c, err := st.Load(ctx, "lang-labels")
	if err != nil {
		t.Fatal(err)
	}
	delete(c.Slots, "problem_labels")
	if err := st.Save(ctx, c, time.Hour); err != nil {
		t.Fatal(err)
	}
	r = ask(t, e, "lang-labels", "in English please")
	if len(r.Options) != 2 || r.Options[0].Value != "problem:0" {
		t.Errorf("options %v, want the two problems again", r.Options)
	}
}

// The answer said again in the other language is the same question: its turn is recorded as a repeat, so the
// demand log does not count the question twice.
func TestOtherLanguageIsNoNewQuestion(t *testing.T) {
	var recs []wegwijzer.TurnRecord
	e := newEngine(t, mustBolt(t), bot.Options{Hooks: bot.Hooks{Turn: func(_ context.Context, r wegwijzer.TurnRecord) { recs = append(recs, r) }}})
	first := ask(t, e, "lang-repeat", "wij willen mee op handelsmissie naar Vietnam")
	again := ask(t, e, "lang-repeat", "in English please")
	if first.Kind != wegwijzer.ReplyAnswer || again.Kind != wegwijzer.ReplyAnswer || again.Language != "en" {
		t.Fatalf("replies %s, %s (%s); want an answer said again in English", first.Kind, again.Kind, again.Language)
	}
	if len(recs) != 2 || recs[0].Repeat || !recs[1].Repeat {
		t.Errorf("records' repeat %v, want only the second turn a repeat", func() (r []bool) {
			for _, x := range recs {
				r = append(r, x.Repeat)
			}
			return
		}())
	}
}
