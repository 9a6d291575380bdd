package index

import (
	"context"
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// An employee who resigns ("ontslag nemen", "wants to quit") is no dismissal and no business that closes: the
// words do not search. The employer's dismissal still does.
func TestResigningIsNoDismissal(t *testing.T) {
	checkSearchesTerm(t, mustIndex(t), []termCase{
		{"mijn werknemer wil zelf ontslag nemen", "ontslag", false},
		{"een medewerker heeft ontslag genomen, wat nu", "ontslag", false},
		{"ik wil een werknemer ontslag geven", "ontslag", true},
		{"hoe werkt ontslag bij een reorganisatie", "ontslag", true},
		{"my employee wants to quit", "bedrijfsbeëindiging", false},
		{"I want to quit my business", "bedrijfsbeëindiging", true},
		{"I have two employees and want to quit my business", "bedrijfsbeëindiging", true}, // the asker quits
		{"we have staff and I want to quit the company", "bedrijfsbeëindiging", true},
		{"my employee told me she wants to quit", "bedrijfsbeëindiging", false},
	})
	// Understood, so no unknown word: the rest of the message decides whether it is on topic.
	ix := mustIndex(t)
	u := ix.understand(understand.Parse("ik heb ontslag genomen en wil voor mezelf beginnen"))
	if u.coverage < 1 {
		t.Errorf("coverage %.2f, want 1: resigning is no unknown word", u.coverage)
	}
}

// An offer without topics is for its whole theme, so it is on topic for a topic of that theme: MIA/Vamil (all of
// sustainability) for an electric cargo bike as much as the schemes for vehicles.
func TestOfferWithoutTopicsServesItsThemesTopics(t *testing.T) {
	ix := mustIndex(t)
	mia, seba := ix.cat.Offer("mia-vamil"), ix.cat.Offer("seba")
	if mia == nil || seba == nil || len(mia.Topics) > 0 || !slices.Contains(seba.Topics, "mobiliteit") {
		t.Fatalf("the premise changed: mia-vamil without topics, seba on mobiliteit")
	}
	u := ix.understand(understand.Parse("een elektrische bakfiets"))
	if !slices.Contains(u.topics, "mobiliteit") {
		t.Fatalf("topics %v, want mobiliteit", u.topics)
	}
	if f := ix.factor(mia, u, "", "", "", nil); f < topicBoost {
		t.Errorf("factor of MIA/Vamil %.2f, want at least the topic boost %.2f", f, topicBoost)
	}
}

// Example questions are read as messages are: a separable verb is joined in both ("hoe bouw ik pensioen op" is
// about opbouwen), so a message that is an answer's example word for word is like it.
func TestExampleQuestionsJoinSeparableVerbs(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{"Hoe bouw ik pensioen op als zzp'er?", "hoe bouw ik als zzper pensioen op"} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(res.Answers, "pensioen-opbouwen-zzp") {
			t.Errorf("%q: answers %v, want pensioen-opbouwen-zzp", q, res.Answers)
		}
	}
}

// A message of several questions is weighed against the curated answers sentence by sentence too: its first
// question may be an answer's example while the rest asks more.
func TestAnswersWeighEachAskingSentence(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct{ q, answer string }{
		{"Mijn klant betaalt de factuur niet. Mag ik dan rente rekenen en wanneer stap ik naar een incassobureau of de rechter?", "onbetaalde-factuur"},
	}
	for _, tt := range tests {
		m := understand.Parse(tt.q)
		if len(m.Parts) < 2 {
			t.Fatalf("%q: parts %q, want two", tt.q, m.Parts)
		}
		res := mustSearch(t, ix, tt.q)
		if len(res.Answers) == 0 || res.Answers[0] != tt.answer {
			t.Errorf("%q: answers %v, want %s first", tt.q, res.Answers, tt.answer)
		}
	}
}

// A number written as a word is a number: how many or how long is not what is asked.
func TestNumberWordsDoNotSearch(t *testing.T) {
	checkSearchesTerm(t, mustIndex(t), []termCase{
		{"mijn klant betaalt al drie maanden niet", "drie", false},
		{"we have been waiting for two months", "two", false},
		{"mijn klant betaalt al drie maanden niet", "maanden", true},
	})
}

// The words of a synonym phrase are one word for an answer's patterns: "self-employed" shared with "pension
// self-employed" is one of its two words, not two of its three (which brought the pension answer to a question
// about insurance).
func TestPhraseCountsOnceForPatterns(t *testing.T) {
	ix := mustIndex(t)
	res, err := ix.Search(context.Background(), wegwijzer.Query{Text: "what insurance do I need as a self-employed painter"})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(res.Answers, "pensioen-opbouwen-zzp") {
		t.Errorf("answers %v, want no pension answer", res.Answers)
	}
	u := ix.understand(understand.Parse("what insurance do I need for the solar panels on my roof"))
	if got, want := directWords(u), len(u.direct)-1; got != want {
		t.Errorf("direct words %d, want %d (terms %v)", got, want, u.direct)
	}
	// "self-employed" only says who asks, as "zzp'er" does: its words and what its synonym means weigh as a
	// company size, so "self-employed" brings no offer for the self-employed before the question's topic.
	u = ix.understand(understand.Parse("what insurance do I need as a self-employed painter"))
	if !u.askerOf["self"] || u.direct["self"] || u.direct["employed"] {
		t.Errorf("self-employed: asker %v, direct %v; want it read as who asks", u.askerOf, u.direct)
	}
	for _, wt := range u.terms {
		if (wt.term == "zzp" || wt.term == "zelfstand") && wt.boost > boostSize {
			t.Errorf("term %s boost %.2f, want at most the size boost %.2f", wt.term, wt.boost, boostSize)
		}
	}
	// A phrase the pattern shares only in part is no whole word shared: "save energy" is no "save for my pension".
	for _, q := range []string{"how can my bakery save energy?", "we want to save energy"} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(res.Answers, "pensioen-opbouwen-zzp") {
			t.Errorf("%q: answers %v, want no pension answer", q, res.Answers)
		}
	}
}

func TestPatternDice(t *testing.T) {
	tests := []struct {
		name    string
		shared  []int
		syn     map[int]int
		sector  int
		termsOf map[int]int
		terms   int
		want    float64
	}{
		{"one word of two, a pattern of two terms", []int{0}, nil, 0, map[int]int{0: 1, 1: 1}, 2, 0.5},
		{"a phrase shared whole counts once on both sides", []int{0, 0}, nil, 0, map[int]int{0: 2, 1: 1}, 3, 2.0 / 4},
		{"a phrase shared in part counts by its terms", []int{0}, nil, 0, map[int]int{0: 2}, 2, 2.0 / 4},
		{"a sector the pattern names counts on both sides", []int{0}, nil, 1, map[int]int{0: 1}, 2, 4.0 / 4},
		// "voor het eerst personeel aanneem" and "eerste werknemer aannemen": the phrase's synonym is "werknemer".
		{"a synonym stands for the phrase's own term the pattern lacks", []int{0, 1}, map[int]int{1: 1}, 0, map[int]int{0: 1, 1: 2, 2: 1}, 3, 4.0 / 5},
		{"a word named by its synonym only counts once", []int{0, 1}, map[int]int{2: 2}, 0, map[int]int{0: 1, 1: 1, 2: 1}, 4, 6.0 / 6},
	}
	for _, tt := range tests {
		if got := patternDice(tt.shared, tt.syn, tt.sector, tt.termsOf, tt.terms); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A foreign country says a question is about doing business abroad, as Germany and Belgium did already.
func TestForeignCountriesAreInternational(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{"we verkopen onze kaas in Frankrijk", "we verkopen machines naar Amerika", "selling to customers in the United States"} {
		if u := ix.understand(understand.Parse(q)); !slices.Contains(u.themes, "internationaal") {
			t.Errorf("%q: themes %v, want internationaal", q, u.themes)
		}
	}
}
