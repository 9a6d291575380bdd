package index

import (
	"slices"
	"strings"
	"unicode"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// words splits text into normalised words: lower case, accents folded, letters and digits only.
// "Zonne-panelen" gives "zonne", "panelen"; "co2" stays one word; "e-mail", "auto's" and "zzp'er" give
// "email", "auto" and "zzper" (joinAffixes).
func words(text string) []string {
	text = joinAffixes(text)
	if isASCII(text) {
		return asciiWords(text)
	}
	text = content.Fold(strings.ToLower(text))
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// asciiWords is words for ASCII text, where folding changes nothing and a letter or digit is [a-z0-9] after
// lower-casing: one pass over the bytes instead of one per rune (building the index splits every example
// question and text of the catalogue).
func asciiWords(text string) []string {
	text = strings.ToLower(text)
	n := 0
	for i := 0; i < len(text); i++ {
		if isWordByte(text[i]) && (i == 0 || !isWordByte(text[i-1])) {
			n++
		}
	}
	out := make([]string, 0, n)
	start := -1
	for i := 0; i < len(text); i++ {
		switch {
		case isWordByte(text[i]) && start < 0:
			start = i
		case !isWordByte(text[i]) && start >= 0:
			out = append(out, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

// joinAffixes keeps a word whole where a hyphen or an apostrophe would cut off a few letters: a one-letter
// prefix ("e-mail", "e-bike" as "email", "ebike", the way many people type them), a plural, genitive or person
// ending ("auto's", "zzp'ers", "zzp-er", "mkb'er" as "auto", "zzp", "zzp", "mkb": written either way, the same
// word) and another ending after an apostrophe ("zo'n" as "zon"). Split, the letter was searched as a word of its own ("e" is in every
// e-bike and e-truck offer) and the word lost its form. "'s-Hertogenbosch" keeps its apostrophe.
// An English contraction is written out (englishContraction): "we're", "I'm", "can't" as "we are", "I am",
// "can not". Joined, "we're" was the word "were" and "can't" the word "cant", searched as if the asker meant them.
func joinAffixes(text string) string {
	if strings.IndexByte(text, '-') < 0 && strings.IndexByte(text, '\'') < 0 && !strings.Contains(text, "’") {
		return text
	}
	letter := func(i int) bool {
		return i >= 0 && i < len(text) && (text[i]|0x20 >= 'a' && text[i]|0x20 <= 'z')
	}
	b := make([]byte, 0, len(text)+8)
	for i := 0; i < len(text); i++ {
		// The bytes up to the next hyphen or apostrophe are copied as they are, at once.
		j := i
		for j < len(text) && text[j] != '-' && text[j] != '\'' && text[j] != 0xe2 {
			j++
		}
		b = append(b, text[i:j]...)
		if i = j; i == len(text) {
			break
		}
		c := text[i]
		switch {
		case c == '-' && letter(i-1) && inflection(text[i+1:]) > 0:
			i += inflection(text[i+1:]) // "zzp-ers" as "zzp'ers"
			continue
		case c == '-' && letter(i-1) && particleEnding(text[i+1:]):
			continue // "start-up", "scale-ups", "buy-out": one word, as "startup"
		case c == '-' && letter(i-1) && (i == 1 || strings.IndexByte(" \t\n(\"/", text[i-2]) >= 0) && letter(i+1):
			continue // "e-mail": the hyphen goes
		case c == '\'' || c == 0xe2 && strings.HasPrefix(text[i:], "’"):
			n := 1
			if c != '\'' {
				n = len("’")
			}
			if !letter(i-1) || !letter(i+n) {
				b = append(b, text[i:i+n]...)
				i += n - 1
				continue
			}
			if out, k, ok := englishContraction(b, text[i+n:]); ok {
				b = out
				i += n + k - 1
				continue
			}
			if k := inflection(text[i+n:]); k > 0 {
				i += n + k - 1 // "auto's", "zzp'ers": the apostrophe and the ending go
				continue
			}
			i += n - 1 // "zzp'er": the apostrophe goes
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// contractionEndings are the endings of English contractions after the apostrophe, written out.
var contractionEndings = map[string]string{"re": "are", "m": "am", "ve": "have", "ll": "will", "d": "would"}

// contractionStems write out the first word of a negated contraction whose stem is cut short: "can't", "won't".
var contractionStems = map[string]string{"ca": "can", "wo": "will", "sha": "shall"}

// englishContraction writes out the English contraction whose apostrophe ends written (the text up to it) and
// whose ending starts rest: "we" + "re" gives "we are", "don" + "t" gives "do not", "ca" + "n't" gives "can not".
// It returns the new written text and the length of the ending read, or false when rest starts no such ending
// (a Dutch "zo'n" or "auto's").
func englishContraction(written []byte, rest string) ([]byte, int, bool) {
	end := 0
	for end < len(rest) && rest[end]|0x20 >= 'a' && rest[end]|0x20 <= 'z' {
		end++
	}
	ending := strings.ToLower(rest[:end])
	if ending == "t" && len(written) > 1 && written[len(written)-1]|0x20 == 'n' {
		stem := written[:len(written)-1]
		start := len(stem)
		for start > 0 && stem[start-1]|0x20 >= 'a' && stem[start-1]|0x20 <= 'z' {
			start--
		}
		if full, ok := contractionStems[strings.ToLower(string(stem[start:]))]; ok {
			stem = append(stem[:start], full...)
		}
		return append(stem, " not"...), end, true
	}
	full, ok := contractionEndings[ending]
	if !ok {
		return written, 0, false
	}
	return append(append(written, ' '), full...), end, true
}

// particleEnding reports whether s starts with an English particle that ends the word, or its plural: the second
// half of a compound such as "start-up", "scale-ups", "buy-out" or "check-in". Split, "start" of "start-ups" was a
// name word of the start-up residence permit, found by every question about starting a business.
func particleEnding(s string) bool {
	for _, p := range []string{"ups", "up", "outs", "out", "ins", "in", "offs", "off"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) && (len(s) == len(p) || !isWordByte(s[len(p)]|0x20)) {
			return true
		}
	}
	return false
}

// inflection returns the length of a plural or person ending at the start of s ("s", "er", "ers", "en"),
// followed by the end of the word, or 0.
func inflection(s string) int {
	for _, e := range []string{"ers", "er", "en", "s"} {
		if len(s) >= len(e) && strings.EqualFold(s[:len(e)], e) && (len(s) == len(e) || !isWordByte(s[len(e)]|0x20)) {
			return len(e)
		}
	}
	return 0
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// stopwords are words that carry no topic in a question, Dutch and English, also as typed in a chat ("mn" and "zn"
// for mijn and zijn, "ff" for even, "mss" for misschien, "ws" for waarschijnlijk). They are left out of the content
// words a question is judged on; the bleve analyzer has its own Dutch list for the index. The list stays with the
// search, not in understand: it is tuned for the text match (what a question's content words are against the
// catalogue's texts), where understand's lists say what a word does in a sentence.
var stopwords = setOf(`
aan al alle alles als alsjeblieft alstublieft ben beter bij binnen daar dan dat de deze die dit doe doen door dus
een eens elk en er ergens even geen gaan ga gaat graag had heb hebben heeft hem het hier hoe hoeveel hun iemand iets
ik in is ja je jij jouw jullie kan kun kunnen komen krijg krijgen krijgt laat maar me mee meer men met mij mijn moet
moeten mogen mag na naar niet nieuw nieuwe niets nog nu of ofzo om onder ons onze ook op over per te tot u uit uw
van veel voor vanaf via vraag vragen wat waar waarom wanneer we weer wel welk welke wie wij wil willen word worden
wordt zal ze zelf zich zij zijn zo zoals zou zouden hallo hoi hey dag goedemorgen goedemiddag beste bedankt dank
dankje thanks thank please hi hello
a about am an and any are as at be been but by can could do does doing for from get getting give go has have how i
if im in into is it its me my need needs of on or our ours please so some than that the their them there these
they this to us want wants was we what when where which who why will with would you your question questions
not were dont doesnt didnt cant couldnt wouldnt shouldnt isnt arent wasnt werent havent hasnt hadnt ive youre
theyre
eigenlijk precies gewoon even echt soort ding dingen zit zitten staat staan ga gaan hebt heb kom komt moet mogelijk
mogelijkheden mogelijkheid zoek zoeken opties optie welk iemand misschien weet weten wist niemand vinden vind
denk denken
begin beginnen eigen kom kunt manier weinig snel goed goede fijn leuk nodig maak maken laten lukt lukken juist
allemaal helemaal zit zitten sinds jaar jaren dag dagen week maand nou toch hele heel erg best wel ergens
keep kept become becomes does done doing there any some which really like make makes made run runs
way ways still just also very much many lot lots know more less most least find found fewer
minder minst meest binnenkort straks soon toekomstig toekomstige
stel stelt stellen pak pakt pakken
hij haar hen jou bent werd waren was kon konden moest wilde wilt zullen omdat terwijl tegen tussen voordat nadat
toen daarom daarbij hierbij waarbij ieder iedere andere ander dezelfde steeds vaak soms
against after before should shall may might must all each other up out off over under between then while being
because he she him her his hers one only own same such too here those through during until above below again
once both few nor whether
actually another around asked anything something someone anyone everything nothing already ever every cannot
did done going having bit supposed next
kwam kwamen ging gingen deed deden zei zeiden gehad geworden gekregen gedaan gegaan helpt zegt zoekt vraagt doet
betekent gebeurt geldt gelden zomaar paar tijdens vanwege alleen qua anders daarvoor elkaar nee nooit ondanks
terecht vroeger verschillende verschillend letten voldoen druk geval gevallen
waarop waarmee waarvoor waardoor waarin waaraan waarover waarna daarop daarmee daardoor daarin daaraan daarover
daarna hierop hiermee hiervoor hierin hieraan hierover gebruiken gebruikt net extra use uses used using
happen happens happened happening mean means meant say says said tell tells told put puts
vs versus
mn zn ff mss ws
b c d e f g h j k l m n o p q r s t v w x y z`) // a letter alone: the rest of "'s nachts", "e - mail", "a.s."

// sectorVerbs are Dutch verbs whose infinitive (and plural) the stemmer makes into a sector word's stem: "we willen
// een app bouwen" is no construction firm, "hoe moet ik handelen" (act) no trade, "winkelen" (shopping) no shop.
// They search as weakly as a sector word, but name no sector. Found by stemming the verb forms of every sector word of the catalogue.
var sectorVerbs = setOf(`bouwen handelen winkelen`)

// phraseNouns are stopwords that are nouns of time: alone they say nothing about a question, inside a synonym
// phrase they carry its meaning. "oude dag" is the owner's old age; without "dag" the phrase was the word "oud",
// and an oven that is twenty years old became a question about stopping the business.
var phraseNouns = setOf(`dag dagen week weken voorwaarden conditions`)

// synonymWord reports whether w counts in matching synonym phrases: a content word or a phrase noun.
func synonymWord(w string) bool {
	return phraseNouns[w] || !stopwords[w] && !generic[w]
}

// isStopword reports whether w carries no topic in a message of language lang: the stopwords, but in an English
// message not the English nouns among them (understand.IsEnglishNoun: "a subsidy for an electric van"), and in a
// Dutch one not the Dutch words among them (understand.IsDutchNoun: "wanneer is een OR verplicht"). Dropped as a
// stopword, an English van question lost its vehicle and was read as a question about electricity.
func isStopword(lang understand.Lang, w string) bool {
	return stopwords[w] && !(lang == understand.EN && understand.IsEnglishNoun(w)) && !(lang != understand.EN && understand.IsDutchNoun(w))
}

// synonymWordIn is synonymWord for a word of a message of language lang.
func synonymWordIn(lang understand.Lang, w string) bool {
	return phraseNouns[w] || !isStopword(lang, w) && !generic[w]
}

// headcount reports whether ws[i] counts people: a headcount word right after a number ("6 man personeel", "20
// fte"); like the number, it says how many, not what the question is about.
func headcount(ws []string, i int) bool {
	return i > 0 && understand.IsHeadcountWord(ws[i]) && isNumber(ws[i-1])
}

// functionWords are the stopwords that only join a phrase (articles, pronouns, prepositions, conjunctions): a
// synonym phrase may leave them out when it is matched. Not understand.IsFunctionWord, which says that a follow-up
// names no topic and holds verbs and "niet": this list is tuned for the phrase match, in the search's spelling
// ("m'n" is "m" or "mn"). Other stopwords (verbs, "niet", "geen", "nieuwe")
// carry the phrase's meaning and must be in the question too.
var functionWords = setOf(`de het een den der des t s the a an mijn m mn je jouw jullie uw onze ons zijn z zn haar hun
my your our their his its me mij ik we wij jij u you i it he she they van voor in op met aan naar bij uit om over
per te tot door of en als dan dat die dit deze er for to of on at with by from and or as than that this these
those into about`)

// businessNouns are the generic words that name a business. In a synonym phrase one stands for any of them or for
// a sector word ("sell my business" is "sell my company" and "sell my bakery"): needBusiness. Tuned for the
// phrase match (plurals, legal forms); understand.IsBusinessNoun and understand.IsBusinessKind are for other readings
// (the asker's business in general, a clause that says who asks).
var businessNouns = setOf(`bedrijf bedrijven onderneming ondernemingen zaak zaakje zaken firma company companies
business businesses firm eenmanszaak bv vof maatschap proprietorship partnership`)

// needBusiness is the need of a synonym phrase for some business word in the question.
const needBusiness = "<business>"

// needGeneric is the need of a synonym phrase for some generic word in the question (generic, by its stem).
const needGeneric = "<generic>"

// prepositions say that the noun after them is where or with what something happens, not what it is about.
var prepositions = setOf(`via met voor in bij op aan naar uit door tot om zonder tegen onder binnen
with for in at on to from by into through without under within`)

// particles are the function words that change the verb they follow: "start over", "take over", "opnieuw". The
// search reads phrases with these and prepositions; understand's separable verbs carry their own particles, each
// with its verb.
var particles = setOf(`over up out off down in op uit af door mee`)

// generic words say that the question is about support, but not about what: they never make a question on-topic.
var generic = setOf(`subsidie subsidies regeling regelingen bedrijf bedrijven onderneming ondernemer ondernemers zaak
zaakje firma hulp help helpen info informatie advies tips tip geld steun support scheme schemes company business
grant grants subsidy subsidies organisation mkb mkber regels regel rules entrepreneur entrepreneurs
voorwaarden voorwaarde conditions aanmerking eligible eligibility qualify plan plannen plans`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// editDistance returns the optimal-string-alignment distance between a and b (a transposition counts as one
// edit), giving up with max+1 as soon as the distance must exceed max.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	// Three rows; on the stack for words of up to 63 bytes (the correction compares every question word with
	// many catalogue words).
	var buf [3 * 64]int
	rows := buf[:]
	if n := len(b) + 1; n > 64 {
		rows = make([]int, 3*n)
	}
	n := len(b) + 1
	before, prev, cur := rows[:n], rows[n:2*n], rows[2*n:3*n] // before is row i-2
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
			best = min(best, cur[j])
		}
		if best > max {
			return max + 1
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(b)]
}

// maxEdits is the typo tolerance for a word: none for short words, which would match too much.
func maxEdits(w string) int {
	switch n := len(w); {
	case n < 5:
		return 0
	case n < 10:
		return 1
	default:
		return 2
	}
}

// kindCues are words that say what sort of help a question asks for ("is daar subsidie voor", "moet ik",
// "kan ik lenen"); offers of that kind are preferred.
var kindCues = map[string]wegwijzer.Kind{
	"subsidie": wegwijzer.KindSubsidie, "subsidies": wegwijzer.KindSubsidie, "subsidiepot": wegwijzer.KindSubsidie,
	"potje": wegwijzer.KindSubsidie, "grant": wegwijzer.KindSubsidie, "grants": wegwijzer.KindSubsidie, "subsidy": wegwijzer.KindSubsidie,
	"verplicht": wegwijzer.KindWetRegel, "verplichting": wegwijzer.KindWetRegel, "plicht": wegwijzer.KindWetRegel,
	"regels": wegwijzer.KindWetRegel, "wet": wegwijzer.KindWetRegel, "toegestaan": wegwijzer.KindWetRegel,
	"required": wegwijzer.KindWetRegel, "mandatory": wegwijzer.KindWetRegel, "law": wegwijzer.KindWetRegel, "rules": wegwijzer.KindWetRegel,
	"aftrek": wegwijzer.KindFiscaleRegeling, "aftrekken": wegwijzer.KindFiscaleRegeling, "belastingvoordeel": wegwijzer.KindFiscaleRegeling,
	"fiscaal": wegwijzer.KindFiscaleRegeling, "fiscale": wegwijzer.KindFiscaleRegeling, "tax": wegwijzer.KindFiscaleRegeling,
	"lening": wegwijzer.KindLeningGarantie, "lenen": wegwijzer.KindLeningGarantie, "krediet": wegwijzer.KindLeningGarantie,
	"borg": wegwijzer.KindLeningGarantie, "borgstelling": wegwijzer.KindLeningGarantie, "investeerder": wegwijzer.KindLeningGarantie,
	"loan": wegwijzer.KindLeningGarantie, "investor": wegwijzer.KindLeningGarantie, "guarantee": wegwijzer.KindLeningGarantie,
	"advies": wegwijzer.KindAdvies, "adviseur": wegwijzer.KindAdvies, "sparren": wegwijzer.KindAdvies, "coach": wegwijzer.KindAdvies,
	"coaching": wegwijzer.KindAdvies, "advice": wegwijzer.KindAdvies, "meedenken": wegwijzer.KindAdvies,
	"netwerk": wegwijzer.KindCommunityNetwerk, "community": wegwijzer.KindCommunityNetwerk, "network": wegwijzer.KindCommunityNetwerk,
	"ondernemersvereniging": wegwijzer.KindCommunityNetwerk, "ondernemersnetwerk": wegwijzer.KindCommunityNetwerk,
	"scan": wegwijzer.KindScanTool, "test": wegwijzer.KindScanTool, "check": wegwijzer.KindScanTool, "tool": wegwijzer.KindScanTool,
	"cursus": wegwijzer.KindTrainingEvenement, "training": wegwijzer.KindTrainingEvenement, "workshop": wegwijzer.KindTrainingEvenement,
	"bijeenkomst": wegwijzer.KindTrainingEvenement, "event": wegwijzer.KindTrainingEvenement,
}

// sizeWord reports whether a word only names a company size: it says who asks, not what about, and weighs little.
// Being self-employed is one ("zzp", "freelancer"); the others are as the search spells them ("mkb-bedrijf" is one
// word, "mkbbedrijf").
func sizeWord(w string) bool { return understand.IsSelfEmployed(w) || understand.IsCompanySize(w) }

// sizePhrase reports whether the words at positions at only name a company size ("zzp'er", "self-employed"):
// what their synonym means says who asks, as they do, and weighs as little.
func sizePhrase(ws []string, at []int) bool {
	var own []string
	for _, i := range at {
		own = append(own, ws[i])
	}
	return sizeWord(strings.Join(own, "-")) || sizeWord(strings.Join(own, "")) || !slices.ContainsFunc(own, func(w string) bool { return !sizeWord(w) })
}
