package index

import (
	"bytes"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/wegwijzer/wegwijzer/content"
)

// Two analysis steps of our own, registered with Bleve under these names: the same work as Bleve's asciifolding
// and Dutch snowball stemmer, but cheap on the text a catalogue is made of (mostly ASCII, few distinct words).
const (
	foldName  = "wegwijzer_fold"
	stemName  = "wegwijzer_stem_nl"
	wordsName = "wegwijzer_words"
)

func init() {
	if err := registry.RegisterCharFilter(foldName, func(map[string]any, *registry.Cache) (analysis.CharFilter, error) {
		return foldFilter{}, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterTokenizer(wordsName, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
		return wordTokenizer{}, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterTokenFilter(stemName, func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) {
		return newStemFilter(), nil
	}); err != nil {
		panic(err)
	}
}

// foldFilter folds accents (é -> e, ĳ -> ij); ASCII input passes unchanged without a copy.
type foldFilter struct{}

func (foldFilter) Filter(input []byte) []byte {
	for _, b := range input {
		if b >= 0x80 {
			return []byte(content.Fold(string(input)))
		}
	}
	return input
}

// stemFilter is the Dutch snowball stemmer with a memory: a catalogue repeats its words, and stemming is the
// most expensive step of indexing. One filter (and cache) per index mapping; safe for the concurrent analysis
// workers of a batch. Looking a term up allocates nothing (a map indexed by string(bytes)), and after the build
// the cache is read without a lock.
type stemFilter struct {
	stemmer *nl.DutchStemmerFilter
	mu      sync.RWMutex
	cache   map[string][]byte // term -> stem, while building; guarded by mu
	// frozen is the cache after the build: questions' words are stemmed but not remembered (no unbounded growth).
	frozen atomic.Pointer[map[string][]byte]
}

func newStemFilter() *stemFilter {
	return &stemFilter{stemmer: nl.NewDutchStemmerFilter(), cache: map[string][]byte{}}
}

// freeze stops the cache from growing: it holds the catalogue's words, not every word anyone ever typed.
func (f *stemFilter) freeze() {
	f.mu.Lock()
	m := f.cache
	f.mu.Unlock()
	f.frozen.Store(&m)
}

func (f *stemFilter) lookup(term []byte) ([]byte, bool) {
	if m := f.frozen.Load(); m != nil {
		stem, ok := (*m)[string(term)]
		return stem, ok
	}
	f.mu.RLock()
	stem, ok := f.cache[string(term)]
	f.mu.RUnlock()
	return stem, ok
}

// len returns the number of terms the cache holds.
func (f *stemFilter) len() int {
	if m := f.frozen.Load(); m != nil {
		return len(*m)
	}
	f.mu.RLock()
	defer f.mu.RUnlock()
	return len(f.cache)
}

func (f *stemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, token := range input {
		if stem, ok := stemOverrides[string(token.Term)]; ok {
			token.Term = []byte(stem)
			continue
		}
		if stem, ok := f.lookup(token.Term); ok {
			token.Term = stem
			continue
		}
		if f.frozen.Load() != nil {
			f.stemmer.Filter(analysis.TokenStream{token})
			continue
		}
		term := string(token.Term)
		f.stemmer.Filter(analysis.TokenStream{token})
		f.mu.Lock()
		f.cache[term] = token.Term
		f.mu.Unlock()
	}
	return input
}

// stemOverrides are words the Dutch stemmer makes into the stem of another word, with the stem they keep (as
// Lucene's Dutch analyzer keeps "fiets" and "kind" apart): "zoon" (son) and "zone" both became "zon" (sun), so a
// question about a son found the zero-emission zones; the English "room" became "rom", the ROMs (regional
// development companies), "green" the Dutch "grens" (border), "tool" the Dutch "tol" (toll), "boom" (tree) the
// BOM, the English "opening" (of a shop) the Dutch "open" (a scheme's round is open: SDE++, ISDE), "boot" (boat) the
// "bot" of a chatbot (a fisherman's boat got the answer on what Wegwijzer is, and on chatbots under the AI Act). Both the index and the questions are stemmed through this list. The colliding pairs were found by grouping
// the catalogue's words by stem, not from questions.
var stemOverrides = map[string]string{
	"zoon": "zoon", "zonen": "zoon", "zone": "zone", "zones": "zone",
	"room": "room", "rooms": "room",
	"green": "green",
	"tool":  "tool", "tools": "tool",
	"boom": "boom", "bomen": "boom",
	"opening": "opening", "openings": "opening",
	"boot": "boot", "boten": "boot",
	// Everyday words whose stem is a noun's: "gaat" (goes) was "gat" (gap), "steeds" (ever more) was "sted" (of
	// "steden", cities); and "overheid" (government) was "over", a word that is no term at all. ("weten", "weet"
	// are "wet" (law) and "lees" is "les" too, but kept apart a typo for "wetten" ("watten") counted as a law, and
	// "waar lees ik" became the words of an example question of the Regio Deal answer.)
	"gaat":     "gaat",
	"steeds":   "steeds",
	"overheid": "overheid", "overheden": "overheid",
}

// wordTokenizer splits text into runs of letters and digits, as words() does for questions: the index and the
// question analysis then agree on what a word is ("co2", "e-bike" -> "e", "bike").
type wordTokenizer struct{}

func (wordTokenizer) Tokenize(input []byte) analysis.TokenStream {
	if bytes.IndexByte(input, '-') >= 0 || bytes.IndexByte(input, '\'') >= 0 || bytes.Contains(input, []byte("’")) {
		input = []byte(joinAffixes(string(input))) // as words() does
	}
	// The tokens are allocated in chunks rather than one by one, as Bleve's own tokenizers do.
	guess := len(input)/6 + 1
	out := make(analysis.TokenStream, 0, guess)
	var chunk []analysis.Token
	start, pos := -1, 1
	emit := func(end int) {
		if len(chunk) == cap(chunk) {
			chunk = make([]analysis.Token, 0, guess)
		}
		chunk = append(chunk, analysis.Token{Term: input[start:end], Start: start, End: end, Position: pos, Type: analysis.AlphaNumeric})
		out = append(out, &chunk[len(chunk)-1])
		pos++
		start = -1
	}
	for i := 0; i < len(input); {
		r, size := rune(input[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(input[i:])
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			emit(i)
		}
		i += size
	}
	if start >= 0 {
		emit(len(input))
	}
	return out
}

// freezeStemCache freezes the stem cache of an analyzer built from our analysis steps.
func freezeStemCache(an analysis.Analyzer) {
	if da, ok := an.(*analysis.DefaultAnalyzer); ok {
		for _, tf := range da.TokenFilters {
			if sf, ok := tf.(*stemFilter); ok {
				sf.freeze()
			}
		}
	}
}
