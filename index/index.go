// Package index finds offers for an entrepreneur's question. It keeps a Bleve index of the catalogue in memory
// and adds what Bleve does not know: place and sector names, the catalogue's synonyms, Dutch compound words,
// typo correction against the catalogue's own words, and an honest no-match rule.
package index

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/custom" // registers the custom analyzer type
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
)

const analyzerName = "wegwijzer_nl"

// Field weights: the names of an offer count most, then its keywords, then its summary, then the rest.
var fieldBoosts = []struct {
	name  string
	boost float64
}{
	{"names", 3}, {"text", 1},
}

// Link says that questions like Question should find the offer OfferID: a community manager's review decision.
type Link struct {
	Question string
	OfferID  string
}

// Options configure an index.
type Options struct {
	Links []Link // reviewed question-to-offer links to start with
}

// Index searches a catalogue. It is safe for concurrent use; AddLink may be called while searching.
type Index struct {
	cat      *content.Catalogue
	bi       bleve.Index
	an       analysis.Analyzer
	n        int                 // number of offers
	vocab    map[string]int      // analysed term -> number of offers that contain it
	surface  map[string]int      // normalised word -> number of offers that contain it
	byLen    map[lenKey][]string // salient words by first letter and length: typo correction targets
	stems    map[string][]string // analysed terms of every catalogue word, computed once
	parts    map[string][]string // compound parts of catalogue words, while building
	synonyms []synonym
	// synByFirst finds the synonym phrases that start with a stem, so a question is matched against only those.
	synByFirst map[string][]synRef
	// answersByTerm finds the curated answers whose patterns share a term with a question.
	answersByTerm map[string][]int
	sectors       map[string]string          // normalised sector word -> sector id
	themes        map[string]string          // normalised theme or topic word -> theme id
	topics        map[string]string          // normalised topic word -> topic id
	broad         map[string]bool            // analysed terms of theme-level words ("verduurzamen"): too broad to match on alone
	salient       map[string]bool            // analysed terms of titles, aliases and keywords: words that name what an offer is
	names         map[string]map[string]bool // per offer: the distinctive terms of its title and aliases
	answers       []answerDoc

	mu    sync.RWMutex
	links []learned
}

type synonym struct {
	stems [][]string // each a phrase of stemmed words
	means []string   // normalised words
}

type synRef struct{ syn, phrase int }

type answerDoc struct {
	id       string
	patterns []map[string]bool // analysed term sets
}

type learned struct {
	terms   map[string]bool
	offerID string
}

// offerDoc is what Bleve indexes of an offer.
type offerDoc struct {
	Names   string   `json:"names"` // title and aliases (twice: they weigh most) and keywords
	Text    string   `json:"text"`  // summary (twice), eligibility, provider, themes, compound parts
	Regions []string `json:"regions"`
	Kind    string   `json:"kind"`
	Themes  []string `json:"themes"`
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
		sectors: map[string]string{}, themes: map[string]string{}, topics: map[string]string{}, broad: map[string]bool{}, salient: map[string]bool{}, names: map[string]map[string]bool{},
		synByFirst: map[string][]synRef{}, answersByTerm: map[string][]int{},
	}
	if ix.an == nil {
		return nil, fmt.Errorf("index: analyzer %s not registered", analyzerName)
	}
	ix.loadVocabulary()
	batch := bi.NewBatch()
	for _, o := range cat.Offers {
		if err := batch.Index(o.ID, ix.document(o)); err != nil {
			return nil, fmt.Errorf("index: add offer %s: %w", o.ID, err)
		}
	}
	if err := bi.Batch(batch); err != nil {
		return nil, fmt.Errorf("index: build: %w", err)
	}
	ix.parts = nil // only needed while building
	freezeStemCache(ix.an)
	for _, a := range cat.Answers {
		doc := answerDoc{id: a.ID}
		for _, p := range append([]string{a.Question}, a.Patterns...) {
			if ts := ix.contentTerms(p); len(ts) > 0 {
				doc.patterns = append(doc.patterns, ts)
			}
		}
		for _, p := range doc.patterns {
			for t := range p {
				if l := ix.answersByTerm[t]; len(l) == 0 || l[len(l)-1] != len(ix.answers) {
					ix.answersByTerm[t] = append(l, len(ix.answers))
				}
			}
		}
		ix.answers = append(ix.answers, doc)
	}
	for _, l := range opts.Links {
		if err := ix.AddLink(l); err != nil {
			return nil, err
		}
	}
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

// loadVocabulary collects the words of the catalogue: for typo correction, compound splitting and the coverage
// of a question, and the sector, theme and synonym words for understanding it.
func (ix *Index) loadVocabulary() {
	// Each distinct word is analysed once (into ix.stems); an offer's terms are its words' stems, which is what
	// the analyzer makes of its text (the same folding, lower-casing, stopwords and stemming).
	for _, o := range ix.cat.Offers {
		seenTerm, seenWord := map[string]bool{}, map[string]bool{}
		for _, t := range offerTexts(o) {
			for _, w := range words(t) {
				if seenWord[w] {
					continue
				}
				seenWord[w] = true
				ix.surface[w]++
				terms, ok := ix.stems[w]
				if !ok {
					terms = ix.analyzeText(w)
					ix.stems[w] = terms
				}
				for _, term := range terms {
					if !seenTerm[term] {
						seenTerm[term] = true
						ix.vocab[term]++
					}
				}
			}
		}
	}
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
			for _, w := range tp.Words {
				ix.addThemeWord(w, t.ID)
				if key := ix.stemKey(w); key != "" && ix.topics[key] == "" {
					ix.topics[key] = tp.ID
				}
			}
		}
	}
	for _, s := range ix.cat.Synonyms {
		syn := synonym{}
		for _, w := range s.Words {
			// A phrase matches on its content words: "sell my business" matches "sell my company".
			var stems []string
			for _, x := range words(w) {
				if !stopwords[x] && !generic[x] {
					stems = append(stems, ix.stem(x))
				}
			}
			if len(stems) == 0 {
				for _, x := range words(w) {
					stems = append(stems, ix.stem(x))
				}
			}
			if len(stems) > 0 {
				syn.stems = append(syn.stems, stems)
			}
		}
		for _, m := range s.Means {
			syn.means = append(syn.means, words(m)...)
		}
		for pi, phrase := range syn.stems {
			ix.synByFirst[phrase[0]] = append(ix.synByFirst[phrase[0]], synRef{len(ix.synonyms), pi})
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
	for _, o := range ix.cat.Offers {
		addSalient(o.Title, strings.Join(o.Aliases, " "), strings.Join(o.Keywords, " "))
		for _, t := range []string{o.Title, strings.Join(o.Aliases, " "), strings.Join(o.Keywords, " ")} {
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
	for _, o := range ix.cat.Offers {
		ts := map[string]bool{}
		for _, t := range ix.analyze(o.Title + " " + strings.Join(o.Aliases, " ")) {
			if _, themeWord := ix.themes[t]; !ix.broad[t] && !themeWord { // "AI" names a topic, not an offer
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

func offerTexts(o *wegwijzer.Offer) []string {
	return []string{o.Title, strings.Join(o.Aliases, " "), strings.Join(o.Keywords, " "), o.Summary,
		strings.Join(o.Eligibility, " "), o.Provider, o.NextStep.Who}
}

func (ix *Index) document(o *wegwijzer.Offer) offerDoc {
	var themeLabels []string
	for _, t := range o.Themes {
		if th := ix.cat.Theme(t); th != nil {
			themeLabels = append(themeLabels, th.Label)
		}
	}
	body := strings.Join(append([]string{strings.Join(o.Eligibility, " "), o.Provider, o.NextStep.Who}, themeLabels...), " ")
	var parts []string
	for _, t := range offerTexts(o) {
		for _, w := range words(t) {
			ps, ok := ix.parts[w]
			if !ok {
				ps = ix.decompound(w)
				ix.parts[w] = ps
			}
			if len(ps) > 1 {
				parts = append(parts, ps...)
			}
		}
	}
	names := strings.Join([]string{o.Title, strings.Join(o.Aliases, " ; "), strings.Join(o.Keywords, " ; ")}, " ; ")
	return offerDoc{
		Names: names, Text: strings.Join([]string{o.Summary, body, strings.Join(parts, " ")}, " ; "),
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
	return ix.analyzeText(text)
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

// correct returns the catalogue word closest to w within its typo tolerance, or "".
func (ix *Index) correct(w string) string {
	max := maxEdits(w)
	if max == 0 {
		return ""
	}
	best, bestD, bestDF := "", max+1, 0
	// Only words with the same first letter: a typo there is rare, and skipping it keeps short words honest
	// and the search fast.
	for n := len(w) - max; n <= len(w)+max; n++ {
		for _, c := range ix.byLen[lenKey{w[0], n}] {
			d := editDistance(w, c, max)
			if d < bestD || (d == bestD && ix.surface[c] > bestDF) {
				best, bestD, bestDF = c, d, ix.surface[c]
			}
		}
	}
	if bestD > max {
		return ""
	}
	return best
}

// decompound splits a Dutch compound word into words the catalogue knows: "waterstofmotoren" gives "waterstof",
// "motoren"; "vervoersbedrijf" gives "vervoer", "bedrijf" (the linking s is dropped). Words that are not
// compounds come back alone.
func (ix *Index) decompound(w string) []string {
	if len(w) < 7 {
		return []string{w}
	}
	for i := len(w) - 3; i >= 4; i-- {
		head := w[:i]
		if ix.surface[head] == 0 || stopwords[head] {
			continue
		}
		rest := w[i:]
		for _, link := range []string{"", "s", "en", "e"} {
			if !strings.HasPrefix(rest, link) {
				continue
			}
			tail := rest[len(link):]
			if len(tail) < 3 {
				continue
			}
			if ix.surface[tail] > 0 && !stopwords[tail] {
				return []string{head, tail}
			}
			if sub := ix.decompound(tail); len(sub) > 1 {
				return append([]string{head}, sub...)
			}
		}
	}
	// A known head of 5+ letters carries the meaning even when the tail is new ("waterstofmotoren").
	for i := len(w) - 4; i >= 5; i-- {
		if head := w[:i]; ix.surface[head] > 0 && !stopwords[head] {
			return []string{head, w[i:]}
		}
	}
	return []string{w}
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

// Close releases the index.
func (ix *Index) Close() error { return ix.bi.Close() }

// weightedTerm is one term of the query with its weight.
type weightedTerm struct {
	term  string
	boost float64
}

// Search implements wegwijzer.Searcher.
func (ix *Index) Search(ctx context.Context, q wegwijzer.Query) (*wegwijzer.SearchResult, error) {
	top := q.Top
	if top <= 0 {
		top = 5
	}
	u := ix.understand(q.Text)
	res := &wegwijzer.SearchResult{Query: q.Text, Results: []wegwijzer.Result{}, Region: u.region, Sector: u.sector, Themes: u.themes, Topics: u.topics, Specific: u.specific, Vague: u.vague}
	sector := q.Sector
	if u.sector != "" {
		sector = u.sector
	}
	region := q.Region
	if u.region != "" {
		region = u.region
	}
	res.Answers = ix.matchAnswers(u)
	boosts := ix.linkBoosts(u)
	if len(u.terms) == 0 && len(boosts) == 0 {
		res.NoMatch = true
		return res, nil
	}
	sr := &bleve.SearchResult{}
	if len(u.terms) > 0 {
		req := bleve.NewSearchRequestOptions(ix.buildQuery(u.terms), max(50, top*10), 0, false)
		var err error
		if sr, err = ix.bi.SearchInContext(ctx, req); err != nil {
			return nil, fmt.Errorf("index: search: %w", err)
		}
	}
	preferThemes := q.Themes
	if len(preferThemes) == 0 {
		preferThemes = u.themes
	}
	for _, h := range sr.Hits {
		o := ix.cat.Offer(h.ID)
		if o == nil || !ix.applies(o, region) {
			continue
		}
		score := h.Score * boosts[o.ID]
		if boosts[o.ID] == 0 {
			score = h.Score
		}
		if slices.Contains(u.kinds, o.Kind) {
			score *= kindBoost
		}
		if hasAny(o.Topics, u.topics) {
			score *= topicBoost
		}
		if hasAny(o.Themes, preferThemes) {
			score *= 1.3
		}
		if !o.IsNational() {
			if region == "" {
				score *= ix.unknownRegionFactor(o) // only when it fits well: we do not know where the asker is
			} else {
				score *= regionalBoost // close by first: the action agenda's regional hubs
			}
		}
		if sector != "" && len(o.Sectors) > 0 {
			if slices.Contains(o.Sectors, sector) {
				score *= 1.2
			} else {
				score *= 0.5 // meant for other sectors
			}
		}
		if q.Size != "" && len(o.Sizes) > 0 && !slices.Contains(o.Sizes, q.Size) {
			score *= 0.3 // not for a company of this size
		}
		if o.Status == wegwijzer.StatusGesloten {
			score *= 0.6
		}
		res.Results = append(res.Results, wegwijzer.Result{ID: o.ID, Title: o.Title, Provider: o.Provider, Kind: o.Kind, Score: score, Offer: o})
	}
	// Linked offers that the text search missed still come in.
	for id, b := range boosts {
		if b > 1 && !slices.ContainsFunc(res.Results, func(r wegwijzer.Result) bool { return r.ID == id }) {
			if o := ix.cat.Offer(id); o != nil && ix.applies(o, region) {
				best := 2 * minScore
				if len(res.Results) > 0 {
					best = res.Results[0].Score
				}
				res.Results = append(res.Results, wegwijzer.Result{ID: o.ID, Title: o.Title, Provider: o.Provider, Kind: o.Kind, Score: best * b / 2, Offer: o})
			}
		}
	}
	sort.SliceStable(res.Results, func(i, j int) bool { return res.Results[i].Score > res.Results[j].Score })
	linked := len(boosts) > 0 // a reviewed link makes the question on-topic, whatever its words
	if len(res.Results) == 0 || (!linked && (!u.strong || u.coverage < minCoverage || res.Results[0].Score < minScore)) {
		res.NoMatch = true
		res.Results = res.Results[:0]
		return res, nil
	}
	cut := res.Results[0].Score * relativeCut
	n := 0
	for _, r := range res.Results {
		if r.Score < cut || n == top {
			break
		}
		if region == "" && !r.Offer.IsNational() && !ix.namesOffer(u, r.ID) {
			continue // we do not know where the asker is: a regional offer only when the question names it
		}
		r.Score = math.Round(r.Score*1000) / 1000
		res.Results[n] = r
		n++
	}
	res.Results = res.Results[:n]
	return res, nil
}

// The no-match rule: a question is answered only when at least one of its words names something the catalogue
// offers (a title, alias or keyword word, a synonym, a theme or topic word), enough of its informative words are
// known to the catalogue (weighted by how rare they are), and the best hit scores above a floor. Only results
// close to the best one are shown.
const (
	minCoverage   = 0.35
	regionalBoost = 2.0
	kindBoost     = 1.3
	minScore      = 0.03 // below this even the best hit shares only a stray word with the question
	relativeCut   = 0.15
	topicBoost    = 1.3
)

// maxTerms bounds the work of one search: the terms with the most weight times rarity are kept.
const maxTerms = 8

// commonShare is the share of offers above which a term says too little to be worth its cost (it matches
// most of the catalogue); such terms are searched only when nothing else is.
const commonShare = 0.3

// maxPostings is the number of offers above which a term counts as expensive to search.
const maxPostings = 500

func (ix *Index) buildQuery(terms []weightedTerm) query.Query {
	type ranked struct {
		weightedTerm
		value float64
	}
	var rs []ranked
	for _, t := range terms {
		df := ix.vocab[t.term]
		if float64(df) > commonShare*float64(ix.n) && len(terms) > 1 {
			continue
		}
		rs = append(rs, ranked{t, t.boost * math.Log(1+float64(ix.n+1)/float64(df+1))})
	}
	if len(rs) == 0 {
		for _, t := range terms {
			rs = append(rs, ranked{t, t.boost})
		}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int { return cmp.Compare(b.value, a.value) })
	var disj []query.Query
	for i, t := range rs {
		if i == maxTerms {
			break
		}
		// Beyond the three most telling terms, a term with a long postings list adds much work and little
		// ranking. Only large catalogues have such lists; the built-in one is never pruned.
		if i >= 3 && ix.vocab[t.term] > maxPostings {
			continue
		}
		for _, f := range fieldBoosts {
			tq := bleve.NewTermQuery(t.term)
			tq.SetField(f.name)
			tq.SetBoost(f.boost * t.boost)
			disj = append(disj, tq)
		}
	}
	return bleve.NewDisjunctionQuery(disj...)
}

// namesOffer reports whether the question names the offer: one of its words is a distinctive word of the offer's
// title or aliases ("energiefonds", "ondernemen010"), one that few offers share.
func (ix *Index) namesOffer(u *understanding, id string) bool {
	for t := range u.direct {
		if ix.names[id][t] {
			return true
		}
	}
	return false
}

// unknownRegionFactor lowers a regional offer for an asker whose region is unknown: the smaller its area, the
// less likely it is theirs.
func (ix *Index) unknownRegionFactor(o *wegwijzer.Offer) float64 {
	f := 0.0
	for _, r := range o.Regions {
		p := ix.cat.Geography.Place(r)
		if p == nil {
			continue
		}
		switch p.Kind {
		case content.KindProvincie:
			f = max(f, 0.6)
		case content.KindRegio, content.KindCorop:
			f = max(f, 0.45)
		default:
			f = max(f, 0.25) // one municipality of 342
		}
	}
	return f
}

func (ix *Index) applies(o *wegwijzer.Offer, region string) bool {
	if region == "" {
		return true
	}
	for _, r := range o.Regions {
		if ix.cat.Geography.Applies(r, region) {
			return true
		}
	}
	return false
}

// linkBoosts returns, per offer, the factor by which reviewed links lift it for this question.
func (ix *Index) linkBoosts(u *understanding) map[string]float64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := map[string]float64{}
	for _, l := range ix.links {
		if sim := dice(u.direct, l.terms); sim >= 0.5 {
			out[l.offerID] = max(out[l.offerID], 1+2*sim)
		}
	}
	return out
}

func (ix *Index) matchAnswers(u *understanding) []string {
	type scored struct {
		id  string
		sim float64
	}
	var best []scored
	seen := map[int]bool{}
	for t := range u.direct {
		for _, i := range ix.answersByTerm[t] {
			seen[i] = true
		}
	}
	for i := range seen {
		a := ix.answers[i]
		s := 0.0
		for _, p := range a.patterns {
			if ix.specificOverlap(u.direct, p) {
				s = max(s, dice(u.direct, p))
			}
		}
		if s >= 0.6 {
			best = append(best, scored{a.id, s})
		}
	}
	sort.Slice(best, func(i, j int) bool {
		if best[i].sim != best[j].sim {
			return best[i].sim > best[j].sim
		}
		return best[i].id < best[j].id
	})
	var ids []string
	for _, b := range best {
		ids = append(ids, b.id)
	}
	return ids
}

// specificOverlap reports whether two term sets share two terms, or one term that is more specific than a theme.
func (ix *Index) specificOverlap(a, b map[string]bool) bool {
	n, specific := 0, false
	for t := range a {
		if b[t] {
			n++
			specific = specific || !ix.broad[t]
		}
	}
	return n >= 2 || specific
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
