package index

import (
	"bytes"
	"strings"
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
			if d > max {
				continue
			}
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

// minTailAfterShortHead is the length a compound's tail must have after a head of three letters: "weg" +
// "werkzaamheden" is a compound, while a short word after one ("weg" + "gaan") is more often a word of its own.
const minTailAfterShortHead = 7

// decompound splits a Dutch compound word into words the catalogue knows: "waterstofmotoren" gives "waterstof",
// "motoren"; "vervoersbedrijf" gives "vervoer", "bedrijf" (the linking s is dropped). Words that are not
// compounds come back alone.
func (ix *Index) decompound(w string) []string {
	return ix.decompoundFrom(w, true)
}

// decompoundFrom is decompound; a head of three letters is taken only at the start of the word (top), with no
// linking letters and a whole known word of at least minTailAfterShortHead letters after it ("wegwerkzaamheden"):
// else short words are found inside longer ones ("varkensbedrijf" is no "var" + "ken" + "bedrijf").
func (ix *Index) decompoundFrom(w string, top bool) []string {
	if len(w) < 7 {
		return []string{w}
	}
	for i := len(w) - 3; i >= 3; i-- {
		head := w[:i]
		if ix.surface[head] == 0 || stopwords[head] {
			continue
		}
		rest := w[i:]
		if i == 3 {
			if top && len(rest) >= minTailAfterShortHead && ix.surface[rest] > 0 && !stopwords[rest] {
				return []string{head, rest}
			}
			continue
		}
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
			if sub := ix.decompoundFrom(tail, false); len(sub) > 1 {
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
