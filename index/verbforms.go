package index

import (
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// shortVerbInfinitive returns the infinitive of a Dutch verb form whose infinitive doubles its last consonant
// ("stop", "stopt": "stoppen"; "bel", "belt": "bellen"), when the catalogue has that infinitive; else w. The stemmer
// keeps the doubled consonant ("stoppen" becomes "stopp") and leaves "stop" as it is, so "ik stop met mijn
// eenmanszaak" missed every text and phrase about "stoppen met je bedrijf" and found "one-stop shop" instead.
//
// The bare stem is read as a verb only next to "ik" ("ik stop", "wanneer stop ik"): alone it is as often a noun
// whose plural doubles too ("bus", "kas", "pot"), and those must keep their own stems. A form in -t ("stopt",
// "belt") is a verb; one in -st is left alone ("kast" is no form of "kassen").
func (ix *Index) shortVerbInfinitive(ws []string, i int) string {
	w := ws[i]
	base, verb := w, false
	if b, ok := strings.CutSuffix(w, "t"); ok && !strings.HasSuffix(b, "s") && shortStem(b) {
		base, verb = b, true
	}
	if !verb {
		verb = shortStem(w) && (i > 0 && understand.IsBareStemSubject(ws[i-1]) || i+1 < len(ws) && understand.IsBareStemSubject(ws[i+1]))
	}
	if !verb {
		return w
	}
	inf := base + base[len(base)-1:] + "en"
	if ix.surface[inf] == 0 || ix.stem(inf) == ix.stem(w) {
		return w
	}
	return inf
}

// shortStem reports whether w is a Dutch verb stem of one syllable with a short vowel before one last consonant,
// whose other forms double that consonant ("stop", "bel", "zet", "leg"): consonants, one vowel, one consonant.
func shortStem(w string) bool {
	n := len(w)
	if n < 3 || n > 6 {
		return false
	}
	last, vowel := w[n-1], w[n-2]
	if !strings.ContainsRune("bdfgklmnprstz", rune(last)) || !strings.ContainsRune("aeiou", rune(vowel)) {
		return false
	}
	for j := 0; j < n-2; j++ {
		if w[j] < 'a' || w[j] > 'z' || strings.ContainsRune("aeiouy", rune(w[j])) {
			return false
		}
	}
	return true
}
