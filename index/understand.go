package index

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// understanding is what the index makes of a question before it searches.
type understanding struct {
	region   string
	sector   string
	themes   []string
	topics   []string
	terms    []weightedTerm  // what to search for
	direct   map[string]bool // analysed terms of the question's own content words (for links and answers)
	coverage float64         // share of the question's information the catalogue knows, 0..1
	specific int             // known content words that are not theme words
}

// Weights of the ways a question word reaches the catalogue.
const (
	boostExact    = 1.0
	boostCorrect  = 0.8
	boostPart     = 0.6
	boostSynonym  = 0.6
	boostGeneric  = 0.3
	boostSector   = 0.3
	creditCorrect = 0.5 // a corrected typo counts half towards coverage: a guess, not a fact
)

func (ix *Index) understand(text string) *understanding {
	u := &understanding{direct: map[string]bool{}}
	ws := words(text)
	used := make([]bool, len(ws)) // words that are a place, a sector or part of a synonym phrase

	if id, s, e := ix.cat.Geography.Find(ws); id != "" {
		u.region = id
		for i := s; i < e; i++ {
			used[i] = true
		}
	}
	terms := map[string]float64{}
	addTerms := func(text string, boost float64) bool {
		found := false
		for _, t := range ix.analyze(text) {
			if ix.vocab[t] > 0 {
				terms[t] = max(terms[t], boost)
				found = true
			}
		}
		return found
	}
	addTheme := func(theme string) {
		if theme != "" && !slices.Contains(u.themes, theme) {
			u.themes = append(u.themes, theme)
		}
	}
	addTopic := func(key string) {
		if tp := ix.topics[key]; tp != "" && !slices.Contains(u.topics, tp) {
			u.topics = append(u.topics, tp)
		}
	}
	covered := make([]float64, len(ws)) // 0..1 per word

	// Phrases first: synonyms, sectors and themes may span several words ("geld lenen", "zwaar weer").
	for _, syn := range ix.synonyms {
		for _, phrase := range syn.words {
			for _, at := range phraseAt(ws, phrase) {
				for _, m := range syn.means {
					if addTerms(m, boostSynonym) {
						for i := at; i < at+len(phrase); i++ {
							covered[i] = 1
						}
					}
					addTheme(ix.themes[m])
				}
			}
		}
	}
	for i, w := range ws {
		if used[i] {
			continue
		}
		if id, ok := ix.sectors[w]; ok {
			if u.sector == "" {
				u.sector = id
			}
			used[i] = true
			addTerms(w, boostSector)
			continue
		}
		if i+1 < len(ws) {
			if id, ok := ix.sectors[w+" "+ws[i+1]]; ok && u.sector == "" {
				u.sector = id
				used[i], used[i+1] = true, true
				continue
			}
		}
		if th, ok := ix.themes[w]; ok {
			addTheme(th)
			addTopic(w)
			covered[i] = max(covered[i], 1)
		} else if i+1 < len(ws) {
			if th, ok := ix.themes[w+" "+ws[i+1]]; ok {
				addTheme(th)
				addTopic(w + " " + ws[i+1])
				covered[i], covered[i+1] = 1, 1
			}
		}
	}

	// Then each content word on its own: exact, corrected, or split into known parts.
	var weight, known float64
	for i, w := range ws {
		if used[i] || stopwords[w] {
			continue
		}
		if generic[w] {
			addTerms(w, boostGeneric)
			continue
		}
		for _, t := range ix.analyze(w) {
			u.direct[t] = true
		}
		info := ix.informativeness(w)
		weight += info
		switch {
		case addTerms(w, boostExact):
			covered[i] = 1
		case ix.decompoundInto(w, addTerms):
			covered[i] = max(covered[i], 1)
		default:
			if c := ix.correct(w); c != "" && addTerms(c, boostCorrect) {
				covered[i] = max(covered[i], creditCorrect)
				for _, t := range ix.analyze(c) {
					u.direct[t] = true
				}
			}
		}
		if th := ix.themes[w]; th != "" {
			addTheme(th)
		} else if covered[i] > 0 {
			u.specific++
		}
		known += info * covered[i]
	}
	if weight > 0 {
		u.coverage = known / weight
	} else if len(terms) > 0 {
		u.coverage = 1 // only generic words or a sector: on topic, just not specific
	}
	for t, b := range terms {
		u.terms = append(u.terms, weightedTerm{term: t, boost: b})
	}
	slices.SortFunc(u.terms, func(a, b weightedTerm) int { return strings.Compare(a.term, b.term) })
	return u
}

// decompoundInto splits w into known parts and adds their terms; it reports whether any part was known.
func (ix *Index) decompoundInto(w string, add func(string, float64) bool) bool {
	parts := ix.decompound(w)
	if len(parts) < 2 {
		return false
	}
	found := false
	for _, p := range parts {
		if add(p, boostPart) {
			found = true
		}
	}
	return found
}

// informativeness weighs a word by how rare it is in the catalogue: a word no offer uses weighs most.
func (ix *Index) informativeness(w string) float64 {
	df := 0
	for _, t := range ix.analyze(w) {
		df = max(df, ix.vocab[t])
	}
	return math.Log(1 + float64(ix.n+1)/float64(df+1))
}

// phraseAt returns the positions where phrase occurs in ws.
func phraseAt(ws, phrase []string) []int {
	var out []int
	for i := 0; i+len(phrase) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(phrase)], phrase) {
			out = append(out, i)
		}
	}
	return out
}

// Explain describes how the index understands a question: for tuning and for `search --explain`.
func (ix *Index) Explain(text string) string {
	u := ix.understand(text)
	var b strings.Builder
	fmt.Fprintf(&b, "region=%q sector=%q themes=%v topics=%v coverage=%.2f specific=%d\n", u.region, u.sector, u.themes, u.topics, u.coverage, u.specific)
	for _, w := range words(text) {
		fmt.Fprintf(&b, "  %-20s stop=%v generic=%v analyzed=%v df=%d info=%.2f parts=%v correct=%q\n", w, stopwords[w], generic[w], ix.analyze(w), ix.vocab[first(ix.analyze(w))], ix.informativeness(w), ix.decompound(w), ix.correct(w))
	}
	for _, t := range u.terms {
		fmt.Fprintf(&b, "  term %s^%.1f\n", t.term, t.boost)
	}
	return b.String()
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}
