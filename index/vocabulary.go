package index

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/wegwijzer/wegwijzer/understand"
)

// loadVocabulary collects the words of the catalogue: for typo correction, compound splitting and the coverage
// of a question, and the sector, theme and synonym words for understanding it.
func (ix *Index) loadVocabulary() {
	// Each distinct word is analysed once (into ix.stems); an offer's terms are its words' stems, which is what
	// the analyzer makes of its text (the same folding, lower-casing, stopwords and stemming).
	// The words of the example questions are kept for buildQuestions, so that they are split into words once.
	ix.splitOfferWords()
	ix.countOfferWords()
	ix.countAnswerWords()
	ordinary := ix.loadNames()
	for _, s := range ix.cat.Sectors {
		for _, w := range s.Words {
			ix.sectors[ix.stemKey(w)] = s.ID
		}
	}
	for _, t := range ix.cat.Themes {
		for _, w := range append(t.Words, t.Label) {
			ix.addThemeWord(w, t.ID)
			for _, term := range ix.analyze(w) {
				ix.broad[term] = true
			}
		}
		for _, tp := range t.Topics {
			ix.topicTheme[tp.ID] = t.ID
			for _, w := range tp.Words {
				ix.addThemeWord(w, t.ID)
				if key := ix.stemKey(w); key != "" && ix.topics[key] == "" {
					ix.topics[key] = tp.ID
				}
			}
		}
	}
	// The first word of every phrase of sector or theme words: a question's word pairs are looked up only there.
	for _, m := range []map[string]string{ix.sectors, ix.themes} {
		for key := range m {
			if first, _, phrase := strings.Cut(key, " "); phrase {
				ix.phraseStart[first] = true
			}
		}
	}
	ix.startSyn, ix.joinSyn = -1, -1
	for _, s := range ix.cat.Synonyms {
		syn := synonym{}
		for _, w := range s.Words {
			// A phrase matches on its content words: "sell my business" matches "sell my company".
			// A left-out word that is not a function word must still be in the question, anywhere: "vader
			// worden" is not every "vader", "let go" not every "let", "bank wil niet" not every "bank".
			// A business word of the phrase ("buy a business") must be there as some business word, any
			// ("buy a company", "buy a bakery"): without one, "buy a machine" was a business takeover. A phrase of
			// one content word keeps its particle too: "start over" is not every "start".
			ws := words(w)
			content := 0
			for j := range ws {
				if phraseWord(ws, j) {
					content++
				}
			}
			var stems, needs []string
			for j, x := range ws {
				switch {
				case phraseWord(ws, j):
					stems = append(stems, ix.stem(x))
				case businessNouns[x]:
					if !slices.Contains(needs, needBusiness) {
						needs = append(needs, needBusiness)
					}
				case content == 1 && generic[x]:
					// A phrase of one content word needs a generic word too, any: "eu-subsidie" is not every "EU"
					// ("selling candles to customers in the EU" was a question about European grants), where "EU
					// grant" and "europees geld" are.
					if !slices.Contains(needs, needGeneric) {
						needs = append(needs, needGeneric)
					}
				case !functionWords[x] && !generic[x], content == 1 && particles[x], understand.IsNegating(x):
					// A negation is what the phrase says: "cannot pay tax", "can't pay tax" ("can not pay tax") is not
					// every "can I pay tax?", which was read as money trouble.
					needs = append(needs, ix.stem(x))
				}
			}
			whole := len(stems) == 0
			if whole {
				// No content word ("eigen bedrijf", "own business"): the phrase is matched word for word.
				needs = nil
				for _, x := range ws {
					stems = append(stems, ix.stem(x))
				}
			}
			if len(stems) > 0 {
				syn.stems = append(syn.stems, stems)
				syn.needs = append(syn.needs, needs)
				syn.whole = append(syn.whole, whole)
				syn.words = append(syn.words, ws)
			}
		}
		for _, m := range s.Means {
			syn.means = append(syn.means, words(m)...)
		}
		for _, m := range syn.means {
			syn.meanStems = append(syn.meanStems, ix.stem(m))
			syn.meanKeys = append(syn.meanKeys, ix.stemKey(m))
		}
		for _, ws := range syn.words {
			syn.keys = append(syn.keys, ix.stemKey(strings.Join(ws, " ")))
		}
		for pi, phrase := range syn.stems {
			ix.synByFirst[phrase[0]] = append(ix.synByFirst[phrase[0]], synRef{len(ix.synonyms), pi})
			for _, st := range phrase {
				ix.synStems[st] = true
			}
		}
		if slices.Contains(syn.means, "fiets") {
			if ix.bikes == nil {
				ix.bikes = map[string]bool{}
			}
			for _, ws := range syn.words {
				ix.bikes[strings.Join(ws, " ")] = true
			}
		}
		if slices.Contains(syn.means, "personeel") {
			if ix.workers == nil {
				ix.workers = map[string]bool{}
			}
			for _, ws := range syn.words {
				if len(ws) <= 2 && !understand.IsShortageWord(ws[len(ws)-1]) {
					ix.workers[strings.Join(ws, " ")] = true
				}
			}
		}
		for _, ws := range syn.words {
			switch phrase := strings.Join(ws, " "); {
			case phrase == "bedrijf starten" && ix.startSyn < 0:
				ix.startSyn = len(ix.synonyms)
			case phrase == "rechtsvorm" && ix.joinSyn < 0:
				ix.joinSyn = len(ix.synonyms)
			}
		}
		ix.synonyms = append(ix.synonyms, syn)
	}
	// Typos are corrected only towards salient words (names, keywords, synonyms, themes, sectors), never
	// towards the everyday words of summaries: "morgen" must not become "mogen".
	salient := map[string]bool{}
	addSalient := func(texts ...string) {
		for _, t := range texts {
			for _, w := range words(t) {
				if len(w) >= 4 && !stopwords[w] {
					salient[w] = true
				}
			}
		}
	}
	seenName := map[string]bool{} // a large catalogue repeats titles, aliases and keywords: each text once
	for _, o := range ix.cat.Offers {
		for _, n := range append([]string{o.Title}, o.Aliases...) {
			if ws := words(n); len(ws) == 1 {
				ix.wholeNames[ws[0]] = true
			}
		}
		for _, t := range []string{o.Title, strings.Join(o.Aliases, " "), strings.Join(o.Keywords, " ")} {
			if seenName[t] {
				continue
			}
			seenName[t] = true
			addSalient(t)
			for _, term := range ix.analyze(t) {
				ix.salient[term] = true
			}
		}
	}
	for _, s := range ix.cat.Synonyms {
		addSalient(s.Words...)
		addSalient(s.Means...)
	}
	for _, t := range ix.cat.Themes {
		addSalient(t.Words...)
		for _, tp := range t.Topics {
			addSalient(tp.Words...)
		}
	}
	for _, s := range ix.cat.Sectors {
		addSalient(s.Words...)
	}
	for w := range salient {
		if ix.surface[w] == 0 {
			ix.surface[w] = 1 // synonym, theme and sector words count as known words too
		}
		k := lenKey{w[0], len(w)}
		ix.byLen[k] = append(ix.byLen[k], w)
	}
	// An offer's distinctive name terms: in its title or aliases, and in the names of at most two other offers.
	nameDF := map[string]int{}
	perOffer := map[string]map[string]bool{}
	nameTerms := map[string][]string{} // analysed once per distinct title and aliases
	for i, o := range ix.cat.Offers {
		ts := map[string]bool{}
		name := o.Title + " " + strings.Join(o.Aliases, " ")
		terms, ok := nameTerms[name]
		if !ok {
			terms = ix.analyze(name)
			nameTerms[name] = terms
		}
		var words map[string]bool // words of the language in its names name it only when the question holds the name
		if ordinary != nil {
			words = ordinary[i]
		}
		for _, t := range terms {
			if _, themeWord := ix.themes[t]; !ix.broad[t] && !themeWord && !words[t] { // "AI" names a topic, not an offer
				ts[t] = true
			}
		}
		for t := range ts {
			nameDF[t]++
		}
		perOffer[o.ID] = ts
	}
	for id, ts := range perOffer {
		for t := range ts {
			if nameDF[t] > 3 {
				delete(ts, t)
			}
		}
		ix.names[id] = ts
	}
	for w := range salient {
		if _, ok := ix.stems[w]; !ok {
			ix.stems[w] = ix.analyzeText(w)
		}
	}
	for w := range stopwords {
		ix.stems[w] = ix.analyzeText(w)
	}
	for _, ws := range ix.byLen {
		sort.Strings(ws)
	}
}

// splitOfferWords splits every offer's texts (into ix.textWords, for document) and example questions (into
// ix.exampleWords, for buildQuestions) into words, on every core: a large catalogue has hundreds of thousands.
func (ix *Index) splitOfferWords() {
	offers := ix.cat.Offers
	ix.textWords = make([][][]string, len(offers))
	ix.exampleWords = make([][][]string, len(offers))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(offers)/500))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(offers); i += workers {
				o := offers[i]
				texts := offerTexts(o)
				ix.textWords[i] = make([][]string, len(texts))
				for k, t := range texts {
					ix.textWords[i][k] = words(t)
				}
				ix.exampleWords[i] = make([][]string, len(o.Questions))
				for k, q := range o.Questions {
					ix.exampleWords[i][k] = words(understand.JoinSeparable(q)) // as the message's words are read
				}
			}
		})
	}
	wg.Wait()
}

// countOfferWords counts in how many offers each word (ix.surface) and each term (ix.vocab, ix.termOffers) is, and
// analyses each distinct word once (ix.stems). Words and terms are numbered as first seen, so that counting them
// once per offer takes a slice, not a map: at 10,000 offers that is millions of map operations fewer.
func (ix *Index) countOfferWords() {
	type word struct {
		text  string
		terms []int32 // its terms' numbers
		in    int     // offers it is in
		last  int32   // the last offer it was counted for
	}
	type term struct {
		text   string
		last   int32   // the last offer it was counted for
		offers []int32 // the offers it is in, in order
	}
	var ws []word
	var ts []term
	wordNo, termNo := make(map[string]int32, 1<<14), make(map[string]int32, 1<<14)
	for i := range ix.cat.Offers {
		ix.offerPos[ix.cat.Offers[i].ID] = int32(i)
		for _, texts := range [][][]string{ix.textWords[i], ix.exampleWords[i]} {
			for _, text := range texts {
				for _, w := range text {
					n, ok := wordNo[w]
					if !ok {
						n = int32(len(ws))
						wordNo[w] = n
						terms, ok := ix.stems[w]
						if !ok {
							terms = ix.analyzeText(w)
							ix.stems[w] = terms
						}
						nw := word{text: w, last: -1, terms: make([]int32, len(terms))}
						for k, t := range terms {
							m, ok := termNo[t]
							if !ok {
								m = int32(len(ts))
								termNo[t] = m
								ts = append(ts, term{text: t, last: -1})
							}
							nw.terms[k] = m
						}
						ws = append(ws, nw)
					}
					x := &ws[n]
					if x.last == int32(i) {
						continue
					}
					x.last = int32(i)
					x.in++
					for _, m := range x.terms {
						if t := &ts[m]; t.last != int32(i) {
							t.last = int32(i)
							t.offers = append(t.offers, int32(i))
						}
					}
				}
			}
		}
	}
	for _, w := range ws {
		ix.surface[w.text] += w.in
	}
	for _, t := range ts {
		ix.vocab[t.text] += len(t.offers)
		ix.termOffers[t.text] = t.offers
	}
}

// minAnswerWord is the length of the shortest word of a curated answer that countAnswerWords makes known.
const minAnswerWord = 8

// countAnswerWords makes the words of the curated answers' questions, patterns and example questions words the
// catalogue knows (ix.surface), as synonym, theme and sector words are: a word only an answer used
// ("wegwerkzaamheden", "opengebroken", "gehalveerd") was unknown, so it was not split into its parts nor counted
// as known. A word the offers have keeps their count: how many offers have it says whether it is common enough
// to be left whole ("incassobureau"). Only words of minAnswerWord letters or more: a short word of an example
// question found inside a compound it is not part of changes how offers' own words are read.
func (ix *Index) countAnswerWords() {
	for _, a := range ix.cat.Answers {
		for _, t := range slices.Concat([]string{a.Question, a.QuestionEN}, a.Patterns, a.Questions) {
			for _, w := range words(understand.JoinSeparable(t)) {
				if ix.surface[w] == 0 && len(w) >= minAnswerWord {
					ix.surface[w] = 1
				}
			}
		}
	}
}

// stemKey is the lookup key of a word or phrase: its words' stems, space-separated.
func (ix *Index) stemKey(phrase string) string {
	ws := words(phrase)
	for i := range ws {
		ws[i] = ix.stem(ws[i])
	}
	return strings.Join(ws, " ")
}

func (ix *Index) addThemeWord(w, theme string) {
	key := ix.stemKey(w)
	if _, ok := ix.themes[key]; !ok && key != "" {
		ix.themes[key] = theme
	}
}

// rawWords splits a text into its words as written, case kept.
func rawWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// phraseWord reports whether the j-th word of a synonym phrase is one of the words it is matched on. An English
// noun that is a Dutch function word is one at the end of a phrase, where the Dutch preposition never stands: "panel
// van", "delivery van" and "electric van" are vans, matched in an English message only (where "van" is a word), and
// not "panel", "delivery" and "electric" alone ("solar panels" were company vans). "van het gas af" keeps its Dutch
// "van" a function word.
func phraseWord(ws []string, j int) bool {
	return synonymWord(ws[j]) || j == len(ws)-1 && understand.IsEnglishNoun(ws[j])
}
