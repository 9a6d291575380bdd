package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/content"
)

// closedToday is the day the closed-scheme transcripts run on.
var closedToday = time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)

// ask sends one message in a new conversation and returns the reply.
func ask(t *testing.T, e *bot.Engine, conv, text string) *wegwijzer.Reply {
	t.Helper()
	r, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: conv, User: "u-" + conv, Platform: "test", Text: text})
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	return r
}

func offerIDs(r *wegwijzer.Reply) []string {
	var ids []string
	for _, o := range r.Offers {
		ids = append(ids, o.ID)
	}
	return ids
}

// TestClosedSchemeAskedInOwnWords: a question whose best answer is a closed scheme, not named, says the scheme is
// closed and since when, and either offers what fits instead or says there is none and who to ask; never "no good
// answer", never the closed scheme as a card.
func TestClosedSchemeAskedInOwnWords(t *testing.T) {
	cat, _ := mustSearch(t)
	e := newEngine(t, mustBolt(t), bot.Options{Now: func() time.Time { return closedToday }})
	tests := []struct {
		say, closed, says string
		alternatives      bool   // offers to use now are shown
		part              string // they share only part of the scheme: the text says so and who to ask (this)
		nextStep          string // the next step holds this
	}{
		// SLIM (learning in SMEs) shares the topic and opened rounds in 2025, but pays for a course only in a
		// shortage sector's package: shown beside the municipality, which offers language courses.
		{"kan ik nog subsidie krijgen voor een taalcursus voor mijn personeel", "tel-mee-met-taal-werkgevers", "gesloten sinds december 2024", true, "gemeente", ""},
		{"can I still get a grant for a Dutch language course for my staff", "tel-mee-met-taal-werkgevers", "closed since December 2024", true, "municipality", ""},
		{"subsidie voor een elektrische bestelbus", "seba", "gesloten sinds 31 december 2024", true, "", ""},
		{"subsidie voor een adviseur in Emmen", "mkb-advies-voucher-drenthe", "gesloten sinds 1 januari 2025", true, "Provincie Drenthe", ""},
		{"taalles voor mijn medewerkers", "tel-mee-met-taal-werkgevers", "gesloten sinds december 2024", true, "gemeente", ""},
		{"is er nog subsidie voor een schonere motor in mijn binnenvaartschip", "srvb-binnenvaart", "ken ik niet", false, "", "EICB"},
		{"is there still a grant for a cleaner engine for my inland vessel", "srvb-binnenvaart", "I know of no scheme", false, "", "EICB"},
	}
	for i, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			r := ask(t, e, fmt.Sprintf("own-words-%d", i), tt.say)
			closed := cat.Offer(tt.closed)
			if r.Kind != wegwijzer.ReplyAnswer {
				t.Fatalf("kind %s (%q), want answer", r.Kind, r.Text)
			}
			title := closed.Title // the scheme by its name in the reply's language
			if r.Language == "en" && closed.TitleEN != "" {
				title = closed.TitleEN
			}
			if !strings.Contains(r.Text, title) || !strings.Contains(r.Text, tt.says) {
				t.Errorf("text %q, want %q and %q in it", r.Text, title, tt.says)
			}
			for _, o := range r.Offers {
				if cat.Offer(o.ID).Status == wegwijzer.StatusGesloten {
					t.Errorf("closed %s shown as an offer", o.ID)
				}
			}
			if tt.alternatives != (len(r.Offers) > 0) {
				t.Errorf("offers %v, want alternatives: %v", offerIDs(r), tt.alternatives)
			}
			// No scheme here names a successor: what the search finds on its topic is not promised as one.
			if mayFit := map[string]string{"nl": "Kijk nu naar", "en": "Look instead at"}[r.Language]; tt.alternatives && !strings.Contains(r.Text, mayFit) {
				t.Errorf("text %q, want the alternatives introduced with %q", r.Text, mayFit)
			}
			partly := map[string]string{"nl": "precies dit", "en": "exactly this"}[r.Language]
			if said := strings.Contains(r.Text, partly); said != (tt.part != "") || !strings.Contains(r.Text, tt.part) {
				t.Errorf("text %q: says nothing pays for all of it: %v, want %v, and %q in it", r.Text, said, tt.part != "", tt.part)
			}
			if !strings.Contains(r.NextStep, tt.nextStep) {
				t.Errorf("next step %q, want %q in it", r.NextStep, tt.nextStep)
			}
		})
	}
}

// TestClosedSchemeAlternativesFit: the offers shown instead of a closed scheme share its theme and topic, run now
// or between rounds (not stopped), and are not regional offers elsewhere; when none fits, none is shown.
func TestClosedSchemeAlternativesFit(t *testing.T) {
	cat, _ := mustSearch(t)
	e := newEngine(t, mustBolt(t), bot.Options{Now: func() time.Time { return closedToday }})
	day := closedToday.Format(time.DateOnly)
	tests := []struct {
		say, closed string
		none        bool // no offer fits: the reply says who to ask
	}{
		{"bestaat tel mee met taal nog", "tel-mee-met-taal-werkgevers", false}, // SLIM: same topic, rounds in 2025
		{"does Tel mee met Taal still exist?", "tel-mee-met-taal-werkgevers", false},
		{"kan ik nog STAP-budget aanvragen voor een cursus", "stap-budget", false},
		{"can I still apply for the STAP budget?", "stap-budget", false},
		{"kan ik nog srvb aanvragen", "srvb-binnenvaart", true},
		{"can I still apply for the SRVB?", "srvb-binnenvaart", true},
		{"Is de SEBA nog open?", "seba", false},
		{"Can I still apply for the SEBA?", "seba", false},
		{"subsidie voor een elektrische bestelbus", "seba", false},
		{"subsidy for an electric van", "seba", false},
	}
	for i, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			r := ask(t, e, fmt.Sprintf("alternatives-%d", i), tt.say)
			if (strings.Contains(tt.say, "elektrische bestelbus") || strings.Contains(tt.say, "electric van")) && !slices.ContainsFunc(r.Offers, func(o wegwijzer.OfferRef) bool { return o.ID == "mia-vamil" }) {
				// MIA/Vamil has no topics (it is for all of sustainability), so it stands in for a mobility scheme too.
				t.Errorf("offers %v: the MIA/Vamil (electric vans on the Milieulijst) is not among the alternatives to the SEBA", offerIDs(r))
			}
			closed := cat.Offer(tt.closed)
			if tt.none != (len(r.Offers) == 0) {
				t.Errorf("offers %v, want none: %v", offerIDs(r), tt.none)
			}
			if who := whoIn(closed.NextStep, r.Language); tt.none && !strings.Contains(r.Text, who) {
				t.Errorf("text %q, want who to ask (%s)", r.Text, who)
			}
			for _, ref := range r.Offers {
				o := cat.Offer(ref.ID)
				// An offer without topics is for its whole theme.
				if !shares(o.Themes, closed.Themes) || (len(closed.Topics) > 0 && len(o.Topics) > 0 && !shares(o.Topics, closed.Topics)) {
					t.Errorf("%s (themes %v, topics %v) is no alternative to %s (themes %v, topics %v)", o.ID, o.Themes, o.Topics, closed.ID, closed.Themes, closed.Topics)
				}
				if o.Status == wegwijzer.StatusRondes && bot.IsDormant(o, day) {
					t.Errorf("%s has stopped running rounds, shown as an alternative", o.ID)
				}
				if !o.IsNational() {
					t.Errorf("regional %s shown while the asker's region is unknown", o.ID)
				}
				if o.Kind.Group() == wegwijzer.GroupRules {
					t.Errorf("rule %s shown as something to use instead of %s", o.ID, closed.ID)
				}
			}
		})
	}
}

func shares(xs, ys []string) bool {
	return slices.ContainsFunc(xs, func(x string) bool { return slices.Contains(ys, x) })
}

// TestDormantSchemesLeftOut: a scheme that has stopped running rounds is not listed beside offers that run; it is
// shown when it is named or when nothing else fits, and then the answer says that no new round is known.
func TestDormantSchemesLeftOut(t *testing.T) {
	cat, _ := mustSearch(t)
	e := newEngine(t, mustBolt(t), bot.Options{Now: func() time.Time { return closedToday }})
	day := closedToday.Format(time.DateOnly)
	tests := []struct {
		say       string
		onlyShown string // the one (dormant) offer shown; "" when no dormant offer may be shown
		says      string
	}{
		{"Ik wil het wagenpark van mijn vervoersbedrijf in Deventer uitrusten met waterstofmotoren", "", ""},
		{"I want to switch my trucks to hydrogen", "", ""},
		{"is there a grant for energy advice for my shop?", "", ""},
		{"kan ik nog subsidie krijgen voor een energieadvies voor mijn winkel", "svm", "niet bekend is of er nog een ronde komt"},
		{"Is de SVM nog open?", "svm", "nog niet bekend"},
	}
	for i, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			r := ask(t, e, fmt.Sprintf("dormant-%d", i), tt.say)
			if r.Kind != wegwijzer.ReplyAnswer {
				t.Fatalf("kind %s (%q), want answer", r.Kind, r.Text)
			}
			ids := offerIDs(r)
			if tt.onlyShown != "" {
				if !slices.Equal(ids, []string{tt.onlyShown}) {
					t.Errorf("offers %v, want only %s", ids, tt.onlyShown)
				}
				if !strings.Contains(r.Text, tt.says) || !strings.Contains(r.Offers[0].StatusText, tt.says[len(tt.says)-10:]) && !strings.Contains(r.Offers[0].StatusText, "nog niet bekend") {
					t.Errorf("text %q (status %q), want %q", r.Text, r.Offers[0].StatusText, tt.says)
				}
				return
			}
			if len(ids) == 0 {
				t.Fatalf("no offers for %q", tt.say)
			}
			for _, id := range ids {
				if o := cat.Offer(id); o.Status == wegwijzer.StatusRondes && bot.IsDormant(o, day) {
					t.Errorf("%s has stopped running rounds, listed beside %v", id, ids)
				}
			}
		})
	}
}

// TestIntroSaysWhatTheListIs: the sentence that introduces the cards counts them per group, for answers with
// closed schemes, alternatives and dormant schemes alike; a reply without cards announces no list.
func TestIntroSaysWhatTheListIs(t *testing.T) {
	cat, _ := mustSearch(t)
	e := newEngine(t, mustBolt(t), bot.Options{Now: func() time.Time { return closedToday }})
	for i, say := range []string{
		"kan ik nog subsidie krijgen voor een taalcursus voor mijn personeel",
		"can I still get a grant for a Dutch language course for my staff",
		"Is de SEBA nog open?",
		"Can I still apply for the SEBA?",
		"kan ik nog subsidie krijgen voor een energieadvies voor mijn winkel",
		"is there a grant for energy advice for my shop?",
		"is er nog subsidie voor een schonere motor in mijn binnenvaartschip",
		"is there still a grant for a cleaner engine for my inland vessel",
		"Ik wil het wagenpark van mijn vervoersbedrijf in Deventer uitrusten met waterstofmotoren",
	} {
		t.Run(say, func(t *testing.T) {
			r := ask(t, e, fmt.Sprintf("intro-%d", i), say)
			intro := listSentence(r.Text)
			if len(r.Offers) == 0 {
				if intro != "" {
					t.Errorf("no offers, but the text announces a list: %q", intro)
				}
				return
			}
			want := countWords(cat, r)
			if intro == "" || !strings.Contains(intro, want) {
				t.Errorf("list sentence %q, want %q in it (offers %v)", intro, want, offerIDs(r))
			}
		})
	}
}

// listSentence is the sentence that introduces the cards: the last paragraph of the text, when it ends in ":".
func listSentence(text string) string {
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	last := paras[len(paras)-1]
	if i := strings.LastIndex(last, "\n"); i >= 0 {
		last = last[i+1:]
	}
	if !strings.HasSuffix(last, ":") {
		return ""
	}
	return last
}

// countWords is how the list sentence counts the reply's offers: "één regeling voor geld en twee regels die je
// moet volgen".
func countWords(cat *content.Catalogue, r *wegwijzer.Reply) string {
	type forms struct{ one, many string }
	nlForms := map[wegwijzer.Group]forms{wegwijzer.GroupMoney: {"regeling voor geld", "regelingen voor geld"}, wegwijzer.GroupRules: {"regel die je moet volgen", "regels die je moet volgen"}, wegwijzer.GroupHelp: {"plek voor hulp of advies", "plekken voor hulp of advies"}}
	enForms := map[wegwijzer.Group]forms{wegwijzer.GroupMoney: {"scheme for money", "schemes for money"}, wegwijzer.GroupRules: {"rule to follow", "rules to follow"}, wegwijzer.GroupHelp: {"place for help or advice", "places for help or advice"}}
	numbers := map[string][]string{"nl": {"", "één", "twee", "drie", "vier", "vijf", "zes", "zeven"}, "en": {"", "one", "two", "three", "four", "five", "six", "seven"}}
	fs, and := nlForms, " en "
	if r.Language == "en" {
		fs, and = enForms, " and "
	}
	var parts []string
	for _, g := range []wegwijzer.Group{wegwijzer.GroupMoney, wegwijzer.GroupRules, wegwijzer.GroupHelp} {
		n := 0
		for _, o := range r.Offers {
			if cat.Offer(o.ID).Kind.Group() == g {
				n++
			}
		}
		switch {
		case n == 1:
			parts = append(parts, numbers[r.Language][1]+" "+fs[g].one)
		case n > 1:
			parts = append(parts, numbers[r.Language][n]+" "+fs[g].many)
		}
	}
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + and + parts[len(parts)-1]
}

// TestLanguageAroundNames: the language of a question is that of the words around the offer names it holds, so a
// Dutch scheme name does not turn an English question Dutch.
func TestLanguageAroundNames(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{Now: func() time.Time { return closedToday }})
	tests := []struct{ say, lang string }{
		{"does Tel mee met Taal still exist?", "en"},
		{"bestaat tel mee met taal nog", "nl"},
		{"Can I still apply for the SEBA?", "en"},
		{"Is de SEBA nog open?", "nl"},
	}
	for i, tt := range tests {
		if r := ask(t, e, fmt.Sprintf("names-lang-%d", i), tt.say); r.Language != tt.lang {
			t.Errorf("%q: language %s (%q), want %s", tt.say, r.Language, r.Text, tt.lang)
		}
	}
}

// TestStoppedSchemeThatFitsBestIsNamed: when a scheme whose rounds have stopped answers the question best by far, the
// answer says so before what can be used now, and does not list it as an offer.
func TestStoppedSchemeThatFitsBestIsNamed(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{Now: func() time.Time { return closedToday }})
	r, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: "stopped-best", Text: "is there a grant for energy advice for my shop?"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Kind != wegwijzer.ReplyAnswer || !strings.Contains(r.Text, "(SVM)") || !strings.Contains(r.Text, "no round for a long time") {
		t.Errorf("reply %s %q; want an answer that names the SVM and that it has stopped", r.Kind, r.Text)
	}
	for _, o := range r.Offers {
		if o.ID == "svm" {
			t.Errorf("the stopped SVM is listed as an offer: %v", r.Offers)
		}
	}
}

// TestNamedOfferOutweighsCuratedText: a question that names an offer is about it, not about a curated text that
// does not concern it ("waar vind ik subsidies" for "Wat is de WBSO en kom ik in aanmerking?").
func TestNamedOfferOutweighsCuratedText(t *testing.T) {
	cat, _ := mustSearch(t)
	e := newEngine(t, mustBolt(t), bot.Options{})
	r, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: "named-wbso", Text: "Wat is de WBSO en kom ik in aanmerking als softwarebedrijf?"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Offers) == 0 || r.Offers[0].ID != "wbso" {
		t.Fatalf("offers %v; want the WBSO first", offerIDs(r))
	}
	for _, a := range cat.Answers {
		if !slices.Contains(a.Related, "wbso") && strings.Contains(r.Text, strings.TrimSpace(a.Text)) {
			t.Errorf("reply gives the curated text %s, which is not about the WBSO: %q", a.ID, r.Text)
		}
	}
}

// TestCuratedTextOncePerQuestion: the same question asked again with what the asker now says about themselves
// ("ik zit in Utrecht") or a correction gets the offers for it, not the curated text given a turn before.
func TestCuratedTextOncePerQuestion(t *testing.T) {
	const text = "standplaatsvergunning van de gemeente"
	tests := []struct{ then string }{
		{"ik zit in Utrecht"},
		{"nee, eigenlijk zit ik in Zwolle"},
	}
	for i, tt := range tests {
		e := newEngine(t, mustBolt(t), bot.Options{})
		conv := fmt.Sprintf("once-%d", i)
		first := ask(t, e, conv, "ik wil een foodtruck beginnen, welke vergunning heb ik nodig")
		if !strings.Contains(first.Text, text) {
			t.Fatalf("first reply %q: want the curated text on the standplaatsvergunning", first.Text)
		}
		again := ask(t, e, conv, tt.then)
		if again.Kind != wegwijzer.ReplyAnswer || strings.Contains(again.Text, text) || len(again.Offers) == 0 {
			t.Errorf("%q after the answer: kind %s, %d offers, text %q; want offers without the curated text again", tt.then, again.Kind, len(again.Offers), again.Text)
		}
	}
}

// TestOfferForOneLanguage: an offer for readers of one language (business.gov.nl: government information in
// English) is shown in conversations in that language, and in another only when the question names it.
func TestOfferForOneLanguage(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"Where can I find government information in English for my business?", true},
		{"waar vind ik overheidsinformatie voor ondernemers?", false},
		{"wat staat er op business.gov.nl?", true},
	}
	for i, tt := range tests {
		r := ask(t, e, fmt.Sprintf("lang-%d", i), tt.q)
		if got := slices.Contains(offerIDs(r), "business-gov-nl"); got != tt.want {
			t.Errorf("%q: offers %v, business-gov-nl shown = %v, want %v", tt.q, offerIDs(r), got, tt.want)
		}
	}
}

// TestClosedSchemesAlternativesAnswerWhatItAnswered: the alternatives to a closed scheme that answer all of what it
// answered of the question come first: for an electric van the schemes that matched the electric van, before the
// hydrogen scheme that matched the van.
func TestClosedSchemesAlternativesAnswerWhatItAnswered(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	r := ask(t, e, "alt-van", "subsidie voor een elektrische bestelbus")
	ids := offerIDs(r)
	if len(ids) == 0 || ids[0] == "waterstof-in-mobiliteit" || ids[0] == "seba" {
		t.Errorf("offers %v: want an alternative for the electric van first, not the hydrogen scheme", ids)
	}
}
