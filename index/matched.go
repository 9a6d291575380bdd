package index

import (
	"slices"
	"strings"
)

// termSource is the question word (or phrase) a search term came from, and its position in the question.
type termSource struct {
	term string
	at   int // position of the (first) word; -1: a word not worth naming
	word string
}

// phraseSource is the source of the terms a synonym phrase brings: the phrase's words at the positions.
func phraseSource(ws []string, at []int) termSource {
	parts := make([]string, len(at))
	for i, p := range at {
		parts[i] = ws[p]
	}
	return termSource{at: at[0], word: strings.Join(parts, " ")}
}

// addSource notes that term t came from src; the first source of a term wins.
func (u *understanding) addSource(src termSource, t string) {
	if src.at < 0 || slices.ContainsFunc(u.sources, func(s termSource) bool { return s.term == t }) {
		return
	}
	src.term = t
	u.sources = append(u.sources, src)
}

// matched returns the question words whose terms the offer contains, in the question's order, each once.
func (ix *Index) matched(u *understanding, id string) []string {
	pos, ok := ix.offerPos[id]
	if !ok {
		return nil
	}
	var hits []termSource
	for _, s := range u.sources {
		if _, found := slices.BinarySearch(ix.termOffers[s.term], pos); !found {
			continue
		}
		if !slices.ContainsFunc(hits, func(h termSource) bool { return h.word == s.word }) {
			hits = append(hits, s)
		}
	}
	slices.SortStableFunc(hits, func(a, b termSource) int { return a.at - b.at })
	return dropOverlaps(hits)
}

// dropOverlaps names each question word once: a phrase ("klant betaalt") whose words are all named on their own
// is dropped, and a word inside a phrase that stays is not named again.
func dropOverlaps(hits []termSource) []string {
	single := map[string]bool{}
	for _, h := range hits {
		if !strings.Contains(h.word, " ") {
			single[h.word] = true
		}
	}
	inPhrase := map[string]bool{}
	keep := make([]bool, len(hits))
	for i, h := range hits {
		ws := strings.Fields(h.word)
		if len(ws) < 2 {
			continue
		}
		for _, w := range ws {
			if !single[w] {
				keep[i] = true
			}
		}
		if keep[i] {
			for _, w := range ws {
				inPhrase[w] = true
			}
		}
	}
	out := make([]string, 0, len(hits))
	for i, h := range hits {
		if keep[i] || !strings.Contains(h.word, " ") && !inPhrase[h.word] {
			out = append(out, h.word)
		}
	}
	return out
}

// wordAt is the place of the first word of a matched word (as Result.Matched names it) in the searched text, or -1.
func (u *understanding) wordAt(w string) int {
	for _, s := range u.sources {
		if s.word == w && s.at >= 0 {
			return s.at
		}
	}
	return -1
}
