package index

import (
	"maps"
	"math"
	"slices"
	"sort"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// matchAnswers returns the ids of the curated answers that fit the question, best first: one of its patterns
// shares enough content words with the question, or one of its example questions is similar enough and more
// similar than any offer's (sims holds the example-question similarities per owner; answers follow the offers).
// The dialogue gives a fitting answer's text straight away, so an example match must beat the offers: a question
// that is as much like an offer's examples ("subsidie voor een elektrische bestelbus") gets the offers, and a broad
// question gets the dialogue's clarifying questions.
//
// A question told in many words ("ik zit in de WW en wil voor mezelf beginnen, hoe gaat dat met ...") rarely
// reaches minAnswerQuery, however closely it matches one example. So an answer whose example is at least
// minAnswerLoose similar and minAnswerLead more similar than any offer's fits too, when the question is
// on-topic (onTopic: the no-match decision says so). An answer about something the person rejects
// ("zonnepanelen, maar geen lening") is never given.
//
// Only the offers the search could show count against an answer: a regional offer for an asker whose place is
// unknown is not shown, so its example questions do not outweigh the answer's ("ik heb een WW-uitkering en wil
// voor mezelf beginnen" is as like a Werkgeversservicepunt's examples in one region, which no one outside it sees).
func (ix *Index) matchAnswers(u *understanding, sims map[int32]float64, onTopic bool, region string) []string {
	var best []scored
	// A broad question (only theme words: "een vraag over mijn medewerkers") is narrowed by the dialogue first. So
	// is one whose words that search are theme words only, beside words that say what no offer or answer is on: the
	// likeness of "werknemer" alone to an answer's example is no answer to "mijn werknemer wil zelf ontslag nemen"
	// (it brought the answer on finding staff).
	broad := u.specific == 0 && (len(u.topics) == 0 || u.unsearched > 0) || onlyWho(u)
	seen := map[int]bool{}
	bestOffer := 0.0
	for owner, sim := range sims {
		if i := int(owner) - ix.questions.offers; i >= 0 {
			seen[i] = true
		} else if sim > bestOffer && ix.shown(ix.cat.Offers[owner], u, region) {
			bestOffer = max(bestOffer, sim)
		}
	}
	// The terms each pattern shares with the question, counted in one pass over the question's terms.
	// A pattern may name a sector ("foodtruck vergunning": an answer about a sector's own situation) or a company
	// size ("hoeveel belasting zzp"); the question's sector and size words count for the patterns that name them,
	// and only for those: for the others they are not words left unmatched (the question's "restaurant" does not
	// make "personeel vinden" a worse match). Alone they make no match: they say who asks, not what about.
	type overlap struct {
		n        int
		sector   int         // of which the question's sector and size terms
		who      int         // of which the question's legal-form words ("bv"): its own words, but about the asker
		specific bool        // a shared term is more specific than a theme
		alone    bool        // a shared own term is one that no offer has: only the curated answers know it
		gen      []int       // the question word of each shared term of a generic word ("voorwaarden")
		words    []int       // the question word of each shared direct term
		at       [][]int     // every question word of each shared direct term (a word may be said twice)
		syn      map[int]int // per question word: the terms its synonyms share
	}
	shared := map[int32]overlap{}
	count := func(t string, sector bool) {
		who := !sector && understand.IsLegalFormTerm(t)
		for _, k := range ix.patternsByTerm[t] {
			o := shared[k]
			o.n++
			if w, ok := u.directWord[t]; ok && !sector {
				o.words = append(o.words, w)
				o.at = append(o.at, u.directAt[t])
			}
			switch {
			case sector:
				o.sector++ // a sector alone makes no specific match: "foodtruck" is no question about permits
			case who:
				o.who++ // nor does a legal form: "moet ik een bv worden" is no question about a dga's salary
			default:
				o.specific = o.specific || !ix.broad[t]
				o.alone = o.alone || len(ix.termOffers[t]) == 0 && !ix.broad[t]
			}
			shared[k] = o
		}
	}
	for t := range u.direct {
		count(t, false)
	}
	for t := range u.askerOf {
		if !u.direct[t] {
			count(t, true)
		}
	}
	// A generic word counts for the patterns that have it, as a word of their phrase; it makes no match alone.
	for t, at := range u.genericAt {
		if u.direct[t] || u.askerOf[t] {
			continue
		}
		for _, k := range ix.patternsByTerm[t] {
			o := shared[k]
			o.n++
			o.gen = append(o.gen, at[0])
			o.at = append(o.at, at)
			shared[k] = o
		}
	}
	// A question word may name a pattern's word by a synonym ("personeel aannemen" for the pattern's "werknemer
	// aannemen"): it counts as that word when the pattern shares two own words of the question too, which anchor
	// the match (with one, "een eigen zaak starten" as a "buitenlander" was the pattern "export starten").
	for _, src := range u.sources {
		if u.direct[src.term] || u.askerOf[src.term] {
			continue
		}
		for _, k := range ix.patternsByTerm[src.term] {
			o, ok := shared[k]
			if !ok || distinct(o.words) < 2 {
				continue
			}
			if o.syn == nil {
				o.syn = map[int]int{}
			}
			o.syn[src.at]++
			o.specific = o.specific || !ix.broad[src.term]
			shared[k] = o
		}
	}
	termsOf := termsPerWord(u)
	// One word no pattern can share ("deur" in "voor de deur") is not one the nearest pattern lacks. Several say
	// the question is also about something the catalogue does not know ("a yoga teacher teaching classes"): they
	// keep counting.
	if len(u.unknown) == 1 {
		for i := range u.unknown {
			delete(termsOf, i)
		}
	}
	patternSim := map[int]float64{} // per answer: the Dice similarity of its best pattern that overlaps specifically
	contained := map[int]bool{}     // per known gap: the question has every term of one of its patterns
	named := map[int][]string{}     // per other answer: the terms of each pattern that names it, held whole
	whole := map[int]bool{}         // per other answer: the question has every term of a pattern of two or more words
	// The offers whose example questions are as close as a contained gap scores: one that has every word of the
	// gap's pattern fits the question ("moet een koper een geheimhoudingsverklaring tekenen" is an example of the
	// business-transfer advice), one that matched other words of it does not hide the gap.
	var close []int32
	for owner, sim := range sims {
		if int(owner) < ix.questions.offers && sim >= gapContained && ix.shown(ix.cat.Offers[owner], u, region) {
			close = append(close, owner)
		}
	}
	offerHas := func(terms []string) bool {
		return slices.ContainsFunc(close, func(o int32) bool {
			return !slices.ContainsFunc(terms, func(t string) bool {
				_, found := slices.BinarySearch(ix.termOffers[t], o)
				return !found
			})
		})
	}
	for k, o := range shared {
		i := int(ix.patterns[k].answer)
		seen[i] = true
		// A known gap's pattern is a specific phrase ("concurrentiebeding werknemer", "fooien"): a question that has
		// all of its words is about the gap's topic, however long it is (Dice counts the question's other words
		// against it, so only a short question reached minAnswerSim).
		said := distinct(slices.Concat(o.words, o.gen)) // the question words the pattern shares
		if ix.answers[i].gap && o.n-o.sector >= ix.patterns[k].terms && said >= min(2, ix.patterns[k].terms) && !offerHas(ix.patterns[k].of) {
			contained[i] = true
		}
		// Its words said close together: "we opened our cafe ... taking money from the business account" does not
		// say the pattern "open a business account".
		if !ix.answers[i].gap && ix.patterns[k].named && o.n-o.sector >= ix.patterns[k].terms && said >= min(2, ix.patterns[k].terms) && o.specific &&
			nearest(o.at) <= 2*ix.patterns[k].terms {
			named[i] = append(named[i], ix.patterns[k].of...)
		}
		if !ix.answers[i].gap && ix.patterns[k].terms >= 2 && o.n-o.who >= ix.patterns[k].terms && o.n-o.sector-o.who >= 2 && said >= 2 && o.specific &&
			nearest(o.at) <= 2*ix.patterns[k].terms {
			whole[i] = true
		}
		// A pattern of one word that no offer has ("cookiemelding", "vaststellingsovereenkomst", "jaarruimte") names
		// what only the curated answers know: a question that uses the word is about the answer's topic, however long.
		if !ix.answers[i].gap && ix.patterns[k].terms == 1 && o.alone && len(o.words) > 0 {
			whole[i] = true
		}
		// A sector alone makes no match, also when its name is two terms ("government agency" in the pattern
		// "which government agency" gave the answer on which desk to go to to every government agency).
		if o.n > o.sector+o.who+len(o.gen) && (o.n-len(o.gen)+len(o.syn) >= 2 || o.specific) {
			// The question's generic words are no words of termsOf: one the pattern shares counts on both sides, as
			// a sector word does. It makes no broad word a match: "ik zoek een lening voor mijn bedrijf" is a broad
			// question, though "lening voor mijn bedrijf" is a pattern.
			patternSim[i] = max(patternSim[i], patternDice(o.words, o.syn, o.sector+len(o.gen), termsOf, ix.patterns[k].terms))
		}
	}
	// An answer whose question or patterns name a word the person rejects ("... maar geen lening").
	rejected := map[int]bool{}
	for t := range u.rejected {
		for _, k := range ix.patternsByTerm[t] {
			rejected[int(ix.patterns[k].answer)] = true
		}
	}
	// The loose gate's lead holds against the other answers too: an answer far less like the question than
	// another answer is no second reply to it ("de bakkerij van mijn baas overnemen" is 0.93 like the buyers'
	// answer and 0.55 like the sellers').
	bestAnswer := 0.0
	for i := range seen {
		if !rejected[i] {
			bestAnswer = max(bestAnswer, sims[int32(ix.questions.offers+i)])
		}
	}
	for i := range seen {
		a := ix.answers[i]
		// An answer for the other class of legal forms is none for this asker, however like its words are: "hoeveel
		// mag ik mezelf uitbetalen uit mijn bv" is about a dga's salary, not the private withdrawal of an eenmanszaak
		// (and the reverse), as offers for the other class are ranked low (otherLegalForm).
		if rejected[i] || forOtherLegalForm(u.legalForm, a.legalForm) {
			continue
		}
		s := patternSim[i]
		if s < minAnswerSim {
			s = 0
		}
		if sim := sims[int32(ix.questions.offers+i)]; !broad && ix.saysOfMoney(a, u) && (sim >= minAnswerQuery && sim > bestOffer ||
			onTopic && sim >= minAnswerLoose && sim >= bestOffer+minAnswerLead && sim+minAnswerLead > bestAnswer) {
			s = max(s, sim)
		}
		if s == 0 && contained[i] && !broad {
			s = gapContained // below every answer that fits by its own gate: a fitting answer is the reply
		}
		// A question told in many words that holds a whole pattern of two words or more, close together ("... when
		// you receive a fake review on Google from someone ..."), is about the answer's topic, though Dice counts its
		// other words against the pattern; on-topic only, and below every answer that fits by its own gate. Words
		// of the pattern far apart are another story ("my customer wants me to pay the shipping" is no unpaid invoice).
		if s == 0 && whole[i] && onTopic && !broad {
			s = wholePattern
		}
		if s > 0 {
			best = append(best, scored{a.id, s})
		}
	}
	sort.Slice(best, func(i, j int) bool {
		if best[i].sim != best[j].sim {
			return best[i].sim > best[j].sim
		}
		return best[i].id < best[j].id
	})
	best = ix.besideGap(best, named, u)
	var ids []string
	for _, b := range best {
		ids = append(ids, b.id)
	}
	return ids
}

// besideGap puts first, when a known gap leads, another answer whose pattern the question holds whole with a word
// the gap's topic is not asked in, and that few offers have: the question names that answer's topic in its own words
// ("ik registreer een domeinnaam en moet ook nog een handelsnaam kiezen" asks about a trade name, which the gap on
// domain names only mentions), and the gap would hide it. An everyday word of the asker's story is no such word:
// "ik ga mijn eerste werknemer aannemen. Mag ik een concurrentiebeding ..." holds the pattern "eerste werknemer
// aannemen", whose word outside the gap, "eerste", 49 offers have. best is sorted; named holds per answer the terms
// of its patterns held whole.
func (ix *Index) besideGap(best []scored, named map[int][]string, u *understanding) []scored {
	if len(best) == 0 || len(named) == 0 {
		return best
	}
	gap := ix.answerDoc(best[0].id)
	if gap == nil || !gap.gap {
		return best
	}
	// In the catalogue's order: where two answers qualify, the same one comes first on every search (a map's order
	// changes from one range to the next).
	for _, i := range slices.Sorted(maps.Keys(named)) {
		a := ix.answers[i]
		if slices.ContainsFunc(named[i], func(t string) bool { return gap.otherThanAsked(t, u) && len(ix.termOffers[t]) <= besideGapOffers }) &&
			!forOtherLegalForm(u.legalForm, a.legalForm) {
			rest := slices.DeleteFunc(best, func(b scored) bool { return b.id == a.id })
			return append([]scored{{a.id, wholePattern}}, rest...)
		}
	}
	return best
}

// besideGapOffers is how many offers at most may have the word by which another answer's pattern names a topic
// beside a known gap's (besideGap).
const besideGapOffers = 10

// scored is a curated answer and how well it fits a question.
type scored struct {
	id  string
	sim float64
}

// moneyKinds are the sorts of help that are money: a question that asks for one asks what it pays.
var moneyKinds = map[wegwijzer.Kind]bool{wegwijzer.KindSubsidie: true, wegwijzer.KindLeningGarantie: true, wegwijzer.KindFiscaleRegeling: true}

// saysOfMoney reports whether an answer can say something about the money a question asks for (a grant, a loan, a
// tax scheme): it names that sort of money somewhere, or the question asks for none. Its example question may be
// like the question in every other word ("subsidie voor zonnepanelen op mijn bedrijfsdak" is 0.78 like "mag ik
// zonnepanelen op mijn bedrijfsdak leggen zonder vergunning"), but an answer on permits is no answer to a question
// for a grant: "subsidie" is a generic word and weighs little in the likeness.
func (ix *Index) saysOfMoney(a answerDoc, u *understanding) bool {
	asks := false
	for _, k := range u.kinds {
		if moneyKinds[k] {
			asks = true
			if a.money[k] {
				return true
			}
		}
	}
	return !asks
}

// onlyWho reports whether every own word of the question says who asks (a legal form): its likeness to an
// answer's examples then rests on that word alone ("moet ik een bv worden" is like every example with "bv").
func onlyWho(u *understanding) bool {
	if len(u.direct) == 0 {
		return false
	}
	for t := range u.direct {
		if !understand.IsLegalFormTerm(t) {
			return false
		}
	}
	return true
}

func dice(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

func hasAny(xs, ys []string) bool {
	for _, y := range ys {
		if slices.Contains(xs, y) {
			return true
		}
	}
	return false
}

// termsPerWord counts the direct terms of each question word: the words of a synonym phrase are one word
// ("self-employed", "save energy").
func termsPerWord(u *understanding) map[int]int {
	out := make(map[int]int, len(u.direct))
	for t := range u.direct {
		out[u.directWord[t]]++
	}
	return out
}

// directWords is the number of question words the direct terms come from: the words of a synonym phrase are one.
func directWords(u *understanding) int { return len(termsPerWord(u)) }

// patternDice is the Dice similarity of a pattern of patternTerms terms with the question, whose words have termsOf
// direct terms: shared holds the question word of each direct term the pattern shares, syn per question word the
// number of terms its synonyms share (they stand for its own terms), sector the number of the question's sector
// terms it shares. A question word whose terms the pattern shares all counts once, on both sides
// ("self-employed" in "pension self-employed" is one of its two words, not two of three); one it shares only in
// part counts by its terms ("save energy" shares "save" with "save for my pension": one term of two, not the whole
// word, which brought the pension answer to "how can my bakery save energy?").
func patternDice(shared []int, syn map[int]int, sector int, termsOf map[int]int, patternTerms int) float64 {
	per := map[int]int{}
	for _, w := range shared {
		per[w]++
	}
	matched, collapsed, split := sector, 0, 0
	for w, n := range syn {
		if per[w] > 0 {
			per[w] = min(termsOf[w], per[w]+n) // what its synonym shares stands for its own terms the pattern lacks
			continue
		}
		matched++ // a word the pattern names by its synonym only: one word, however many terms its synonym shares
		collapsed += n - 1
	}
	for w, n := range per {
		if n == termsOf[w] {
			matched++
			collapsed += n - 1
		} else {
			matched += n
			split += termsOf[w] - 1
		}
	}
	return 2 * float64(matched) / float64(len(termsOf)+split+sector+patternTerms-collapsed)
}

// nearest is the width of the narrowest stretch of question words that holds one place of each term (the last
// place less the first); at holds every place of each term ("visa" said twice is near "daft" where it follows it).
func nearest(at [][]int) int {
	best := math.MaxInt
	for _, ps := range at {
		for _, from := range ps { // the stretch that starts here: each term at its first place from here on
			last := from
			for _, qs := range at {
				next := math.MaxInt
				for _, q := range qs {
					if q >= from {
						next = min(next, q)
					}
				}
				last = max(last, next)
			}
			if last != math.MaxInt {
				best = min(best, last-from)
			}
		}
	}
	return best
}

// distinct is the number of different values in ws.
func distinct(ws []int) int {
	seen := map[int]bool{}
	for _, w := range ws {
		seen[w] = true
	}
	return len(seen)
}
