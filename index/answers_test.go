package index

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

func TestAnswerGate(t *testing.T) {
	ix := mustIndex(t)
	const id = "starten-vanuit-ww"
	at := slices.IndexFunc(ix.answers, func(a answerDoc) bool { return a.id == id })
	if at < 0 {
		t.Fatalf("no answer %s in the built-in catalogue", id)
	}
	owner := int32(ix.questions.offers + at)
	specific := &understanding{direct: map[string]bool{}, specific: 1}
	broad := &understanding{direct: map[string]bool{}}
	rejecting := &understanding{direct: map[string]bool{}, specific: 1, rejected: map[string]bool{}}
	for _, t := range ix.analyze("ww") { // "... maar geen WW"
		rejecting.rejected[t] = true
	}
	national := int32(slices.IndexFunc(ix.cat.Offers, func(o *wegwijzer.Offer) bool { return o.IsNational() }))
	regional := int32(slices.IndexFunc(ix.cat.Offers, func(o *wegwijzer.Offer) bool { return !o.IsNational() }))
	tests := []struct {
		name          string
		u             *understanding
		answer, offer float64
		onTopic       bool
		want          bool
		regional      bool // the offer is a regional one (the asker's place is unknown)
	}{
		{"a close example brings the answer", specific, 0.75, 0.6, false, true, false},
		{"a close example that an offer matches as well does not", specific, 0.75, 0.8, true, false, false},
		{"a looser example well ahead of the offers brings it to an on-topic question", specific, 0.6, 0.35, true, true, false},
		{"but not to a question without a good answer", specific, 0.6, 0.35, false, false, false},
		{"nor when an offer is nearly as similar", specific, 0.6, 0.45, true, false, false},
		{"nor when it is too loose", specific, 0.48, 0.1, true, false, false},
		{"a broad question is narrowed first", broad, 0.75, 0.2, true, false, false},
		{"an answer about what the person rejects is not given", rejecting, 0.9, 0.2, true, false, false},
		{"a regional offer the asker is not shown does not count", specific, 0.75, 0.8, true, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := national
			if tt.regional {
				at = regional
			}
			sims := map[int32]float64{owner: tt.answer, at: tt.offer}
			got := slices.Contains(ix.matchAnswers(tt.u, sims, tt.onTopic, ""), id)
			if got != tt.want {
				t.Errorf("answer given = %v, want %v", got, tt.want)
			}
		})
	}
}

// Questions of a kind that a curated answer covers get it; a neighbouring question does not.
func TestCuratedAnswersForTheirQuestions(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q, answer string
		want      bool
	}{
		{"onze klant is failliet en heeft 3.000 euro niet betaald", "onbetaalde-factuur", true},
		{"ik ga failliet, wat nu", "onbetaalde-factuur", false},
		{"de praktijk van mijn baas overnemen, hoe betaal ik de overname", "bedrijf-overnemen", true},
		{"I'm a freelance designer, should I charge VAT?", "btw-en-kor-voor-starters", true},
		{"do I charge VAT to customers abroad", "btw-en-kor-voor-starters", false},
		// "neemt" meets the pattern's "nemen" (the stemmer keeps the -t on).
		{"welke plichten heeft een winkelier die personeel in dienst neemt", "eerste-werknemer-aannemen", true},
		// A word that only an answer's pattern knows ("vaststellingsovereenkomst", "cookiemelding") names its topic
		// in a question of many words too.
		{"mijn medewerker en ik willen uit elkaar, de advocaat stuurt ons een vaststellingsovereenkomst, waar let ik op", "werknemer-ontslaan", true},
		{"de nieuwe versie van onze webshop laat een cookiemelding zien aan elke bezoeker, mag dat zo", "cookies-op-je-website", true},
	}
	for _, tt := range tests {
		res := mustSearch(t, ix, tt.q)
		if got := slices.Contains(res.Answers, tt.answer); got != tt.want {
			t.Errorf("%q: answers %v; want %s %v", tt.q, res.Answers, tt.answer, tt.want)
		}
	}
}

// Taking over the asker's own business is the seller's question (a successor), taking over someone else's the
// buyer's: "mijn"/"onze" before the business decides which curated answer fits.
func TestOwnBusinessTakenOverIsHandedOver(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q         string
		want, not string
	}{
		{"ik stop over twee jaar, wie kan mijn zaak overnemen", "", "bedrijf-overnemen"},
		{"ik wil met pensioen, kan een medewerker mijn zaak overnemen", "opvolger-vinden", "bedrijf-overnemen"},
		{"mijn dochter wil onze zaak overnemen, hoe regelen we dat", "", "bedrijf-overnemen"},
		{"ik wil de bakkerij van mijn baas overnemen", "bedrijf-overnemen", "opvolger-vinden"},
		{"ik wil een bestaand bedrijf overnemen", "bedrijf-overnemen", "opvolger-vinden"},
	}
	for _, tt := range tests {
		res := mustSearch(t, ix, tt.q)
		if tt.want != "" && !slices.Contains(res.Answers, tt.want) {
			t.Errorf("%q: answers %v, want %s", tt.q, res.Answers, tt.want)
		}
		if slices.Contains(res.Answers, tt.not) {
			t.Errorf("%q: answers %v, want no %s", tt.q, res.Answers, tt.not)
		}
	}
	ws := []string{"wie", "overnemen", "mijn", "bedrijf"}
	if taken := handedOver(ws); !slices.Equal(taken, []string{"overnemen"}) || ws[1] != "overdragen" {
		t.Errorf("handedOver: %v, words %v", taken, ws)
	}
	ws = []string{"bedrijf", "van", "mijn", "baas", "overnemen"}
	if taken := handedOver(ws); taken != nil || ws[4] != "overnemen" {
		t.Errorf("handedOver of the boss's business: %v, words %v", taken, ws)
	}
}

// A curated answer is weighed with the question in its own words too: the policy words its synonyms add
// ("salaris" brings "loonkosten", "bv" "rechtsvorm") are in no example question and made every example less like
// it. One word alone does not count that way: it is like every example that has it.
func TestAnswersWeighTheQuestionsOwnWords(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q, want string // want "" : no curated answer
	}{
		{"hoeveel salaris kan ik als dga uit mijn bv halen", "gebruikelijk-loon-dga"},
		{"ik zoek personeel voor mijn restaurant", "personeel-vinden"},
		{"ik wil een leerling van het mbo opleiden in mijn installatiebedrijf", "leerling-bbl-aannemen"},
		{"laten we opnieuw beginnen", ""},
	}
	for _, tt := range tests {
		res := mustSearch(t, ix, tt.q)
		if tt.want == "" && len(res.Answers) > 0 || tt.want != "" && (len(res.Answers) == 0 || res.Answers[0] != tt.want) {
			t.Errorf("%q: answers %v, want %q first", tt.q, res.Answers, tt.want)
		}
	}
	// The no-match model keeps the similarity it was fitted on: the question's own words change only the answers.
	u := ix.understand(understand.Parse("hoeveel salaris kan ik als dga uit mijn bv halen"))
	sims, forAnswers := ix.questionSims(u)
	if !maps.Equal(sims, ix.questions.match(u.qterms)) {
		t.Error("questionSims changed the similarities the search and the no-match model use")
	}
	if maps.Equal(sims, forAnswers) {
		t.Error("the answers are weighed with the question as searched, not in its own words")
	}
}

// TestAnswerPatternsSeeTheSector: a curated answer about a sector's own situation is found by its pattern that
// names the sector ("foodtruck vergunning"); the sector alone brings no answer; and a sector word is no unmatched
// word for the patterns that do not name it.
func TestAnswerPatternsSeeTheSector(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q, answer string
		want      bool
	}{
		{"ik wil een foodtruck beginnen, welke vergunning heb ik nodig", "standplaatsvergunning", true},
		{"welke vergunning heb ik nodig voor mijn foodtruck op de markt", "standplaatsvergunning", true},
		{"ik heb een foodtruck", "standplaatsvergunning", false},
		{"ik heb een kapsalon en kan geen personeel vinden", "personeel-vinden", true},
		// A pattern that names the asker's size ("residence permit self-employed") holds whole in a long question
		// when its own words are there: the size word counts for it.
		{"my partner and I come from Brazil and have clients in Rotterdam already; which documents does the IND want for a residence permit as self-employed designers?", "zzp-uit-het-buitenland", true},
		// A sector of two words ("government agency") is still a sector alone: the pattern "which government
		// agency" of the answer on which desk to go to is not matched by it.
		{"I work for a government agency", "waar-moet-ik-zijn", false},
		{"we are a government agency and want to save energy", "waar-moet-ik-zijn", false},
	}
	for _, tt := range tests {
		res := mustSearch(t, ix, tt.q)
		if got := slices.Contains(res.Answers, tt.answer); got != tt.want {
			t.Errorf("%q: answer %s given = %v, want %v (answers %v)", tt.q, tt.answer, got, tt.want, res.Answers)
		}
	}
}

// TestEligibilityWordsNameNoAnswer: "kom ik in aanmerking", "am I eligible" ask whether an offer fits, and say
// nothing of which: a question about solar panels in those words gets the offers for solar panels, not the curated
// text on where to find subsidies (whose example "... voor welke subsidies mijn bedrijf in aanmerking komt" it
// resembled only in them).
func TestEligibilityWordsNameNoAnswer(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{"kom ik in aanmerking als ik zonnepanelen koop?", "am I eligible for a grant if I buy solar panels?"} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(res.Answers, "waar-vind-ik-subsidies") {
			t.Errorf("%q: answers %v, want not the text on where to find subsidies", q, res.Answers)
		}
		top := ids(res)[:min(3, len(res.Results))]
		if strings.HasPrefix(q, "kom") && !slices.Contains(top, "isde") && !slices.Contains(top, "eia") {
			t.Errorf("%q: top 3 %v, want ISDE or the EIA", q, top)
		}
	}
}

// TestNearest: the narrowest stretch holding one place of each term; a term said twice counts at its nearest place.
func TestNearest(t *testing.T) {
	tests := []struct {
		at   [][]int
		want int
	}{
		{[][]int{{3}, {9}}, 6},
		{[][]int{{26}, {21, 27}}, 1}, // "... migrant visa ... the DAFT visa"
		{[][]int{{5, 1}, {2}}, 1},
		{[][]int{{4}, {4}}, 0},
		{[][]int{{1}, {5}, {3, 9}}, 4},
	}
	for _, tt := range tests {
		if got := nearest(tt.at); got != tt.want {
			t.Errorf("nearest(%v) = %d, want %d", tt.at, got, tt.want)
		}
	}
}
