package understand

import (
	"slices"
	"strings"
)

// Words that show a business in a message: the words are in lexicon_business.go.

var (
	businessContext  = set(nlBusinessContext + " " + enBusinessContext)
	businessPrefixes = slices.Concat(nlBusinessPrefixes, enBusinessPrefixes)
	compoundOnly     = set(nlCompoundOnlyPrefixes)
	sellerWords      = set(nlSellerWords + " " + enSellerWords)
	consumerGroups   = set(nlConsumerGroups + " " + enConsumerGroups)
	articles         = set(nlArticles + " " + enArticles)
)

// IsBusinessContext reports whether w (lower case, in the search's spelling) is a word of doing business that a
// private person's question rarely has: a word such as "vacature", "export", "pand", "vergunning" or "funding", or a
// word that begins or ends as one ("bedrijfspand", "zakelijke", "transportbedrijf", "winkelpand").
func IsBusinessContext(w string) bool {
	if businessContext[w] {
		return true
	}
	for _, p := range businessPrefixes {
		if len(w) > len(p) && strings.HasPrefix(w, p) || w == p && !compoundOnly[p] {
			return true
		}
	}
	return slices.ContainsFunc(nlBusinessSuffixes, func(s string) bool { return strings.HasSuffix(w, s) })
}

// IsSellerWord reports whether w (lower case) says, after "als" or "a", that the asker sells ("verkoper",
// "seller").
func IsSellerWord(w string) bool { return sellerWords[w] }

// IsConsumerGroup reports whether w (lower case) names consumers as a group, to whom a business sells
// ("particulieren", "consumers").
func IsConsumerGroup(w string) bool { return consumerGroups[w] }

// IsArticle reports whether w (lower case) is an article or a demonstrative ("een", "de", "die", "the", "this").
func IsArticle(w string) bool { return articles[w] }
