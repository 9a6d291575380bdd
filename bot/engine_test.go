package bot_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/index"
	"github.com/wegwijzer/wegwijzer/internal/testsys"
	"github.com/wegwijzer/wegwijzer/store/boltstore"
)

// mustSearch returns the built-in catalogue and its index, built once for all tests.
func mustSearch(tb testing.TB) (*content.Catalogue, *index.Index) {
	tb.Helper()
	return testsys.Search(tb)
}

func mustBolt(tb testing.TB) *boltstore.Store {
	tb.Helper()
	st, err := boltstore.Open(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

func newEngine(tb testing.TB, st wegwijzer.ConversationStore, opts bot.Options) *bot.Engine {
	c, i := mustSearch(tb)
	return bot.New(c, i, st, nil, opts)
}

// chat runs a transcript: each step sends text (or, when it looks like "topic:x", presses that option).
type step struct {
	say      string
	kind     wegwijzer.ReplyKind
	contains []string // offer ids the reply must show
	absent   []string // offer ids the reply must not show
	text     string   // the reply text must contain this
}

func run(t *testing.T, e *bot.Engine, conv string, steps []step) []*wegwijzer.Reply {
	t.Helper()
	var replies []*wegwijzer.Reply
	for i, s := range steps {
		m := wegwijzer.Message{Conversation: conv, User: "u-" + conv, Platform: "test", Text: s.say}
		if k, _, ok := strings.Cut(s.say, ":"); ok && !strings.Contains(s.say, " ") && slices.Contains([]string{"theme", "topic", "sector", "region", "size", "legal_form", "feedback", "cmd", "problem", "ask"}, k) {
			m.Text, m.Option = "", s.say
		}
		r, err := e.Handle(context.Background(), m)
		if err != nil {
			t.Fatalf("step %d %q: %v", i+1, s.say, err)
		}
		if r.Kind != s.kind {
			t.Fatalf("step %d %q: kind %s (%q), want %s", i+1, s.say, r.Kind, r.Text, s.kind)
		}
		var got []string
		for _, o := range r.Offers {
			got = append(got, o.ID)
		}
		for _, id := range s.contains {
			if !slices.Contains(got, id) {
				t.Errorf("step %d %q: offers %v, want %s among them", i+1, s.say, got, id)
			}
		}
		for _, id := range s.absent {
			if slices.Contains(got, id) {
				t.Errorf("step %d %q: offers %v, want no %s", i+1, s.say, got, id)
			}
		}
		if s.text != "" && !strings.Contains(r.Text, s.text) {
			t.Errorf("step %d %q: text %q, want it to contain %q", i+1, s.say, r.Text, s.text)
		}
		replies = append(replies, r)
	}
	return replies
}

func TestBroadQuestionIsNarrowed(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	replies := run(t, e, "broad", []step{
		{say: "Ik wil mijn bedrijf verduurzamen", kind: wegwijzer.ReplyClarify, text: "Wat wil je precies doen?"},
		{say: "topic:mobiliteit", kind: wegwijzer.ReplyClarify, text: "branche"},
		{say: "transport", kind: wegwijzer.ReplyClarify, text: "Waar zit je bedrijf?"}, // free text answers the button question
		{say: "Deventer", kind: wegwijzer.ReplyAnswer},
	})
	last := replies[len(replies)-1]
	if n := len(last.Offers); n == 0 || n > 7 {
		t.Errorf("answer has %d offers, want 1 to 7", n)
	}
	if last.NextStep == "" {
		t.Error("an answer must end with a next step")
	}
	if !slices.ContainsFunc(last.Options, func(o wegwijzer.Option) bool { return o.Value == "feedback:yes" }) {
		t.Errorf("after an answer the bot asks for feedback; options %v", last.Options)
	}
	// Grouped: each group once (money first, then rules, then help, except that a group with nothing to use
	// now comes last).
	seen := map[wegwijzer.Group]bool{}
	for i, o := range last.Offers {
		if seen[o.Group] && last.Offers[i-1].Group != o.Group {
			t.Errorf("offers not grouped: %s again after %s", o.Group, last.Offers[i-1].Group)
		}
		seen[o.Group] = true
	}
	for _, o := range last.Offers {
		if o.Why == "" {
			t.Errorf("offer %s has no why-this-fits line", o.ID)
		}
	}
}

func TestSpecificQuestionIsAnsweredStraightAway(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "specific", []step{
		{say: "Ik wil het wagenpark van mijn vervoersbedrijf in Deventer uitrusten met waterstofmotoren", kind: wegwijzer.ReplyAnswer, contains: []string{"aanzet"}},
		{say: "ja", kind: wegwijzer.ReplyInfo, text: "Fijn"},
	})
}

func TestAtMostThreeQuestions(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	m := wegwijzer.Message{Conversation: "three", User: "u", Text: "ik heb een vraag"}
	questions := 0
	for i := 0; i < 6; i++ {
		r, err := e.Handle(context.Background(), m)
		if err != nil {
			t.Fatal(err)
		}
		if r.Kind != wegwijzer.ReplyClarify {
			break
		}
		questions++
		m.Text = "weet ik niet"
	}
	if questions > 3 {
		t.Errorf("asked %d questions before answering, want at most 3", questions)
	}
}

func TestCommands(t *testing.T) {
	st := mustBolt(t)
	var erased []string
	e := newEngine(t, st, bot.Options{Hooks: bot.Hooks{Erase: func(_ context.Context, user string) (int, error) {
		erased = append(erased, user)
		return 3, nil
	}}})
	run(t, e, "cmd", []step{
		{say: "help", kind: wegwijzer.ReplyInfo, text: "opnieuw"},
		{say: "privacy", kind: wegwijzer.ReplyInfo, text: "vergeet mij"},
		{say: "subsidie voor een elektrische bestelbus", kind: wegwijzer.ReplyAnswer},
		{say: "mens", kind: wegwijzer.ReplyHandoff},
		{say: "hallo, is daar iemand?", kind: wegwijzer.ReplyInfo, text: "community manager"}, // the bot stays out of it
		{say: "opnieuw", kind: wegwijzer.ReplyInfo, text: "opnieuw"},
		{say: "subsidie voor een elektrische bestelbus", kind: wegwijzer.ReplyAnswer},
		{say: "vergeet mij", kind: wegwijzer.ReplyInfo, text: "gewist"},
	})
	if !slices.Equal(erased, []string{"u-cmd"}) {
		t.Errorf("erase hook called for %v, want [u-cmd]", erased)
	}
	if _, err := st.Load(context.Background(), "cmd"); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
		t.Errorf("after vergeet mij the conversation is still stored (err %v)", err)
	}
}

// A question about the bot itself while a person is asked for is answered (what Wegwijzer is), and the hand-off
// stays: the person still comes back and how to reach the asker is still kept. Asking whether anyone is there is
// about that person.
func TestAboutTheBotDuringHandoff(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	r := run(t, e, "about-handoff", []step{
		{say: "subsidie voor zonnepanelen op mijn bakkerij", kind: wegwijzer.ReplyAnswer},
		{say: "kan iemand mij hierover bellen", kind: wegwijzer.ReplyHandoff},
		{say: "zeg, ben jij een bot?", kind: wegwijzer.ReplyInfo, text: "digitale assistent"},
		{say: "06-12345678", kind: wegwijzer.ReplyInfo, text: "bewaar je gegevens"},
		{say: "is er iemand?", kind: wegwijzer.ReplyInfo, text: "community manager komt bij je terug"},
		{say: "am I talking to a robot?", kind: wegwijzer.ReplyInfo, text: "digital assistant"},
	})
	if !strings.Contains(r[2].Text, "community manager komt bij je terug") || strings.Contains(r[2].Text, "mens spreken") {
		t.Errorf("about the bot during the hand-off: %q; want the wait for the person, not the offer of one", r[2].Text)
	}
	if strings.Contains(r[4].Text, "digitale assistent") {
		t.Errorf("is er iemand? during the hand-off: %q; want only the wait for the person", r[4].Text)
	}
}

func TestEnglishQuestionGetsEnglishReply(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	r := run(t, e, "en", []step{
		{say: "I want to hire an apprentice", kind: wegwijzer.ReplyAnswer, contains: []string{"praktijkleren"}},
		{say: "help", kind: wegwijzer.ReplyInfo, text: "I help you"},
	})
	if r[0].Language != "en" || !strings.Contains(r[0].NextStep, "Next step") {
		t.Errorf("reply language %q, next step %q; want English", r[0].Language, r[0].NextStep)
	}
}

func TestOffTopicIsAnHonestNoMatch(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "off", []step{{say: "recept voor appeltaart", kind: wegwijzer.ReplyNoMatch}})
}

func TestBadInputGetsAClearReply(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	for _, tt := range []struct{ name, text, want string }{
		{"empty", "   ", "leeg bericht"},
		{"huge", strings.Repeat("subsidie ", 5000), "tekens lang"},
		{"invalid utf-8", "subsidie \xff\xfe zonnepanelen", ""},
	} {
		r, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: "bad-" + tt.name, Text: tt.text})
		if err != nil || r == nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if !strings.Contains(r.Text, tt.want) {
			t.Errorf("%s: %q, want it to contain %q", tt.name, r.Text, tt.want)
		}
	}
}

func TestForgetErasesTheSpeaker(t *testing.T) {
	st := mustBolt(t)
	var erased []string
	e := newEngine(t, st, bot.Options{Hooks: bot.Hooks{Erase: func(_ context.Context, who string) (int, error) {
		erased = append(erased, who)
		return 0, nil
	}}})
	ctx := context.Background()
	// Anna starts a thread; Bob joins it and asks to be forgotten: Bob's records go, not Anna's.
	if _, err := e.Handle(ctx, wegwijzer.Message{Conversation: "thread", User: "anna", Text: "subsidie zonnepanelen"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Handle(ctx, wegwijzer.Message{Conversation: "anna-2", User: "anna", Text: "subsidie zonnepanelen"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Handle(ctx, wegwijzer.Message{Conversation: "thread", User: "bob", Text: "vergeet mij"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Load(ctx, "anna-2"); err != nil {
		t.Errorf("Bob's erasure removed Anna's other conversation: %v", err)
	}
	// Without a platform id, the demand log knows the person by the conversation.
	if _, err := e.Handle(ctx, wegwijzer.Message{Conversation: "anon", Text: "vergeet mij"}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(erased, []string{"bob", "conversation:anon"}) {
		t.Errorf("erased %v, want [bob conversation:anon]", erased)
	}
}

func TestUnknownOptionValuesAreRefused(t *testing.T) {
	st := mustBolt(t)
	e := newEngine(t, st, bot.Options{})
	ctx := context.Background()
	for _, opt := range []string{"region:Piet Pietersen, Dorpsstraat 1", "sector:ruimtevaart", "theme:x", "topic:y", "nonsense"} {
		r, err := e.Handle(ctx, wegwijzer.Message{Conversation: "opt", User: "u", Option: opt})
		if wegwijzer.ErrorCode(err) != wegwijzer.EINVALID {
			t.Errorf("option %q: err = %v, want EINVALID (the client's mistake: HTTP answers 400)", opt, err)
		}
		if r == nil || r.Kind != wegwijzer.ReplyInfo {
			t.Errorf("option %q: reply %+v, want info (help)", opt, r)
		}
	}
	if c, err := st.Load(ctx, "opt"); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
		t.Errorf("refused options were stored: %+v, %v", c, err)
	}
}

func TestCommunityLanguage(t *testing.T) {
	c, _ := mustSearch(t)
	var en string
	for _, cm := range c.Communities {
		if cm.Language == "en" {
			en = cm.ID
		}
	}
	if en == "" {
		t.Fatal("the catalogue has no English community to test with")
	}
	e := newEngine(t, mustBolt(t), bot.Options{})
	r, err := e.Handle(context.Background(), wegwijzer.Message{Conversation: "cl", Community: en, Text: "SEBA"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Language != "en" {
		t.Errorf("reply in %q for a question without clear language in an English community, want en", r.Language)
	}
}

func TestSizeIsAskedWhenItChangesTheAnswer(t *testing.T) {
	st := mustBolt(t)
	e := newEngine(t, st, bot.Options{})
	ctx := context.Background()
	// A broad question in a community with a region: topic and sector, then the size (employer offers differ by size).
	var asked []string
	m := wegwijzer.Message{Conversation: "size", User: "u", Community: "zwolle", Text: "een vraag over mijn medewerkers"}
	for range 4 {
		r, err := e.Handle(ctx, m)
		if err != nil {
			t.Fatal(err)
		}
		if r.Kind != wegwijzer.ReplyClarify {
			break
		}
		asked = append(asked, r.Text)
		if strings.Contains(r.Text, "Hoe groot") {
			m.Text, m.Option = "", "size:micro"
			continue
		}
		m.Text, m.Option = "", r.Options[0].Value
	}
	c, err := st.Load(ctx, "size")
	if err != nil {
		t.Fatal(err)
	}
	if c.Slots["size"] != "micro" {
		t.Errorf("questions %q; size slot %q, want micro (the size question must come when it matters)", asked, c.Slots["size"])
	}
	// A size in the question is understood, not asked.
	if _, err := e.Handle(ctx, wegwijzer.Message{Conversation: "zzp", User: "u", Text: "ik ben zzp'er en zoek financiering"}); err != nil {
		t.Fatal(err)
	}
	if c, _ := st.Load(ctx, "zzp"); c.Slots["size"] != "zzp" {
		t.Errorf("size slot %q, want zzp from the question", c.Slots["size"])
	}
}

func TestEnglishBroadQuestionIsNarrowed(t *testing.T) {
	e := newEngine(t, mustBolt(t), bot.Options{})
	run(t, e, "en-broad", []step{
		{say: "I want to make my business more sustainable", kind: wegwijzer.ReplyClarify, text: "What exactly do you want to do?"},
		{say: "topic:mobiliteit", kind: wegwijzer.ReplyClarify, text: "Which sector"},
	})
}
