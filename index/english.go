package index

import (
	"slices"
	"strings"
)

// The catalogue is analysed with the Dutch stemmer, also its English titles, pitches and example questions. That
// stemmer does not join the forms of an English word: "employee" stays "employee" and "employees" becomes
// "employes", "company" and "companies", "invoice" and "invoicing", "register" and "registered" are different
// terms. So an English question that says "employee" missed the offers and examples that say "employees". In an
// English message each content word also searches the other forms of it that the catalogue has.

// englishForms returns the other inflected forms of the English word w (plural and singular; the base form of an
// -ing or -ed form, and the -ed form of a base), as candidates: the caller keeps those the catalogue knows. Short words and words with a digit or a
// hyphen have none: "bv" is no plural of "b", nor "is" of "i".
func englishForms(w string) []string {
	if len(w) < 4 || strings.ContainsAny(w, "0123456789-'.") {
		return nil
	}
	var out []string
	add := func(f string) {
		if len(f) >= 3 && f != w {
			out = append(out, f)
		}
	}
	switch {
	case strings.HasSuffix(w, "ies"): // companies
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		add(w[:len(w)-2]) // businesses, taxes
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		add(w + "es") // business, bonus; analysis has no regular plural worth trying
	case strings.HasSuffix(w, "s"):
		add(w[:len(w)-1]) // employees, invoices
	case strings.HasSuffix(w, "ing"):
		base := w[:len(w)-3]
		add(base)       // training -> train
		add(base + "e") // invoicing -> invoice
		if n := len(base); n >= 2 && base[n-1] == base[n-2] {
			add(base[:n-1]) // shipping -> ship
		}
		add(base + "ed")
	case strings.HasSuffix(w, "ied"):
		add(w[:len(w)-3] + "y") // applied -> apply
	case strings.HasSuffix(w, "ed"):
		base := w[:len(w)-2]
		add(base)       // registered -> register
		add(base + "e") // refused -> refuse (w[:len(w)-1])
		if n := len(base); n >= 2 && base[n-1] == base[n-2] {
			add(base[:n-1]) // stopped -> stop
		}
		add(base + "ing")
	case strings.HasSuffix(w, "y") && !isVowel(w[len(w)-2]):
		add(w[:len(w)-1] + "ies") // company -> companies
	default:
		if strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") {
			add(w + "es") // tax -> taxes
		} else {
			add(w + "s") // employee -> employees
		}
		// No -ing form: it is often a noun of its own ("building" is no "build", "funding" no "fund").
		if strings.HasSuffix(w, "e") {
			add(w + "d") // refuse -> refused
		} else {
			add(w + "ed")
		}
	}
	for _, f := range append([]string{w}, out...) {
		for _, sp := range spellingForms(f) {
			if !slices.Contains(out, sp) {
				add(sp)
			}
		}
	}
	return out
}

// spellingEndings are the endings that American and British English spell differently, each pair both ways:
// "labor" and "labour", "organize" and "organise", "center" and "centre", "license" and "licence", "labeling" and
// "labelling". The catalogue writes British English, mostly; many expats write American. Only a form the catalogue
// has is searched (englishVariants), so a pair that makes a nonsense word ("doctour") costs nothing.
var spellingEndings = [][2]string{
	{"or", "our"}, {"ors", "ours"},
	{"ize", "ise"}, {"izes", "ises"}, {"ized", "ised"}, {"izing", "ising"}, {"ization", "isation"}, {"izations", "isations"},
	{"yze", "yse"}, {"yzed", "ysed"}, {"yzing", "ysing"},
	{"ter", "tre"}, {"ters", "tres"},
	{"ense", "ence"}, {"enses", "ences"},
	{"eled", "elled"}, {"eling", "elling"}, {"eler", "eller"}, {"elers", "ellers"},
	{"elry", "ellery"},
	{"gram", "gramme"}, {"grams", "grammes"},
	{"alog", "alogue"}, {"alogs", "alogues"},
}

// spellingForms returns w in the other spelling of English (spellingEndings), if it has one. A stem of fewer than
// three letters keeps its spelling: "for" is no "four", "tour" no "tor".
func spellingForms(w string) []string {
	var out []string
	for _, p := range spellingEndings {
		for _, e := range [][2]string{p, {p[1], p[0]}} {
			if stem, ok := strings.CutSuffix(w, e[0]); ok && len(stem) >= 3 {
				out = append(out, stem+e[1])
			}
		}
	}
	return out
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// englishVariants returns the other forms of w whose terms the catalogue has and w's own do not: what a content
// word of an English question searches besides itself.
func (ix *Index) englishVariants(w string) []string {
	own := map[string]bool{}
	for _, t := range ix.analyze(w) {
		own[t] = true
	}
	var out []string
	for _, f := range englishForms(w) {
		for _, t := range ix.analyze(f) {
			if !own[t] && (ix.vocab[t] > 0 || ix.qdf[t] > 0) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// patternForm returns the term of a variant that answers' patterns have, when they lack t: "non-compete employee"
// is a pattern for the question "non-compete clause for my employees".
func (ix *Index) patternForm(t string, variants []string) string {
	if len(ix.patternsByTerm[t]) > 0 {
		return t
	}
	for _, v := range variants {
		for _, vt := range ix.analyze(v) {
			if len(ix.patternsByTerm[vt]) > 0 {
				return vt
			}
		}
	}
	return t
}

// addVariantTerms searches a variant v of the question word w where the catalogue lacks w's own form: in the
// offers' text when no offer has w's terms, in the example questions when none has them. A form both have adds
// nothing: the word already finds what says it.
func (ix *Index) addVariantTerms(w, v string, boost float64, add func(string, float64) bool) bool {
	inVocab, inQuestions := false, false
	for _, t := range ix.analyze(w) {
		inVocab = inVocab || ix.vocab[t] > 0
		inQuestions = inQuestions || ix.qdf[t] > 0
	}
	if inVocab && inQuestions {
		return false
	}
	found := false
	for _, t := range ix.analyze(v) {
		if !inVocab && ix.vocab[t] > 0 || !inQuestions && ix.qdf[t] > 0 {
			found = true
		}
	}
	if found {
		add(v, boost)
	}
	return found
}

// synonymForms returns, per content word (pos holds their positions in ws, cstems their stems), the stems of the
// word's other English forms that a synonym phrase has: "hiring a foreign employee" has the phrase "foreign
// employees", "registering a company" the phrase "register a company".
func (ix *Index) synonymForms(ws []string, pos []int, cstems []string) [][]string {
	alts := make([][]string, len(cstems))
	for k, st := range cstems {
		for _, f := range englishForms(ws[pos[k]]) {
			if fs := ix.stem(f); fs != st && ix.synStems[fs] && !slices.Contains(alts[k], fs) {
				alts[k] = append(alts[k], fs)
			}
		}
	}
	return alts
}

// synRefs returns the synonym phrases that start with the stem st of the content word at, or with one of its
// other forms (alts, nil outside English messages).
func (ix *Index) synRefs(st string, alts [][]string, at int) []synRef {
	refs := ix.synByFirst[st]
	if alts == nil || len(alts[at]) == 0 {
		return refs
	}
	refs = slices.Clone(refs)
	for _, a := range alts[at] {
		refs = append(refs, ix.synByFirst[a]...)
	}
	return refs
}

// stemsAt reports whether phrase occurs in cstems at position at, each word as it is or in another of its forms.
func stemsAt(cstems []string, alts [][]string, at int, phrase []string) bool {
	if at+len(phrase) > len(cstems) {
		return false
	}
	for k, p := range phrase {
		if cstems[at+k] != p && (alts == nil || !slices.Contains(alts[at+k], p)) {
			return false
		}
	}
	return true
}
