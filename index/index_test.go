package index

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

var (
	builtinOnce sync.Once
	builtinCat  *content.Catalogue
	builtinErr  error
)

func mustCatalogue(tb testing.TB) *content.Catalogue {
	tb.Helper()
	builtinOnce.Do(func() {
		builtinCat, _, builtinErr = content.Load(content.Builtin(), content.Options{})
	})
	if builtinErr != nil {
		tb.Fatalf("built-in catalogue: %v", builtinErr)
	}
	return builtinCat
}

func mustIndex(tb testing.TB) *Index {
	tb.Helper()
	ix, err := New(mustCatalogue(tb), Options{})
	if err != nil {
		tb.Fatalf("index: %v", err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}

// mustSearch searches text with no other query fields and fails the test when the search fails.
func mustSearch(tb testing.TB, ix *Index, text string) *wegwijzer.SearchResult {
	tb.Helper()
	res, err := ix.Search(context.Background(), wegwijzer.Query{Text: text})
	if err != nil {
		tb.Fatalf("search %q: %v", text, err)
	}
	return res
}

func ids(res *wegwijzer.SearchResult) []string {
	var out []string
	for _, r := range res.Results {
		out = append(out, r.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name   string
		q      string
		region string
		want   string // must be in the top 3; "" means no_match
	}{
		{"plain question", "subsidie voor een elektrische bestelbus", "", "seba"},
		{"typo and plural", "subsidie zonnepaneelen bedrijfsdak", "", "sde-plus-plus"}, // a solar-power offer, found through the typo
		{"colloquial", "mag mijn diesel busje nog de stad in", "", "zero-emissiezones"},
		{"English", "I want to hire an apprentice", "", "praktijkleren"},
		{"compound and place", "ik wil het wagenpark van mijn vervoersbedrijf in Deventer uitrusten met waterstofmotoren", "", "waterstof-in-mobiliteit"},
		{"alias", "hoe werkt de WBSO", "", "wbso"},
		{"regional offer for the community's region", "energiefonds voor mijn energieproject", "provincie-overijssel", "energiefonds-overijssel"},
		{"the asking sentence names nothing known; the sentence before says what for", "Ik ben Ans van kapsalon Knip in Zwolle. Ons pand wordt te klein en we verhuizen naar een grotere locatie, maar daar zit het stroomnet vol en krijgen we geen aansluiting. Kunnen we een urgentieverklaring krijgen?", "", "netcongestie"},
		{"off-topic recipe", "recept voor appeltaart", "", ""},
		{"off-topic weather in a known place", "weer morgen in Breda", "", ""},
		{"off-topic sports", "wie wint de eredivisie dit jaar", "", ""},
		{"empty", "   ", "", ""},
		{"only stopwords", "ik wil het en de", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), wegwijzer.Query{Text: tt.q, Region: tt.region, Top: 3})
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if !res.NoMatch || len(res.Results) != 0 {
					t.Errorf("Search(%q) = %v, want no_match", tt.q, ids(res))
				}
				return
			}
			if res.NoMatch || !slices.Contains(ids(res), tt.want) {
				t.Errorf("Search(%q) = %v (no_match %v), want %s in the top 3", tt.q, ids(res), res.NoMatch, tt.want)
			}
		})
	}
}

func TestUnderstanding(t *testing.T) {
	ix := mustIndex(t)
	res, err := ix.Search(context.Background(), wegwijzer.Query{Text: "ons transportbedrijf in Den Bosch wil verduurzamen"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Region != "gemeente-s-hertogenbosch" || res.Sector != "transport" || !slices.Contains(res.Themes, "verduurzaming") {
		t.Errorf("understood region %q, sector %q, themes %v; want gemeente-s-hertogenbosch, transport, verduurzaming", res.Region, res.Sector, res.Themes)
	}
}

func TestPlaceAdjectivesNameThePlace(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{"wij zijn een Rotterdamse ondernemersvereniging", "een Rotterdams winkelgebied", "Utrechtse bakkerij zoekt personeel"} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if res.Region == "" {
			t.Errorf("%q: no region understood", q)
		}
	}
}

func TestBusinessWordsNameThemesToo(t *testing.T) {
	ix := mustIndex(t)
	res, err := ix.Search(context.Background(), wegwijzer.Query{Text: "ik wil een webshop beginnen"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Sector == "" || !slices.Contains(res.Themes, "digitalisering") || !slices.Contains(res.Topics, "online") {
		t.Errorf("sector %q, themes %v, topics %v; want a sector, digitalisering and online", res.Sector, res.Themes, res.Topics)
	}
}

func TestComparativesMeanTheirBase(t *testing.T) {
	ix := mustIndex(t)
	for _, q := range []string{"hoe maak ik mijn bedrijf duurzamer", "ons pand moet groener"} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if res.NoMatch || !slices.Contains(res.Themes, "verduurzaming") {
			t.Errorf("%q: no_match %v, themes %v; want offers and the theme verduurzaming", q, res.NoMatch, res.Themes)
		}
	}
}

func TestRegionFilter(t *testing.T) {
	ix := mustIndex(t)
	q := "investeerder voor mijn innovatieve startup"
	for _, tt := range []struct {
		region        string
		want, notWant string
	}{
		{"gemeente-deventer", "oost-nl", "bom"},
		{"gemeente-breda", "bom", "oost-nl"},
	} {
		// The message naming the whole country does not override the community's region.
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: q + " in Nederland", Region: tt.region, Top: 10})
		if err != nil {
			t.Fatal(err)
		}
		got := ids(res)
		if !slices.Contains(got, tt.want) || slices.Contains(got, tt.notWant) {
			t.Errorf("region %s: %v, want %s and not %s", tt.region, got, tt.want, tt.notWant)
		}
		for _, r := range res.Results {
			applies := false
			for _, or := range r.Offer.Regions {
				applies = applies || ix.cat.Geography.Applies(or, tt.region)
			}
			if !applies {
				t.Errorf("region %s: %s (regions %v) does not apply there", tt.region, r.ID, r.Offer.Regions)
			}
		}
	}
}

// TestRegionalOffersForAnUnknownPlace: when the asker's place is unknown, region-bound offers appear only when the
// question names them.
func TestRegionalOffersForAnUnknownPlace(t *testing.T) {
	ix := mustIndex(t)
	for _, tt := range []struct {
		q    string
		want string // a regional offer that must be there, or "" for none at all
	}{
		{"subsidie voor zonnepanelen op mijn dak", ""},
		{"innovatiesubsidie voor een nieuw product", ""},
		{"energiefonds", "energiefonds-overijssel"},
		{"ondernemen010", "ondernemen010"},
		// The whole country is no place within it: regional offers stay out, as for an unknown place.
		{"I want to start a business in the Netherlands", ""},
		{"ik wil in Nederland een bedrijf starten", ""},
	} {
		res, err := ix.Search(context.Background(), wegwijzer.Query{Text: tt.q, Top: 10})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range res.Results {
			if r.ID == tt.want {
				found = true
			} else if !r.Offer.IsNational() && tt.want == "" {
				t.Errorf("%q: regional offer %s for an asker whose place is unknown", tt.q, r.ID)
			}
		}
		if tt.want != "" && !found {
			t.Errorf("%q: %v, want %s (the question names it)", tt.q, ids(res), tt.want)
		}
	}
}

func TestLearnedLinks(t *testing.T) {
	ix := mustIndex(t)
	ctx := context.Background()
	q := "wie regelt de kermis op het marktplein"
	before, err := ix.Search(ctx, wegwijzer.Query{Text: q, Region: "gemeente-dordrecht", Top: 3})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(ids(before), "dordt-onderneemt") {
		t.Fatalf("the test needs a question the index does not answer yet; got %v", ids(before))
	}
	gen := ix.Generation()
	if err := ix.AddLink(Link{Question: q, OfferID: "dordt-onderneemt"}); err != nil {
		t.Fatal(err)
	}
	if ix.Generation() == gen {
		t.Errorf("generation %d after a link, want another than before", gen)
	}
	for _, text := range []string{q, "kermis op het marktplein, wie regelt dat"} {
		after, err := ix.Search(ctx, wegwijzer.Query{Text: text, Region: "gemeente-dordrecht", Top: 3})
		if err != nil {
			t.Fatal(err)
		}
		if after.NoMatch || !slices.Contains(ids(after), "dordt-onderneemt") {
			t.Errorf("after the link, %q = %v (no_match %v), want dordt-onderneemt", text, ids(after), after.NoMatch)
		}
	}
	if err := ix.AddLink(Link{Question: q, OfferID: "bestaat-niet"}); wegwijzer.ErrorCode(err) != wegwijzer.ENOTFOUND {
		t.Errorf("link to an unknown offer: %v, want ENOTFOUND", err)
	}
}

func TestDecompound(t *testing.T) {
	ix := mustIndex(t)
	tests := map[string][]string{
		"waterstofmotoren": {"waterstof", "motoren"},
		"energiebesparing": {"energie", "besparing"},
		"subsidie":         {"subsidie"},
		"bus":              {"bus"},
	}
	for w, want := range tests {
		if got := ix.decompound(w); !slices.Equal(got, want) {
			t.Errorf("decompound(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestTypoToleranceSparesShortWords(t *testing.T) {
	ix := mustIndex(t)
	tests := map[string]string{
		"zonnepaneelen": "zonnepanelen",
		"subsidei":      "subsidie",
		"bus":           "", // too short to correct: would match too much
		"btw":           "",
	}
	for w, want := range tests {
		if got := ix.correct(w); got != want {
			t.Errorf("correct(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"subsidie", "subsidie", 2, 0},
		{"subsidei", "subsidie", 2, 1}, // transposition
		{"personneel", "personeel", 2, 1},
		{"kat", "hond", 1, 2},
		{"a", "abcdef", 2, 3},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestConcurrentSearchAndLinks(t *testing.T) {
	ix := mustIndex(t)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for range 20 {
				if _, err := ix.Search(context.Background(), wegwijzer.Query{Text: "subsidie zonnepanelen"}); err != nil {
					t.Error(err)
				}
				if i == 0 {
					_ = ix.AddLink(Link{Question: "zonnedak op de loods", OfferID: "isde"})
				}
			}
		})
	}
	wg.Wait()
}

func TestQuestionsDoNotGrowTheStemCache(t *testing.T) {
	ix := mustIndex(t)
	sf := stemCache(t, ix)
	before := cacheLen(sf)
	for i := range 200 {
		if _, err := ix.Search(context.Background(), wegwijzer.Query{Text: fmt.Sprintf("onbekendwoord%dxyz subsidie", i)}); err != nil {
			t.Fatal(err)
		}
	}
	if after := cacheLen(sf); after != before {
		t.Errorf("stem cache grew from %d to %d entries with questions' words", before, after)
	}
}

func stemCache(t *testing.T, ix *Index) *stemFilter {
	t.Helper()
	if da, ok := ix.an.(*analysis.DefaultAnalyzer); ok {
		for _, tf := range da.TokenFilters {
			if sf, ok := tf.(*stemFilter); ok {
				return sf
			}
		}
	}
	t.Fatal("the index analyzer has no stem cache")
	return nil
}

func cacheLen(sf *stemFilter) int { return sf.len() }
