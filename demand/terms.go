package demand

import (
	"slices"
	"strings"
	"unicode"

	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/demand/scrub"
)

// Term is a content word of a question: its stem, for comparing, and the word as it was written, for showing.
type Term struct {
	Stem string
	Word string
}

// Terms returns the content words of a scrubbed question, without placeholders, stopwords, question words and
// numbers, each once, in order of appearance. Two rephrasings of one need share most of their stems:
// "subsidie voor elektrische bestelbussen" and "elektrische bestelbus subsidie?" have the same.
func Terms(text string) []Term {
	for _, p := range scrub.Placeholders() {
		text = strings.ReplaceAll(text, p, " ")
	}
	text = content.Fold(strings.ToLower(text))
	var out []Term
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) < 3 || stopwords[w] || isNumber(w) {
			continue
		}
		s := stem(w)
		if stopwords[s] || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, Term{Stem: s, Word: w})
	}
	return out
}

// Stems returns the sorted stems of a text's terms.
func Stems(text string) []string {
	var out []string
	for _, t := range Terms(text) {
		out = append(out, t.Stem)
	}
	slices.Sort(out)
	return out
}

// stem is a light Dutch stemmer: it strips plural and diminutive endings and undoubles letters, so that
// bestelbus and bestelbussen, paneel and panelen, subsidie and subsidies meet. It is for grouping, not for
// showing, and leaves a word alone when what would remain is short.
func stem(w string) string {
	strip := func(suf string, keep int) bool {
		if strings.HasSuffix(w, suf) && len(w)-len(suf)+keep >= 4 {
			w = w[:len(w)-len(suf)+keep]
			return true
		}
		return false
	}
	_ = strip("etjes", 0) || strip("tjes", 0) || strip("jes", 0) || strip("tje", 0) || strip("je", 0) ||
		strip("ies", 2) || strip("ers", 2) || strip("els", 2) || strip("ems", 2) || strip("en", 0)
	strip("e", 0)
	var b strings.Builder
	var prev rune
	for _, r := range w {
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// stopwords are Dutch and English function words plus the words every question has ("hoe", "wil", "kan",
// "help"): they say nothing about the need.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		aan al alle alles als altijd ander andere anders ben bij bijvoorbeeld binnen boven daar daarom dan dat de deze
		die dit doe doen door dus een eens eigen en er ergens even geen gehad geweest had heb hebben heeft hem het hier
		hij hoe hun iemand iets ik in is ja je jij jou jouw kan kun kunnen kunt maar me meer men met mij mijn moet
		moeten na naar nee niet niets nog nu of om omdat onder ons onze ook op over per uit van veel voor want waren
		was wat we wel welk welke wie wij wil willen wilt word worden wordt zal ze zelf zich zij zijn zo zonder zou
		zouden graag mogelijk iemand hallo hoi goedemorgen goedemiddag dag bedankt dank groet groeten vraag vragen
		vraagje help helpen hulp zoek zoeken zoekt vind vinden weet weten krijg krijgen kom komen gaat gaan moet
		nodig regelen regel goed goede beste snel waar wanneer waarom welke hoeveel kost kosten mag mogen terecht
		info informatie bedrijf onderneming zaak ondernemer ondernemers mkb nederland eigenlijk precies even
		the and for with what how can could would should does do you your our we my have has are was were this that
		there where which who want need help please thanks about from into any some get find company business
		mail telefoon telefoonnummer nummer adres bel bellen laat laten oud oude nieuw nieuwe maak maken zit zitten let letten eerste tweede
		moeten kunnen doen gedaan staat staan hebben heb hoort horen
	`) {
		m[w] = true
	}
	return m
}()

// generic are policy words many different needs share ("subsidie voor een bestelbus", "subsidie voor
// zonnepanelen"): they weigh little when wordings are compared.
var generic = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`subsidie subsidies regeling regelingen geld financiering lening lenen advies
		adviseur regels wet wetten aanvragen aanvraag belasting ondersteuning mogelijkheden tips kosten betalen
		vergoeding korting grant funding loan rules`) {
		m[stem(w)] = true
	}
	return m
}()

func weight(stem string) float64 {
	if generic[stem] {
		return 0.3
	}
	return 1
}

// dice returns the weighted Dice similarity of two sorted stem lists: twice the weight they share over their
// total weight.
func dice(a, b []string) float64 {
	var shared, total float64
	for _, s := range a {
		total += weight(s)
	}
	for _, s := range b {
		total += weight(s)
	}
	if total == 0 {
		return 0
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch strings.Compare(a[i], b[j]) {
		case 0:
			shared += 2 * weight(a[i])
			i++
			j++
		case -1:
			i++
		default:
			j++
		}
	}
	return shared / total
}
