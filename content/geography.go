package content

import (
	"slices"
	"strings"
	"unicode"
)

// PlaceKind says what level of the map a place is.
type PlaceKind string

// Place kinds, from large to small.
const (
	KindLand      PlaceKind = "land"
	KindProvincie PlaceKind = "provincie"
	KindRegio     PlaceKind = "regio"
	KindCorop     PlaceKind = "corop"
	KindGemeente  PlaceKind = "gemeente"
)

// Place is a province, a named region or a municipality.
type Place struct {
	ID       string
	Name     string
	Kind     PlaceKind
	AltNames []string
	Within   []string // ids of the places that contain this one, directly
	Province string   // for municipalities
	// Overlaps are the provinces a region lies partly in: a region whose members are in several provinces
	// (Regio Zwolle lies in Overijssel, Drenthe, Flevoland and Gelderland) is within none of them, so that
	// someone in Zwolle is not taken to be in Drenthe.
	Overlaps []string
}

// Geography resolves place names in questions and decides which region-bound offers apply to an asker.
// It is read-only after construction and safe for concurrent use.
type Geography struct {
	places   map[string]*Place
	names    map[string][]string // normalised name -> place ids
	maxWords int
	// firstWords holds the first word of every name of two words or more: Find tries a phrase only where one starts.
	firstWords map[string]bool
}

// NewGeography returns a geography that knows only the country.
func NewGeography() *Geography {
	g := &Geography{places: map[string]*Place{}, names: map[string][]string{}, firstWords: map[string]bool{}}
	g.add(&Place{ID: "nl", Name: "Nederland", Kind: KindLand, AltNames: []string{"heel nederland", "the netherlands", "landelijk"}})
	return g
}

func (g *Geography) add(p *Place) {
	g.places[p.ID] = p
	for _, n := range append([]string{p.Name}, p.AltNames...) {
		key := normName(n)
		if key == "" || slices.Contains(g.names[key], p.ID) {
			continue
		}
		g.names[key] = append(g.names[key], p.ID)
		ws := strings.Fields(key)
		if len(ws) > g.maxWords {
			g.maxWords = len(ws)
		}
		if len(ws) > 1 {
			g.firstWords[ws[0]] = true
		}
	}
}

// normName normalises a place name for lookup: lower case, accents folded, punctuation as spaces,
// CBS suffixes such as "(L.)" kept as words.
func normName(s string) string {
	s = Fold(strings.ToLower(s))
	s = nameSeparators.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// nameSeparators turns the punctuation inside place names into spaces (a Replacer is safe for concurrent use).
var nameSeparators = strings.NewReplacer("'s-", "'s ", "-", " ", ".", " ", "(", " ", ")", " ", ",", " ")

// addPartNames lets the towns in a double municipality name be found on their own: "Sittard" and "Geleen" for
// Sittard-Geleen, "Giessendam" for Hardinxveld-Giessendam. Only parts of six letters or more that name no other
// place, are no everyday word and belong to one double name alone: "Midden" is part of Midden-Groningen,
// Midden-Drenthe and Midden-Delfland, so it names none of them (before, it named whichever the map gave first, so
// the same question found another region from one process to the next). Called once all places are known.
func (g *Geography) addPartNames() {
	owners := map[string][]string{}
	for _, p := range g.places {
		if p.Kind != KindGemeente || !strings.Contains(p.Name, "-") {
			continue
		}
		for _, part := range strings.Split(p.Name, "-") {
			key := normName(part)
			if len(key) < 6 || strings.Contains(key, " ") || commonWords[key] || len(g.names[key]) > 0 {
				continue
			}
			if !slices.Contains(owners[key], p.ID) {
				owners[key] = append(owners[key], p.ID)
			}
		}
	}
	for key, ids := range owners {
		if len(ids) == 1 {
			g.names[key] = ids
		}
	}
}

// Place returns the place with the id, or nil.
func (g *Geography) Place(id string) *Place { return g.places[id] }

// Len returns the number of places.
func (g *Geography) Len() int { return len(g.places) }

// Places returns all places of a kind, in no particular order.
func (g *Geography) Places(kind PlaceKind) []*Place {
	var out []*Place
	for _, p := range g.places {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

// Ancestors returns the id and every place that contains it, ending with "nl".
func (g *Geography) Ancestors(id string) []string {
	out := []string{}
	var walk func(string)
	walk = func(id string) {
		if slices.Contains(out, id) {
			return
		}
		out = append(out, id)
		if p := g.places[id]; p != nil {
			for _, w := range p.Within {
				walk(w)
			}
		}
	}
	walk(id)
	if !slices.Contains(out, "nl") {
		out = append(out, "nl")
	}
	return out
}

// Applies reports whether an offer bound to offerRegion applies to someone in askerRegion: the offer's region
// contains the asker's, or lies inside it (an asker who names a province may be anywhere in it).
func (g *Geography) Applies(offerRegion, askerRegion string) bool {
	if offerRegion == "nl" || offerRegion == askerRegion {
		return true
	}
	if askerRegion == "" {
		return false
	}
	if slices.Contains(g.Ancestors(askerRegion), offerRegion) {
		return true
	}
	if slices.Contains(g.Ancestors(offerRegion), askerRegion) {
		return true
	}
	// An offer for a region that lies partly in the asker's province. Only the offer's own region: a town's
	// offer is not for the other province its pilot region reaches into (Deventer's, in Overijssel, is not for
	// someone in Gelderland although the Stedendriehoek lies partly there).
	p := g.places[offerRegion]
	return p != nil && slices.Contains(p.Overlaps, askerRegion)
}

// Reaches reports whether an offer bound to offerRegion is open to at least some of the entrepreneurs in region:
// it applies there, or it is for one of the provinces the region lies partly in. For counting what a region has,
// not for answering one asker.
func (g *Geography) Reaches(offerRegion, region string) bool {
	if g.Applies(offerRegion, region) {
		return true
	}
	if p := g.places[region]; p != nil {
		for _, prov := range p.Overlaps {
			if g.Applies(offerRegion, prov) {
				return true
			}
		}
	}
	return false
}

// Lookup returns the most specific place with exactly this name ("Deventer", "Den Bosch", "Overijssel").
func (g *Geography) Lookup(name string) (string, bool) {
	ids := g.names[normName(name)]
	if len(ids) == 0 {
		if g.places[name] != nil {
			return name, true
		}
		return "", false
	}
	return g.mostSpecific(ids), true
}

// LookupNear is Lookup that forgives one typing error in a name of six letters or more ("amsterdm", "rotterdm",
// "utrect"): the one place whose name is one letter added, left out or changed away. Two such names, or none, is no
// place: a typo is not guessed between places.
func (g *Geography) LookupNear(name string) (string, bool) {
	if id, ok := g.Lookup(name); ok {
		return id, true
	}
	n := normName(name)
	if len([]rune(n)) < minNearName {
		return "", false
	}
	found := ""
	for known, ids := range g.names {
		if len([]rune(known)) < minNearName || !oneEditApart(n, known) {
			continue
		}
		id := g.mostSpecific(ids)
		if found != "" && found != id {
			return "", false
		}
		found = id
	}
	return found, found != ""
}

// minNearName is the shortest name LookupNear forgives a typo in: shorter names are too close to other words.
const minNearName = 6

// oneEditApart reports whether a and b differ by exactly one letter added, left out or changed.
func oneEditApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return i < len(ra) && string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i:]) == string(rb[i+1:])
}

var kindRank = map[PlaceKind]int{KindGemeente: 0, KindRegio: 1, KindCorop: 2, KindProvincie: 3, KindLand: 4}

func (g *Geography) mostSpecific(ids []string) string {
	best := ids[0]
	for _, id := range ids[1:] {
		if kindRank[g.places[id].Kind] < kindRank[g.places[best].Kind] {
			best = id
		}
	}
	return best
}

// Find looks for a place name in a list of normalised words and returns the place id and the word span
// [start, end) it covers. Longer names win ("Den Haag" over "Haag"); short ambiguous words are not places.
func (g *Geography) Find(words []string) (id string, start, end int) {
	// Where a name of two words or more may start, looked up once per word rather than once per length.
	var buf [64]bool
	starts, multi := buf[:0], false
	if g.maxWords > 1 {
		for _, w := range words {
			f := g.firstWords[w]
			starts = append(starts, f)
			multi = multi || f
		}
	}
	for n := min(g.maxWords, len(words)); n >= 1; n-- {
		if n > 1 && !multi {
			continue
		}
		for i := 0; i+n <= len(words); i++ {
			if n > 1 && !starts[i] {
				continue
			}
			key := strings.Join(words[i:i+n], " ")
			if n == 1 && (len(key) < 3 || commonWords[key] && !placeCue(words, i)) {
				continue
			}
			if ids := g.names[key]; len(ids) > 0 {
				return g.mostSpecific(ids), i, i + n
			}
		}
	}
	return "", 0, 0
}

// FindIn returns the id of the first place a text names ("en als we in Zwolle zitten?"), or "".
func (g *Geography) FindIn(text string) string {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' && r != '.' && r != '(' && r != ')'
	})
	id, _, _ := g.Find(strings.Fields(normName(strings.Join(words, " "))))
	return id
}

// commonWords are municipality names that are also everyday words ("best", "goes", "buren"): they count as a
// place only after a cue such as "in" or "gemeente".
var commonWords = map[string]bool{
	"best": true, "goes": true, "buren": true, "putten": true, "bergen": true, "beek": true, "stein": true,
	"horst": true, "sluis": true, "laren": true, "epe": true, "ede": true, "oss": true, "hof": true, "echt": true,
	"tiel": true, "weert": true, "baarn": true, "boxtel": true, "son": true,
}

func placeCue(words []string, i int) bool {
	if i == 0 {
		return false
	}
	switch words[i-1] {
	case "in", "uit", "te", "bij", "rond", "gemeente", "regio", "omgeving", "near", "around":
		return true
	}
	return false
}
