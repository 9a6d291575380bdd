package understand

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer/understand/lexicon"
)

// Where the asker comes from is who asks, not what about: "I moved from Spain to Rotterdam and want to open a
// bakery" asks about a bakery, not about doing business in Spain (country names find international offers).

var (
	originPrepositions = set(enOriginPrepositions + " " + nlOriginPrepositions)
	firstPerson        = set(enFirstPerson + " " + nlFirstPerson)
	originGuards       = set(enOriginGuards + " " + nlOriginGuards)
	originSelf         = set(enOriginSelf + " " + nlOriginSelf)
	countries          = phraseSet(enCountries + " " + nlCountries)
	nationalAdjectives = set(lexicon.NationalAdjectivesEN + " " + lexicon.NationalAdjectivesNL)
	nationalPeople     = set(enNationalPeople + " " + nlNationalPeople)
	personNouns        = set(enPersonNouns + " " + nlPersonNouns)
	nationalSelf       = set(enNationalSelf + " " + nlNationalSelf)
	tradeNouns         = set(enTradeNouns + " " + nlTradeNouns)
	euNationals        = set(nlEUNationals + " " + enEUNationals)
)

// phraseSet is set for lists whose entries of several words are written with "_" ("united_states").
func phraseSet(s string) map[string]bool {
	out := map[string]bool{}
	for w := range set(s) {
		out[strings.ReplaceAll(w, "_", " ")] = true
	}
	return out
}

// clauseEnds end the stretch in which a first-person subject governs an origin phrase.
const clauseEnds = ",.;:!?"

// withoutOrigin removes the phrases that say where the asker comes from ("I'm from Germany", "a yoga teacher from
// Brazil", "I fled Ukraine", "ik kom uit Polen") and "expat" said of oneself. A place after a trade or hiring word
// stays ("we import from China", "hire engineers from India"), as does a place without a first-person subject
// before it in the clause ("customers from Germany").
func withoutOrigin(s string) string {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return s
	}
	bs := make([]string, len(ws))
	for i, w := range ws {
		bs[i] = bare(w)
	}
	drop := make([]bool, len(ws))
	self, guarded := false, false
	for i := 0; i < len(ws); i++ {
		w := bs[i]
		switch {
		case firstPerson[w]:
			self = true
		case originGuards[w]:
			guarded = true
		case self && !guarded && originSelf[w]:
			drop[i] = true
		case self && !guarded && originPrepositions[w] && i+1 < len(ws):
			if n := countryAt(bs, i+1); n > 0 {
				for k := i; k <= i+n; k++ {
					drop[k] = true
				}
				i += n
			}
		}
		if strings.ContainsAny(ws[i][len(ws[i])-1:], clauseEnds) {
			self, guarded = false, false
		}
	}
	if !slices.Contains(drop, true) {
		return s
	}
	out := ws[:0:0]
	for i, w := range ws {
		if !drop[i] {
			out = append(out, w)
		} else if strings.ContainsAny(w[len(w)-1:], clauseEnds) && len(out) > 0 && !strings.ContainsAny(out[len(out)-1][len(out[len(out)-1])-1:], clauseEnds) {
			// "I'm from Spain, and ...": keep the clause end the dropped words carried.
			out[len(out)-1] += w[len(w)-1:]
		}
	}
	return strings.Join(out, " ")
}

// countryAt returns how many words from bs[i] name a country ("spain", "the us", "united states"), or 0. The
// words are bare (lower case, without punctuation around them).
func countryAt(bs []string, i int) int {
	var buf [64]byte
	for n := 3; n >= 1; n-- {
		if i+n > len(bs) {
			continue
		}
		key := buf[:0]
		for k := range n {
			if k > 0 {
				key = append(key, ' ')
			}
			key = append(key, bs[i+k]...)
		}
		if countries[string(key)] {
			return n
		}
	}
	return 0
}

// bare is a word in lower case without the punctuation around it.
func bare(w string) string {
	return strings.ToLower(strings.Trim(strings.ReplaceAll(w, "’", "'"), clauseEnds+`"'()`))
}

// abroadWords say that someone comes, or is hired, from across the border, or is here on a permit to stay: the
// offers for people from outside the EU (a residence permit, the knowledge-migrant scheme) fit only a message that
// says so. A bare "permit" or "vergunning" is a permit to build or to open a business.
var (
	abroadWords = set(`buitenland buitenlands buitenlandse buitenlander buitenlanders abroad foreign foreigner foreigners
visa visum visums verblijf verblijfsvergunning verblijfsvergunningen residence immigratie immigration immigrant
immigrants migrant migrants migranten kennismigrant kennismigranten expat expats nationaliteit nationality
non-eu niet-eu werkvergunning werkvergunningen tewerkstellingsvergunning twv gvva relocate relocating relocation
emigrate emigrating immigrate immigrating eea`)
	abroadPhrases = []string{"buiten de eu", "buiten europa", "outside the eu", "outside europe", "outside of the eu",
		"not from the eu", "not an eu", "niet uit de eu", "geen eu-burger", "non eu",
		"to the netherlands", "naar nederland", "highly skilled", "work permit", "start-up visa", "startup visa"}
)

// NamesAbroad reports whether a message says that someone comes from abroad or needs a permit to stay or work here:
// a country, a word such as "buitenlandse", "visa" or "expat", a phrase such as "buiten de EU", or the nationality
// of a person from outside the EU ("my Indian chef", "een Syrische vluchteling", "I'm American").
func NamesAbroad(text string) bool { return ReadWords(text).NamesAbroad() }

// NamesAbroad is NamesAbroad of the text read.
func (r *Words) NamesAbroad() bool {
	for i, w := range r.Bare {
		if abroadWords[w] || nationalPeople[w] || countryAt(r.Bare, i) > 0 || r.nationalOfPerson(i) {
			return true
		}
	}
	return slices.ContainsFunc(abroadPhrases, func(p string) bool { return strings.Contains(r.Lower, p) })
}

// nationalOfPerson reports whether word i is the nationality of a country outside the EU said of a person: a
// person noun follows it, at most one word later and in the same clause ("a Turkish software engineer"), or a verb
// of being comes before it ("I'm American", "mijn vrouw is Syrisch"). "An Indian restaurant" and "Chinese food"
// are a trade, not where someone comes from.
func (r *Words) nationalOfPerson(i int) bool {
	ws, bs := r.Fields, r.Bare
	if !nationalAdjectives[bs[i]] {
		return false
	}
	if i > 0 && nationalSelf[bs[i-1]] && !endsClause(ws[i-1]) {
		return true
	}
	for k := i; k < len(ws)-1 && k <= i+1; k++ {
		if endsClause(ws[k]) {
			return false
		}
		if k > i && tradeNouns[bs[k]] {
			return false // "an Indian restaurant's staff"
		}
		if personNouns[bs[k+1]] {
			return true
		}
	}
	return false
}

// endsClause reports whether the word ends a clause ("Spain," "here.").
func endsClause(w string) bool { return w != "" && strings.ContainsAny(w[len(w)-1:], clauseEnds) }

// NamesEUNational reports whether the words (lower case, in the search's spelling: "belgie") name a country of the
// EU, the EEA or Switzerland or its people ("duitse", "polen", "polish"): their citizens need no permit to stay or
// work here.
func NamesEUNational(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return euNationals[w] })
}
