package bot_test

import (
	"context"
	"testing"
	"time"

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
