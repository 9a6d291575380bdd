package scrub

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer/understand/lexicon"
)

// Names of people are found two ways. After a cue ("ik ben", "mijn naam is", "collega", "groet,") the words
// that follow, shaped like a name, are one. Without a cue, a Scrubber (which knows the catalogue's proper nouns)
// also takes two or more capitalised words, joined by tussenvoegsels ("Pieter de Vries", "Jan van der Berg",
// "J.P. Bakker"), and a known first name on its own. A span that starts with an article ("De Korenschoof") or
// holds a word the Scrubber keeps (a place, an offer, a provider: "Kamer van Koophandel") is not a name.

// Scrubber is Text with names found by their shape too, keeping the proper nouns it was given. It is read-only
// after New and safe for concurrent use.
type Scrubber struct {
	keep map[string]bool // lower-case words of places, offers, providers, communities
}

// New returns a Scrubber that never takes a span holding one of the words of keep (place names, offer titles,
// providers, community names) for a person's name.
func New(keep []string) *Scrubber {
	s := &Scrubber{keep: map[string]bool{}}
	for _, phrase := range keep {
		for _, w := range strings.FieldsFunc(phrase, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			w = strings.ToLower(w)
			if utf8.RuneCountInString(w) >= 3 && !tussen[w] && !firstNames[w] {
				s.keep[w] = true
			}
		}
	}
	return s
}

// Text returns in with personal data replaced by placeholders, names found by cue and by shape.
func (s *Scrubber) Text(in string) string {
	return untilStable(plainSpaces(in), func(x string) string { return s.names(runPasses(x), true) })
}

// names is the pass of the package-level Text: cues only, with no proper nouns to keep.
func names(s string) string { return (&Scrubber{}).names(s, false) }

type token struct {
	start, end int
	word       string
	lower      string
}

// tokenize splits s into words: a letter followed by letters, marks, apostrophes and hyphens, or the 't and 's
// of "'t" and "zo'n"-like clitics (an apostrophe, t or s, then no ASCII word character). It is the regular
// expression `['’][ts]\b|[\p{L}][\p{L}\p{M}'’\-]*` written out, which names ran on every message.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/6+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		end := i
		switch {
		case (r == '\'' || r == '’') && i+size < len(s) && (s[i+size] == 't' || s[i+size] == 's') &&
			(i+size+1 == len(s) || !isWordByte(s[i+size+1])):
			end = i + size + 1
		case unicode.IsLetter(r):
			end = i + size
			for end < len(s) {
				r, n := utf8.DecodeRuneInString(s[end:])
				if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) && r != '\'' && r != '’' && r != '-' {
					break
				}
				end += n
			}
		default:
			i += size
			continue
		}
		w := s[i:end]
		toks = append(toks, token{start: i, end: end, word: w, lower: strings.ToLower(w)})
		i = end
	}
	return toks
}

// isWordByte is \w of a regular expression: an ASCII letter, digit or underscore.
func isWordByte(c byte) bool { return isASCIIAlnum(c) || c == '_' }

// names replaces every name span with the placeholder; byShape adds the spans found without a cue.
func (sc *Scrubber) names(s string, byShape bool) string {
	toks := tokenize(s)
	if len(toks) == 0 {
		return s
	}
	type span struct{ from, to int } // token indexes, to exclusive
	var spans []span
	for i := 0; i < len(toks); {
		if n, strong := cueAt(s, toks, i); n > 0 && i+n < len(toks) && joinedLoose(s, toks[i+n-1], toks[i+n]) {
			if end := sc.span(s, toks, i+n, strong, true); end > i+n {
				spans = append(spans, span{i + n, end})
				i = end
				continue
			}
		}
		if byShape {
			if end := sc.span(s, toks, i, false, false); end > i {
				spans = append(spans, span{i, end})
				i = end
				continue
			}
		}
		i++
	}
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		start, end := toks[sp.from].start, toks[sp.to-1].end
		if end < len(s) && s[end] == '.' && isInitial(toks[sp.to-1].word) {
			end++
		}
		b.WriteString(s[last:start])
		b.WriteString(Name)
		last = end
	}
	b.WriteString(s[last:])
	return b.String()
}

// span returns the end (exclusive token index) of the name that starts at token i, or i when none does. After a
// cue one name word is enough, and after a strong cue ("mijn naam is") it may be written in lower case; without
// a cue it takes two name words, or a known first name.
func (sc *Scrubber) span(s string, toks []token, i int, strong, cued bool) int {
	if !cued && i > 0 && articles[toks[i-1].lower] {
		return i // "bakkerij De Korenschoof", "de Kamer van Koophandel": a name of a thing
	}
	if cued && tussen[toks[i].lower] && toks[i].word != toks[i].lower {
		// After "meneer" or "de heer" a surname may start with its tussenvoegsel: "De Groot", "Van der Linden".
		j := i
		for j < len(toks) && tussen[toks[j].lower] && (j == i || joined(s, toks[j-1], toks[j])) {
			j++
		}
		if j < len(toks) && j > i && joined(s, toks[j-1], toks[j]) && sc.nameWord(toks[j]) {
			if end := sc.span(s, toks, j, strong, cued); end > j {
				return end
			}
		}
		return i
	}
	first := toks[i]
	lowerFirst := false
	switch {
	case sc.nameWord(first):
	case strong && isLowerWord(first.word) && !notName[first.lower] && !tussen[first.lower] && !sc.keep[first.lower]:
		lowerFirst = true
	default:
		return i
	}
	words, last := 1, i+1
	initials := isInitial(first.word)
	for j := i + 1; j < len(toks) && joined(s, toks[j-1], toks[j]); j++ {
		t := toks[j]
		if tussen[t.lower] && t.word == t.lower {
			continue // tentative: counts only when a name word follows
		}
		if sc.nameWord(t) || (lowerFirst && words == 1 && isLowerWord(t.word) && !notName[t.lower] && !sc.keep[t.lower]) {
			words++
			initials = initials && isInitial(t.word)
			last = j + 1
			continue
		}
		break
	}
	if initials {
		return i // "B.V.", "N.V.": letters with full stops are no name without a surname
	}
	if !cued && words < 2 && !firstNames[first.lower] {
		return i
	}
	if !cued || !strong {
		for _, t := range toks[i:last] {
			if sc.keep[t.lower] && !firstNames[first.lower] && !isInitial(first.word) {
				return i
			}
		}
	}
	return last
}

// nameWord reports whether t can be part of a name: a capitalised word (Bakker, Jan-Willem, D'Hondt) or an
// initial, that is no common word, article or kept proper noun.
func (sc *Scrubber) nameWord(t token) bool {
	if notName[t.lower] || tussen[t.lower] {
		return false
	}
	if isInitial(t.word) {
		return true
	}
	r, size := utf8.DecodeRuneInString(t.word)
	if !unicode.IsUpper(r) || len(t.word) == size {
		return false
	}
	rest := t.word[size:]
	// Jan-Willem, D'Hondt: the parts after a hyphen or apostrophe may start with a capital again.
	for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == '-' || r == '\'' || r == '’' }) {
		p, n := utf8.DecodeRuneInString(part)
		if strings.ToLower(part[n:]) != part[n:] || (!unicode.IsLower(p) && !unicode.IsUpper(p)) {
			return false // ZZP'er, KvK, BV: not shaped like a name
		}
	}
	return unicode.IsLower([]rune(rest)[0]) || rest[0] == '\'' || rest[0] == '-'
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

func isLowerWord(w string) bool { return strings.ToLower(w) == w && utf8.RuneCountInString(w) >= 2 }

// joined reports whether two tokens of a name follow each other with only spaces between them (or the full
// stop of an initial: "J. de Vries", "J.P. Bakker").
func joined(s string, a, b token) bool {
	gap := s[a.end:b.start]
	if isInitial(a.word) {
		gap = strings.TrimPrefix(gap, ".")
	}
	if gap == "" {
		return isInitial(a.word) // "J.P.": the full stop was the gap
	}
	return strings.Trim(gap, " \t") == ""
}

// joinedLoose is joined for a cue and the name after it: a comma or colon may come between ("groet, Anna").
func joinedLoose(s string, a, b token) bool {
	return strings.Trim(s[a.end:b.start], " \t\n,.:;-") == ""
}

// cues, in lower case, as token sequences, by their first word, longest first. A strong cue says that a name
// follows, also one written in lower case.
var cues = func() map[string][]cue {
	m := map[string][]cue{}
	add := func(list string, strong bool) {
		for _, c := range strings.Split(list, "|") {
			words := strings.Fields(c)
			m[words[0]] = append(m[words[0]], cue{words, strong})
		}
	}
	add(strongCues, true)
	add(weakCues, false)
	for _, cs := range m {
		slices.SortStableFunc(cs, func(a, b cue) int { return len(b.words) - len(a.words) })
	}
	return m
}()

type cue struct {
	words  []string
	strong bool
}

const (
	strongCues = "mijn naam is|ik heet|my name is|dhr|mevr|mevrouw|meneer|de heer"
	weakCues   = "ik ben|i am|i'm|dit is|this is|collega|collega's|mijn compagnon|compagnon|zakenpartner|mijn vrouw|mijn man|" +
		"mijn partner|medewerker|werknemer|contactpersoon|namens|mr|mrs|ms|" +
		"groet|groeten|gr|grt|mvg|met vriendelijke groet|vriendelijke groet|hartelijke groet|kind regards|regards|" +
		"best regards|cheers|hallo|hoi|hey|hi|hello|beste|dear|colleague|my colleague|ask for|vraag naar|gesproken met|spoke to|sprak met"
	maxCueWords = 3
)

// cueAt returns the number of tokens of the longest cue that starts at token i, and whether it is strong.
func cueAt(s string, toks []token, i int) (int, bool) {
	for _, c := range cues[toks[i].lower] {
		n := len(c.words)
		if n > min(maxCueWords, len(toks)-i) {
			continue
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			ok = toks[i+k].lower == c.words[k] && joinedLoose(s, toks[i+k-1], toks[i+k])
		}
		if ok {
			return n, c.strong
		}
	}
	return 0, false
}

// tussen are the tussenvoegsels of Dutch surnames.
var tussen = set("van de der den ter ten te het 't in von da di del la le du des vd")

// articles before capitalised words make them the name of a thing, not of a person.
var articles = set("de het een the a an")

// notName are capitalised words that are no part of a name: sentence openers, months, days, countries,
// nationalities ("I'm American" says where the asker comes from; those from outside the EU are understand's,
// lexicon.NationalAdjectives*) and languages, company forms, and words such as Subsidie that a question writes with
// a capital.
var notName = set(`ik je jij u wij we zij hij ze het een de dit dat deze die wat wie waar waarom hoe welke wanneer
bel mail stuur vraag overleg help zoek volgens heeft samen werkt weet zie check neem lees kijk geef laat maak
ga doe krijg vind bestaat geldt klopt ken kent hebt zit zitten woon wonen
nederlander nederlanders belg duitser
kan kun kunt mag moet moeten wil willen heb hebben ben is zijn zou zouden graag hallo hoi hey hi hello beste dear
goedemorgen goedemiddag goedenavond dag dank bedankt thanks mijn onze ons jullie en of maar want ook als omdat
voor met naar bij over uit om tot sinds vanaf per na via zonder in op aan
i my we our the a an is are can could would should do does what which how when where who why please
januari februari maart april mei juni juli augustus september oktober november december
january february march june july august october
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday
nederland nederlandse nederlands holland hollandse europa europese eu belgië belgische duitsland duitse frankrijk
engeland brits engels england english dutch german french europe european
bv b.v nv vof cv holding groep group ltd gmbh inc
subsidie subsidies regeling lening krediet fonds belasting btw kvk rvo zzp mkb ai ict it
google microsoft apple amazon facebook instagram linkedin whatsapp youtube tiktok shopify excel word teams chatgpt
wegwijzer ` + lexicon.NationalAdjectivesNL + " " + lexicon.NationalAdjectivesEN)

// firstNames are common first names in the Netherlands: on its own, such a word is a name too.
var firstNames = set(`anna pieter jan piet kees henk johan willem sanne lisa emma sophie julia eva daan sem lucas
thomas tim bas mark martijn jeroen erik marco sandra linda monique petra ingrid marieke femke anouk lotte fleur
noor sara fatima mohamed mohammed ahmed yusuf ali ayşe mehmet joost ruud gerrit hans frank arjen sven niels ruben
jasper koen stefan dennis rob rik inge esther karin ellen marloes iris mila tess bram jesse luuk stijn joris
wouter hendrik maria johanna cornelis geert marleen ilse nina roos vera eline hanneke miriam saskia bart dirk
gert harm klaas sjoerd wim ans els joke mieke ria tineke jolanda yvonne annemarie jan-willem pieter-jan`)
