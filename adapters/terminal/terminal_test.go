package terminal_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/adapters/terminal"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
)

// TestChat runs a terminal conversation against the real engine: a typed question, a number that presses a
// button, and a command.
func TestChat(t *testing.T) {
	e := testsys.Engine(t, bot.Options{})

	in := strings.NewReader("Ik wil mijn bedrijf verduurzamen\n2\n\nhelp\n")
	var out bytes.Buffer
	if err := terminal.Run(context.Background(), in, &out, e, terminal.Options{User: "t"}); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Wat wil je precies doen?", // the clarifying question
		"[2] Vervoer en wagenpark", // its options, numbered
		"In welke branche zit je",  // "2" pressed the second button and the dialogue went on
		"Commando's: opnieuw",      // help
	} {
		if !strings.Contains(got, want) {
			t.Errorf("transcript lacks %q:\n%s", want, got)
		}
	}
	if strings.Count(got, "> ") != 5 { // one prompt per line read (the empty line too), and one at the end
		t.Errorf("prompts = %d, want 5:\n%s", strings.Count(got, "> "), got)
	}
}

func TestRenderCards(t *testing.T) {
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Language: "en", Text: "For your question I found one scheme for money:",
		Offers: []wegwijzer.OfferRef{{Title: "WBSO", Provider: "RVO", URL: "https://www.rvo.nl/wbso", Group: wegwijzer.GroupMoney, Why: "Tax scheme",
			Pitch: "Pay less payroll tax for R&D work", Fit: "Fits your question about innovation", StatusText: "Open: you can use it now"}},
		NextStep: "Next step: RVO."}
	want := "For your question I found one scheme for money:\n\nMoney\n  - WBSO (RVO)\n    Pay less payroll tax for R&D work\n" +
		"    Fits your question about innovation\n    Open: you can use it now\n    https://www.rvo.nl/wbso\n\nNext step: RVO.\n"
	if got := terminal.Render(r); got != want {
		t.Errorf("Render =\n%s\nwant\n%s", got, want)
	}
}
