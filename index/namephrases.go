package index

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// Names of several words. An alias or keyword of two or more words ("innovation loan", "start-up permit", "phishing
// training") names an offer as a whole: its words together say what the offer is, where one of them alone ("loan",
// "training") is true of many offers. Indexed word by word, "a loan for my café" found the Innovatiekrediet by its
// "innovation loan" at the full weight of a name, and a training for mechanics Alert Online. So a word of such a name that
// is not specific counts in the offer's names at weakName of its weight (the text match, weakNames), unless the
// question has the whole name: its words close together (namePhrasesIn), after the same analysis ("permits",
// "innovation loans"), or names the offer by a specific word of its names. A word is specific when it names the offer
// alone (a word of its title, Dutch or English, a name of one word) or is in the names of few offers ("phishing",
// "katalysatorfonds"): the EIA's "energy investment allowance" keeps "energy" whole, as its English title has it.
// Only the asker's own words weigh less (buildQuery): a generic word ("grant", "subsidie") or a word a synonym means
// (an English question's Dutch words, "online" for "webshop") already weighs less in the query, and halving it again
// lost the EIA for "a grant for energy advice" and made "why is everything about grants so complicated" no match.
// So "a loan for my café" still gets the Innovatiekrediet first, by the "lening" and "krediet" that "loan" means.

// phraseRef is a stem of a name of several words: the name, and which of its stems.
type phraseRef struct {
	phrase int32
	at     int
}

// namePhrase is a name of several words, as the search matches it.
type namePhrase struct {
	stems  []string // the stems of its words that count, each once, in the order written
	terms  []string // the analysed terms of its words
	offers []int32  // the offers that have it as a name, in order
	// negated: the name says that something is not so ("btw niet kunnen betalen", "klant betaalt niet", "geen
	// onderpand"). Its negation is a stopword and does not count as one of its words, so without this "btw betalen"
	// held the payment arrangement's "btw niet kunnen betalen" whole, and "hoe betaal ik btw" found the arrangement
	// before the VAT basics. Such a name is held whole only by a question that negates too (negates).
	negated bool
}

// nameNegations are the words that make a name say that something is not so (namePhrase.negated), and a question
// hold such a name (negates). "no" is not one: it starts names ("no-riskpolis").
var nameNegations = setOf(`niet geen zonder nooit niets niks not without cannot cant never unable`)

// negates reports whether a question's words say that something is not so: a word of nameNegations, or English "n't"
// ("can't", "doesn't"), which words splits into the verb and "t".
func negates(ws []string) bool {
	for i, w := range ws {
		if nameNegations[w] || w == "t" && i > 0 && strings.HasSuffix(ws[i-1], "n") {
			return true
		}
	}
	return false
}

// nameWord reports whether a word of a name counts in matching it as a phrase: any word but a stopword, so that
// "wage subsidy" needs "wage" and "subsidy"; "subsidy" alone says nothing about what.
func nameWord(w string) bool { return phraseNouns[w] || !stopwords[w] }

// loadNames finds the offers' names of several words (ix.namePhrases, by each stem in ix.phrasesByStem) and, per
// analysed term, the offers in whose names it weighs less (ix.weakNames) and those it names as a specific word of
// their names, in the names of few offers (ix.specificNames). A word of an offer's names that is a word of the
// language (ordinarynames.go) weighs less there, and names it only when the question holds the name; loadNames
// returns those terms per offer (nil: none).
func (ix *Index) loadNames() []map[string]bool {
	ordinary := ix.loadOrdinaryNames()
	isOrdinary := func(i int, t string) bool { return ordinary != nil && ordinary[i][t] }
	plain := map[string]bool{} // terms in some offer's names other than as a word of the language
	type name struct {
		words   []string
		stems   []string // of its words that count, each once: two or more make a phrase
		phrase  int32    // its place in ix.namePhrases, once its terms are there; -1 before
		negated bool     // it says that something is not so (namePhrase.negated)
	}
	// A large catalogue repeats its names (and titles): each distinct text is read once.
	parsed := map[string]*name{}
	parse := func(text string) *name {
		n, ok := parsed[text]
		if !ok {
			n = &name{words: words(text), phrase: -1}
			n.negated = negates(n.words)
			for _, w := range n.words {
				if st := ix.stem(w); nameWord(w) && !slices.Contains(n.stems, st) {
					n.stems = append(n.stems, st)
				}
			}
			parsed[text] = n
		}
		return n
	}
	offers := ix.cat.Offers
	titles := make([]*name, len(offers))
	perOffer := make([][]*name, len(offers))
	nameDF := map[string]int{} // stem -> the number of offers with it in their names
	in := map[string]bool{}
	for i, o := range offers {
		clear(in)
		titles[i] = parse(o.Title)
		for _, st := range titles[i].stems {
			in[st] = true
		}
		perOffer[i] = make([]*name, 0, len(o.Aliases)+len(o.Keywords))
		for _, text := range slices.Concat(o.Aliases, o.Keywords) {
			n := parse(text)
			perOffer[i] = append(perOffer[i], n)
			for _, st := range n.stems {
				in[st] = true
			}
		}
		for st := range in {
			nameDF[st]++
			if ordinary != nil && !isOrdinary(i, st) {
				plain[st] = true
			}
		}
	}
	for t := range ix.ordinaryNames {
		if !plain[t] {
			ix.ordinaryOnly[t] = true
		}
	}
	byKey := map[string]int32{}
	strong := map[string]bool{}    // terms that name the offer alone
	strongNeg := map[string]bool{} // terms that name it alone for a question that negates (namePhrase.negated)
	var weak []string
	for i := range offers {
		clear(strong)
		weak = weak[:0]
		for _, w := range slices.Concat(titles[i].words, words(offers[i].TitleEN)) { // the English title names it too
			for _, t := range ix.analyze(w) {
				if isOrdinary(i, t) {
					weak = append(weak, t)
				} else {
					strong[t] = true
				}
			}
		}
		clear(strongNeg)
		for _, n := range perOffer[i] {
			for _, w := range n.words {
				switch {
				case n.negated && nameDF[ix.stem(w)] <= specificNameDF:
					// A specific word of a name that negates names the offer only for a question that negates
					// too; for any other it weighs as a word of a longer name.
					for _, t := range ix.analyze(w) {
						strongNeg[t] = true
					}
					weak = append(weak, ix.analyze(w)...)
				case len(n.stems) < 2 || nameDF[ix.stem(w)] <= specificNameDF:
					for _, t := range ix.analyze(w) {
						if isOrdinary(i, t) {
							weak = append(weak, t)
						} else {
							strong[t] = true
						}
					}
				default:
					weak = append(weak, ix.analyze(w)...)
				}
			}
		}
		for _, t := range weak {
			if ws := ix.weakNames[t]; !strong[t] && (len(ws) == 0 || ws[len(ws)-1] != int32(i)) {
				ix.weakNames[t] = append(ws, int32(i))
			}
		}
		for t := range strong {
			if ws := ix.specificNames[t]; nameDF[t] > 0 && nameDF[t] <= specificNameDF && (len(ws) == 0 || ws[len(ws)-1] != int32(i)) {
				ix.specificNames[t] = append(ws, int32(i))
			}
		}
		for t := range strongNeg {
			if ws := ix.negatedNames[t]; !strong[t] && nameDF[t] > 0 && (len(ws) == 0 || ws[len(ws)-1] != int32(i)) {
				ix.negatedNames[t] = append(ws, int32(i))
			}
		}
		for _, n := range perOffer[i] {
			if len(n.stems) < 2 {
				continue
			}
			if n.phrase < 0 {
				sorted := slices.Clone(n.stems)
				slices.Sort(sorted)
				key := strings.Join(sorted, " ")
				if n.negated {
					key += " !"
				}
				p, ok := byKey[key]
				if !ok {
					p = int32(len(ix.namePhrases))
					byKey[key] = p
					ix.namePhrases = append(ix.namePhrases, namePhrase{stems: n.stems, negated: n.negated})
					for k, st := range n.stems {
						ix.phrasesByStem[st] = append(ix.phrasesByStem[st], phraseRef{p, k})
					}
				}
				np := &ix.namePhrases[p]
				for _, w := range n.words {
					for _, t := range ix.analyze(w) {
						if !slices.Contains(np.terms, t) {
							np.terms = append(np.terms, t)
						}
					}
				}
				n.phrase = p
			}
			if np := &ix.namePhrases[n.phrase]; len(np.offers) == 0 || np.offers[len(np.offers)-1] != int32(i) {
				np.offers = append(np.offers, int32(i))
			}
		}
	}
	return ordinary
}

// namePhrasesIn returns the names of several words that a question's words hold: each word of the name (its stem)
// within a span of its length plus phraseGap of the question's words that count (no stopwords), in any order ("a
// loan for my innovation project" is the "innovation loan", "mijn btw dit kwartaal niet betalen" is "btw niet
// kunnen betalen"; a name that negates only when the question negates too). stems holds per word the stems it
// stands for: its own, and those a synonym of it means. In English, not across a clause ("my permit ... we will
// start up": splitByClause).
func (ix *Index) namePhrasesIn(lang understand.Lang, ws []string, stems [][]string, negated bool) []int32 {
	var out []int32
	pos := make([]int, 0, len(ws)) // positions of the words that count
	cs := make([][]string, 0, len(ws))
	for i, w := range ws {
		if nameWord(w) {
			pos = append(pos, i)
			cs = append(cs, stems[i])
		}
	}
	// The first four letters of every stem the words stand for: a name none of whose forms start so is not there,
	// which most names found by one of their stems are not (a cheap test before phraseNear).
	var starts []string
	for _, alts := range cs {
		for _, st := range alts {
			if k := formKey(st); !slices.Contains(starts, k) {
				starts = append(starts, k)
			}
		}
	}
	var buf [8]int
	for i, alts := range cs {
		for _, st := range alts {
			for _, ref := range ix.phrasesByStem[st] {
				if ix.namePhrases[ref.phrase].negated && !negated {
					continue
				}
				phrase := ix.namePhrases[ref.phrase].stems
				if slices.ContainsFunc(phrase, func(s string) bool { return !slices.Contains(starts, formKey(s)) }) || slices.Contains(out, ref.phrase) {
					continue
				}
				at, ok := phraseNear(buf[:0], cs, phrase, ref.at, i, len(phrase)-1+phraseGap)
				if !ok {
					continue
				}
				if lang == understand.EN {
					for k := range at {
						at[k] = pos[at[k]]
					}
					if splitByClause(ws, at) {
						continue
					}
				}
				out = append(out, ref.phrase)
			}
		}
	}
	return out
}

// phraseNear finds the stems of a phrase around its k-th stem, at i: each other one at the nearest position within
// span of i (at i too, among the stems a synonym there means), in the same form ("scholing" and "scholen"), and
// reports whether they all are there, within span of each other; it appends their positions to at, in order, each
// once.
func phraseNear(at []int, stems [][]string, phrase []string, k, i, span int) ([]int, bool) {
	at = append(at, i)
	lo, hi := i, i
	for j, s := range phrase {
		if j == k {
			continue
		}
		best := -1
		for d := 0; d <= span && best < 0; d++ {
			switch {
			case hasForm(stems, i-d, s):
				best = i - d
			case hasForm(stems, i+d, s):
				best = i + d
			}
		}
		if best < 0 {
			return nil, false
		}
		if !slices.Contains(at, best) {
			at = append(at, best)
		}
		lo, hi = min(lo, best), max(hi, best)
	}
	if hi-lo > span {
		return nil, false
	}
	slices.Sort(at)
	return at, true
}

// hasForm reports whether the word at j stands for a form of stem s.
func hasForm(stems [][]string, j int, s string) bool {
	if j < 0 || j >= len(stems) {
		return false
	}
	for _, t := range stems[j] {
		if phraseForm(t, s) {
			return true
		}
	}
	return false
}

// formKey is what all forms of a stem start with (phraseForm).
func formKey(s string) string { return s[:min(len(s), 4)] }

// phraseForm reports whether two stems are forms of one word in a name of several words: the same, or one starts
// the other in at least four letters (the stemmer keeps the -ing of "scholing", where "scholen" is "schol").
func phraseForm(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 4 && strings.HasPrefix(b, a)
}

// weakIn returns the offers in whose names term t weighs weakName, for a question that holds the names of several
// words phrases and names the offers named by a specific word of their names: those where t is a word of such a
// name that is not specific, but not those of a name the question holds whole, nor those it names otherwise ("we
// willen zonnepanelen, maar de netbeheerder zegt ..." is about grid congestion, whose "netbeheerder" is specific,
// and so its "zonnepanelen terugleveren" counts). In order of position; nil for none.
func (ix *Index) weakIn(t string, phrases, named []int32) []int32 {
	weak := ix.weakNames[t]
	if len(weak) == 0 {
		return nil
	}
	var whole []int32 // offers with a name that holds t and that the question holds
	for _, p := range phrases {
		if np := &ix.namePhrases[p]; slices.Contains(np.terms, t) {
			whole = append(whole, np.offers...)
		}
	}
	if len(whole) == 0 && len(named) == 0 {
		return weak
	}
	out := make([]int32, 0, len(weak))
	for _, o := range weak {
		if !slices.Contains(whole, o) && !slices.Contains(named, o) {
			out = append(out, o)
		}
	}
	return out
}

// namedBy returns the offers that the question's own words (not the words its synonyms mean) name by a specific
// word of their names; a sector word counts ("de netbeheerder zegt ..."). A specific word of a name that negates
// ("btw niet kunnen betalen") names its offer only when the question negates too. So do the offers whose name the
// question holds by a word of the language (u.held: "ik wil SLIM aanvragen").
func (ix *Index) namedBy(u *understanding) []int32 {
	out := slices.Clone(u.held)
	for _, ts := range []map[string]bool{u.direct, u.askerOf} {
		for t := range ts {
			for _, o := range ix.specificNames[t] {
				if !slices.Contains(out, o) {
					out = append(out, o)
				}
			}
			if !u.negates {
				continue
			}
			for _, o := range ix.negatedNames[t] {
				if !slices.Contains(out, o) {
					out = append(out, o)
				}
			}
		}
	}
	return out
}
