package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/wegwijzer/wegwijzer/understand"
)

// holds reports whether a question holds the offers' name of several words whose stems are phrase.
func holds(ix *Index, q, phrase string) bool {
	u := ix.understand(understand.Parse(q))
	return slices.ContainsFunc(u.phrases, func(p int32) bool { return strings.Join(ix.namePhrases[p].stems, " ") == phrase })
}

func TestNamesOfSeveralWordsAreMatchedWhole(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name   string
		q      string
		phrase string // the stems of a name of several words in the catalogue
		want   bool
	}{
		{"the name as written", "is there an innovation loan for a prototype", "innovation loan", true},
		{"other order, a word between", "a loan for our innovation project", "innovation loan", true},
		{"Dutch, other order", "kan ik een lening voor innovatie krijgen", "lening innovatie", true},
		{"a bare loan", "I need a loan for my café", "innovation loan", false},
		{"a bare lening", "een lening voor mijn kapsalon", "lening innovatie", false},
		{"a bare training", "training for our mechanics", "phishing training", false},
		{"training with what it trains", "phishing training for our staff", "phishing training", true},
		{"too far apart", "a loan for a van, a machine, new chairs and some innovation", "innovation loan", false},
		{"not across an English clause", "I need a loan because we are an innovation company", "innovation loan", false},
		{"a synonym's meaning holds a Dutch name", "how do I start a business", "bedrijf start", true},
		{"another form of a word", "subsidie om mijn personeel bij te scholen", "scholing personel", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !slices.ContainsFunc(ix.namePhrases, func(p namePhrase) bool { return strings.Join(p.stems, " ") == tc.phrase }) {
				t.Fatalf("no name %q in the catalogue", tc.phrase)
			}
			if got := holds(ix, tc.q, tc.phrase); got != tc.want {
				t.Errorf("%q holds %q: %v, want %v", tc.q, tc.phrase, got, tc.want)
			}
		})
	}
}

func TestWordsOfLongerNamesWeighLessAlone(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name  string
		q     string
		offer string
		top   int // the offer is in the first top results; 0: it is not first, -n: not in the first n
	}{
		{"the innovation loan", "a loan for our innovation project", "innovatiekrediet", 1},
		{"de lening voor innovatie", "een lening voor innovatie van ons nieuwe product", "innovatiekrediet", 1},
		{"a bare training is no phishing training", "training for the mechanics in our garage", "alert-online", -2},
		{"een training is geen phishingtraining", "we zoeken een training voor onze monteurs", "alert-online", -3},
		{"the phishing training", "phishing training for our staff", "alert-online", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustSearch(t, ix, tc.q)
			got := ids(res)
			rank := slices.Index(got, tc.offer) + 1 // 0: not found
			switch {
			case tc.top > 0 && (rank == 0 || rank > tc.top):
				t.Errorf("%q: %s at %d, want in the first %d: %v", tc.q, tc.offer, rank, tc.top, got)
			case tc.top == 0 && rank == 1:
				t.Errorf("%q: %s first, want another offer first: %v", tc.q, tc.offer, got)
			case tc.top < 0 && rank > 0 && rank <= -tc.top:
				t.Errorf("%q: %s at %d, want it below the first %d: %v", tc.q, tc.offer, rank, -tc.top, got)
			}
		})
	}
}

func TestWeakNames(t *testing.T) {
	ix := mustIndex(t)
	pos := func(id string) int32 { return ix.offerPos[id] }
	loan := ix.stem("loan")
	if !slices.Contains(ix.weakIn(loan, nil, nil), pos("innovatiekrediet")) {
		t.Errorf("loan alone weighs fully in the names of the Innovatiekrediet (innovation loan)")
	}
	u := ix.understand(understand.Parse("a loan for our innovation project"))
	if slices.Contains(ix.weakIn(loan, u.phrases, nil), pos("innovatiekrediet")) {
		t.Errorf("loan in an innovation loan weighs less in the names of the Innovatiekrediet")
	}
	if !slices.Contains(ix.weakIn(loan, u.phrases, nil), pos("qredits")) && slices.Contains(ix.weakIn(loan, nil, nil), pos("qredits")) {
		t.Errorf("an innovation loan restores loan in the names of Qredits too, which has no innovation loan")
	}
	// A question that names an offer by a specific word of its names ("netbeheerder", of grid congestion only)
	// counts the offer's other name words fully ("zonnepanelen", of its "zonnepanelen terugleveren").
	panels := ix.stem("zonnepanelen")
	if !slices.Contains(ix.weakIn(panels, nil, nil), pos("netcongestie")) {
		t.Fatalf("zonnepanelen alone weighs fully in the names of grid congestion")
	}
	u = ix.understand(understand.Parse("we willen zonnepanelen en de netbeheerder zegt nee"))
	if slices.Contains(ix.weakIn(panels, u.phrases, ix.namedBy(u)), pos("netcongestie")) {
		t.Errorf("zonnepanelen beside netbeheerder weighs less in the names of grid congestion")
	}
	for _, w := range []string{"phishing", "innovatiekrediet"} {
		if weak := ix.weakIn(ix.stem(w), nil, nil); len(weak) > 0 {
			t.Errorf("%s, a specific word, weighs less in the names of %d offers", w, len(weak))
		}
	}
}

func TestWeakNamesLowerOnlyTheirOffers(t *testing.T) {
	ix := mustIndex(t)
	ctx := context.Background()
	modes := map[bool]int{}
	for _, q := range []string{
		"training", // few clauses
		"personeel",
		"I need a loan for my café",
		"een lening voor mijn kapsalon en een training voor mijn personeel",
		"we want training for our staff, a loan for new machines and advice on tax deduction for our business in the Netherlands",
	} {
		u := ix.understand(understand.Parse(q))
		bq, weak := ix.buildQuery(u.terms, u.phrases, ix.namedBy(u), u.direct)
		weakOffers := map[int32]bool{}
		for _, w := range weak.weak {
			for _, o := range w {
				weakOffers[o] = true
			}
		}
		if len(weakOffers) == 0 {
			t.Fatalf("%q: no offer whose names weigh less", q)
		}
		d, _, err := ix.text.disjunctionOf(ctx, bq, nil)
		if err != nil {
			t.Fatal(err)
		}
		modes[d.slice]++
		d.close()
		full, err := ix.text.search(ctx, bq, nil, 1000)
		if err != nil {
			t.Fatal(err)
		}
		lowered, err := ix.text.search(ctx, bq, weak, 1000)
		if err != nil {
			t.Fatal(err)
		}
		before := map[int32]float64{}
		for _, h := range full {
			before[h.pos] = h.score
		}
		for _, h := range lowered {
			switch {
			case !weakOffers[h.pos] && h.score != before[h.pos]:
				t.Errorf("%q: %s: %v, without weak names %v", q, ix.cat.Offers[h.pos].ID, h.score, before[h.pos])
			case h.score > before[h.pos]:
				t.Errorf("%q: %s rose from %v to %v", q, ix.cat.Offers[h.pos].ID, before[h.pos], h.score)
			}
		}
	}
	if modes[true] == 0 || modes[false] == 0 {
		t.Fatalf("searches with few clauses and with many: %d and %d; want both", modes[true], modes[false])
	}
}

func TestOnlyTheAskersOwnWordsWeighLess(t *testing.T) {
	ix := mustIndex(t)
	pos := func(id string) int32 { return ix.offerPos[id] }
	// The English title names the offer alone: "energy" of the EIA's "energy investment allowance" is specific.
	if slices.Contains(ix.weakIn(ix.stem("energy"), nil, nil), pos("eia")) {
		t.Errorf("energy, a word of its English title, weighs less in the names of the EIA")
	}
	tests := []struct {
		q    string
		weak []string // words of the question whose terms have offers that count less
		full []string // terms that count fully, though common in names
	}{
		{"we need a loan for new ovens", []string{"loan"}, []string{"lening", "krediet"}},
		{"why do grants take so much paperwork", nil, []string{"grant"}},
		{"hoe verkoop ik meer via mijn webshop", []string{"verkoop"}, []string{"onlin"}},
	}
	for _, tc := range tests {
		u := ix.understand(understand.Parse(tc.q))
		_, weak := ix.buildQuery(u.terms, u.phrases, ix.namedBy(u), u.direct)
		bq, _ := ix.buildQuery(u.terms, nil, nil, nil)
		lowered, searched := map[string]bool{}, map[string]bool{}
		for i, q := range bq.(*query.DisjunctionQuery).Disjuncts {
			searched[q.(*query.TermQuery).Term] = true
			if len(weak.weak[i]) > 0 {
				lowered[q.(*query.TermQuery).Term] = true
			}
		}
		for _, w := range tc.weak {
			if t0 := ix.stem(w); !lowered[t0] {
				t.Errorf("%q: %s (%s) does not weigh less in any offer's names; lowered: %v", tc.q, w, t0, lowered)
			}
		}
		for _, term := range tc.full {
			if len(ix.weakNames[term]) == 0 || !searched[term] {
				t.Fatalf("%q: %s is not searched or in no offer's weak names: the test shows nothing", tc.q, term)
			}
			if lowered[term] {
				t.Errorf("%q: %s, not the asker's own word, weighs less", tc.q, term)
			}
		}
	}
}
