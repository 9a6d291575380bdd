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
	// unknown are the question words the catalogue does not know at all, nor their parts ("deur" in "voor de
	// deur"): no pattern can share them, so they say nothing about which pattern is nearest.
	unknown    map[int]bool
	askerOf    map[string]bool // analysed terms of the sector and size words of the question (for answers about such an asker)
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

// understandIn is understand, with the region and sector of before when before is not nil.
func (ix *Index) understandIn(r *reading, before *understanding) *understanding {
	m := r.Message
	u := &understanding{direct: map[string]bool{}, directWord: map[string]int{}, askerOf: map[string]bool{}, qterms: map[string]float64{}}
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
	if before != nil {
		u.region, u.sector = before.region, before.sector
	} else {
		full := ix.joinCompounds(ix.placeAdjectives(slices.Clone(r.words)))
		u.region = ix.findRegion(full, rejected)
		u.sector = ix.findSector(full, rejected)
	}
	ws := ix.joinCompounds(ix.placeAdjectives(words(m.Search)))
	// Starting a business, in any trade, and someone coming into one are read before words are rewritten below.
	sw := ix.readStart(ws)
	taken := handedOver(ws)
	ix.staffShort(ws)
	buildingSoftware(ws)
	ix.electricBike(ws)
	resigned := resigning(m.Lang, ws)
	for _, w := range ws {
		if k, ok := kindCues[w]; ok && !slices.Contains(u.kinds, k) {
			u.kinds = append(u.kinds, k)
		}
	}
	used := ix.placeWords(ws)           // words that are a place or a sector
	covered := make([]float64, len(ws)) // 0..1 per word: how surely the catalogue knows it
	corrected := make([]bool, len(ws))  // the word was a typo of a catalogue word
	outside := make([]bool, len(ws))    // the word belongs to another domain (recipes, sports, private life)
	u.ood = oodPhrases(ws)
	stop := func(w string) bool { return isStopword(m.Lang, w) } // "van" is a vehicle in an English message
	for i, w := range ws {
		outside[i] = !used[i] && sw.role[i] != roleTrade && sw.role[i] != roleSize && !stop(w) && !generic[w] && ix.outOfDomain(w)
	}

	// Comparatives and superlatives ("duurzamer", "groenste") mean what their base word means; the stemmer
	// leaves them alone, so they are reduced here when the base is a word the catalogue knows well. Dutch ones
	// only: in an English message "customer" is no comparative of "custom" (it found the customs rules).
	for i, w := range ws {
		if m.Lang != understand.EN && !used[i] && !stop(w) { // "vroeger" (formerly) is a function word, not "vroeg" (early)
			ws[i] = ix.baseForm(w)
		}
	}
	// A short verb's bare or -t form ("ik stop", "hij stopt") means its infinitive ("stoppen"), which the stemmer
	// keeps apart.
	if m.Lang != understand.EN {
		for i, w := range ws {
			if !used[i] && !stop(w) {
				ws[i] = ix.shortVerbInfinitive(ws, i)
			}
		}
	}
	// Typos first, so that synonyms, sectors and themes see the corrected words. Not in an English message: the
	// catalogue's words are mostly Dutch, and an English word it lacks is nearly always another word one or two
	// letters away from one it has ("token" is no typo of the Dutch "teken", "black" none of "back", "photography"
	// none of "photographer"), not a typo.
	for i, w := range ws {
		if m.Lang == understand.EN || used[i] || outside[i] || stop(w) || generic[w] || isNumber(w) || ix.known(w) {
			continue
		}
		if c := ix.correct(w); c != "" && c != w {
			ws[i], corrected[i] = c, true
		}
	}
	stems := make([]string, len(ws))
	for i, w := range ws {
		stems[i] = ix.stem(w)
	}

	terms := map[string]float64{}
	src := termSource{at: -1} // the question word the terms added now come from; at -1: none worth naming
	synonymous := false       // the terms added now are a synonym's policy words
	own := map[string]bool{}  // qterms the question's own words brought
	addTerms := func(text string, boost float64) bool {
		found := false
		for _, t := range ix.analyze(text) {
			if ix.vocab[t] > 0 {
				terms[t] = max(terms[t], boost)
				u.addSource(src, t)
				found = true
			}
			if ix.qdf[t] > 0 {
				u.qterms[t] = max(u.qterms[t], boost)
				own[t] = own[t] || !synonymous
				found = true
			}
			// A word of a curated answer's pattern ("opengebroken") is known too, though no offer or example
			// question has it.
			found = found || len(ix.patternsByTerm[t]) > 0
		}
		return found
	}
	addTheme := func(theme string) {
		if theme != "" && !slices.Contains(u.themes, theme) {
			u.themes = append(u.themes, theme)
		}
	}
	addTopic := func(tp string) {
		if tp != "" && !slices.Contains(u.topics, tp) {
			u.topics = append(u.topics, tp)
		}
	}
	credit := func(i int) float64 {
		if corrected[i] {
			return creditCorrect
		}
		return 1
	}

	// Synonyms match on the content words of the question, so "sell my company" finds "sell my business".
	var pos []int // positions of content words
	var cstems []string
	for i, w := range ws {
		if synonymWordIn(m.Lang, w) && !isNumber(w) && !resigned[i] {
			pos = append(pos, i)
			cstems = append(cstems, stems[i])
		}
	}
	// A phrase with a business word needs one in the question: a generic business word or a sector ("bakkerij"),
	// that the question is about, not one it does something with or in ("verkopen via mijn webshop", "a machine
	// for my business"). Such a business word counts only for a phrase that has the same preposition
	// ("stoppen met mijn bedrijf").
	var business []string // per business word: the preposition it follows, or ""
	for i, w := range ws {
		if _, sector := ix.sectors[stems[i]]; businessNouns[w] || sector && !sectorVerbs[w] {
			business = append(business, governing(ws, i))
		}
	}
	phraseOf := make([]int, len(ws)) // per word: the first word of the synonym phrase it is part of, or itself
	for i := range phraseOf {
		phraseOf[i] = i
	}
	sized := make([]bool, len(ws)) // the word is part of a phrase that only names a company size ("self-employed")
	// Per word, the stems it stands for in the offers' names of several words: its own, and those of the words a
	// synonym it is part of means ("set up a business" is "bedrijf starten").
	nameStems := make([][]string, len(ws))
	for i := range ws {
		nameStems[i] = stems[i : i+1 : i+1]
	}
	applySynonym := func(syn *synonym, at []int) {
		src = phraseSource(ws, at)
		for _, p := range at {
			phraseOf[p] = min(phraseOf[p], at[0])
			for _, m := range syn.means {
				if st := ix.stem(m); !slices.Contains(nameStems[p], st) {
					nameStems[p] = append(nameStems[p], st)
				}
			}
		}
		synonymous = true
		defer func() { synonymous = false }()
		boost := boostSynonym
		if sizePhrase(ws, at) {
			boost = boostSize
			for _, i := range at {
				sized[i] = true
			}
		}
		for _, m := range syn.means {
			if addTerms(m, boost) {
				for _, i := range at {
					covered[i] = max(covered[i], credit(i))
				}
				u.strong = true
			}
			addTheme(ix.themes[ix.stemKey(m)])
		}
		// The words of one synonym mean one thing: when the question's own word names no theme ("bedrijfsbus"), a
		// word of the synonym that does ("bestelbus", of the vehicles topic) names it. (A word that names a theme
		// itself, "medewerkers", keeps the breadth it has.)
		var own []string
		for _, i := range at {
			own = append(own, ws[i])
		}
		if _, named := ix.themes[ix.stemKey(strings.Join(own, " "))]; !named {
			for _, phrase := range syn.words {
				key := ix.stemKey(strings.Join(phrase, " "))
				addTheme(ix.themes[key])
				addTopic(ix.topics[key])
			}
		}
	}
	var alts [][]string // per content word of an English message: the stems of its other forms in a synonym
	if m.Lang == understand.EN {
		alts = ix.synonymForms(ws, pos, cstems)
	}
	for at, st := range cstems {
		for _, ref := range ix.synRefs(st, alts, at) {
			syn := &ix.synonyms[ref.syn]
			phrase := syn.stems[ref.phrase]
			if syn.whole[ref.phrase] || at+len(phrase) > len(cstems) || !stemsAt(cstems, alts, at, phrase) {
				continue
			}
			if !hasNeeds(stems, syn.needs[ref.phrase], business, syn.words[ref.phrase]) {
				continue
			}
			if m.Lang == understand.EN && splitByClause(ws, pos[at:at+len(phrase)]) {
				continue // "my partner wants to leave" is no partner leave
			}
			applySynonym(syn, pos[at:at+len(phrase)])
		}
		// A phrase of two words in the other order: "het inhuren van zzp'ers" is "zzp'ers inhuren", "de verkoop
		// van mijn zaak" is "zaak verkopen".
		if at+1 < len(cstems) {
			for _, ref := range ix.synByFirst[cstems[at+1]] {
				syn := &ix.synonyms[ref.syn]
				phrase := syn.stems[ref.phrase]
				if syn.whole[ref.phrase] || len(phrase) != 2 || phrase[1] != st || phrase[0] == phrase[1] {
					continue
				}
				if !hasNeeds(stems, syn.needs[ref.phrase], business, syn.words[ref.phrase]) {
					continue
				}
				applySynonym(syn, pos[at:at+2])
			}
		}
	}
	// A phrase without a content word ("eigen bedrijf", "own business") matches word for word, on all the words;
	// on the content words alone it could never match. One such word alone is a generic word, left to the
	// content words below.
	every := make([]int, len(ws))
	for i := range every {
		every[i] = i
	}
	for at, st := range stems {
		for _, ref := range ix.synByFirst[st] {
			syn := &ix.synonyms[ref.syn]
			phrase := syn.stems[ref.phrase]
			if !syn.whole[ref.phrase] || len(phrase) < 2 || at+len(phrase) > len(stems) || !slices.Equal(stems[at:at+len(phrase)], phrase) {
				continue
			}
			applySynonym(syn, every[at:at+len(phrase)])
		}
	}
	// Starting a business means what "bedrijf starten" means, whatever the trade; someone coming into the business
	// means a legal form for two (starting.go).
	u.starts = sw.Starts()
	if sw.Starts() && ix.startSyn >= 0 {
		applySynonym(&ix.synonyms[ix.startSyn], sw.At())
	}
	if sw.join != nil && ix.joinSyn >= 0 {
		applySynonym(&ix.synonyms[ix.joinSyn], sw.join)
	}
	u.phrases = ix.namePhrasesIn(m.Lang, ws, nameStems)
	// Sectors and themes may span two words ("zwaar weer", "eigen bedrijf").
	for n := 2; n >= 1; n-- {
		for i := 0; i+n <= len(ws); i++ {
			if n > 1 && !ix.phraseStart[stems[i]] {
				continue
			}
			key := strings.Join(stems[i:i+n], " ")
			if slices.Contains(used[i:i+n], true) || n == 1 && stop(ws[i]) {
				continue
			}
			if _, ok := ix.sectors[key]; ok {
				for j := i; j < i+n; j++ {
					used[j] = true
				}
				if understand.ReportedBy(ws, i, n) {
					continue // who says it, not what it is about, nor who asks: not searched
				}
				src = termSource{at: i, word: strings.Join(ws[i:i+n], " ")}
				addTerms(strings.Join(ws[i:i+n], " "), boostSector)
				for _, t := range ix.analyze(strings.Join(ws[i:i+n], " ")) {
					u.askerOf[t] = true
				}
				// A business word can name a theme too ("webshop": a trade business, and selling online), or begin
				// with one that is still searched when nothing says the asker owns that business ("subsidie
				// zonnepanelenbedrijf": solar panels; "ik heb een isolatiebedrijf en zoek personeel" is about staff).
				if th, ok := ix.themes[key]; ok {
					addTheme(th)
					addTopic(ix.topics[key])
				}
				if n == 1 && !ownsBusinessAt(ws, i) {
					if h := ix.tradeTopic(ws[i]); h != "" {
						hk := ix.stem(h)
						addTheme(ix.themes[hk])
						addTopic(ix.topics[hk])
						src = termSource{at: i, word: h}
						addTerms(h, boostExact)
					}
				}
				continue
			}
			if th, ok := ix.themes[key]; ok {
				addTheme(th)
				addTopic(ix.topics[key])
				u.strong = true
				for j := i; j < i+n; j++ {
					covered[j] = max(covered[j], credit(j))
				}
			}
		}
	}

	// Then each content word on its own: exact, or split into known parts. A word that only names a theme or a
	// company size weighs less: it is true of many offers.
	var weight, known float64
	for i, w := range ws {
		if used[i] || stop(w) || isNumber(w) || headcount(ws, i) || m.Lang == understand.EN && verbSense(ws, i) || m.Lang == understand.NL && verbSenseNL(ws, i) {
			continue
		}
		if sw.role[i] != roleNone && sw.role[i] != roleVerb {
			sw.search(i, w, u, addTerms, &src)
			continue
		}
		if resigned[i] {
			u.unsearched++
			continue // understood, and nothing to search: neither known nor unknown
		}
		src = termSource{at: -1} // generic and size words fit almost every offer: not worth naming
		if sw.role[i] == roleVerb {
			ix.searchTextOnly(w, terms) // "open" of "open a tattoo shop" (starting.go)
			continue
		}
		if generic[w] {
			addTerms(w, boostGeneric)
			continue
		}
		if sizeWord(w) || sized[i] {
			addTerms(w, boostSize)
			for _, t := range ix.analyze(w) {
				u.askerOf[t] = true // "hoeveel belasting betaal ik als zzp'er" is the pattern "hoeveel belasting zzp"
			}
			continue
		}
		src = termSource{at: i, word: w}
		u.content++
		if outside[i] {
			u.ood++
		}
		var variants []string // the forms of an English word the catalogue has where it lacks this one
		if m.Lang == understand.EN {
			variants = ix.englishVariants(w)
		}
		for _, t := range ix.analyze(ix.patternVerb(m.Lang, w)) {
			t = ix.patternForm(t, variants)
			u.direct[t] = true
			if _, ok := u.directWord[t]; !ok {
				u.directWord[t] = phraseOf[i]
			}
		}
		info := ix.informativeness(w)
		weight += info
		_, themeWord := ix.themes[stems[i]]
		boost := boostExact
		switch {
		case corrected[i]:
			boost = boostCorrect
		case themeWord && !ix.isSalient(w):
			boost = boostTheme
		}
		found := addTerms(w, boost)
		byVariant := false // known only in another form: as sure as a corrected typo
		for _, v := range variants {
			byVariant = ix.addVariantTerms(w, v, boost, addTerms) || byVariant
		}
		switch {
		case found:
			covered[i] = max(covered[i], credit(i))
			// A rare compound ("ondernemersnetwerk") also finds "netwerk". Not in an English message: English writes
			// compounds apart, so the parts of one written together are common English words ("roadworks" found
			// the works council and the "work permit" of the knowledge-migrant scheme).
			if ix.surface[w] <= 2 && m.Lang != understand.EN {
				ix.decompoundInto(w, addTerms)
			}
			u.strong = u.strong || ix.isSalient(w)
		case byVariant:
			covered[i] = max(covered[i], creditCorrect)
		case ix.decompoundInto(w, addTerms):
			covered[i] = max(covered[i], ix.compoundCredit(w))
			if ix.compoundCredit(w) == 1 {
				for _, p := range ix.decompound(w) {
					u.strong = u.strong || ix.isSalient(p)
				}
			}
		}
		if covered[i] == 0 {
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
		if !themeWord && covered[i] > 0 {
			u.specific++
		}
		known += info * covered[i]
	}
	for _, w := range taken {
		for _, t := range ix.analyze(w) {
			if ix.qdf[t] > 0 {
				u.qterms[t] = max(u.qterms[t], boostExact)
			}
		}
	}
	u.expanded = map[string]bool{}
	for t := range u.qterms {
		if _, seen := own[t]; seen && !own[t] {
			u.expanded[t] = true
		}
	}
	u.content += oodPhrases(ws) // a phrase counts as one word more, so that ood/content stays below 1
	u.vague = weight == 0 && len(u.themes) == 0 && u.sector == ""
	if weight > 0 {
		u.coverage = known / weight
	} else if len(terms) > 0 && (hasGeneric(ws) || len(u.themes) > 0) {
		u.coverage = 1 // only generic words, a theme or a sector: on topic, just not specific
	}
	for t, b := range terms {
		u.terms = append(u.terms, weightedTerm{term: t, boost: b})
	}
	slices.SortFunc(u.terms, func(a, b weightedTerm) int { return strings.Compare(a.term, b.term) })
	return u
}

func hasGeneric(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return generic[w] })
}
