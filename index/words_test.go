package index

import (
	"context"
	"slices"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// Tests of how the words and phrases of a question reach the catalogue: synonym phrases, compounds, English words,
// stems, generic and everyday words.

// The age of a thing is not the owner's age, and the old age one saves for is not retiring: "met pensioen" gaan
// means stopping, "oud" alone and "mijn oude dag" (saving for later, a curated answer) do not.
func TestSynonymPhrasesKeepTheirNouns(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q        string
		stopping bool
	}{
		{"mijn oven is 20 jaar oud en vreet gas", false},
		{"onze oude koelcel moet vervangen worden", false},
		{"de machine is oud, welke subsidie is er voor een nieuwe", false},
		{"wat regel ik voor mijn oude dag als zzp'er", false},
		{"ik wil met pensioen en mijn zaak verkopen", true},
		{"ik ga met pensioen, wie neemt mijn bedrijf over", true},
	}
	for _, tt := range tests {
		res := mustSearch(t, ix, tt.q)
		if got := slices.Contains(res.Themes, "overdracht-stoppen"); got != tt.stopping {
			t.Errorf("%q: themes %v; want overdracht-stoppen %v", tt.q, res.Themes, tt.stopping)
		}
	}
}

// A compound written as two words, the English way, is the compound: a food truck is a business, not a lorry.
func TestCompoundsWrittenApart(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		words, want []string
	}{
		{[]string{"food", "truck", "permits"}, []string{"foodtruck", "permits"}},
		{[]string{"een", "web", "shop", "beginnen"}, []string{"een", "webshop", "beginnen"}},
		{[]string{"een", "elektrische", "truck"}, []string{"een", "elektrische", "truck"}},
	}
	for _, tt := range tests {
		if got := ix.joinCompounds(slices.Clone(tt.words)); !slices.Equal(got, tt.want) {
			t.Errorf("joinCompounds(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
	res, err := ix.Search(context.Background(), wegwijzer.Query{Text: "food truck permits"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Sector == "" || slices.Contains(res.Topics, "mobiliteit") {
		t.Errorf("food truck: sector %q, topics %v; want a sector and no mobiliteit", res.Sector, res.Topics)
	}
}

// Finding staff is a question for the places that help find staff, not for employment law or innovation.
func TestFindingStaffFindsStaffHelp(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{
		"ik zoek 4 man personeel voor de productie",
		"we kunnen geen metselaars vinden",
		"ik kan geen personeel vinden",
	} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		var top []string
		for _, r := range res.Results[:min(3, len(res.Results))] {
			top = append(top, r.ID)
		}
		if !slices.Contains(top, "werkgeversservicepunt") || slices.Contains(top, "wab") || slices.Contains(top, "dei-plus") {
			t.Errorf("%q: top 3 %v; want werkgeversservicepunt, not wab or dei-plus", q, top)
		}
	}
}

func TestEnglishWordsAreNotTypos(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q       string
		word    string // a word of the catalogue one or two edits from a word of q
		correct bool   // whether q's word is read as that word
	}{
		{"can I pay my suppliers with a token", "teken", false},
		{"a black box for the trucks of my company", "back", false},
		{"zonnepaneelen op het dak van onze loods", "zonnepanelen", true},
	}
	for _, tc := range tests {
		u := ix.understand(understand.Parse(tc.q))
		got := slices.ContainsFunc(u.terms, func(wt weightedTerm) bool { return slices.Contains(ix.analyze(tc.word), wt.term) })
		if got != tc.correct {
			t.Errorf("%q: searches %q = %v, want %v", tc.q, tc.word, got, tc.correct)
		}
	}
}

// Hiring a first employee is about an employer's duties; "aannemen" alone does not make it about migrants, and
// "waar moet ik aan denken" asks nothing of its own.
func TestHiringFindsEmployerDuties(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{
		"ik wil personeel aannemen voor mijn winkel",
		"eerste medewerker aannemen voor mijn kapsalon, waar moet ik aan denken",
	} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Results) == 0 || res.Results[0].ID == "kennismigrant" {
			t.Errorf("%q: results %v; want an employer's duty first, not kennismigrant", q, res.Results)
		}
	}
}

// A synonym phrase matches only with the words that carry its meaning: "let go" is not every "let", "vader
// worden" not every "vader"; function words ("van", "my") may be left out.
func TestSynonymPhrasesNeedTheirMeaningfulWords(t *testing.T) {
	ix := mustIndex(t)
	tests := []termCase{
		{"let me know which subsidy fits my bakery", "ontslag", false},
		{"we have to let two employees go", "ontslag", true},
		{"ik wil het bedrijf van mijn vader overnemen", "geboorteverlof", false},
		{"ik word vader, hoe zit het met verlof voor mijzelf", "geboorteverlof", true},
		// In English word order a subject and its verb split a phrase: a partner who leaves takes no partner leave.
		{"my partner wants to leave the firm, what now", "geboorteverlof", false},
		{"our partner will leave the company next year", "geboorteverlof", false},
		{"how much partner leave does a new father get", "geboorteverlof", true},
		{"can I sell my company to my staff", "waardebepaling", true},
	}
	checkSearchesTerm(t, ix, tests)
}

// "van" is a Dutch function word and an English vehicle: the message's language decides which. In an English
// message it searches for vans; in a Dutch one it stays a function word.
func TestVanIsAVehicleInEnglishOnly(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q    string
		want bool // searches the Dutch word for a van
	}{
		{"I need a new van for my plumbing business, is there a grant", true},
		{"can I get support to buy a van that runs on electricity", true},
		{"ik wil de zaak van mijn vader overnemen", false},
		{"hoe kom ik van het gas af in mijn winkel", false},
	}
	van := ix.analyze("bestelauto")
	for _, tt := range tests {
		u := ix.understand(understand.Parse(tt.q))
		got := slices.ContainsFunc(u.terms, func(w weightedTerm) bool { return slices.Contains(van, w.term) })
		if got != tt.want {
			t.Errorf("%q: searches bestelauto %v, want %v (terms %v)", tt.q, got, tt.want, u.terms)
		}
	}
	res, err := ix.Search(context.Background(), wegwijzer.Query{Text: "I need a new van for my plumbing business, is there a grant", Top: 3})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(ids(res), "seba") {
		t.Errorf("English van question: top 3 %v, want seba", ids(res))
	}
}

// A synonym phrase with a business word ("buy a business", "bedrijf overnemen") needs a business word in the
// question, any one or a sector: buying a machine is no takeover. A phrase of one content word keeps its particle
// ("start over"), and a phrase without content words ("eigen bedrijf") matches word for word.
func TestSynonymPhrasesNeedTheirBusinessWord(t *testing.T) {
	ix := mustIndex(t)
	tests := []termCase{
		{"I want to buy a machine, is there support", "bedrijfsoverdracht", false},
		{"I want to buy an existing company", "bedrijfsoverdracht", true},
		{"I want to buy a bakery", "bedrijfsoverdracht", true},
		{"ik wil een kapsalon overnemen", "bedrijfsoverdracht", true},
		{"ik wil meer verkopen via mijn webshop", "waardebepaling", false},
		{"ik wil mijn zaak verkopen", "waardebepaling", true},
		{"How do I close my sole proprietorship?", "bedrijfsbeeindiging", true},
		{"we want to start using solar panels", "faillissement", false},
		{"after the bankruptcy I want to start over", "faillissement", true},
		{"a new machine for the workshop", "starten", false},
		{"hoe begin ik een eigen bedrijf", "starten", true},
		{"how do I set up my own business", "starten", true},
		{"ik wil een eigen zaak beginnen", "starten", true},
		{"welke plichten heb ik als ik personeel in dienst neem", "werkgeverschap", true},
		{"wat moet ik regelen als ik iemand in dienst neemt", "werkgeverschap", true},
		// A phrase of two words also in the other order.
		{"waar let ik op bij het inhuren van zzp'ers", "schijnzelfstandigheid", true},
		{"wij willen besparen op energie in de winkel", "energiebesparing", true},
	}
	checkSearchesTerm(t, ix, tests)
}

// Function words and the forms of everyday verbs say nothing of what a question is about: "vroeger" (formerly)
// is not the early phase of "vroege fase", "kwamen" not a word to search.
func TestEverydayWordsDoNotSearch(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct{ q, word string }{
		{"vroeger kwamen er reacties op mijn vacature, nu niet meer", "vroege"},
		{"vroeger kwamen er reacties op mijn vacature, nu niet meer", "kwamen"},
		{"wat betekent de nieuwe wet voor mijn personeel", "betekent"},
		{"I was asked to pay the invoice but I actually never ordered it", "actually"},
		{"waarop moet ik letten als ik een zzp'er inhuur", "waarop"},
		{"het is te druk in mijn winkel, ik wil iemand aannemen", "druk"},
		{"ik heb net een bv opgericht en kan extra geld gebruiken", "net"},
		{"ik heb net een bv opgericht en kan extra geld gebruiken", "gebruiken"},
		// The English mirror of "gebeurt", "betekent", "zegt": everyday verbs found an energy label and the KOR.
		{"what happens to my staff when I sell the company", "happens"},
		{"what does the new pension law mean for my shop", "mean"},
		{"my accountant says I must keep my records, where do I put them", "says"},
		{"my accountant says I must keep my records, where do I put them", "put"},
		// "leave" the verb is departing, not time off work.
		{"my employee wants to leave, what notice period applies", "leave"},
		{"my co-founder is leaving the company", "leaving"},
		// "toekomstige" says when, like "nieuwe": a future employee is no question on the pension law "Wet toekomst
		// pensioenen".
		{"welke verzekering heb ik nodig voor mijn toekomstige personeel", "toekomstige"},
	}
	for _, tt := range tests {
		u := ix.understand(understand.Parse(tt.q))
		for _, term := range ix.analyzeText(tt.word) {
			if slices.ContainsFunc(u.terms, func(w weightedTerm) bool { return w.term == term }) {
				t.Errorf("%q: searches %q (%s); terms %v", tt.q, tt.word, term, u.terms)
			}
		}
	}
}

// Questions in an entrepreneur's own words find the offer for their situation (issue 12's tune misses, reworded).
func TestSituationsFindTheirOffer(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q    string
		want []string // any of these in the top 3
	}{
		{"our company wants to offer jobs to refugees, who helps employers with that", []string{"werkgeversservicepunt"}},
		{"de winkeliersvereniging in Rotterdam wil de straat opfleuren, is daar subsidie voor", []string{"ondernemen010"}},
		{"ik wil een eigen zaak opzetten, wat regel ik als eerste", []string{"kvk-inschrijven", "rechtsvorm-kiezen", "kvk-advies", "ondernemersplein"}},
	}
	for _, tt := range tests {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: tt.q, Top: 3})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(ids(res), func(id string) bool { return slices.Contains(tt.want, id) }) {
			t.Errorf("%q: top 3 %v, want one of %v", tt.q, ids(res), tt.want)
		}
	}
}

// "OR" in a Dutch message is the works council, not the English "or".
func TestOrIsAWorksCouncilInDutch(t *testing.T) {
	ix := mustIndex(t)
	res, err := ix.Search(context.Background(), wegwijzer.Query{Text: "vanaf hoeveel mensen moeten we een OR hebben?", Top: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Results) == 0 || res.Results[0].ID != "ondernemingsraad" {
		t.Errorf("Dutch OR question: %v, want ondernemingsraad first", ids(res))
	}
	u := ix.understand(understand.Parse("do we need a works council or a staff representation"))
	if slices.ContainsFunc(u.terms, func(w weightedTerm) bool { return w.term == "or" }) {
		t.Errorf("English 'or' searched: %v", u.terms)
	}
}

// The Dutch stemmer makes some words into the stem of another: "zoon" (son) and "zone" were both "zon", the
// English "room" was "rom" (the ROMs). Such words keep a stem of their own; their own forms still meet.
func TestStemsDoNotCollide(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		a, b string
		same bool
	}{
		{"zoon", "zone", false},
		{"zoon", "zon", false},
		{"zone", "zon", false},
		{"room", "rom", false},
		{"green", "grens", false},
		{"tool", "tol", false},
		{"boom", "bom", false},
		{"boot", "bot", false},
		{"boot", "boten", true},
		{"zoon", "zonen", true},
		{"zone", "zones", true},
		{"room", "rooms", true},
		{"tool", "tools", true},
		{"zonnepanelen", "zonnepaneel", true},
	}
	for _, tt := range tests {
		if got := ix.stem(tt.a) == ix.stem(tt.b); got != tt.same {
			t.Errorf("stem(%q) = %q, stem(%q) = %q: same %v, want %v", tt.a, ix.stem(tt.a), tt.b, ix.stem(tt.b), got, tt.same)
		}
	}
	for _, q := range []string{"ik zoek een bijbaan voor mijn zoon", "we rent a room above the shop"} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q, Top: 5})
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids(res) {
			if id == "zero-emissiezones" || id == "rom-nederland" {
				t.Errorf("%q: found %s by a colliding stem (%v)", q, id, ids(res))
			}
		}
	}
}

// "leave" as a noun is time off work and searches; only the verb (after "to", an auxiliary or a subject) does not.
func TestLeaveTheNounStillSearches(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{"can my employee take unpaid leave", "how much parental leave can my employee take", "leave for a new father"} {
		u := ix.understand(understand.Parse(q))
		if !slices.ContainsFunc(u.terms, func(w weightedTerm) bool { return w.term == ix.stem("leave") }) {
			t.Errorf("%q: does not search leave; terms %v", q, u.terms)
		}
	}
}

// "voorwaarden" and "conditions" alone ask whether one qualifies, as "regels" asks what applies: generic words,
// weighed lightly and in no example question, so "wat zijn de voorwaarden om ... te wonen" no longer makes every
// question about conditions like the start-up residence permit. Inside a phrase they keep their meaning: "algemene
// voorwaarden" are a business's terms and conditions.
func TestConditionsAreGenericButNotInAPhrase(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q           string
		tc          bool   // searches the terms-and-conditions synonym's offers (algemene voorwaarden)
		notInResult string // an offer found only by the other sense of "voorwaarden"
	}{
		{"hoe stel ik algemene voorwaarden op voor mijn klussenbedrijf", true, "startup-verblijfsvergunning"},
		{"where do I find terms and conditions for my web shop", true, ""},
		{"wat zijn de voorwaarden voor de wbso", false, ""},
	}
	for _, tt := range tests {
		u := ix.understand(understand.Parse(tt.q))
		if w := termWeight(u, ix.stem("voorwaarden")); tt.tc && w < boostSynonym || !tt.tc && w > boostGeneric {
			t.Errorf("%q: voorwaarden searched at %v (terms %v)", tt.q, w, u.terms)
		}
		if tt.notInResult == "" {
			continue
		}
		res := mustSearch(t, ix, tt.q)
		if slices.Contains(ids(res), tt.notInResult) {
			t.Errorf("%q: found %s (%v)", tt.q, tt.notInResult, ids(res))
		}
	}
}

func termWeight(u *understanding, term string) float64 {
	for _, w := range u.terms {
		if w.term == term {
			return w.boost
		}
	}
	return 0
}

// A result below the first, found through one question word that the first result (which matched several) did
// not match, and scoring less than half of it, is a stray of the list's tail and is not shown.
func TestStrayResultsAreNotShown(t *testing.T) {
	tests := []struct {
		name          string
		matched, lead []string
		score, best   float64
		want          bool
	}{
		{"one word the first did not match, far below", []string{"zoon"}, []string{"stageplek", "mbo"}, 0.2, 0.8, true},
		{"the same word as the first", []string{"stageplek"}, []string{"stageplek", "mbo"}, 0.2, 0.8, false},
		{"two words", []string{"zoon", "belasting"}, []string{"stageplek", "mbo"}, 0.2, 0.8, false},
		{"close to the first", []string{"zoon"}, []string{"stageplek", "mbo"}, 0.5, 0.8, false},
		{"the first matched one word only: another part of the question", []string{"energy"}, []string{"advice"}, 0.2, 0.8, false},
	}
	for _, tt := range tests {
		if got := stray(tt.matched, tt.lead, tt.score, tt.best); got != tt.want {
			t.Errorf("%s: stray = %v, want %v", tt.name, got, tt.want)
		}
	}
	ix := mustIndex(t)
	for _, q := range []string{"ik wil een subsidie voor zonnepanelen en een nieuwe warmtepomp in mijn bakkerij", "I want to hire my first employee for my bakery, what must I arrange"} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q, Top: 10})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Results[min(1, len(res.Results)):] {
			if stray(r.Matched, res.Results[0].Matched, r.Score, res.Results[0].Score) && r.Offer.IsNational() {
				t.Errorf("%q: shows the stray %s (%v)", q, r.ID, r.Matched)
			}
		}
	}
}

// A word the catalogue knows as a whole is split into its parts in a Dutch message ("ondernemersnetwerk" also finds
// "netwerk"), not in an English one, whose parts are common English words ("roadworks": "work").
func TestKnownCompoundsSplitInDutchOnly(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		q, part string
		want    bool
	}{
		{"our shop lost customers during the roadworks last summer", "works", false},
		{"is er een ondernemersnetwerk in mijn regio", "netwerk", true},
	}
	for _, tt := range tests {
		u := ix.understand(understand.Parse(tt.q))
		got := termWeight(u, ix.stem(tt.part)) > 0
		if got != tt.want {
			t.Errorf("%q: searches the part %q %v, want %v (terms %v)", tt.q, tt.part, got, tt.want, u.terms)
		}
	}
}

// termCase is a question and whether understanding it searches a term (its analysed form).
type termCase struct {
	q, term string
	want    bool
}

func checkSearchesTerm(t *testing.T, ix *Index, tests []termCase) {
	t.Helper()
	for _, tt := range tests {
		u := ix.understand(understand.Parse(tt.q))
		want := ix.analyze(tt.term)
		got := slices.ContainsFunc(u.terms, func(w weightedTerm) bool { return slices.Contains(want, w.term) })
		if got != tt.want {
			t.Errorf("%q: searches %q %v, want %v (terms %v)", tt.q, tt.term, got, tt.want, u.terms)
		}
	}
}

// A one-word message has no language yet: an English word that a synonym phrase starts with is not reduced as a
// Dutch comparative, while a Dutch comparative still is.
func TestBaseFormKeepsSynonymWords(t *testing.T) {
	ix := mustIndex(t)
	for _, tt := range []struct {
		w       string
		reduced bool
	}{
		{"customer", false},
		{"charger", false},
		{"duurzamer", true},
	} {
		if got := ix.baseForm(tt.w) != tt.w; got != tt.reduced {
			t.Errorf("baseForm(%q) = %q, reduced %v; want reduced %v", tt.w, ix.baseForm(tt.w), got, tt.reduced)
		}
	}
}
