package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// Transcript tests, one per item of issue 11, in Dutch and English.

func TestOfferCards(t *testing.T) {
	for _, tt := range []struct{ lang, say, fit string }{
		{"nl", "subsidie voor zonnepanelen op mijn bedrijfspand", "Past bij"},
		{"en", "grant for solar panels on my warehouse", "Fits"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			r := run(t, e, "cards-"+tt.lang, []step{{say: tt.say, kind: wegwijzer.ReplyAnswer}})[0]
			for _, o := range r.Offers {
				if o.Pitch == "" || o.StatusText == "" || (!strings.HasPrefix(o.Fit, tt.fit) && !strings.HasPrefix(o.Fit, "Bijna") && !strings.HasPrefix(o.Fit, "Almost")) {
					t.Errorf("offer %s: pitch %q, fit %q, status %q; want all three, fit starting %q", o.ID, o.Pitch, o.Fit, o.StatusText, tt.fit)
				}
			}
		})
	}
}

func TestClosedSchemesOnlyWhenNamed(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	c, _ := mustSearch(t)
	for _, tt := range []struct{ name, say, text string }{
		{"not named", "subsidie voor een elektrische bestelbus", ""},
		{"named", "Is de SEBA nog open?", "gesloten sinds"},
		{"named, English", "Can I still apply for SEBA?", "closed since"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, e, "closed-"+tt.name, []step{{say: tt.say, kind: wegwijzer.ReplyAnswer, text: tt.text, absent: []string{"seba"}}})[0]
			for _, o := range r.Offers {
				if c.Offer(o.ID).Status == wegwijzer.StatusGesloten {
					t.Errorf("closed %s offered", o.ID)
				}
			}
			if tt.text != "" && len(r.Offers) == 0 {
				t.Errorf("a named closed scheme gets no alternative: %q", r.Text)
			}
		})
	}
}

func TestNextStepBelongsToTheFirstOffer(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	c, _ := mustSearch(t)
	for i, say := range []string{"subsidie voor een elektrische bestelbus", "Ik wil een leerling aannemen", "lening voor een nieuwe machine", "I want to export to Germany"} {
		r, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: "next-" + string(rune('a'+i)), Text: say})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Offers) == 0 {
			t.Fatalf("%q: no offers", say)
		}
		if o := c.Offer(r.Offers[0].ID); !strings.Contains(r.NextStep, whoIn(o.NextStep, r.Language)) || (o.NextStep.URL != "" && !strings.Contains(r.NextStep, o.NextStep.URL)) {
			t.Errorf("%q: next step %q is not that of the first offer %s", say, r.NextStep, o.ID)
		}
		if !strings.HasSuffix(strings.SplitN(r.Text, "\n", 2)[0], ":") && !strings.Contains(r.Text, ":\n") && !strings.HasSuffix(r.Text, ":") {
			t.Errorf("%q: the text %q does not say in one sentence what the list is", say, r.Text)
		}
	}
}

func TestFollowUpsAnswerFromTheOffers(t *testing.T) {
	for _, tt := range []struct {
		lang  string
		steps []step
	}{
		{"nl", []step{
			{say: "Ik wil een leerling aannemen", kind: wegwijzer.ReplyAnswer},
			{say: "Hoe vraag ik dat aan?", kind: wegwijzer.ReplyAnswer, text: "Zo vraag je het aan"},
			{say: "Wat is het maximale bedrag?", kind: wegwijzer.ReplyAnswer, text: "Wat je krijgt"},
			{say: "kom ik in aanmerking?", kind: wegwijzer.ReplyAnswer, text: "Voorwaarden"},
			{say: "tot wanneer?", kind: wegwijzer.ReplyAnswer, text: "Wanneer"},
			{say: "wie moet ik bellen?", kind: wegwijzer.ReplyAnswer, text: "Contact"},
			{say: "wat is het verschil tussen de eerste en de tweede?", kind: wegwijzer.ReplyAnswer, text: "Het verschil"},
			{say: "Dank je wel!", kind: wegwijzer.ReplyInfo, text: "Graag gedaan"},
		}},
		{"en", []step{
			{say: "I want to hire an apprentice", kind: wegwijzer.ReplyAnswer},
			{say: "How do I apply?", kind: wegwijzer.ReplyAnswer, text: "How to apply"},
			{say: "how much can I get?", kind: wegwijzer.ReplyAnswer, text: "What you get"},
			{say: "thanks!", kind: wegwijzer.ReplyInfo, text: "welcome"},
		}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			replies := run(t, e, "follow-"+tt.lang, tt.steps)
			first := replies[0].Offers[0].ID
			for i, r := range replies[1:] {
				for _, o := range r.Options {
					if strings.HasPrefix(o.Value, "theme:") {
						t.Errorf("step %d: a follow-up shows the theme menu", i+2)
					}
				}
				if r.Kind == wegwijzer.ReplyAnswer && r.Offers[0].ID != first && !strings.Contains(r.Text, "verschil") {
					t.Errorf("step %d: about %s, want the first offer shown (%s)", i+2, r.Offers[0].ID, first)
				}
				if r.Language != tt.lang {
					t.Errorf("step %d: language %s", i+2, r.Language)
				}
			}
			if len(replies[len(replies)-1].Options) != 0 {
				t.Errorf("thanks get a short reply without a menu: %v", replies[len(replies)-1].Options)
			}
		})
	}
}

func TestFollowUpNeverInvents(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	c, _ := mustSearch(t)
	r := run(t, e, "invent", []step{{say: "Ik heb een bakkerij in Zwolle en wil minder gas verbruiken", kind: wegwijzer.ReplyAnswer}})[0]
	o := c.Offer(r.Offers[0].ID)
	fu := run(t, e, "invent", []step{{say: "hoeveel krijg ik?", kind: wegwijzer.ReplyAnswer}})[0]
	if o.Facts.Amount == "" && !strings.Contains(fu.Text, "staat niet in mijn gegevens") {
		t.Errorf("%s has no amount; the reply %q should say so and where to look", o.ID, fu.Text)
	}
	if o.Facts.Amount != "" && !strings.Contains(fu.Text, strings.TrimSuffix(o.Facts.Amount, ".")) {
		t.Errorf("the reply %q does not give %s's amount %q", fu.Text, o.ID, o.Facts.Amount)
	}
}

func TestIntentsInAnyWording(t *testing.T) {
	for _, tt := range []struct {
		name  string
		steps []step
	}{
		{"hand-off nl", []step{{say: "Kan iemand mij bellen?", kind: wegwijzer.ReplyHandoff}}},
		{"hand-off en", []step{{say: "I'd rather talk to a person", kind: wegwijzer.ReplyHandoff}}},
		{"hand-off adviseur", []step{{say: "subsidie voor zonnepanelen", kind: wegwijzer.ReplyAnswer}, {say: "Ik wil met een adviseur praten", kind: wegwijzer.ReplyHandoff}}},
		{"negative asks what is missing", []step{{say: "subsidie voor zonnepanelen", kind: wegwijzer.ReplyAnswer}, {say: "dit helpt niet", kind: wegwijzer.ReplyInfo, text: "Wat mis je"}}},
		{"negative en", []step{{say: "grant for solar panels", kind: wegwijzer.ReplyAnswer}, {say: "this doesn't help", kind: wegwijzer.ReplyInfo, text: "What is missing"}}},
		{"restart", []step{{say: "subsidie voor zonnepanelen", kind: wegwijzer.ReplyAnswer}, {say: "laten we opnieuw beginnen", kind: wegwijzer.ReplyInfo, text: "opnieuw"}}},
		{"restart with a question", []step{{say: "subsidie voor zonnepanelen", kind: wegwijzer.ReplyAnswer}, {say: "ik heb een andere vraag: hoe schrijf ik me in bij de kvk", kind: wegwijzer.ReplyAnswer}}},
		{"privacy", []step{{say: "wat doe je met mijn gegevens?", kind: wegwijzer.ReplyInfo, text: "Wat ik bewaar"}}},
		{"privacy en", []step{{say: "what do you do with my data?", kind: wegwijzer.ReplyInfo, text: "What I store"}}},
		{"erasure", []step{{say: "subsidie voor zonnepanelen", kind: wegwijzer.ReplyAnswer}, {say: "oeps, vergeet mij alsjeblieft", kind: wegwijzer.ReplyInfo, text: "gewist"}}},
		{"only who is asking", []step{{say: "ik heb een kapperszaak", kind: wegwijzer.ReplyClarify, text: "Waar gaat je vraag over"}}},
		{"greeting", []step{{say: "goedemorgen", kind: wegwijzer.ReplyInfo, text: "Wegwijzer"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			run(t, newEngine(t, mustBolt(t), bot.Options{}), "intent", tt.steps)
		})
	}
}

func TestCorrectionReplacesAndNegationRemoves(t *testing.T) {
	st := mustBolt(t)
	e := newEngine(t, st, bot.Options{})
	ctx := context.Background()
	run(t, e, "corr", []step{
		{say: "subsidie voor zonnepanelen op mijn bedrijfspand in Deventer", kind: wegwijzer.ReplyAnswer},
		{say: "nee, eigenlijk zit ik in Zwolle", kind: wegwijzer.ReplyAnswer},
	})
	c, err := st.Load(ctx, "corr")
	if err != nil {
		t.Fatal(err)
	}
	if c.Slots["region"] != "gemeente-zwolle" || strings.Contains(c.Slots["query"], "Deventer") {
		t.Errorf("region %q, question %q; want Zwolle instead of Deventer", c.Slots["region"], c.Slots["query"])
	}
	cat, _ := mustSearch(t)
	r := run(t, e, "neg", []step{{say: "subsidie voor zonnepanelen voor mijn bedrijf in Drenthe", kind: wegwijzer.ReplyAnswer}, {say: "nee, niet in Drenthe", kind: wegwijzer.ReplyAnswer}})
	for _, o := range r[1].Offers {
		if of := cat.Offer(o.ID); !of.IsNational() && strings.Contains(strings.Join(of.Regions, ","), "drenthe") {
			t.Errorf("after 'niet in Drenthe' the Drenthe offer %s is shown", o.ID)
		}
	}
	nl, err := e.Handle(ctx, wegwijzer.Message{Conversation: "noloan", Text: "ik wil investeren in zonnepanelen op mijn dak maar geen lening"})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range nl.Offers {
		if o.Kind == wegwijzer.KindLeningGarantie {
			t.Errorf("'geen lening' still shows the loan %s", o.ID)
		}
	}
}

func TestFreeTextFillsTheAskedSlot(t *testing.T) {
	st := mustBolt(t)
	e := newEngine(t, st, bot.Options{})
	run(t, e, "free", []step{
		{say: "Ik wil mijn bedrijf verduurzamen", kind: wegwijzer.ReplyClarify, text: "Wat wil je precies doen?"},
		{say: "vervoer en wagenpark", kind: wegwijzer.ReplyClarify, text: "branche"},
	})
	c, err := st.Load(context.Background(), "free")
	if err != nil {
		t.Fatal(err)
	}
	if c.Slots["topic"] != "mobiliteit" {
		t.Errorf("topic %q, want mobiliteit from the typed answer", c.Slots["topic"])
	}
}

func TestSeveralProblemsAreTakenOneByOne(t *testing.T) {
	for _, tt := range []struct{ lang, say, text string }{
		{"nl", "Mijn omzet daalt, ik heb een belastingschuld en mijn pand moet verduurzaamd worden", "Waar wil je mee beginnen"},
		{"en", "I want to hire an apprentice and export my products to Germany", "Which one shall we start with"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			r := run(t, e, "multi-"+tt.lang, []step{{say: tt.say, kind: wegwijzer.ReplyClarify, text: tt.text}})[0]
			if len(r.Options) < 2 {
				t.Fatalf("options %v, want one per problem", r.Options)
			}
			for _, o := range r.Options {
				if !strings.HasPrefix(o.Value, "problem:") {
					t.Errorf("option %v is not a problem", o)
				}
			}
			// Two clauses on one theme are one problem, and the question keeps both.
			if tt.lang == "nl" && !strings.Contains(r.Text, "omzet daalt, ik heb een belastingschuld") {
				t.Errorf("the falling turnover and the tax debt are not one problem: %q", r.Text)
			}
			a := run(t, e, "multi-"+tt.lang, []step{{say: "problem:0", kind: wegwijzer.ReplyAnswer}})[0]
			if a.Options[0].Value != "problem:next" {
				t.Errorf("after the first problem the others are offered first; options %v", a.Options)
			}
			run(t, e, "multi-"+tt.lang, []step{{say: "problem:next", kind: wegwijzer.ReplyAnswer}})
		})
	}
}

func TestHandoffAsksHowToReachAndSummarises(t *testing.T) {
	st := mustBolt(t)
	var recs []wegwijzer.TurnRecord
	e := newEngine(t, st, bot.Options{Hooks: bot.Hooks{Turn: func(_ context.Context, r wegwijzer.TurnRecord) { recs = append(recs, r) }}})
	ctx := context.Background()
	run(t, e, "ho", []step{
		{say: "subsidie voor zonnepanelen op mijn bedrijfspand in Zwolle", kind: wegwijzer.ReplyAnswer},
		{say: "dit helpt niet", kind: wegwijzer.ReplyInfo},
		{say: "Kan iemand mij bellen?", kind: wegwijzer.ReplyHandoff, text: "Dit geef ik door: onderwerp: Verduurzamen"},
		{say: "bel me op 06-12345678", kind: wegwijzer.ReplyInfo, text: "neemt zo contact"},
	})
	c, err := st.Load(ctx, "ho")
	if err != nil {
		t.Fatal(err)
	}
	n := c.HandoffNote
	if n == nil || n.Theme == "" || len(n.Shown) == 0 || n.NotHelped == "" || !strings.Contains(n.Words, "zonnepanelen") || n.Contact == "" {
		t.Fatalf("hand-off note %+v, want theme, shown, not helped, own words and contact", n)
	}
	for _, r := range recs {
		if r.HandoffNote != nil && r.HandoffNote.Contact != "" {
			t.Error("the demand log gets the way to reach the person")
		}
		if strings.Contains(r.Message.Text, "12345678") {
			t.Error("the demand log gets the phone number")
		}
	}
	run(t, e, "ho", []step{{say: "vergeet mij", kind: wegwijzer.ReplyInfo, text: "gewist"}})
	if _, err := st.Load(ctx, "ho"); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
		t.Errorf("after vergeet mij the hand-off and its contact are still stored: %v", err)
	}
}

func TestEligibilityNearlyQualifies(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	r := run(t, e, "big", []step{{say: "wij zijn een bedrijf met 400 medewerkers en willen energie besparen", kind: wegwijzer.ReplyAnswer}})[0]
	seenAlmost := false
	for i, o := range r.Offers {
		if strings.HasPrefix(o.Fit, "Bijna: ") {
			seenAlmost = true
			if !strings.Contains(o.Fit, "alleen voor") {
				t.Errorf("%s: %q does not name the blocking condition", o.ID, o.Fit)
			}
		} else if seenAlmost && r.Offers[i].Group == r.Offers[i-1].Group {
			t.Errorf("%s fits but comes after an offer the asker nearly qualifies for", o.ID)
		}
	}
}

func TestEnglishEndToEnd(t *testing.T) {
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	e := newEngine(t, mustBolt(t), bot.Options{Now: func() time.Time { return now }})
	r := run(t, e, "en-e2e", []step{{say: "I want to hire an apprentice", kind: wegwijzer.ReplyAnswer}})[0]
	c, _ := mustSearch(t)
	if !strings.HasPrefix(r.Text, "For your question") || !strings.HasPrefix(r.NextStep, "Next step") {
		t.Errorf("text %q, next step %q; want English", r.Text, r.NextStep)
	}
	for _, o := range r.Offers {
		of := c.Offer(o.ID)
		if of.TitleEN != "" && o.Title != of.TitleEN {
			t.Errorf("%s: title %q, want the English title %q", o.ID, o.Title, of.TitleEN)
		}
		if of.PitchEN != "" && o.Pitch != of.PitchEN {
			t.Errorf("%s: pitch %q, want %q", o.ID, o.Pitch, of.PitchEN)
		}
		for _, nlWord := range []string{"Doorlopend", "Gesloten", "Ronde", "Werkt met rondes", "Past bij"} {
			if strings.Contains(o.StatusText+o.Fit, nlWord) {
				t.Errorf("%s: Dutch %q in %q / %q", o.ID, nlWord, o.StatusText, o.Fit)
			}
		}
	}
	for _, o := range r.Options {
		if strings.Contains(o.Label, "Iets anders") || strings.Contains(o.Label, "Nee") {
			t.Errorf("Dutch option %q", o.Label)
		}
	}
}
