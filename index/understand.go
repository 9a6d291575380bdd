package index

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// understanding is what the index makes of a question before it searches.
type understanding struct {
	region   string
	sector   string
	themes   []string
	topics   []string
	terms    []weightedTerm     // what to search for in the offers' text
	qterms   map[string]float64 // what to compare with the example questions, weighted (unknown words too)
	expanded map[string]bool    // qterms that only a synonym brought (policy words the question does not use)
	direct   map[string]bool    // analysed terms of the question's own content words (for links and answers)
	// directWord is, per direct term, the question word it came from; the words of a synonym phrase are one word
	// ("self-employed" is one thing said, not two matches with an answer's pattern).
	directWord map[string]int
	// directAt is, per direct term, every question word it came from: a word said twice ("a migrant visa ... the
	// DAFT visa") is near a pattern's other word at either place.
	directAt map[string][]int
	// unknown are the question words the catalogue does not know at all, nor their parts ("deur" in "voor de
	// deur"): no pattern can share them, so they say nothing about which pattern is nearest.
	unknown map[int]bool
	// genericAt is, per analysed term of a generic word of the question ("regels", "voorwaarden", "business"), every
	// question word it came from: no word to search on, but a word of an answer's pattern ("algemene voorwaarden").
	genericAt  map[string][]int
	askerOf    map[string]bool // analysed terms of the sector and size words of the question (for answers about such an asker)
	askerAt    []int           // the places of those words in the words searched
	rejected   map[string]bool // analysed terms of the words the person rejects ("geen lening")
	coverage   float64         // share of the question's information the catalogue knows, 0..1
	specific   int             // known content words that are not theme words
	unsearched int             // content words understood but not searched: what no offer is on (an employee resigns)
	strong     bool            // some word names what an offer is (title, alias, keyword, synonym, theme)
	legalForm  string          // the asker's legal-form class (wegwijzer.LegalFormIB, ...), "" = unknown
	euNational bool            // the message names a country of the EU, the EEA or Switzerland, or its people
	abroad     bool            // the message says someone comes from abroad or needs a permit to stay (understand.NamesAbroad)
	// askerAbroad: the asker's own words said so, where the text searched no longer does (wegwijzer.Query.Abroad)
	askerAbroad bool
	benefit     bool             // the message says the asker lives on a benefit or is out of work (understand.NamesBenefit)
	trouble     bool             // the message says the business is short of money (understand.NamesMoneyTrouble)
	money       bool             // the message asks for money (understand.AsksMoney)
	starts      bool             // the question starts a business (understand.StartOf)
	kinds       []wegwijzer.Kind // sorts of help the question asks for
	vague       bool             // no content words at all
	content     int              // content words of the question
	ood         int              // of which out-of-domain words ("recept", "voetbal", "echtscheiding")
	sources     []termSource     // which question word brought each search term (for Result.Matched)
	phrases     []int32          // the offers' names of several words the question holds whole (ix.namePhrases)
	// held are the offers whose name the question holds by a word of the language in it ("ik wil SLIM aanvragen",
	// "digitale werkplaats": heldNames); such a word alone does not name its offer.
	held        []int32
	negates     bool // the searched words say that something is not so (negates): names that negate count
	themeChosen bool // the theme comes from the dialogue (wegwijzer.Query.Themes), not from the question's words
}

// understand reads a parsed message. Places and sectors come from the whole message (without its placeholders),
// but a place the person rejects ("niet in Drenthe") never sets the region; the words to search come from
// m.Search: the asking sentences, without rejected words.
func (ix *Index) understand(m understand.Message) *understanding {
	return ix.understandIn(read(m), nil)
}

// reread reads the message again with other searching words (r.Search), as part of a search that read it before
// (u): the region and sector come from the whole message and its rejected words, which are the same, so they are
// taken from u rather than found again.
func (ix *Index) reread(r *reading, u *understanding) *understanding {
	return ix.understandIn(r, u)
}

// understandIn is understand, with the region and sector of before when before is not nil. It reads the message
// in steps (a wordReader's methods), in this order: the words the person rejects; the place and sector; the
// searching words and what they do (starting a business, a takeover, ...); their base forms, typos and stems;
// synonyms; the offers' names of several words; sectors and themes; each content word on its own; and what it all
// comes to (coverage, the terms to search).
func (ix *Index) understandIn(r *reading, before *understanding) *understanding {
	u := &understanding{direct: map[string]bool{}, directWord: map[string]int{}, askerOf: map[string]bool{}, qterms: map[string]float64{}}
	rejected := ix.readRejected(r.Message, u)
	if before != nil {
		u.region, u.sector = before.region, before.sector
	} else {
		full := ix.joinCompounds(ix.placeAdjectives(slices.Clone(r.words)))
		u.region = ix.findRegion(full, rejected)
		u.sector = ix.findSector(full, rejected)
	}
	wr := ix.newWordReader(r.Message, u)
	wr.normalise()
	wr.applySynonyms()
	for i, listed := range wr.scopes {
		if listed {
			wr.nameStems[i] = nil // "Europees" of a list of scopes holds no "Europese subsidie"
		}
	}
	u.negates = negates(wr.ws)
	u.phrases = ix.namePhrasesIn(wr.lang, wr.ws, wr.nameStems, u.negates)
	u.held = ix.heldNames(r.Search, wr.ws, wr.nameStems, u.phrases)
	u.strong = u.strong || len(u.held) > 0
	wr.sectorsAndThemes()
	for i := range wr.ws {
		wr.contentWord(i)
	}
	wr.finish()
	ix.nameTerms(u)
	return u
}

// readRejected notes the analysed terms of the words the person rejects ("geen lening") in u.rejected, and returns
// those words as written, for the place and sector not to be taken from.
func (ix *Index) readRejected(m understand.Message, u *understanding) map[string]bool {
	rejected := map[string]bool{}
	u.rejected = map[string]bool{}
	for _, n := range m.Negated {
		for _, w := range words(n) {
			rejected[w] = true
			if !stopwords[w] && !generic[w] {
				for _, t := range ix.analyze(w) {
					u.rejected[t] = true
				}
			}
		}
	}
	return rejected
}

// wordReader is what understandIn knows, step by step, of the searching words of one message (m.Search): the
// words, what each step learnt of each of them (one slice a fact, indexed like ws) and the terms found so far.
// Its methods are the steps; one reads one message once.
type wordReader struct {
	ix   *Index
	u    *understanding
	lang understand.Lang
	ws   []string // the words searched, rewritten by normalise (base forms, typos)
	// stems are the stems of ws after normalise.
	stems []string
	sw    startWords // starting a business and someone coming into one (starting.go)
	taken []string   // the words of a business handed over (handedOver)
	// Per word: understood as someone resigning, nothing to search; a place or sector; how surely the catalogue
	// knows it (0..1); a typo corrected; from another domain (recipes, sports, private life); part of a phrase that
	// only names a company size ("self-employed").
	resigned  []bool
	idiom     []bool // part of an idiom of weighing things up ("rekening houden met", "take into account"): no topic
	scopes    []bool // a scope in a list of scopes ("landelijk, provinciaal, Europees"): every scope, so none (listedScopes)
	used      []bool
	covered   []float64
	corrected []bool
	outside   []bool
	sized     []bool
	// phraseOf is, per word, the first word of the synonym phrase it is part of, or itself.
	phraseOf []int
	// nameStems are, per word, the stems it stands for in the offers' names of several words: its own, and those
	// of the words a synonym it is part of means ("set up a business" is "bedrijf starten").
	nameStems [][]string

	terms      map[string]float64 // what to search for in the offers' text, with its boost
	src        termSource         // the question word the terms added now come from; at -1: none worth naming
	synonymous bool               // the terms added now are a synonym's policy words
	own        map[string]bool    // qterms the question's own words brought
	// weight and known add up the informativeness of the content words, and of what the catalogue knows of them.
	weight, known float64
}

// newWordReader reads the searching words of m and what they do before any is rewritten: starting a business, a
// business handed over, staff that is short, building software, an electric bike, someone resigning, the sorts of
// help asked for, places and sectors, words of other domains.
func (ix *Index) newWordReader(m understand.Message, u *understanding) *wordReader {
	ws := ix.joinCompounds(ix.placeAdjectives(words(m.Search)))
	wr := &wordReader{ix: ix, u: u, lang: m.Lang, ws: ws, terms: map[string]float64{}, src: termSource{at: -1}, own: map[string]bool{}}
	// Starting a business, in any trade, and someone coming into one are read before words are rewritten below.
	wr.sw = ix.readStart(ws)
	wr.taken = handedOver(ws)
	ix.staffShort(ws)
	buildingSoftware(ws)
	ix.electricBike(ws)
	wr.resigned = resigning(m.Lang, ws)
	wr.idiom = consideringIdiom(ws)
	wr.scopes = listedScopes(ws)
	for _, w := range ws {
		if k, ok := kindCues[w]; ok && !slices.Contains(u.kinds, k) {
			u.kinds = append(u.kinds, k)
		}
	}
	wr.used = ix.placeWords(ws) // words that are a place or a sector
	wr.covered = make([]float64, len(ws))
	wr.corrected = make([]bool, len(ws))
	wr.outside = make([]bool, len(ws))
	u.ood = oodPhrases(ws)
	for i, w := range ws {
		wr.outside[i] = !wr.used[i] && wr.sw.role[i] != roleTrade && wr.sw.role[i] != roleSize && !wr.stop(w) && !generic[w] && ix.outOfDomain(w)
	}
	return wr
}

// stop reports whether w is a function word of the message's language: "van" is a vehicle in an English message.
func (wr *wordReader) stop(w string) bool { return isStopword(wr.lang, w) }

// normalise rewrites the words to the forms the catalogue knows (base forms, infinitives, typos) and stems them.
func (wr *wordReader) normalise() {
	ix, ws := wr.ix, wr.ws
	// Comparatives and superlatives ("duurzamer", "groenste") mean what their base word means; the stemmer
	// leaves them alone, so they are reduced here when the base is a word the catalogue knows well. Dutch ones
	// only: in an English message "customer" is no comparative of "custom" (it found the customs rules).
	for i, w := range ws {
		if wr.lang != understand.EN && !wr.used[i] && !wr.stop(w) { // "vroeger" (formerly) is a function word, not "vroeg" (early)
			ws[i] = ix.baseForm(w)
		}
	}
	// A short verb's bare or -t form ("ik stop", "hij stopt") means its infinitive ("stoppen"), which the stemmer
	// keeps apart.
	if wr.lang != understand.EN {
		for i, w := range ws {
			if !wr.used[i] && !wr.stop(w) {
				ws[i] = ix.shortVerbInfinitive(ws, i)
			}
		}
	}
	// Typos first, so that synonyms, sectors and themes see the corrected words. Not in an English message: the
	// catalogue's words are mostly Dutch, and an English word it lacks is nearly always another word one or two
	// letters away from one it has ("token" is no typo of the Dutch "teken", "black" none of "back", "photography"
	// none of "photographer"), not a typo.
	for i, w := range ws {
		if wr.lang == understand.EN || wr.used[i] || wr.outside[i] || wr.stop(w) || generic[w] || isNumber(w) || ix.known(w) {
			continue
		}
		if c := ix.correct(w); c != "" && c != w {
			ws[i], wr.corrected[i] = c, true
		}
	}
	wr.stems = make([]string, len(ws))
	for i, w := range ws {
		wr.stems[i] = ix.stem(w)
	}
}

// addTerms adds the terms of text with the boost: to the text match when an offer has them, to what is compared
// with the example questions when one has them. It reports whether the catalogue knows any of them.
func (wr *wordReader) addTerms(text string, boost float64) bool {
	ix, u := wr.ix, wr.u
	found := false
	for _, t := range ix.analyze(text) {
		if ix.vocab[t] > 0 {
			wr.terms[t] = max(wr.terms[t], boost)
			u.addSource(wr.src, t)
			found = true
		}
		if ix.qdf[t] > 0 {
			u.qterms[t] = max(u.qterms[t], boost)
			wr.own[t] = wr.own[t] || !wr.synonymous
			found = true
		}
		// A word of a curated answer's pattern ("opengebroken") is known too, though no offer or example
		// question has it.
		found = found || len(ix.patternsByTerm[t]) > 0
	}
	return found
}

func (wr *wordReader) addTheme(theme string) {
	if theme != "" && !slices.Contains(wr.u.themes, theme) {
		wr.u.themes = append(wr.u.themes, theme)
	}
}

func (wr *wordReader) addTopic(tp string) {
	if tp != "" && !slices.Contains(wr.u.topics, tp) {
		wr.u.topics = append(wr.u.topics, tp)
	}
}

// credit is how much word i counts as known: less when it was a typo.
func (wr *wordReader) credit(i int) float64 {
	if wr.corrected[i] {
		return creditCorrect
	}
	return 1
}

// sectorsAndThemes finds the sectors and themes the words name; they may span two words ("zwaar weer", "eigen
// bedrijf").
func (wr *wordReader) sectorsAndThemes() {
	ix, ws, stems, u := wr.ix, wr.ws, wr.stems, wr.u
	for n := 2; n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			if n > 1 && !ix.phraseStart[stems[i]] {
				continue
			}
			key := strings.Join(stems[i:i+n], " ")
			if slices.Contains(wr.used[i:i+n], true) || n == 1 && wr.stop(ws[i]) {
				continue
			}
			if _, ok := ix.sectors[key]; ok {
				for j := i; j < i+n; j++ {
					wr.used[j] = true
				}
				if understand.ReportedBy(ws, i, n) {
					continue // who says it, not what it is about, nor who asks: not searched
				}
				wr.sector(i, n, key)
				continue
			}
			if th, ok := ix.themes[key]; ok {
				wr.addTheme(th)
				wr.addTopic(ix.topics[key])
				u.strong = true
				for j := i; j < i+n; j++ {
					wr.covered[j] = max(wr.covered[j], wr.credit(j))
				}
			}
		}
	}
}

// sector adds the sector named by the n words from i (key: their stems): it is searched, and it says who asks.
func (wr *wordReader) sector(i, n int, key string) {
	ix, ws, u := wr.ix, wr.ws, wr.u
	wr.src = termSource{at: i, word: strings.Join(ws[i:i+n], " ")}
	wr.addTerms(strings.Join(ws[i:i+n], " "), boostSector)
	u.askerAt = append(u.askerAt, i)
	for _, t := range ix.analyze(strings.Join(ws[i:i+n], " ")) {
		u.askerOf[t] = true
	}
	// A business word can name a theme too ("webshop": a trade business, and selling online), or begin
	// with one that is still searched when nothing says the asker owns that business ("subsidie
	// zonnepanelenbedrijf": solar panels; "ik heb een isolatiebedrijf en zoek personeel" is about staff).
	if th, ok := ix.themes[key]; ok {
		wr.addTheme(th)
		wr.addTopic(ix.topics[key])
	}
	if n == 1 && !ownsBusinessAt(ws, i) {
		if h := ix.tradeTopic(ws[i]); h != "" {
			hk := ix.stem(h)
			wr.addTheme(ix.themes[hk])
			wr.addTopic(ix.topics[hk])
			wr.src = termSource{at: i, word: h}
			wr.addTerms(h, boostExact)
		}
	}
}

// contentWord reads word i on its own: exact, or split into known parts. A word that only names a theme or a
// company size weighs less: it is true of many offers.
func (wr *wordReader) contentWord(i int) {
	ix, ws, u := wr.ix, wr.ws, wr.u
	w := ws[i]
	if wr.used[i] || wr.idiom[i] || wr.scopes[i] || wr.stop(w) || isNumber(w) || headcount(ws, i) || wr.lang == understand.EN && verbSense(ws, i) || wr.lang == understand.NL && verbSenseNL(ws, i) {
		return
	}
	if wr.sw.role[i] != roleNone && wr.sw.role[i] != roleVerb {
		wr.sw.search(i, w, u, wr.addTerms, &wr.src)
		return
	}
	if wr.resigned[i] {
		u.unsearched++
		return // understood, and nothing to search: neither known nor unknown
	}
	wr.src = termSource{at: -1} // generic and size words fit almost every offer: not worth naming
	if wr.sw.role[i] == roleVerb {
		ix.searchTextOnly(w, wr.terms) // "open" of "open a tattoo shop" (starting.go)
		return
	}
	if generic[w] {
		wr.addTerms(w, boostGeneric)
		for _, t := range ix.analyze(w) {
			if u.genericAt == nil {
				u.genericAt = map[string][]int{}
			}
			u.genericAt[t] = append(u.genericAt[t], wr.phraseOf[i])
		}
		return
	}
	if sizeWord(w) || wr.sized[i] {
		wr.addTerms(w, boostSize)
		wr.u.askerAt = append(wr.u.askerAt, i)
		for _, t := range ix.analyze(w) {
			u.askerOf[t] = true // "hoeveel belasting betaal ik als zzp'er" is the pattern "hoeveel belasting zzp"
		}
		return
	}
	wr.src = termSource{at: i, word: w}
	u.content++
	if wr.outside[i] {
		u.ood++
	}
	var variants []string // the forms of an English word the catalogue has where it lacks this one
	if wr.lang == understand.EN {
		variants = ix.englishVariants(w)
	}
	for _, t := range ix.analyze(ix.patternVerb(wr.lang, w)) {
		t = ix.patternForm(t, variants)
		u.direct[t] = true
		if _, ok := u.directWord[t]; !ok {
			u.directWord[t] = wr.phraseOf[i]
		}
		if u.directAt == nil {
			u.directAt = map[string][]int{}
		}
		u.directAt[t] = append(u.directAt[t], wr.phraseOf[i])
	}
	info := ix.informativeness(w)
	wr.weight += info
	_, themeWord := ix.themes[wr.stems[i]]
	boost := boostExact
	switch {
	case wr.corrected[i]:
		boost = boostCorrect
	case themeWord && !ix.isSalient(w):
		boost = boostTheme
	}
	wr.known += info * wr.knownWord(i, w, boost, variants)
	if wr.covered[i] == 0 {
		if u.unknown == nil {
			u.unknown = map[int]bool{}
		}
		u.unknown[i] = true
		for _, t := range ix.analyze(w) {
			if _, ok := u.qterms[t]; !ok {
				u.qterms[t] = boost // unknown: no example has it, so every example is less like the question
			}
		}
	}
	if !themeWord && wr.covered[i] > 0 {
		u.specific++
	}
}

// knownWord adds the terms of content word i (w) with the boost, itself, in another form (variants) or by its
// parts, and returns how surely the catalogue knows it (0..1, wr.covered[i]).
func (wr *wordReader) knownWord(i int, w string, boost float64, variants []string) float64 {
	ix, u := wr.ix, wr.u
	found := wr.addTerms(w, boost)
	byVariant := false // known only in another form: as sure as a corrected typo
	for _, v := range variants {
		byVariant = ix.addVariantTerms(w, v, boost, wr.addTerms) || byVariant
	}
	switch {
	case found:
		wr.covered[i] = max(wr.covered[i], wr.credit(i))
		// A rare compound ("ondernemersnetwerk") also finds "netwerk". Not in an English message: English writes
		// compounds apart, so the parts of one written together are common English words ("roadworks" found
		// the works council and the "work permit" of the knowledge-migrant scheme).
		if ix.surface[w] <= 2 && wr.lang != understand.EN {
			ix.decompoundInto(w, wr.addTerms)
		}
		u.strong = u.strong || ix.namesAny(w)
	case byVariant:
		wr.covered[i] = max(wr.covered[i], creditCorrect)
	case ix.decompoundInto(w, wr.addTerms):
		wr.covered[i] = max(wr.covered[i], ix.compoundCredit(w))
		if ix.compoundCredit(w) == 1 {
			for _, p := range ix.decompound(w) {
				u.strong = u.strong || ix.namesAny(p)
			}
		}
	}
	return wr.covered[i]
}

// finish adds the words of a business handed over, and works out what the words come to: the terms only a
// synonym brought, how much of the question the catalogue knows, and the terms to search, in order.
func (wr *wordReader) finish() {
	ix, u := wr.ix, wr.u
	for _, w := range wr.taken {
		for _, t := range ix.analyze(w) {
			if ix.qdf[t] > 0 {
				u.qterms[t] = max(u.qterms[t], boostExact)
			}
		}
	}
	u.expanded = map[string]bool{}
	for t := range u.qterms {
		if _, seen := wr.own[t]; seen && !wr.own[t] {
			u.expanded[t] = true
		}
	}
	u.content += oodPhrases(wr.ws) // a phrase counts as one word more, so that ood/content stays below 1
	u.vague = wr.weight == 0 && len(u.themes) == 0 && u.sector == ""
	if wr.weight > 0 {
		u.coverage = wr.known / wr.weight
	} else if len(wr.terms) > 0 && (hasGeneric(wr.ws) || len(u.themes) > 0) {
		u.coverage = 1 // only generic words, a theme or a sector: on topic, just not specific
	}
	for t, b := range wr.terms {
		u.terms = append(u.terms, weightedTerm{term: t, boost: b})
	}
	slices.SortFunc(u.terms, func(a, b weightedTerm) int { return strings.Compare(a.term, b.term) })
}

func hasGeneric(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return generic[w] })
}
