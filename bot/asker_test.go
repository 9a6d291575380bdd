package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestAskerFactsAfterAnAnswer: after an answer, a short message that only says something about the asker (a
// place, a legal form, a sector) answers the same question again for them; a message that asks something new is a
// new question, whatever facts it also gives.
func TestAskerFactsAfterAnAnswer(t *testing.T) {
	c, _ := mustSearch(t)
	utrecht, _ := c.Geography.Lookup("Utrecht")
	groningen, _ := c.Geography.Lookup("Groningen")
	zwolle, _ := c.Geography.Lookup("Zwolle")
	tests := []struct {
		name, first, then string
		slot, want        string // the slot the second message sets, and its value
		sameQuestion      bool   // the question stays the first one
	}{
		{"place", "subsidie voor een elektrische bestelbus", "en wat als we in Utrecht zitten?", "region", utrecht, true},
		{"place, English", "grant for an electric van", "and what if we are in Groningen?", "region", groningen, true},
		{"legal form", "subsidie voor een elektrische bestelbus", "we zijn trouwens een bv", "legal_form", wegwijzer.LegalFormRechtspersoon, true},
		{"sector", "ik wil energie besparen in mijn bedrijf", "en voor de horeca?", "sector", "horeca", true},
		{"a new question with a place", "subsidie voor een elektrische bestelbus", "ik zoek subsidie voor zonnepanelen in Zwolle", "region", zwolle, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := mustBolt(t)
			e := newEngine(t, st, bot.Options{})
			conv := "asker-" + strings.ReplaceAll(tt.name, " ", "-")
			run(t, e, conv, []step{{say: tt.first, kind: wegwijzer.ReplyAnswer}})
			r := run(t, e, conv, []step{{say: tt.then, kind: wegwijzer.ReplyAnswer}})[0]
			for _, o := range r.Options {
				if strings.HasPrefix(o.Value, "theme:") {
					t.Fatalf("%q after an answer gets the theme menu", tt.then)
				}
			}
			cv, err := st.Load(context.Background(), conv)
			if err != nil {
				t.Fatal(err)
			}
			if got := cv.Slots[tt.slot]; got != tt.want {
				t.Errorf("slot %s = %q, want %q", tt.slot, got, tt.want)
			}
			q := cv.Slots["query"]
			if same := strings.Contains(q, strings.Fields(tt.first)[len(strings.Fields(tt.first))-1]); same != tt.sameQuestion {
				t.Errorf("question after %q is %q; want the first question kept: %v", tt.then, q, tt.sameQuestion)
			}
		})
	}
}

// TestOnlyTheAsker: a first message that says who is asking and asks nothing yet is asked what it is about, even
// when it holds a theme word ("personeel" in a headcount); one that asks is answered.
func TestOnlyTheAsker(t *testing.T) {
	tests := []struct {
		say  string
		kind wegwijzer.ReplyKind
	}{
		{"ik heb een loodgietersbedrijf met 6 man personeel", wegwijzer.ReplyClarify},
		{"we have a bakery with 12 employees", wegwijzer.ReplyClarify},
		{"wij zijn een bv in de bouw", wegwijzer.ReplyClarify},
		{"ik zoek 6 man personeel voor mijn bouwbedrijf", wegwijzer.ReplyAnswer},
		{"we hebben 12 medewerkers en willen energie besparen", wegwijzer.ReplyAnswer},
	}
	for _, tt := range tests {
		t.Run(tt.say, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			r := run(t, e, "only-asker", []step{{say: tt.say, kind: tt.kind}})[0]
			if tt.kind == wegwijzer.ReplyClarify && (len(r.Options) == 0 || !strings.HasPrefix(r.Options[0].Value, "theme:")) {
				t.Errorf("%q: asked %q with %v, want what the question is about (the themes)", tt.say, r.Text, r.Options)
			}
		})
	}
}

// TestAfterNotHelped: after "dit helpt niet", what the person adds brings the new offers first; when it brings
// nothing new, the bot says so and offers a person instead of showing the same list again.
func TestAfterNotHelped(t *testing.T) {
	tests := []struct {
		name, first, then string
		nothingNew        bool
	}{
		{"more words, something new", "subsidie voor zonnepanelen", "voor de horeca", false},
		{"the same words again", "onze omzet is flink gedaald", "mijn omzet is gedaald", true},
		{"the same words again, English", "our turnover has dropped a lot", "turnover dropped", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			conv := "nh-" + strings.ReplaceAll(tt.name, " ", "-")
			first := run(t, e, conv, []step{{say: tt.first, kind: wegwijzer.ReplyAnswer}})[0]
			run(t, e, conv, []step{{say: "dit helpt niet", kind: wegwijzer.ReplyInfo}})
			shown := map[string]bool{}
			for _, o := range first.Offers {
				shown[o.ID] = true
			}
			want := wegwijzer.ReplyAnswer
			if tt.nothingNew {
				want = wegwijzer.ReplyNoMatch
			}
			r := run(t, e, conv, []step{{say: tt.then, kind: want}})[0]
			if tt.nothingNew {
				if !slices.ContainsFunc(r.Options, func(o wegwijzer.Option) bool { return o.Value == "cmd:handoff" }) {
					t.Errorf("nothing new, and no person offered: %v", r.Options)
				}
				return
			}
			if len(r.Offers) == 0 || shown[r.Offers[0].ID] {
				t.Errorf("after 'dit helpt niet' the first offer is again one shown before: %v", r.Offers)
			}
		})
	}
}

// TestRejectionAfterAnAnswer: "geen lening" after an answer is the same question without loans, never a new one.
func TestRejectionAfterAnAnswer(t *testing.T) {
	c, _ := mustSearch(t)
	tests := []struct{ first, then string }{
		{"ik wil investeren in een nieuwe machine voor mijn bakkerij in Zwolle", "geen lening"},
		{"I want to invest in a new machine for my bakery in Utrecht", "not interested in loans"},
	}
	for _, tt := range tests {
		t.Run(tt.then, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			conv := "rej-" + strings.ReplaceAll(tt.then, " ", "-")
			first := run(t, e, conv, []step{{say: tt.first, kind: wegwijzer.ReplyAnswer}})[0]
			loans := 0
			for _, o := range first.Offers {
				if c.Offer(o.ID).Kind == wegwijzer.KindLeningGarantie {
					loans++
				}
			}
			if loans == 0 {
				t.Fatalf("the first answer shows no loan, so the test shows nothing: %v", first.Offers)
			}
			r := run(t, e, conv, []step{{say: tt.then, kind: wegwijzer.ReplyAnswer}})[0]
			for _, o := range r.Offers {
				if c.Offer(o.ID).Kind == wegwijzer.KindLeningGarantie {
					t.Errorf("%q still shows the loan %s", tt.then, o.ID)
				}
			}
			if len(r.Offers) == 0 {
				t.Errorf("%q left nothing: %q", tt.then, r.Text)
			}
		})
	}
}

// searchCounter counts the searches a turn makes.
type searchCounter struct {
	wegwijzer.Searcher
	n int
}

func (s *searchCounter) Search(ctx context.Context, q wegwijzer.Query) (*wegwijzer.SearchResult, error) {
	s.n++
	return s.Searcher.Search(ctx, q)
}

// TestNewQuestionAfterAnAnswerSearchesOnce: a new question after an answer that also names a sector or a place
// ("regels voor wegwerpbekers in mijn horecazaak") is searched once, not first as a fact about the asker.
func TestNewQuestionAfterAnAnswerSearchesOnce(t *testing.T) {
	c, ix := mustSearch(t)
	for _, then := range []string{"regels voor wegwerpbekers in mijn horecazaak", "ik zoek subsidie voor zonnepanelen in Zwolle"} {
		t.Run(then, func(t *testing.T) {
			s := &searchCounter{Searcher: ix}
			e := bot.New(c, s, mustBolt(t), nil, bot.Options{})
			run(t, e, "once", []step{{say: "subsidie voor een warmtepomp", kind: wegwijzer.ReplyAnswer}})
			s.n = 0
			run(t, e, "once", []step{{say: then, kind: wegwijzer.ReplyAnswer}})
			if s.n != 1 {
				t.Errorf("%q searched %d times, want once", then, s.n)
			}
		})
	}
}

// unsureSearch is the real search, with every answer marked as close to no_match.
type unsureSearch struct{ wegwijzer.Searcher }

func (s unsureSearch) Search(ctx context.Context, q wegwijzer.Query) (*wegwijzer.SearchResult, error) {
	res, err := s.Searcher.Search(ctx, q)
	if res != nil && !res.NoMatch {
		res.Unsure = true
	}
	return res, err
}

// TestUnsureAnswerSaysSo: an answer the search is not sure of says so, points to a person, and shows at most
// three offers; a sure one does not; a curated text is its own answer and is not hedged.
func TestUnsureAnswerSaysSo(t *testing.T) {
	c, ix := mustSearch(t)
	const hedge = "Ik weet niet zeker"
	tests := []struct {
		q      string
		unsure bool
		hedged bool
	}{
		{"subsidie voor zonnepanelen op mijn bedrijfspand", true, true},
		{"subsidie voor zonnepanelen op mijn bedrijfspand", false, false},
		{"mijn bedrijf is gehackt", true, false},
	}
	for i, tt := range tests {
		var s wegwijzer.Searcher = ix
		if tt.unsure {
			s = unsureSearch{ix}
		}
		var rec wegwijzer.TurnRecord
		e := bot.New(c, s, mustBolt(t), nil, bot.Options{Hooks: bot.Hooks{Turn: func(_ context.Context, r wegwijzer.TurnRecord) { rec = r }}})
		r := ask(t, e, fmt.Sprintf("unsure-%d", i), tt.q)
		if rec.Unsure != tt.hedged {
			t.Errorf("%q: the demand log's record says unsure = %v, want %v (a weak answer is one to review)", tt.q, rec.Unsure, tt.hedged)
		}
		if r.Kind != wegwijzer.ReplyAnswer {
			t.Fatalf("%q: kind %s, want an answer", tt.q, r.Kind)
		}
		if got := strings.HasPrefix(r.Text, hedge); got != tt.hedged {
			t.Errorf("%q (unsure %v): text %q, hedged = %v, want %v", tt.q, tt.unsure, r.Text, got, tt.hedged)
		}
		if tt.hedged && len(r.Offers) > 3 {
			t.Errorf("%q: %d offers when unsure, want at most 3", tt.q, len(r.Offers))
		}
	}
}

// TestExplainAsksAgainWithItsButtons: "wat bedoel je?" to a clarifying question says why it is asked and asks it
// again with the same buttons; the answer to it then goes on as before.
func TestExplainAsksAgainWithItsButtons(t *testing.T) {
	for i, tt := range []struct{ first, explain string }{
		{"Ik wil mijn bedrijf verduurzamen", "wat bedoel je?"},
		{"I want to make my business more sustainable", "what do you mean?"},
	} {
		e := newEngine(t, mustBolt(t), bot.Options{})
		conv := fmt.Sprintf("explain-%d", i)
		asked := ask(t, e, conv, tt.first)
		again := ask(t, e, conv, tt.explain)
		if asked.Kind != wegwijzer.ReplyClarify || again.Kind != wegwijzer.ReplyClarify {
			t.Fatalf("%q then %q: kinds %s and %s, want clarify twice", tt.first, tt.explain, asked.Kind, again.Kind)
		}
		if !slices.Equal(optionValues(asked), optionValues(again)) || !strings.HasSuffix(again.Text, asked.Text) {
			t.Errorf("asked again: %q %v, want the explanation, then %q %v", again.Text, optionValues(again), asked.Text, optionValues(asked))
		}
		next, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: conv, User: "u-" + conv, Platform: "test", Option: asked.Options[0].Value})
		if err != nil {
			t.Fatal(err)
		}
		if next.Kind == wegwijzer.ReplyInfo || next.Text == again.Text {
			t.Errorf("pressing %s after the explanation: kind %s (%q), want the dialogue to go on", asked.Options[0].Value, next.Kind, next.Text)
		}
	}
}

func optionValues(r *wegwijzer.Reply) []string {
	var out []string
	for _, o := range r.Options {
		out = append(out, o.Value)
	}
	return out
}
