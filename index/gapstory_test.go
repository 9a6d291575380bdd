package index

import (
	"slices"
	"testing"
)

// A question about a known gap told as a story keeps the gap: the story's everyday words that offers share ("begonnen",
// "blijkt", "years ago", "new", "opened") and the words that say who asks ("cafe") are no second topic
// that would hide it. An offer is about another topic of
// the question only when the question says one of the offer's own words (its title, aliases or keywords) close to
// another word it matched; a second topic said that way is still answered. The wordings are the test's own.
func TestGapInAStory(t *testing.T) {
	ix := mustIndex(t)
	tests := []struct {
		name, q string
		gap     string // "" = answered, with want among the first three offers
		want    string
	}{
		// Cause: everyday words of the story, none a name of the offer, counted as a topic of their own.
		{"partners' quarrel after a story of how they started", "mijn zakenpartner en ik zijn vijf jaar geleden samen een zaak begonnen, maar nu blijkt dat we heel anders denken over de toekomst. hoe lossen we dit conflict op?", "ruzie-met-compagnon", ""},
		{"partners' quarrel in English after a story", "my business partner and I started a bakery two years ago full of plans, but lately we only argue. how do we handle this dispute with my business partner?", "ruzie-met-compagnon", ""},
		{"selling price after a story of what is made", "ik maak sinds kort kaarsen en verkoop ze op markten. ik vind het lastig: hoe bepaal ik de verkoopprijs van mijn kaarsen?", "verkoopprijs-berekenen", ""},
		// Cause: words of an offer far apart in the question counted as a topic said together ("shop" ... "new").
		{"copied text after a story of a rival's shop", "a rival shop opened last month and it turns out the text on their new site is a copy of our website. what can we do about that?", "auteursrecht-en-beeldrecht", ""},
		// Cause: the words that say who asks (sector, size) counted as a topic of their own.
		{"partners' money quarrel after saying the business", "we opened our cafe together in 2021 but my co-founder keeps taking money from the business account without telling me. what can I do about this dispute with my business partner?", "ruzie-met-compagnon", ""},
		// A second topic, named by the offer's own words said together, is answered; the asker's own business
		// stands with the offer's word ("mijn salon verduurzamen": the SVM matched only "verduurzamen").
		{"quarrel and a trade name to register", "mijn compagnon en ik hebben ruzie, en daarnaast wil ik onze merknaam laten registreren", "", "merk-registreren"},
		{"making the salon sustainable and a quarrel", "als kapper wil ik mijn salon verduurzamen, maar mijn compagnon en ik hebben ruzie over de kosten", "", "svm"},
		{"a copied photo and making the building sustainable", "we kopieerden per ongeluk een foto, maar eigenlijk willen we ons bedrijfspand verduurzamen met zonnepanelen", "", "isde"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustSearch(t, ix, tt.q)
			if tt.gap != "" {
				if !res.NoMatch || len(res.Answers) == 0 || res.Answers[0] != tt.gap {
					t.Errorf("no_match %v, offers %v, answers %v; want no_match with the gap %s", res.NoMatch, ids(res), res.Answers, tt.gap)
				}
				return
			}
			if res.NoMatch || slices.ContainsFunc(res.Answers, ix.isGap) || !slices.Contains(ids(res)[:min(3, len(res.Results))], tt.want) {
				t.Errorf("no_match %v, offers %v, answers %v; want %s among the first three offers", res.NoMatch, ids(res), res.Answers, tt.want)
			}
		})
	}
}
