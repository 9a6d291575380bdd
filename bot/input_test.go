package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestInvisibleCharactersAreNotRead: what a message holds that no one sees (control characters, zero-width
// spaces and joiners, soft hyphens, direction marks) neither splits a word nor makes an empty message a question.
func TestInvisibleCharactersAreNotRead(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	ctx := context.Background()
	plain, err := e.Handle(ctx, wegwijzer.Message{Conversation: "plain", Text: "subsidie voor zonnepanelen op mijn bedrijfspand in Zwolle"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ name, text string }{
		{"zero-width space and joiner inside words", "sub\u200bsidie voor zonne\u200dpanelen op mijn bedrijfs\u200cpand in Zwolle"},
		{"soft hyphens from a web page", "sub\u00adsidie voor zonne\u00adpanelen op mijn bedrijfs\u00adpand in Zwol\u00adle"},
		{"direction marks around it", "\u202esubsidie voor zonnepanelen op mijn bedrijfspand in Zwolle\u202c\u200f"},
		{"byte order mark and word joiner", "\ufeffsubsidie voor zonne\u2060panelen op mijn bedrijfspand in Zwolle"},
		{"NUL and bell between words", "subsidie\x00voor zonnepanelen\x07op mijn bedrijfspand in\x00Zwolle"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := e.Handle(ctx, wegwijzer.Message{Conversation: "inv-" + strings.ReplaceAll(tt.name, " ", "-"), Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != plain.Kind || r.Text != plain.Text || !slices.Equal(offerIDs(r), offerIDs(plain)) {
				t.Errorf("got %s %q %v,\nwant %s %q %v as without them", r.Kind, r.Text, offerIDs(r), plain.Kind, plain.Text, offerIDs(plain))
			}
		})
	}
	for _, tt := range []struct{ name, text string }{
		{"zero-width spaces only", "\u200b\u200b\ufeff"},
		{"NUL characters only", "\x00\x00"},
		{"direction marks and control characters only", "\u202e\u202c\x01\x1b \t"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := e.Handle(ctx, wegwijzer.Message{Conversation: "empty-" + strings.ReplaceAll(tt.name, " ", "-"), Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != wegwijzer.ReplyInfo || !strings.Contains(r.Text, "leeg bericht") {
				t.Errorf("got %s %q, want the reply to an empty message", r.Kind, r.Text)
			}
		})
	}
}

// TestLongPasteIsReadAsItsQuestion: a message over the limit that asks something (a pasted e-mail with the
// question at its end) is answered as the sentences that ask, with a line that says what was read; one that asks
// nothing says how long it is and may be.
func TestLongPasteIsReadAsItsQuestion(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	ctx := context.Background()
	story := strings.Repeat("We hebben een drukke week gehad met veel klanten in de winkel en de leveranciers kwamen te laat. ", 60)
	question := "Is er subsidie voor zonnepanelen op het dak van mijn bakkerij?"
	long := "Ik heb een bakkerij in Zwolle. " + story + question
	if n := len([]rune(long)); n <= bot.MaxTextRunes {
		t.Fatalf("the paste is %d characters, want more than %d", n, bot.MaxTextRunes)
	}
	want, err := e.Handle(ctx, wegwijzer.Message{Conversation: "short", Text: "Ik heb een bakkerij in Zwolle. " + question})
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.Handle(ctx, wegwijzer.Message{Conversation: "paste", Text: long})
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != want.Kind || !slices.Equal(offerIDs(r), offerIDs(want)) {
		t.Errorf("long paste: got %s %v, want %s %v as for its question", r.Kind, offerIDs(r), want.Kind, offerIDs(want))
	}
	if !strings.HasPrefix(r.Text, "Je bericht is lang (5.913 tekens)") || !strings.Contains(r.Text, "2 van de 62 zinnen") {
		t.Errorf("long paste: text %q, want it to say what was read", r.Text)
	}

	r, err = e.Handle(ctx, wegwijzer.Message{Conversation: "story", Text: strings.Repeat("Dit is een lang verhaal over mijn bedrijf zonder vraag. ", 80)})
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != wegwijzer.ReplyInfo || !strings.Contains(r.Text, "4.479 tekens lang; ik kan er 4.000 lezen") {
		t.Errorf("long story without a question: %s %q, want how long it is and may be", r.Kind, r.Text)
	}
	r, err = e.Handle(ctx, wegwijzer.Message{Conversation: "story-en", Text: strings.Repeat("This is a long story about my business without a question. ", 80)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "4,719 characters long; I can read 4,000") {
		t.Errorf("English long story: %q, want how long it is and may be, in English", r.Text)
	}
}
