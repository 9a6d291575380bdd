package bot

// Facts about the asker in free text: a place (also typed with one error), a sector, a size or a legal form, and
// whether a message says nothing else.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/wegwijzer/wegwijzer/understand"
)

// namesAskerFact reports whether a short message names a fact about the asker (a place, a company size, a legal
// form or a sector) and little else. It is the cheap test before correct's search decides whether the message asks
// something new.
func (t *turnState) namesAskerFact(text string) bool {
	// A hyphen joins the parts of a place's name ("Zuid-Holland", "Sittard-Geleen"): kept, so that the name is
	// found as one word.
	ws := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' })
	if len(ws) > maxAskerFactWords {
		return false
	}
	sector := false
	for i, w := range ws {
		switch {
		case t.isSectorWord(w) && i > 0 && understand.IsDefiniteArticle(ws[i-1]) && (i < 2 || ws[i-2] != "in"):
			// "en de notaris?", "what about the accountant?": someone the question is about, not who asks (who
			// asks says "ik ben notaris", "wij hebben een bakkerij", "ik werk in de bouw").
			return false
		case t.isSectorWord(w):
			sector = true
		case sizeOf(w) != "" || len(w) < 4 || understand.IsAskerFiller(w) || understand.IsPlaceVerb(w) || understand.IsQuestionWord(w) || understand.IsQuestionFiller(w) || t.cat.Geography.FindIn(w) != "" ||
			len(ws) == 1 && t.placeTyped(w) != "":
		default:
			// A word of its own ("regels voor wegwerpbekers in mijn horecazaak"): a new question, searched once.
			return false
		}
	}
	return sector || t.cat.Geography.FindIn(text) != "" || sizeOf(text) != "" || legalFormOf(text) != "" || t.placeTyped(text) != ""
}

// placeTyped is the place a message of one word names with one typing error ("amsterdm"), or "".
func (t *turnState) placeTyped(text string) string {
	ws := strings.Fields(strings.Trim(text, " .!?"))
	if len(ws) != 1 {
		return ""
	}
	id, _ := t.cat.Geography.LookupNear(ws[0])
	return id
}

func (t *turnState) isSectorWord(w string) bool { return t.sectorOfWord(w) != "" }

// sectorOfWord is the id of the sector w (lower case) names by its label or one of its words, or "".
func (t *turnState) sectorOfWord(w string) string {
	for _, s := range t.cat.Sectors {
		if strings.EqualFold(s.Label, w) || strings.EqualFold(s.LabelEN, w) || slices.Contains(s.Words, w) {
			return s.ID
		}
	}
	return ""
}

// sectorNamed is the sector a word of text names, or "".
func (t *turnState) sectorNamed(text string) string {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		if id := t.sectorOfWord(w); id != "" {
			return id
		}
	}
	return ""
}

// applyFacts fills the slots about the asker that text names (a place, a sector, a size, a legal form) and reports
// whether it named one.
func (t *turnState) applyFacts(text string) bool {
	c := t.conv
	facts := map[string]string{slotSector: t.sectorNamed(text), slotSize: sizeOf(text), slotLegalForm: legalFormOf(text)}
	if id := t.cat.Geography.FindIn(text); id != "" {
		facts[slotRegion] = id
	}
	named := false
	for slot, v := range facts {
		if v != "" {
			c.Slots[slot] = v
			named = true
		}
	}
	return named
}

// onlyFacts reports whether every word of text is part of a fact about the asker or a word around one: no word a
// question could be about ("ik wil een foodtruck beginnen" says the sector, and what the question is).
func (t *turnState) onlyFacts(text string) bool {
	ws := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' })
	return !slices.ContainsFunc(ws, func(w string) bool {
		return !(len(w) < 4 || t.isSectorWord(w) || sizeOf(w) != "" || legalFormOf(w) != "" || understand.IsAskerFiller(w) ||
			understand.IsPlaceVerb(w) || t.cat.Geography.FindIn(w) != "")
	})
}

// maxAskerFactWords: a longer message is a question of its own, whatever facts it also gives.
const maxAskerFactWords = 12

// dropPlace removes the name of a place from the question, so that the search does not find it again.
func (t *turnState) dropPlace(id string) {
	p := t.cat.Geography.Place(id)
	if p == nil {
		return
	}
	q := t.conv.Slots[slotQuery]
	for _, name := range append([]string{p.Name}, p.AltNames...) {
		if i := strings.Index(strings.ToLower(q), strings.ToLower(name)); i >= 0 && name != "" {
			q = q[:i] + q[i+len(name):]
		}
	}
	t.conv.Slots[slotQuery] = strings.Join(strings.Fields(q), " ")
}
