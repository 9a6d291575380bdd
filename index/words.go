package index

import (
	"math"
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// The analysis of single words: their stems, whether the catalogue knows them, how much they say, and their
// parts and base forms.

// stem returns the analysed form of one word, or the word itself when the analyzer drops it (a stopword).
func (ix *Index) stem(w string) string {
	if ts := ix.analyze(w); len(ts) > 0 {
		return ts[0]
	}
	return w
}

// isSalient reports whether a word names what some offer is: it occurs in a title, alias or keyword.
func (ix *Index) isSalient(w string) bool {
	for _, t := range ix.analyze(w) {
		if ix.salient[t] && !ix.broad[t] {
			return true
		}
	}
	return false
}

// known reports whether the catalogue knows the word as it is.
func (ix *Index) known(w string) bool {
	if ix.surface[w] > 0 || ix.qsurface[w] {
		return true
	}
	for _, t := range ix.analyze(w) {
		if ix.vocab[t] > 0 || ix.qdf[t] > 0 {
			return true
		}
	}
	return false
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

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}

// isNumber reports whether a word is a number, in digits or in words ("drie maanden", "two years"): how many or
// how long says nothing about what is asked, and "drie" found the SLIM-regeling and Mijn Digitale Zaak, whose
// texts count something in threes.
func isNumber(w string) bool {
	if understand.IsNumberWord(w) {
		return true
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// compoundCredit is how much a split compound counts towards coverage: fully when every part is known,
// half when only its head is ("schoonmoeder" is not about "schoon").
func (ix *Index) compoundCredit(w string) float64 {
	for _, p := range ix.decompound(w) {
		if ix.surface[p] == 0 {
			return creditHeadOnly
		}
	}
	return 1
}

// baseForm returns the base of a Dutch comparative or superlative ("duurzamer" -> "duurzam", whose stem is
// that of "duurzaam") when that base names a theme or an offer and the word itself does not; else w. A word a
// synonym phrase starts with is a word of its own: the caller skips English messages, but a message of one or
// two words has no language yet, and "customer" or "charger" is no comparative of "custom" or "charg".
func (ix *Index) baseForm(w string) string {
	if _, ok := ix.themes[ix.stem(w)]; ok || ix.isSalient(w) || len(w) < 7 {
		return w
	}
	if len(ix.synByFirst[ix.stem(w)]) > 0 {
		return w
	}
	for _, suffix := range []string{"ere", "er", "ste", "st"} {
		base, ok := strings.CutSuffix(w, suffix)
		if !ok || len(base) < 4 {
			continue
		}
		if _, ok := ix.themes[ix.stem(base)]; ok || ix.isSalient(base) {
			return base
		}
	}
	return w
}
