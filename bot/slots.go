package bot

// How free text fills the conversation's slots: a new question that keeps what is known about the asker, a
// correction, a fact about the asker after an answer, a rejection, or the answer to a clarifying question.

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// keepAsker starts a new question from what is known about the asker, not from the last question, which it keeps
// among the earlier questions for a hand-off.
func (t *turnState) keepAsker() {
	c := t.conv
	keep := map[string]string{}
	for _, s := range append(slices.Clone(askerSlots), slotShown, slotPending, slotEarlier) {
		if v := c.Slots[s]; v != "" {
			keep[s] = v
		}
	}
	if v := c.Slots[slotAskedBefore]; v != "" {
		keep[slotAskedBefore] = v
	}
	if q := c.Slots[slotQuery]; q != "" {
		earlier := append(lines(keep[slotEarlier]), strings.ReplaceAll(q, "\n", " "))
		keep[slotEarlier] = strings.Join(earlier[max(0, len(earlier)-maxEarlier):], "\n")
	}
	t.reset()
	c.Slots = keep
}

// maxEarlier is the number of earlier questions a conversation keeps for the community manager.
const maxEarlier = 3

// applyText merges free text into the slots: a correction, a rejection, an answer to the question asked, or
// (more of) a question.
func (t *turnState) applyText(ctx context.Context) {
	c := t.conv
	m := t.read.msg
	refining := c.Slots[slotRefining] == "yes"
	delete(c.Slots, slotRefining)
	if c.State == StateAnswered && !refining {
		t.before = maps.Clone(c.Slots) // a short new question without a topic of its own may lean on it
	}
	if refining {
		// What the person said did not help comes after what is new.
		c.Slots[slotUnhelpful] = c.Slots[slotShown]
	}
	if c.State == StateAnswered && !m.Correction && c.Slots[slotQuery] != "" && t.namesAskerFact(m.Text) {
		// "en als we in Utrecht zitten?", "we hebben een bv": the same question again for what the asker now
		// says about themselves, unless the message turns out to ask something new.
		t.correct(ctx, true)
		t.reject()
		t.reasked = true
		return
	}
	switch {
	case m.Correction && c.State != StateNew && c.Slots[slotQuery] != "":
		t.correct(ctx, false)
		t.reject()
		t.reasked = c.State == StateAnswered
		return
	case c.State == StateAnswered && c.Slots[slotQuery] != "" && len(m.Negated) > 0 && noTopic(m.Search):
		// "geen lening", "geen lening graag", "not a loan, a grant please": the same question without what is
		// rejected, and with the kind of offer wanted instead.
		if slices.ContainsFunc(strings.Fields(normalise(m.Search)), understand.IsGenericWord) {
			c.Slots[slotQuery] += " " + m.Search
		}
		t.reject()
		c.Asked = nil
		t.rejectedOnly = true
		return
	case c.State == StateAnswered && c.Slots[slotQuery] != "" && !refining && t.leansOnAnswer():
		// "krijg ik daar geld voor?", "zijn er subsidies?", "hoe vind ik die?": no topic of its own, so it
		// asks more about the question just answered, not a new one (which would get the theme menu).
		c.Slots[slotQuery] += " " + m.Text
		c.Asked = nil
		t.askedOn = true
		t.reject()
		return
	case (c.State == StateAnswered || c.State == StateNew) && !refining:
		t.keepAsker()
		t.fresh = true
	}
	t.reject()
	if c.State == StateClarify && understand.SkipsQuestion(m.Text) {
		// "weet ik niet" to "waar gaat je vraag over?" or "wat wil je precies doen?" is no part of the question
		// (searched with it, it found five unrelated grants): the theme is asked again with examples; a topic
		// not known leaves the theme as the question.
		switch lastAsked(c) {
		case slotTheme:
			t.themeUnknown = true
			return
		case slotTopic:
			return
		}
	}
	if c.State == StateClarify && len(c.Asked) > 0 && t.answerSlot(c.Asked[len(c.Asked)-1], m.Text) {
		return
	}
	if c.State == StateClarify && len(c.Asked) > 0 && lastAsked(c) != slotTheme && len(m.Negated) == 0 && t.namesAskerFact(m.Text) &&
		t.onlyFacts(m.Text) && t.applyFacts(m.Text) {
		// "sorry, het is een bv" to "waar zit je bedrijf?": a fact about the asker, not the place asked for, and
		// no part of the question (added to it, "eenmanszaak" and "bv" side by side read as choosing a legal form).
		return
	}
	if c.State == StateClarify && t.asksAnew(ctx) {
		// "ik zoek eigenlijk personeel voor mijn restaurant" to "hoe groot is je bedrijf?" after "ik wil mijn bedrijf
		// verduurzamen": another question, which replaces the one being narrowed (added to it, the answer mixed
		// staff with green loans). What is known about the asker stays.
		t.keepAsker()
		t.fresh = true
	}
	if c.State == StateClarify && lastAsked(c) == slotTheme && understand.Asks(m.Text) && !t.namesAskerFact(m.Text) && !understand.OnlyBroadAim(m.Text) {
		// "een medewerker is zwanger, wat moet ik regelen" to "waar gaat je vraag over?" after "ik heb een kapsalon
		// met 3 medewerkers": the question comes now. Whether it is broad is decided on it (the message before was
		// broad for asking nothing, and the bot went on to ask "wat wil je precies doen?").
		delete(c.Slots, slotBroad)
	}
	if c.State == StateClarify && lastAsked(c) == slotTheme && (t.namesAskerFact(m.Text) || understand.OnlyBroadAim(m.Text) || noTopic(m.Search)) {
		// ("subsidie", "a loan": the kind of help wanted, still not what for.)
		// "ik heb een bouwbedrijf", "ik wil een tweede zaak openen": who asks, or where they want to go, but not
		// yet what it is about.
		t.themeOpen = true
	}
	if c.State == StateClarify && !t.fresh && isQuestion(m.Text) {
		// "is there a grant?" instead of the answer to a clarifying question: the person wants an answer now, with
		// what they said so far, not the next question.
		t.askedInstead = true
	}
	// The question is kept as scrubbed text; what to search for is read from it when searching (queryText).
	text := m.Text
	if t.read.topicOnly && t.fresh {
		text = strings.Join(t.read.intent.Rest, " ")
	}
	if strings.TrimSpace(m.Search) == "" {
		return
	}
	if q := c.Slots[slotQuery]; q != "" && len(m.Negated) > 0 {
		// What this message rejects is kept (slotNot), not its words: read after the question before, "niet in
		// Utrecht maar in Zwolle" would no longer reject Utrecht but search it.
		c.Slots[slotQuery] = q + " " + m.Search
	} else if q != "" {
		c.Slots[slotQuery] = q + " " + text
	} else {
		c.Slots[slotQuery] = text
	}
}

// asksAnew reports whether a message that does not answer the clarifying question asks another question than the
// one being narrowed: it asks or wants something, and searched alone it has a theme of its own and not the
// question's, and words or a curated text more specific than that theme. "voor een elektrische bus" to "waar zit
// je bedrijf?" after "ik zoek financiering" asks nothing and stays part of the question; "ik wil zonnepanelen" to
// "wat wil je precies doen?" after "ik wil verduurzamen" is in its theme and narrows it.
func (t *turnState) asksAnew(ctx context.Context) bool {
	c := t.conv
	theme := c.Slots[slotTheme]
	asked := lastAsked(c)
	if theme == "" || c.Slots[slotQuery] == "" || asked == "" || asked == slotTheme || len(lines(c.Slots[slotProblems])) > 1 {
		return false
	}
	if !understand.Asks(t.read.msg.Text) || noTopic(t.read.msg.Search) {
		return false
	}
	res, err := t.search.Search(ctx, wegwijzer.Query{Text: t.read.msg.Search, Top: 1})
	if err != nil || res.NoMatch || len(res.Themes) == 0 || slices.Contains(res.Themes, theme) {
		return false
	}
	return res.Specific > 0 || len(res.Topics) > 0 || len(res.Answers) > 0
}

// noTopic reports whether text holds no topic: only function words and words for a kind of offer ("graag", "a
// grant please").
func noTopic(text string) bool {
	return !slices.ContainsFunc(strings.Fields(normalise(text)), func(w string) bool {
		return !understand.IsFunctionWord(w) && !understand.IsGenericWord(w)
	})
}

// isQuestion reports whether a message asks something: a question mark, or a question word first.
func isQuestion(text string) bool {
	ws := strings.Fields(normalise(text))
	return strings.HasSuffix(strings.TrimSpace(text), "?") || len(ws) > 0 && understand.IsQuestionWord(ws[0])
}

// leansOnAnswer reports whether the message has no topic of its own: only function and generic words
// ("zijn er subsidies?"), a pointer at what was said and at most one word more ("hoe vind ik die?"), or a short
// "en als ..." that adds a condition to the question. It names no offer (that is a follow-up or a new question)
// and asks for nothing the intents handle.
func (t *turnState) leansOnAnswer() bool {
	in := t.read.intent
	if in.Intent != understand.IntentNone || len(t.read.named) > 0 || len(t.read.msg.Negated) > 0 {
		return false
	}
	if len(strings.Fields(t.read.msg.Text)) <= maxAskerFactWords {
		// "en als die persoon ouder is dan 56?", "what if we rent the building?": the same question, one
		// condition more.
		lower := strings.ToLower(t.read.msg.Text)
		if understand.OpensContinuation(lower) {
			return true
		}
	}
	return len(in.Rest) == 0 || in.Reference && len(in.Rest) == 1
}

// correct replaces what the correction names: "nee, eigenlijk zit ik in Zwolle" replaces the place and keeps the
// question; a correction that names a new topic, or asks something specific, replaces the question. fact is true
// when the message only names facts about the asker (namesAskerFact): the words around them are left out of its
// search ("we work in construction": "work" found the works council as a new question).
func (t *turnState) correct(ctx context.Context, fact bool) {
	c := t.conv
	if t.onlyForWhom() {
		// "nee, ik bedoel voor mijn personeel" after "subsidie voor scholing": whom the question is for, not a new
		// question (searched alone it was about finding staff, and the training was gone).
		c.Slots[slotQuery] += " " + understand.WithoutCorrectionCues(t.read.msg.Search)
		c.Asked = nil
		return
	}
	text := withoutOnePerson(withoutPlaceVerbs(withoutAskerFacts(understand.WithoutCorrectionCues(t.read.msg.Search))))
	if fact {
		text = withoutAskerFillers(text)
	}
	res := &wegwijzer.SearchResult{}
	typed := ""
	if fact {
		// "amsterdm" after an answer: the place, not a word to search (the search's own typo tolerance found
		// Amsterdam's offers as a new question).
		typed = t.placeTyped(t.read.msg.Text)
		res.Region = typed
	}
	if typed == "" && understand.SizeAlone(strings.Trim(strings.ToLower(text), " .!?")) == "" && !noTopic(text) {
		// ("klein" alone is the size and nothing else to search: searched, it found the answer on terms and
		// conditions as a new question.)
		var err error
		if res, err = t.search.Search(ctx, wegwijzer.Query{Text: text, Top: 1}); err != nil {
			return // the correction is then read as more of the question
		}
	}
	if fact && res.Sector == "" {
		// "we work in construction": the label of a sector is the sector here, though a question's search does not
		// read it so ("construction of a warehouse").
		res.Sector = t.sectorNamed(text)
	}
	// changed is whether a fact about the asker differs from what was known.
	replaced, placed, within, changed := false, false, false, false
	switch {
	case res.Region != "" && slices.Contains(t.cat.Geography.Ancestors(c.Slots[slotRegion]), res.Region):
		// "en in Gelderland?" from Apeldoorn: the place known is in it, and the province's offers apply there
		// already; the more precise place stays.
		replaced, placed, within = true, true, true
	case res.Region != "" && res.Region != c.Slots[slotRegion]:
		t.dropPlace(c.Slots[slotRegion])
		c.Slots[slotRegion] = res.Region
		replaced, placed, changed = true, true, true
		t.placed = res.Region
	}
	// A new sector, size or legal form beside the place changes what fits: the answer is searched again, not kept
	// as it was for the place alone.
	if res.Sector != "" && res.Sector != c.Slots[slotSector] {
		c.Slots[slotSector] = res.Sector
		replaced, within, changed, t.placed = true, false, true, ""
	} else if res.Sector != "" {
		// "nee, het is een hotel" after "ik heb een restaurant": another word for the sector known (horeca) is no
		// new question (made one, it got the theme menu and the question was gone); what fits stays.
		replaced = true
	}
	if size := sizeOf(t.read.msg.Text); size != "" {
		changed = changed || size != c.Slots[slotSize]
		c.Slots[slotSize] = size
		replaced, within, t.placed = true, false, ""
	}
	if lf := legalFormOf(t.read.msg.Text); lf != "" {
		changed = changed || lf != c.Slots[slotLegalForm]
		c.Slots[slotLegalForm] = lf
		replaced, within, t.placed = true, false, ""
	}
	// Beside a new place, a theme read from the other words is no new question unless they ask something: "nee,
	// ik zit in Overijssel, net over de grens" is where the asker is ("grens" alone reads as trade abroad).
	otherTheme := len(res.Themes) > 0 && !slices.Contains(res.Themes, c.Slots[slotTheme]) && (!placed || understand.Asks(t.read.msg.Text))
	// Specific words that find nothing beside a new place ask nothing new either: "nee, ik zit eigenlijk in
	// Overijssel, vlak over de grens" read "vlak" as specific and lost the question on solar panels.
	specific := res.Specific > 0 && !res.NoMatch
	if !replaced || specific || len(res.Topics) > 0 || len(res.Answers) > 0 || otherTheme {
		// A new topic: the correction is the question now.
		asker := map[string]string{}
		for _, s := range askerSlots {
			asker[s] = c.Slots[s]
		}
		t.keepAsker()
		maps.Copy(c.Slots, asker)
		c.Slots[slotQuery] = t.read.msg.Text
		for k, v := range c.Slots {
			if v == "" {
				delete(c.Slots, k)
			}
		}
		t.fresh, t.placed = true, ""
	} else if within && c.State == StateAnswered && c.Slots[slotShown] != "" {
		t.within = res.Region // nothing new: what was shown applies there already
	} else if !changed && c.State == StateAnswered && c.Slots[slotShown] != "" {
		t.known = true // what the asker says was known: what was shown stays the answer
	}
	c.Asked = nil
}

// onlyForWhom reports whether a correction only says whom the question is for, the staff ("nee, ik bedoel voor
// mijn personeel", "no, for my employees, not for myself"): with the words of its cue left out, it opens with "voor"
// or "for" and names the staff and nothing else.
func (t *turnState) onlyForWhom() bool {
	ws := strings.Fields(normalise(understand.WithoutCorrectionCues(t.read.msg.Search)))
	if len(ws) < 2 || ws[0] != "voor" && ws[0] != "for" {
		return false
	}
	staff := false
	for _, w := range ws[1:] {
		switch {
		case understand.IsStaffWord(w):
			staff = true
		case understand.IsPossessive(w), understand.IsDeterminer(w), understand.IsForWhomFiller(w):
		default:
			return false
		}
	}
	return staff
}

// reject applies the words the person rejects: a place ("niet in Drenthe") or sector leaves its slot, staff
// ("zonder personeel") makes a one-person business, and the rest is kept to leave offers out.
func (t *turnState) reject() {
	c := t.conv
	for _, w := range t.read.msg.Negated {
		if id, ok := t.cat.Geography.Lookup(w); ok {
			if c.Slots[slotRegion] == id || slices.Contains(t.cat.Geography.Ancestors(c.Slots[slotRegion]), id) {
				t.dropPlace(c.Slots[slotRegion])
				delete(c.Slots, slotRegion)
			}
		}
		if understand.IsStaffWord(w) && c.Slots[slotSize] == "" {
			c.Slots[slotSize] = "zzp"
		}
		if s := t.cat.Sector(c.Slots[slotSector]); s != nil && (strings.EqualFold(s.Label, w) || slices.ContainsFunc(s.Words, func(x string) bool { return strings.EqualFold(x, w) })) {
			delete(c.Slots, slotSector)
		}
		if !slices.Contains(strings.Fields(c.Slots[slotNot]), w) {
			c.Slots[slotNot] = strings.TrimSpace(c.Slots[slotNot] + " " + w)
		}
	}
}

// rejected reports whether the person rejected the offer: its kind, its name, or its region. An offer for several
// regions is not rejected with one of them when it also covers where the asker is ("not in Friesland, I meant
// Groningen" keeps an offer for the three northern provinces).
func (t *turnState) rejected(o *wegwijzer.Offer) bool {
	for _, w := range strings.Fields(t.conv.Slots[slotNot]) {
		if k, ok := understand.KindNamed(w); ok && o.Kind == k {
			return true
		}
		if id, ok := t.cat.Geography.Lookup(w); ok && !o.IsNational() && slices.ContainsFunc(o.Regions, func(r string) bool {
			return r == id || slices.Contains(t.cat.Geography.Ancestors(r), id)
		}) && !t.coversAsker(o) {
			return true
		}
		if slices.Contains(offerNames(o), w) {
			return true
		}
	}
	return false
}

// coversAsker reports whether a regional offer is for the place the asker is in (or a place around it).
func (t *turnState) coversAsker(o *wegwijzer.Offer) bool {
	at := t.conv.Slots[slotRegion]
	if at == "" || at == "-" {
		return false
	}
	return slices.ContainsFunc(o.Regions, func(r string) bool { return r == at || slices.Contains(t.cat.Geography.Ancestors(at), r) })
}

// answerSlot fills the slot that was asked for from a free-text answer ("transport", "Deventer", "energie").
func (t *turnState) answerSlot(slot, text string) bool {
	c := t.conv
	cat := t.cat
	word := strings.Trim(strings.ToLower(text), " .!")
	match := func(label string, ws []string) bool {
		return strings.EqualFold(label, word) || slices.ContainsFunc(ws, func(w string) bool { return strings.EqualFold(w, word) })
	}
	switch slot {
	case slotTheme:
		for _, th := range cat.Themes {
			if match(th.Label, th.Words) || match(th.LabelEN, nil) || th.ID == word {
				c.Slots[slotTheme] = th.ID
				for _, tp := range th.Topics {
					if match(tp.Label, tp.Words) {
						// "personeel", "energie": the word names a topic of the theme as well, which is then not
						// asked for ("verduurzamen" names the theme alone, and what they want to do is asked).
						c.Slots[slotTopic] = tp.ID
						break
					}
				}
				return true
			}
		}
	case slotTopic:
		if th := cat.Theme(c.Slots[slotTheme]); th != nil {
			for _, tp := range th.Topics {
				if match(tp.Label, tp.Words) || match(tp.LabelEN, nil) || tp.ID == word {
					c.Slots[slotTopic] = tp.ID
					delete(c.Slots, slotTopicRead)
					return true
				}
			}
		}
	case slotSector:
		for _, s := range cat.Sectors {
			if match(s.Label, s.Words) || match(s.LabelEN, nil) || s.ID == word {
				c.Slots[slotSector] = s.ID
				return true
			}
		}
	case slotSize:
		if size := sizeOf(word); size != "" {
			c.Slots[slotSize] = size
			return true
		}
	case slotLegalForm:
		for lf, l := range legalFormLabels {
			if match(l.nl, nil) || match(l.en, nil) || lf == word {
				c.Slots[slotLegalForm] = lf
				return true
			}
		}
		if lf := legalFormOf(text); lf != "" {
			c.Slots[slotLegalForm] = lf
			return true
		}
	case slotRegion:
		if id, ok := cat.Geography.LookupNear(word); ok { // "rotterdm" to "waar zit je bedrijf?" is Rotterdam
			c.Slots[slotRegion] = id
			return true
		}
	}
	if slices.Contains(askerSlots, slot) && understand.SkipsQuestion(word) {
		c.Slots[slot] = "-"
		return true
	}
	return false
}
