package index

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer/understand"
)

// Where and in what trade: the place and the sector a question names, and the compounds and adjectives that
// stand for them.

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
		if !rejected[w] && !sectorVerbs[w] {
			stems[i] = ix.stem(w)
		}
	}
	for n := 2; n >= 1; n-- {
		for i := 0; i+n <= len(stems); i++ {
			if slices.Contains(stems[i:i+n], "") || n > 1 && !ix.phraseStart[stems[i]] {
				continue
			}
			if id, ok := ix.sectors[strings.Join(stems[i:i+n], " ")]; ok && !understand.ReportedBy(ws, i, n) {
				return id
			}
		}
	}
	return ""
}

// joinCompounds writes two words as one where the one word names a sector or a theme and the two do not: a
// Dutch compound written apart, the English way ("food truck" is a foodtruck, "web shop" a webshop). Apart,
// "truck" made a question about a food truck one about lorries. A trade and a business noun are one word only when
// the asker owns that business (ownsBusinessAt): "subsidie zonnepanelen bedrijf" asks about solar panels.
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
			trade := sector && understand.IsCompanyNoun(ws[i+1]) // "schoonmaak bedrijf": whose?
			if (sector || theme) && !sector2 && !theme2 && (!trade || ownsBusinessAt(ws, i)) {
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
