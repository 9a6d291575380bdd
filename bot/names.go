package bot

import (
	"slices"
	"strings"
	"unicode"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// The names people use for offers (titles, short titles in brackets, aliases), found in a message.

// offerNameIndex finds offers by the names people use for them; built once per catalogue.
type offerNameIndex struct {
	byName   map[string][]*wegwijzer.Offer // normalised name -> offers
	first    map[string]bool               // the first words of the names: where a name can start
	maxWords int                           // words in the longest name
	// topics are the keywords of the offers, of one or more words, that say what an offer is about
	// ("zonnepanelen", "solar panels"), without those that name a sector: a sector says who asks ("winkel").
	topics map[string]bool
}

func indexOfferNames(cat *content.Catalogue) offerNameIndex {
	idx := offerNameIndex{byName: map[string][]*wegwijzer.Offer{}, first: map[string]bool{}, topics: map[string]bool{}}
	sectorWords := map[string]bool{}
	for _, s := range cat.Sectors {
		for _, w := range s.Words {
			sectorWords[normalise(w)] = true
		}
	}
	for _, o := range cat.Offers {
		for _, k := range o.Keywords {
			if k := normalise(k); len(k) > 3 && !sectorWords[k] {
				idx.topics[k] = true
			}
		}
	}
	for _, o := range cat.Offers {
		for _, n := range offerNames(o) {
			if len(n) < 3 || slices.Contains(idx.byName[n], o) {
				continue
			}
			if _, place := cat.Geography.Lookup(n); place {
				continue // "Subsidie ... (Deventer)": a place names where the asker is, not an offer
			}
			idx.byName[n] = append(idx.byName[n], o)
			ws := strings.Fields(n)
			idx.first[ws[0]] = true
			idx.maxWords = max(idx.maxWords, len(ws))
		}
	}
	return idx
}

// named are the offers whose title, short title or alias the text holds as whole words, in the order the text
// names them.
func (idx offerNameIndex) named(text string) []*wegwijzer.Offer {
	ws, caps := words(text)
	var out []*wegwijzer.Offer
	for i := range ws {
		for n := 1; idx.first[ws[i]] && n <= idx.maxWords && i+n <= len(ws); n++ {
			for _, o := range idx.offersAt(ws, caps, i, n) {
				if !slices.Contains(out, o) {
					out = append(out, o)
				}
			}
		}
	}
	return out
}

// offersAt are the offers named by the n words at ws[i]. A one-word name spelt like a function word or a number
// ("EEN", the Enterprise Europe Network, and "een"; "ZES" and "zes medewerkers") names its offer only when
// written in capitals.
func (idx offerNameIndex) offersAt(ws []string, caps []bool, i, n int) []*wegwijzer.Offer {
	if n == 1 && !caps[i] && (understand.IsFunctionWord(ws[i]) || isNumberWord(ws[i])) {
		return nil
	}
	return idx.byName[strings.Join(ws[i:i+n], " ")]
}

// isNumberWord reports whether w is a number word understand reads, or one of those the bot writes counts with
// ("nul", "één").
func isNumberWord(w string) bool {
	return understand.IsNumberWord(w) || slices.ContainsFunc(numberWords[:], func(m msg) bool { return m.nl == w || m.en == w })
}

// words are the normalised words of text (as normalise splits them) and, per word, whether it was written in
// capitals (at least two letters).
func words(text string) ([]string, []bool) {
	orig := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	ws := make([]string, len(orig))
	caps := make([]bool, len(orig))
	for i, w := range orig {
		ws[i] = strings.ToLower(w)
		caps[i] = len([]rune(w)) > 1 && w == strings.ToUpper(w) && w != ws[i]
	}
	return ws, caps
}

// withoutNames is the text (normalised) without the offer names it holds, longest name first, so that a Dutch
// title does not make an English question Dutch ("does Tel mee met Taal still exist?"). A text that is only a
// name stays as it is.
func (idx offerNameIndex) withoutNames(text string) string {
	ws, caps := words(text)
	var out []string
	for i := 0; i < len(ws); {
		n := min(idx.maxWords, len(ws)-i)
		if !idx.first[ws[i]] {
			n = 0
		}
		for ; n > 0 && len(idx.offersAt(ws, caps, i, n)) == 0; n-- {
		}
		if n == 0 {
			out = append(out, ws[i])
			n = 1
		}
		i += n
	}
	if len(out) == 0 {
		return text
	}
	return strings.Join(out, " ")
}

// offerNames are the normalised names an offer is known by: its aliases, its title, and the abbreviation in
// brackets at the end of a title ("Energie-investeringsaftrek (EIA)"). Brackets that name the offer's provider say
// who runs it, not what it is called: "No-riskpolis (UWV)" is not named by "kan het UWV helpen", which names an
// organisation behind many offers.
func offerNames(o *wegwijzer.Offer) []string {
	names := []string{normalise(o.Title)}
	if o.TitleEN != "" {
		names = append(names, normalise(o.TitleEN))
	}
	if i := strings.LastIndex(o.Title, "("); i > 0 {
		if tail := normalise(strings.TrimSuffix(o.Title[i+1:], ")")); !namesProvider(tail, o.Provider) {
			names = append(names, tail)
		}
		names = append(names, normalise(o.Title[:i]))
	}
	for _, a := range o.Aliases {
		names = append(names, normalise(a))
	}
	return names
}

// namesProvider reports whether a (normalised) name is, in whole words, part of the offer's provider: "uwv" in
// "UWV", "acm" in "Autoriteit Consument & Markt (ACM)".
func namesProvider(name, provider string) bool {
	return name != "" && strings.Contains(" "+normalise(provider)+" ", " "+name+" ")
}

// normalise lower-cases text and keeps words of letters and digits, separated by one space.
func normalise(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}), " ")
}
