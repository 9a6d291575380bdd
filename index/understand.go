package index

import (
	"context"
	"fmt"
	"math"
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
	rejected map[string]bool    // analysed terms of the words the person rejects ("geen lening")
	coverage float64            // share of the question's information the catalogue knows, 0..1
	specific int                // known content words that are not theme words
	strong   bool               // some word names what an offer is (title, alias, keyword, synonym, theme)
	kinds    []wegwijzer.Kind   // sorts of help the question asks for
	vague    bool               // no content words at all
	content  int                // content words of the question
	ood      int                // of which out-of-domain words ("recept", "voetbal", "echtscheiding")
	sources  []termSource       // which question word brought each search term (for Result.Matched)
}

// understand reads a parsed message. Places and sectors come from the whole message (without its placeholders),
// but a place the person rejects ("niet in Drenthe") never sets the region; the words to search come from
// m.Search: the asking sentences, without rejected words.
func (ix *Index) understand(m understand.Message) *understanding {
	u := &understanding{direct: map[string]bool{}, qterms: map[string]float64{}}
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
	full := ix.joinCompounds(ix.placeAdjectives(words(m.Plain())))
	u.region = ix.findRegion(full, rejected)
	u.sector = ix.findSector(full, rejected)
	ws := ix.joinCompounds(ix.placeAdjectives(words(m.Search)))
	taken := handedOver(ws)
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
		outside[i] = !used[i] && !stop(w) && !generic[w] && ix.outOfDomain(w)
	}

	// Comparatives and superlatives ("duurzamer", "groenste") mean what their base word means; the stemmer
	// leaves them alone, so they are reduced here when the base is a word the catalogue knows well.
	for i, w := range ws {
		if !used[i] && !stop(w) { // "vroeger" (formerly) is a function word, not "vroeg" (early)
			ws[i] = ix.baseForm(w)
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
		if synonymWordIn(m.Lang, w) && !isNumber(w) {
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
		if _, sector := ix.sectors[stems[i]]; businessNouns[w] || sector {
			business = append(business, governing(ws, i))
		}
	}
	applySynonym := func(syn *synonym, at []int) {
		src = phraseSource(ws, at)
		synonymous = true
		defer func() { synonymous = false }()
		for _, m := range syn.means {
			if addTerms(m, boostSynonym) {
				for _, i := range at {
					covered[i] = max(covered[i], credit(i))
				}
				u.strong = true
			}
			addTheme(ix.themes[ix.stemKey(m)])
		}
	}
	for at, st := range cstems {
		for _, ref := range ix.synByFirst[st] {
			syn := &ix.synonyms[ref.syn]
			phrase := syn.stems[ref.phrase]
			if syn.whole[ref.phrase] || at+len(phrase) > len(cstems) || !slices.Equal(cstems[at:at+len(phrase)], phrase) {
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
				src = termSource{at: i, word: strings.Join(ws[i:i+n], " ")}
				addTerms(strings.Join(ws[i:i+n], " "), boostSector)
				// A business word can name a theme too ("webshop": a trade business, and selling online).
				if th, ok := ix.themes[key]; ok {
					addTheme(th)
					addTopic(ix.topics[key])
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
		if used[i] || stop(w) || isNumber(w) || headcount(ws, i) || m.Lang == understand.EN && verbSense(ws, i) {
			continue
		}
		src = termSource{at: -1} // generic and size words fit almost every offer: not worth naming
		if generic[w] {
			addTerms(w, boostGeneric)
			continue
		}
		if sizeWords[w] {
			addTerms(w, boostSize)
			continue
		}
		src = termSource{at: i, word: w}
		u.content++
		if outside[i] {
			u.ood++
		}
		for _, t := range ix.analyze(ix.patternVerb(m.Lang, w)) {
			u.direct[t] = true
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
		switch {
		case addTerms(w, boost):
			covered[i] = max(covered[i], credit(i))
			// A rare compound ("ondernemersnetwerk") also finds "netwerk". Not in an English message: English writes
			// compounds apart, so the parts of one written together are common English words ("roadworks" found
			// the works council and the "work permit" of the knowledge-migrant scheme).
			if ix.surface[w] <= 2 && m.Lang != understand.EN {
				ix.decompoundInto(w, addTerms)
			}
			u.strong = u.strong || ix.isSalient(w)
		case ix.decompoundInto(w, addTerms):
			covered[i] = max(covered[i], ix.compoundCredit(w))
			if ix.compoundCredit(w) == 1 {
				for _, p := range ix.decompound(w) {
					u.strong = u.strong || ix.isSalient(p)
				}
			}
		}
		if covered[i] == 0 {
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

// stem returns the analysed form of one word, or the word itself when the analyzer drops it (a stopword).
func (ix *Index) stem(w string) string {
	if ts := ix.analyze(w); len(ts) > 0 {
		return ts[0]
	}
	return w
}

// isSalient reports whether a word names what some offer is: it occurs in a title, alias or keyword.
func (ix *Index) isSalient(w string) bool {
	for _, t := range ix.analyze(w) {
		if ix.salient[t] && !ix.broad[t] {
			return true
		}
	}
	return false
}

// known reports whether the catalogue knows the word as it is.
func (ix *Index) known(w string) bool {
	if ix.surface[w] > 0 || ix.qsurface[w] {
		return true
	}
	for _, t := range ix.analyze(w) {
		if ix.vocab[t] > 0 || ix.qdf[t] > 0 {
			return true
		}
	}
	return false
}

// decompoundInto splits w into known parts and adds their terms; it reports whether any part was known.
func (ix *Index) decompoundInto(w string, add func(string, float64) bool) bool {
	parts := ix.decompound(w)
	if len(parts) < 2 {
		return false
	}
	found := false
	for _, p := range parts {
		if add(p, boostPart) {
			found = true
		}
	}
	return found
}

// informativeness weighs a word by how rare it is in the catalogue: a word no offer uses weighs most.
func (ix *Index) informativeness(w string) float64 {
	df := 0
	for _, t := range ix.analyze(w) {
		df = max(df, ix.vocab[t])
	}
	return math.Log(1 + float64(ix.n+1)/float64(df+1))
}

// phraseAt returns the positions where phrase occurs in ws.
func phraseAt(ws, phrase []string) []int {
	var out []int
	for i := 0; i+len(phrase) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(phrase)], phrase) {
			out = append(out, i)
		}
	}
	return out
}

// Explain describes how the index understands a question: for tuning and for `search --explain`.
func (ix *Index) Explain(text string) string {
	u := ix.understand(understand.Parse(text))
	var b strings.Builder
	fmt.Fprintf(&b, "region=%q sector=%q themes=%v topics=%v coverage=%.2f specific=%d\n", u.region, u.sector, u.themes, u.topics, u.coverage, u.specific)
	for _, w := range words(text) {
		fmt.Fprintf(&b, "  %-20s stop=%v generic=%v analyzed=%v df=%d info=%.2f parts=%v correct=%q\n", w, stopwords[w], generic[w], ix.analyze(w), ix.vocab[first(ix.analyze(w))], ix.informativeness(w), ix.decompound(w), ix.correct(w))
	}
	for _, t := range u.terms {
		fmt.Fprintf(&b, "  term %s^%.1f\n", t.term, t.boost)
	}
	if res, err := ix.Search(context.Background(), wegwijzer.Query{Text: text}); err == nil && res.Signals != nil {
		s := res.Signals
		fmt.Fprintf(&b, "no-match signals: coverage=%.2f question=%.2f text=%.2f out_of_domain_words=%d business=%v (margin=%.2f named=%v) linked=%v -> confidence %.2f (threshold %.2f)\n",
			s.Coverage, s.Question, s.Text, s.OutOfDomainWords, s.Business, s.Margin, s.Named, s.Linked, s.Confidence, ix.noMatch.Threshold)
	}
	return b.String()
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// compoundCredit is how much a split compound counts towards coverage: fully when every part is known,
// half when only its head is ("schoonmoeder" is not about "schoon").
func (ix *Index) compoundCredit(w string) float64 {
	for _, p := range ix.decompound(w) {
		if ix.surface[p] == 0 {
			return creditHeadOnly
		}
	}
	return 1
}

// baseForm returns the base of a Dutch comparative or superlative ("duurzamer" -> "duurzam", whose stem is
// that of "duurzaam") when that base names a theme or an offer and the word itself does not; else w.
func (ix *Index) baseForm(w string) string {
	if _, ok := ix.themes[ix.stem(w)]; ok || ix.isSalient(w) || len(w) < 7 {
		return w
	}
	for _, suffix := range []string{"ere", "er", "ste", "st"} {
		base, ok := strings.CutSuffix(w, suffix)
		if !ok || len(base) < 4 {
			continue
		}
		if _, ok := ix.themes[ix.stem(base)]; ok || ix.isSalient(base) {
			return base
		}
	}
	return w
}

// findRegion returns the place the words name, skipping places the person rejects.
func (ix *Index) findRegion(ws []string, rejected map[string]bool) string {
	ws = slices.Clone(ws)
	for range len(ws) {
		id, s, e := ix.cat.Geography.Find(ws)
		if id == "" {
			return ""
		}
		if !slices.ContainsFunc(ws[s:e], func(w string) bool { return rejected[w] }) {
			return id
		}
		for i := s; i < e; i++ {
			ws[i] = ""
		}
	}
	return ""
}

// placeWords marks the words that name a place: they say where, not what, and are not searched.
func (ix *Index) placeWords(ws []string) []bool {
	used := make([]bool, len(ws))
	rest := slices.Clone(ws)
	for range len(ws) {
		id, s, e := ix.cat.Geography.Find(rest)
		if id == "" {
			break
		}
		for i := s; i < e; i++ {
			used[i], rest[i] = true, ""
		}
	}
	return used
}

// findSector returns the sector the words name (one or two words, "zwaar transport"), skipping rejected words.
func (ix *Index) findSector(ws []string, rejected map[string]bool) string {
	stems := make([]string, len(ws))
	for i, w := range ws {
		if !rejected[w] {
			stems[i] = ix.stem(w)
		}
	}
	for n := 2; n >= 1; n-- {
		for i := 0; i+n <= len(stems); i++ {
			if slices.Contains(stems[i:i+n], "") || n > 1 && !ix.phraseStart[stems[i]] {
				continue
			}
			if id, ok := ix.sectors[strings.Join(stems[i:i+n], " ")]; ok {
				return id
			}
		}
	}
	return ""
}

// joinCompounds writes two words as one where the one word names a sector or a theme and the two do not: a
// Dutch compound written apart, the English way ("food truck" is a foodtruck, "web shop" a webshop). Apart,
// "truck" made a question about a food truck one about lorries.
func (ix *Index) joinCompounds(ws []string) []string {
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		if i+1 < len(ws) && !stopwords[ws[i]] && !stopwords[ws[i+1]] && !isNumber(ws[i]) && !isNumber(ws[i+1]) {
			joined := ix.stem(ws[i] + ws[i+1])
			_, sector := ix.sectors[joined]
			_, theme := ix.themes[joined]
			two := ix.stem(ws[i]) + " " + ix.stem(ws[i+1])
			_, sector2 := ix.sectors[two]
			_, theme2 := ix.themes[two]
			if (sector || theme) && !sector2 && !theme2 {
				out = append(out, ws[i]+ws[i+1])
				i++
				continue
			}
		}
		out = append(out, ws[i])
	}
	return out
}

// placeAdjectives replaces the adjective of a place name by the name ("Rotterdamse" and "Rotterdams" by
// "rotterdam", "Utrechtse" by "utrecht"), when the word itself is not a place.
func (ix *Index) placeAdjectives(ws []string) []string {
	for i, w := range ws {
		if len(w) < 6 || !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "se") {
			continue
		}
		if _, ok := ix.cat.Geography.Lookup(w); ok {
			continue
		}
		base := strings.TrimSuffix(strings.TrimSuffix(w, "e"), "s")
		if _, ok := ix.cat.Geography.Lookup(base); ok && len(base) >= 4 {
			ws[i] = base
		}
	}
	return ws
}

// handedOver reads taking over the asker's own business as handing it over: "wie neemt mijn bedrijf over", "kan
// mijn zoon mijn zaak overnemen" ask about a successor, the seller's side, where "het bedrijf van mijn baas
// overnemen" asks the buyer's. The verb is rewritten in ws to the seller's ("overdragen"), so that neither the
// synonyms nor the curated answers for buyers take the question; it returns the words it rewrote, which the
// example questions are still compared with (sellers' examples say "overnemen" too: "mijn kinderen willen het
// bedrijf niet overnemen"). Dutch only: the English examples use "take over" for both sides.
func handedOver(ws []string) []string {
	own := false
	for j := 1; j < len(ws); j++ {
		if businessNouns[ws[j]] && ownPossessives[ws[j-1]] {
			own = true
		}
	}
	if !own {
		return nil
	}
	var taken []string
	for i, w := range ws {
		if takeOver[w] {
			taken = append(taken, w)
			ws[i] = "overdragen"
		}
	}
	return taken
}

// ownPossessives say a business is the asker's; takeOver are the forms of taking a business over (the separable
// verb joined by understand: "neemt ... over" is "overnemen").
var (
	ownPossessives = setOf(`mijn m mn ons onze`)
	takeOver       = setOf(`overnemen overneemt overneem overnam overnamen overgenomen`)
)

// verbSense reports whether the English word at i is a verb whose noun is a word of the catalogue with another
// meaning: "leave" is time off work as a noun ("parental leave"), but departing after "to", an auxiliary or a
// subject ("my partner wants to leave", "I will leave"), and "leaving" is always the verb. Read as the noun, a
// partner who leaves the business found birth and parental leave.
func verbSense(ws []string, i int) bool {
	switch ws[i] {
	case "leaving":
		return true
	case "leave":
		return i > 0 && clauseWords[ws[i-1]]
	}
	return false
}

// splitByClause reports whether the words of a phrase at these positions are split by a subject or a verb of
// their own (English word order: "my partner wants to leave" is a partner who leaves, not "partner leave"; "the
// company will sell shares" is no "company sell"). Function words may stand between them ("sell my company").
func splitByClause(ws []string, at []int) bool {
	for k := 1; k < len(at); k++ {
		for _, w := range ws[at[k-1]+1 : at[k]] {
			if clauseWords[w] {
				return true
			}
		}
	}
	return false
}

// clauseWords are English subjects, auxiliaries and verbs of wanting and the infinitive's "to": between two words
// of a synonym phrase they make the words parts of a clause, not of one expression.
var clauseWords = setOf(`i we you he she they it am is are was were be been being has have had do does did will
would can could should shall may might must want wants wanted need needs needed going to`)

// hasNeeds reports whether a question with these word stems has the needs of a synonym phrase of these words;
// business holds the preposition each business word of the question follows (needBusiness).
func hasNeeds(stems, needs, business, phrase []string) bool {
	for i, n := range needs {
		if n == needBusiness {
			if !slices.ContainsFunc(business, func(p string) bool { return p == "" || slices.Contains(phrase, p) }) {
				return false
			}
			return hasAll(stems, slices.Delete(slices.Clone(needs), i, i+1))
		}
	}
	return hasAll(stems, needs)
}

// governing returns the preposition that the word at i follows, over determiners ("via mijn webshop": "via"),
// or "". "van" and "of" are left out: "de verkoop van mijn zaak" is about the business.
func governing(ws []string, i int) string {
	j := i - 1
	for j >= 0 && determiners[ws[j]] {
		j--
	}
	if j >= 0 && prepositions[ws[j]] {
		return ws[j]
	}
	return ""
}

// hasAll reports whether have holds every one of want, or a form of it: the stemmer leaves stopwords as they
// are, so "word" and "wordt" are forms of "worden" (one starts the other, in at least three letters).
func hasAll(have, want []string) bool {
	for _, w := range want {
		if !slices.ContainsFunc(have, func(h string) bool { return sameForm(h, w) }) {
			return false
		}
	}
	return true
}

func sameForm(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 3 && strings.HasPrefix(b, a)
}

// patternVerb returns, for a Dutch verb form ending in -t whose form without it an answer's pattern has as an
// infinitive ("neemt": "personeel in dienst nemen"), that form; else w. The stemmer leaves the -t on ("neemt"
// stays, "nemen" becomes "nem"), so the pattern missed the question by one word. Only the words compared with the
// patterns change: as a search term the shorter form found more wrong offers than right ones.
func (ix *Index) patternVerb(lang understand.Lang, w string) string {
	if lang == understand.EN || len(w) < 5 || !strings.HasSuffix(w, "t") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "tt") {
		return w
	}
	v := w[:len(w)-1]
	st := ix.stem(v)
	if st == ix.stem(w) || len(ix.patternsByTerm[st]) == 0 {
		return w
	}
	return v
}
