package bot

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/wegwijzer/wegwijzer/understand"
)

// What a message says about who asks rather than what about: the legal form, the headcount the business has, the
// size of the business, the place the asker lives. The reading leaves these words out of the search text.

// legalFormOf recognises the legal-form class a message names (understand.LegalForm): "ik heb een eenmanszaak"
// (ib), "mijn bv" or "een besloten vennootschap" (rechtspersoon); "" when it names none, or both.
func legalFormOf(text string) string { return understand.LegalForm(text) }

// withoutAskerFacts removes the words that say who asks rather than what about: a legal form ("bv" would
// otherwise find every offer whose text mentions one) and the headcount the business has ("met 6 man personeel"
// is a size, not a question about staff; "ik zoek 6 man personeel" stays). A message that names a legal form of
// both kinds asks which to choose ("eenmanszaak of bv?", "sole proprietorship or a BV?"): those words stay.
func withoutAskerFacts(text string) string {
	lower := strings.ToLower(text)
	// Each expression needs one of its words (a headcount a digit): most questions are not run through them.
	ib, lp := understand.LegalFormsNamed(lower)
	if !ib && !lp && !(strings.ContainsAny(lower, "0123456789") && hasHeadcount.MatchString(lower)) {
		return text
	}
	strip := []*regexp.Regexp{hasHeadcount}
	if (ib || lp) && !understand.ChoosesLegalForm(lower) {
		strip = append(strip, understand.LegalFormExpressions()...)
	}
	for _, re := range strip {
		lower = replaceUnlessGoverned(re, lower)
	}
	return strings.Join(strings.Fields(lower), " ")
}

// replaceUnlessGoverned blanks the matches of re in text, except a match that follows a preposition: "salary from
// my bv", "geld uit mijn bv halen", "een pand in mijn bv" are about the company, what the question asks about,
// where "ik heb een bv" only says who asks.
func replaceUnlessGoverned(re *regexp.Regexp, text string) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringIndex(text, -1) {
		before := strings.Fields(text[:m[0]+1])
		if len(before) > 0 && understand.IsObjectPreposition(strings.Trim(before[len(before)-1], ",.;:!?")) {
			continue
		}
		if re == hasHeadcount && wantedStaff(text, m[0], m[1]) {
			continue // "wij hebben 4 koks nodig": the staff sought, what the question is about
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(" ")
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// withoutPlaceVerbs leaves out the words that say where the asker is ("ik woon in Brabant", "we zitten in
// Zwolle", "we're based in Utrecht"): they name no topic, and "woon" alone would find home-to-work travel.
func withoutPlaceVerbs(text string) string {
	ws := strings.Fields(text)
	out := ws[:0:0]
	for _, w := range ws {
		if !understand.IsPlaceVerb(strings.ToLower(w)) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// hasHeadcount is the staff a business has: "we hebben 12 medewerkers", "met 6 man personeel", "with 40 staff".
var hasHeadcount = regexp.MustCompile(`\b(?:met|hebben|heb|heeft|hebt|zijn|with|have|has|employ|employing)\s+(?:ongeveer\s+|zo'n\s+|about\s+|around\s+)?\d+\s*(?:` + headcountNouns + `)(?:\s+personeel|\s+in dienst)?\b`)

var headcount = regexp.MustCompile(`(\d+)\s*(` + headcountNouns + `)\b`)

// wantedStaff reports whether the headcount text[start:end] ("3 monteurs") counts the people the asker wants rather
// than has: a word of wanting before the number in the same clause ("ik zoek 3 monteurs", "we need 2 chefs"), or
// right after the people ("wij hebben 4 koks nodig", "3 monteurs gezocht"). "ik heb een garage met 3 monteurs" and
// "with 8 drivers" are the company's size; a having word before the number ends the look back ("ik heb 3 koks").
func wantedStaff(text string, start, end int) bool {
	before := strings.Fields(text[:start])
	for k := len(before) - 1; k >= max(0, len(before)-4); k-- {
		w := strings.Trim(before[k], ",.;:!?")
		if understand.IsStaffWant(w) {
			return true
		}
		if w != before[k] || understand.IsClauseBound(w) || understand.IsStaffHave(w) {
			break
		}
	}
	after := strings.Fields(text[end:])
	for k := 0; k < min(len(after), 3); k++ {
		w := strings.Trim(after[k], ",.;:!?")
		if understand.IsStaffWant(w) {
			return true
		}
		if w != after[k] || understand.IsClauseBound(w) {
			break
		}
	}
	return false
}

// groupOfPeople finds "met z'n vijven", "met zijn tweeën", "met ons vieren", "we zijn met 5".
var groupOfPeople = regexp.MustCompile(`\bmet (?:z'n|zn|zijn|ons|onze) (\pL+|\d+)\b|\bzijn (?:we |wij )?met (\d+)\b`)

// headcountNouns is the alternation of the words that count people ("medewerkers", "monteurs", "drivers").
var headcountNouns = strings.Join(understand.HeadcountNouns(), "|")

// sizeOf recognises a company size class in text: "zzp", "eenmanszaak zonder personeel", "12 medewerkers", or a
// bare number given as the answer to the size question.
func sizeOf(text string) string {
	text = strings.ToLower(text)
	if class := understand.SizeAlone(strings.Trim(text, " .!?")); class != "" {
		return class // "klein" as a whole message; inside a question it is no size ("een kleine verbouwing")
	}
	for _, m := range headcount.FindAllStringSubmatchIndex(text, -1) {
		if !wantedStaff(text, m[0], m[1]) {
			return sizeClass(text[m[2]:m[3]])
		}
	}
	if m := groupOfPeople.FindStringSubmatch(text); m != nil {
		// "we zijn met z'n vijven", "met ons vieren", "we zijn met 5": as many people as the word counts.
		count := m[1] + m[2]
		if n := understand.GroupCount(count); n > 0 {
			count = strconv.Itoa(n)
		}
		if class := sizeClass(count); class != "" {
			return class
		} // "met zijn broer", "met ons team": no count; a one-person word may still say the size
	}
	if n := strings.TrimSpace(text); n != "" && strings.Trim(n, "0123456789") == "" {
		return sizeClass(n)
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if understand.IsOnePersonWord(w) {
			return "zzp"
		}
	}
	return ""
}

// withoutAskerFillers leaves out of text the words around a fact about the asker ("we work in", "wij hebben").
func withoutAskerFillers(text string) string {
	ws := strings.Fields(text)
	kept := ws[:0]
	for _, w := range ws {
		if !understand.IsAskerFiller(strings.Trim(strings.ToLower(w), ",.;:!?")) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// withoutOnePerson leaves out of text the words that say the asker works alone ("ik ben zzp'er"): in a message
// that says who asks, they are the size, not something to search (searched, "zzp" found the offers for the
// self-employed as a new question).
func withoutOnePerson(text string) string {
	ws := strings.Fields(text)
	kept := ws[:0]
	for _, w := range ws {
		if !understand.IsOnePersonWord(strings.Trim(strings.ToLower(w), ",.;:!?")) {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

func sizeClass(count string) string {
	n, err := strconv.Atoi(count)
	switch {
	case err != nil || n < 1:
		return ""
	case n == 1:
		return "zzp"
	case n < 10:
		return "micro"
	case n < 50:
		return "klein"
	case n < 250:
		return "middelgroot"
	}
	return "groot"
}

// withoutSizeOfBusiness leaves out a size adjective before the asker's business or its sector ("ik heb een kleine
// bakkerij in Breda", "I own a small bakery"): it says who asks, and searched it found the curated texts on terms
// and conditions ("kleine lettertjes") and on the small-business VAT scheme.
func (t *turnState) withoutSizeOfBusiness(text string) string {
	ws := strings.Fields(text)
	out := ws[:0:0]
	for i, w := range ws {
		if t.sizeOfBusinessAt(ws, i) {
			continue
		}
		out = append(out, w)
	}
	if len(out) == len(ws) {
		return text
	}
	return strings.Join(out, " ")
}

// saysSizeOfBusiness reports whether the text says how big the asker's business is in a word that names no size
// class ("een kleine bakkerij", "a small bakery"): asked "hoe groot is je bedrijf?" after it, the asker hears the
// bot did not listen. (Small is no class: micro and klein both are.)
func (t *turnState) saysSizeOfBusiness(text string) bool {
	ws := strings.Fields(text)
	for i := range ws {
		if t.sizeOfBusinessAt(ws, i) {
			return true
		}
	}
	return false
}

// sizeOfBusinessAt reports whether ws[i] is a size adjective before a business, its kind or its sector.
func (t *turnState) sizeOfBusinessAt(ws []string, i int) bool {
	if !understand.IsSizeAdjective(strings.ToLower(ws[i])) || i+1 >= len(ws) {
		return false
	}
	next := strings.ToLower(strings.Trim(ws[i+1], ",.;:!?"))
	return understand.IsBusinessNoun(next) || understand.IsBusinessKind(next) || t.isSectorWord(next)
}
