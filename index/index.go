// Package index finds offers for an entrepreneur's question. It keeps a Bleve index of the catalogue in memory
// and adds what Bleve does not know: place and sector names, the catalogue's synonyms, Dutch compound words,
// typo correction against the catalogue's own words, and an honest no-match rule.
package index

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/custom" // registers the custom analyzer type
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

const analyzerName = "wegwijzer_nl"

// Link says that questions like Question should find the offer OfferID: a community manager's review decision.
type Link struct {
	Question string
	OfferID  string
}

// Options configure an index. The zero value is the default.
type Options struct {
	Links []Link // reviewed question-to-offer links to start with
	// Fusion says how the text match and the example-question match are combined; the default is FusionDefault.
	Fusion Fusion
	// QuestionWeight, when set, replaces the weight of the example-question match in FusionWeighted (0..1).
	QuestionWeight float64
	// NoMatch, when set, replaces the fitted no-match model (for evaluating a newly fitted one).
	NoMatch *NoMatchModel
	// bleveQuestions makes Bleve index the example questions as a field, as it did before questionfield.go: the
	// reference its tests compare with.
	bleveQuestions bool
}

// Index searches a catalogue. It is safe for concurrent use; AddLink may be called while searching.
type Index struct {
	cat      *content.Catalogue
	bi       bleve.Index
	text     *textIndex // the text match, on the snapshot of bi that the build made
	an       analysis.Analyzer
	n        int                 // number of offers
	vocab    map[string]int      // analysed term -> number of offers that contain it
	surface  map[string]int      // normalised word -> number of offers that contain it
	byLen    map[lenKey][]string // salient words by first letter and length: typo correction targets
	stems    map[string][]string // analysed terms of every catalogue word, computed once
	parts    map[string][]string // compound parts of catalogue words, while building
	synonyms []synonym
	// workers are the words that name a kind of worker: a synonym of one or two words that means staff
	// ("monteurs", "truck drivers" mean "personeel").
	workers map[string]bool
	// bikes are the words that name a bike (a synonym that means "fiets": "bakfiets", "cargo bike").
	bikes map[string]bool
	// startSyn and joinSyn are the synonyms (positions in synonyms, -1 = none) that starting a business and someone
	// coming into one mean (understand.StartOf, understand.JoinsBusiness): those of "bedrijf starten" and
	// "rechtsvorm".
	startSyn, joinSyn int
	// namePhrases are the offers' names of several words, found by each of their stems (phrasesByStem); weakNames
	// lists per analysed term the offers (in order) in whose names it weighs less alone, specificNames those it
	// names as a specific word of their names (phrases.go).
	namePhrases   []namePhrase
	phrasesByStem map[string][]phraseRef
	weakNames     map[string][]int32
	// forPurpose holds the offers whose title names what the money is for (search.go, purposeThemes).
	forPurpose    map[string]bool
	specificNames map[string][]int32
	// negatedNames lists per analysed term the offers it names only as a specific word of a name that negates
	// ("betalen" of "btw niet kunnen betalen"): for a question that negates too (namePhrase.negated).
	negatedNames map[string][]int32
	// ordinaryNames lists per analysed term the offers whose names have it as a word of the language ("SLIM",
	// "Werkplaatsen"): it names them only when the question holds the name (ordinarynames.go). ordinaryForms has
	// those words in lower case by their first four letters (formKey), ordinaryOnly the terms that are in no
	// offer's names but so.
	ordinaryNames map[string][]ordinaryName
	ordinaryForms map[string][]string
	ordinaryOnly  map[string]bool
	// synByFirst finds the synonym phrases that start with a stem, so a question is matched against only those.
	synByFirst map[string][]synRef
	synStems   map[string]bool // every stem of a synonym phrase's words
	// patterns are the patterns of every curated answer, one after the other, and patternsByTerm finds those that
	// share a term with a question.
	patterns       []answerPattern
	patternsByTerm map[string][]int32
	sectors        map[string]string          // normalised sector word -> sector id
	themes         map[string]string          // normalised theme or topic word -> theme id
	topics         map[string]string          // normalised topic word -> topic id
	topicTheme     map[string]string          // topic id -> the id of its theme
	phraseStart    map[string]bool            // first stem of every sector or theme phrase of two words or more
	broad          map[string]bool            // analysed terms of theme-level words ("verduurzamen"): too broad to match on alone
	salient        map[string]bool            // analysed terms of titles, aliases and keywords: words that name what an offer is
	names          map[string]map[string]bool // per offer: the distinctive terms of its title and aliases
	wholeNames     map[string]bool            // titles and aliases of one word ("wbso", "broodfonds", "ransomware")
	answers        []answerDoc
	gapWords       map[string]bool // the vocabulary of every known gap together
	questions      *questionIndex  // the example questions of offers and answers
	qdf            map[string]int  // analysed term -> number of example questions that contain it
	// termOffers lists, per analysed term, the positions of the offers that contain it (for Result.Matched).
	termOffers     map[string][]int32
	offerPos       map[string]int32          // offer id -> position in cat.Offers
	qsurface       map[string]bool           // normalised words of the example questions
	places         map[string]bool           // word -> whether it names a place, while building
	exampleWords   [][][]string              // per offer, the words of each example question, while building
	wordTerms      map[string][]weightedTerm // per word of an example question, the terms it adds, while building
	textWords      [][][]string              // per offer, the words of each of its offerTexts, while building
	fusion         Fusion
	questionWeight float64
	noMatch        NoMatchModel

	mu    sync.RWMutex
	links []learned

	// analysed keeps the terms of words and word pairs outside the catalogue that questions brought, so that a
	// word asked again is not run through the analyser again (most of understanding a question); at most
	// analysedMax of them, counted in nAnalysed.
	analysed  sync.Map // string -> []string
	nAnalysed atomic.Int64
	built     bool // the build is done: only questions' words are kept, not the catalogue's own (those are in stems)
}

// analysedMax bounds the analysis cache: a few MiB of short strings.
const analysedMax = 1 << 16

type synonym struct {
	stems [][]string // each a phrase of stemmed words
	needs [][]string // per phrase: the stems of its left-out words that the question must have too (or needBusiness)
	whole []bool     // per phrase: it has no content word and matches word for word ("eigen bedrijf")
	words [][]string // per phrase: its words, as written
	means []string   // normalised words
	// Read once when the index is built, for a search not to stem them again: per word of means, its stem and its
	// key among the themes (stemKey); per phrase, the key of its words.
	meanStems, meanKeys, keys []string
}

type synRef struct{ syn, phrase int }

type answerDoc struct {
	id  string
	gap bool // a known gap: a topic no offer covers (wegwijzer.Answer.Gap)
	// vocabulary of a known gap: the content terms of its question, patterns, texts and example questions, the
	// words its topic is talked about in (knownGap).
	vocabulary map[string]bool
	// asked are the content terms of a known gap's question, patterns and example questions: the words its topic is
	// asked in. A word only its texts have is one they explain the topic with, and may be the name of an offer
	// they point to ("de kleinschaligheidsinvesteringsaftrek (KIA) geldt pas als ..."): no word of the gap's own
	// topic against that offer (offerBeside).
	asked map[string]bool
	// legalForm is the legal-form class its question names (understand.LegalForm): an answer on a dga's salary is
	// for a bv, one on paying yourself from an eenmanszaak for the income-tax forms; "" = any.
	legalForm string
	// money are the sorts of money (a grant, a loan, a tax scheme) whose words its question, patterns, texts or
	// example questions name: what it can say about the money a question asks for.
	money map[wegwijzer.Kind]bool
}

// answerPattern is one pattern of a curated answer: the answer's position and the number of terms.
type answerPattern struct {
	answer int32
	terms  int
	of     []string // its terms (answers.go, gaps.go)
	// named: the pattern names its answer's topic when the question holds it whole: two terms or more, or one
	// word as written ("handelsnaam", "ruilbeleid"), not one left of several ("factuur maken" is "factuur").
	named bool
}

type learned struct {
	terms   map[string]bool
	offerID string
}

// offerDoc is what Bleve indexes of an offer.
type offerDoc struct {
	Names string `json:"names"` // title and aliases (twice: they weigh most) and keywords
	Text  string `json:"text"`  // summary (twice), eligibility, provider, themes, compound parts
	// Questions are the example questions, all together: the words entrepreneurs use for the offer. Bleve does not
	// index them: the field is served from the example questions' own postings (questionfield.go). Matching them
	// one by one, as whole questions, is questions.go's work.
	Questions string   `json:"questions,omitempty"`
	Regions   []string `json:"regions"`
	Kind      string   `json:"kind"`
	Themes    []string `json:"themes"`
}

// New builds the in-memory index of a catalogue.
func New(cat *content.Catalogue, opts Options) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: create: %w", err)
	}
	ix := &Index{
		cat: cat, bi: bi, an: m.AnalyzerNamed(analyzerName), n: len(cat.Offers),
		vocab: map[string]int{}, surface: map[string]int{}, byLen: map[lenKey][]string{}, stems: map[string][]string{}, parts: map[string][]string{},
		sectors: map[string]string{}, themes: map[string]string{}, topics: map[string]string{}, topicTheme: map[string]string{}, phraseStart: map[string]bool{}, broad: map[string]bool{}, salient: map[string]bool{}, names: map[string]map[string]bool{}, wholeNames: map[string]bool{},
		gapWords: map[string]bool{}, synByFirst: map[string][]synRef{}, synStems: map[string]bool{}, patternsByTerm: map[string][]int32{}, phrasesByStem: map[string][]phraseRef{}, weakNames: map[string][]int32{}, specificNames: map[string][]int32{}, negatedNames: map[string][]int32{},
		ordinaryNames: map[string][]ordinaryName{}, ordinaryForms: map[string][]string{}, ordinaryOnly: map[string]bool{},
		qdf: map[string]int{}, termOffers: map[string][]int32{}, offerPos: map[string]int32{}, qsurface: map[string]bool{}, places: map[string]bool{}, wordTerms: map[string][]weightedTerm{},
		fusion: cmp.Or(opts.Fusion, FusionDefault), questionWeight: cmp.Or(opts.QuestionWeight, questionWeight),
		noMatch: noMatchModel,
	}
	if opts.NoMatch != nil {
		ix.noMatch = *opts.NoMatch
	}
	if ix.an == nil {
		return nil, fmt.Errorf("index: analyzer %s not registered", analyzerName)
	}
	ix.loadVocabulary()
	// The example-question index, and the text match's field of example questions, are built while the documents
	// are made and Bleve indexes them: they share nothing with them but the analyzer, which is safe for concurrent
	// use, and the catalogue's words, which no longer change. The documents keep the parts of compounds they split
	// apart from those the example questions split (ix.parts), in a map of their own.
	var wg sync.WaitGroup
	wg.Go(func() { ix.buildQuestions(cat) })
	var fields []offerField
	if !opts.bleveQuestions {
		wg.Go(func() { fields = ix.questionFieldTerms(cat.Offers) })
	}
	ix.forPurpose = ix.purposeTitles()
	batch := bi.NewBatch()
	docParts := map[string][]string{}
	for i, o := range cat.Offers {
		doc := ix.document(o, ix.textWords[i], docParts)
		if opts.bleveQuestions {
			qs := make([]string, len(o.Questions))
			for k, q := range o.Questions {
				qs[k] = understand.JoinSeparable(q) // as questionfield.go reads them
			}
			doc.Questions = strings.Join(qs, " ; ")
		}
		if err := batch.Index(o.ID, doc); err != nil {
			wg.Wait()
			return nil, fmt.Errorf("index: add offer %s: %w", o.ID, err)
		}
	}
	err = bi.Batch(batch)
	wg.Wait()
	if err != nil {
		return nil, fmt.Errorf("index: build: %w", err)
	}
	ix.parts, ix.places, ix.exampleWords, ix.wordTerms, ix.textWords = nil, nil, nil, nil, nil // only needed while building
	adv, err := bi.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: build: %w", err)
	}
	ids := make([]string, len(cat.Offers))
	for i, o := range cat.Offers {
		ids[i] = o.ID
	}
	if ix.text, err = newTextIndex(adv, m, ids, fields); err != nil {
		return nil, err
	}
	freezeStemCache(ix.an)
	for _, a := range cat.Answers {
		for _, p := range append([]string{a.Question}, a.Patterns...) {
			ts := ix.contentTerms(p)
			if len(ts) == 0 {
				continue
			}
			// A pattern of one content word beside generic ones is a phrase, the generic words part of it
			// ("algemene voorwaarden", "tip jar", "reclame regels", "Aan welke regels moet mijn reclame
			// voldoen?"): without them it was its one other word, which every question has that says "algemene",
			// "jaar" (stemmed as "jar") or "reclame". A pattern of more content words is matched on those.
			if len(ts) == 1 {
				maps.Copy(ts, ix.genericTerms(p))
			}
			for t := range ts {
				ix.patternsByTerm[t] = append(ix.patternsByTerm[t], int32(len(ix.patterns)))
			}
			ap := answerPattern{answer: int32(len(ix.answers)), terms: len(ts)}
			ap.of = slices.Sorted(maps.Keys(ts))
			ap.named = len(ts) >= 2 || len(words(p)) == 1
			ix.patterns = append(ix.patterns, ap)
		}
		doc := answerDoc{id: a.ID, gap: a.Gap, legalForm: understand.LegalForm(a.Question), money: map[wegwijzer.Kind]bool{}}
		for _, text := range slices.Concat([]string{a.Question, a.QuestionEN, a.Text, a.TextEN}, a.Patterns, a.Questions) {
			for _, w := range words(text) {
				if k, ok := kindCues[w]; ok && moneyKinds[k] {
					doc.money[k] = true
				}
			}
		}
		if a.Gap {
			doc.vocabulary, doc.asked = map[string]bool{}, map[string]bool{}
			for _, text := range slices.Concat([]string{a.Question, a.QuestionEN}, a.Patterns, a.Questions) {
				maps.Copy(doc.asked, ix.contentTerms(text))
			}
			maps.Copy(doc.vocabulary, doc.asked)
			for _, text := range []string{a.Text, a.TextEN} {
				maps.Copy(doc.vocabulary, ix.contentTerms(text))
			}
			maps.Copy(ix.gapWords, doc.vocabulary)
		}
		ix.answers = append(ix.answers, doc)
	}
	for _, l := range opts.Links {
		if err := ix.AddLink(l); err != nil {
			return nil, err
		}
	}
	ix.built = true
	return ix, nil
}

func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	err := m.AddCustomAnalyzer(analyzerName, map[string]any{
		"type":          "custom",
		"char_filters":  []string{foldName},
		"tokenizer":     wordsName,
		"token_filters": []string{lowercase.Name, nl.StopName, stemName},
	})
	if err != nil {
		return nil, fmt.Errorf("index: analyzer: %w", err)
	}
	doc := bleve.NewDocumentMapping()
	for _, f := range fieldBoosts {
		tf := bleve.NewTextFieldMapping()
		tf.Analyzer = analyzerName
		tf.Store = false
		tf.IncludeTermVectors = false
		tf.DocValues = false
		tf.IncludeInAll = false // no composite _all field: we query the fields themselves
		doc.AddFieldMappingsAt(f.name, tf)
	}
	for _, name := range []string{"regions", "kind", "themes"} {
		kf := bleve.NewKeywordFieldMapping()
		kf.Store = false
		kf.IncludeTermVectors = false
		kf.IncludeInAll = false
		doc.AddFieldMappingsAt(name, kf)
	}
	m.ScoringModel = index.BM25Scoring
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analyzerName
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	return m, nil
}

func offerTexts(o *wegwijzer.Offer) []string {
	return []string{o.Title, strings.Join(o.Aliases, " "), strings.Join(o.Keywords, " "), o.Summary,
		strings.Join(o.Eligibility, " "), o.Provider, o.NextStep.Who}
}

// document is what Bleve indexes of an offer; texts are the words of each of offerTexts(o), parts the compound parts
// of words split so far.
func (ix *Index) document(o *wegwijzer.Offer, texts [][]string, parts map[string][]string) offerDoc {
	var themeLabels []string
	for _, t := range o.Themes {
		if th := ix.cat.Theme(t); th != nil {
			themeLabels = append(themeLabels, th.Label)
		}
	}
	body := strings.Join(append([]string{strings.Join(o.Eligibility, " "), o.Provider, o.NextStep.Who}, themeLabels...), " ")
	var split []string
	for _, ws := range texts {
		for _, w := range ws {
			ps, ok := parts[w]
			if !ok {
				ps = ix.decompound(w)
				parts[w] = ps
			}
			if len(ps) > 1 {
				split = append(split, ps...)
			}
		}
	}
	names := strings.Join([]string{o.Title, strings.Join(o.Aliases, " ; "), strings.Join(o.Keywords, " ; ")}, " ; ")
	return offerDoc{
		Names: names, Text: strings.Join([]string{o.Summary, body, strings.Join(split, " ")}, " ; "),
		Regions: o.Regions, Kind: string(o.Kind), Themes: o.Themes,
	}
}

// lenKey buckets words by first letter and length.
type lenKey struct {
	first byte
	n     int
}

// analyze returns the terms Bleve stores and matches for a text; known single words come from a table.
func (ix *Index) analyze(text string) []string {
	if ts, ok := ix.stems[text]; ok {
		return ts
	}
	if ts, ok := ix.analysed.Load(text); ok {
		return ts.([]string)
	}
	ts := ix.analyzeText(text)
	if ix.built && ix.nAnalysed.Load() < analysedMax {
		if _, loaded := ix.analysed.LoadOrStore(text, ts); !loaded {
			ix.nAnalysed.Add(1)
		}
	}
	return ts
}

// analyzeText runs text through the index's analyzer.
func (ix *Index) analyzeText(text string) []string {
	ts := ix.an.Analyze([]byte(text))
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, string(t.Term))
	}
	return out
}

// contentTerms returns the analysed terms of the content words of a text (no stopwords, no generic words).
func (ix *Index) contentTerms(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(text) {
		if stopwords[w] || generic[w] {
			continue
		}
		for _, t := range ix.analyze(w) {
			out[t] = true
		}
	}
	return out
}

// genericTerms returns the analysed terms of the generic words of a text (generic).
func (ix *Index) genericTerms(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(text) {
		if generic[w] && !stopwords[w] {
			for _, t := range ix.analyze(w) {
				out[t] = true
			}
		}
	}
	return out
}

// AddLink records a reviewed link: questions like l.Question should find l.OfferID.
func (ix *Index) AddLink(l Link) error {
	if ix.cat.Offer(l.OfferID) == nil {
		return wegwijzer.Errorf(wegwijzer.ENOTFOUND, "unknown offer %q", l.OfferID)
	}
	terms := ix.contentTerms(l.Question)
	if len(terms) == 0 {
		return wegwijzer.Errorf(wegwijzer.EINVALID, "the question %q has no words to link", l.Question)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.links = append(ix.links, learned{terms: terms, offerID: l.OfferID})
	return nil
}

// Generation counts the changes made to the index since it was built (the reviewed links added). While it stays
// the same, a search repeated with the same query gives the same result: a caller may keep the results of searches
// it repeats often.
func (ix *Index) Generation() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.links)
}

// Close releases the index.
func (ix *Index) Close() error {
	return errors.Join(ix.text.close(), ix.bi.Close())
}
