package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// maxProblems is the most problems of one message the bot offers to take one by one.
const maxProblems = 4

// decide searches with what is known and either asks for what is still missing, asks which problem to start
// with, or answers.
func (t *turnState) decide(ctx context.Context) (*wegwijzer.Reply, error) {
	c := t.conv
	if t.within != "" {
		text, place, in := texts.placeWithin, t.conv.Slots[slotRegion], t.within
		if place == in {
			// "we zitten in Breda" when Breda is known: not "Breda ligt in Breda".
			text, in = texts.placeKnown, ""
		}
		if r := t.shownAgain(text, place, in); r != nil {
			return r, nil
		}
	}
	if t.known {
		if r := t.shownAgain(texts.sameForAsker, "", ""); r != nil {
			return r, nil
		}
	}
	if t.fresh {
		if reply, err := t.severalProblems(ctx); reply != nil || err != nil {
			return reply, err
		}
	}
	res, err := t.search.Search(ctx, t.query())
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	// "hij is al 3 maanden te laat" after "mijn klant betaalt niet": a message that finds only the curated text the
	// question before got says more about that question. The text again would say nothing new (and searched alone
	// its words found leave and working-time rules).
	again := t.fresh && first(res.Answers) != "" && t.before[slotQuery] != "" && slices.Contains(strings.Fields(t.before[slotCurated]), first(res.Answers))
	if again {
		t.askedOn = true
	}
	// "do I have to keep paying her?" after a question on a sick employee: a short question about a person it does
	// not name is about the one of the question before (alone, "paying" found the text on customers who do not pay).
	pointsBack := t.fresh && t.says(understand.IsPersonPronoun) && t.leansOnQuestion()
	if again || pointsBack || t.fresh && (len(res.Themes) == 0 || res.NoMatch || res.Specific == 0 && len(res.Topics) == 0) && len(res.Answers) == 0 && !(unknownWords(res) && asksWhatIs(t.read.msg.Text)) && t.leansOnQuestion() {
		// "wie betaalt het loon?" after an answer about a sick employee, "what permits do I need?" after one
		// about a food truck: a short question that finds no theme, or only a broad one, and no curated answer
		// of its own asks on about the question before, and is searched with it. (The
		// curated text of the question before, if any, was given already: it is not given again.)
		c.Slots[slotQuery] = t.before[slotQuery] + " " + c.Slots[slotQuery]
		for _, s := range []string{slotTheme, slotTopic, slotTopicRead, slotCurated} {
			if v := t.before[s]; v != "" {
				c.Slots[s] = v
			}
		}
		if res, err = t.search.Search(ctx, t.query()); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		res.Answers = nil
	}
	t.noteMatched(res)
	// What the text taught us fills empty slots.
	if res.Region != "" && c.Slots[slotRegion] == "" && !t.rejectedPlace(res.Region) {
		c.Slots[slotRegion] = res.Region
	}
	if res.Sector != "" && c.Slots[slotSector] == "" {
		c.Slots[slotSector] = res.Sector
	}
	if c.Slots[slotTheme] == "" && len(res.Themes) > 0 {
		c.Slots[slotTheme] = themeOfBest(res)
	}
	if c.Slots[slotTopic] == "" && len(res.Topics) > 0 && t.topicOf(c.Slots[slotTheme], res.Topics) != "" && !t.labelAdded {
		// (A topic read from the theme's own label or words is the search's, not the asker's: "ik heb een vraag",
		// then "verduurzamen" read as energy and was answered so; what they want to do is asked.)
		c.Slots[slotTopic] = t.topicOf(c.Slots[slotTheme], topicsOfBest(res))
		c.Slots[slotTopicRead] = "yes" // read from the question's own words: they are searched already
	}
	t.rec.Region, t.rec.Sector = t.region(), c.Slots[slotSector]
	t.rec.Themes = res.Themes
	if th := c.Slots[slotTheme]; th != "" && !slices.Contains(t.rec.Themes, th) {
		t.rec.Themes = append([]string{th}, t.rec.Themes...)
	}
	t.rec.Phase = understand.PhaseOf(c.Slots[slotQuery])
	if len(res.Results) > 0 {
		t.rec.BestScore = res.Results[0].Score
	}

	// A question a curated text answers gets that text straight away ("mijn bedrijf is gehackt").
	if (t.askedOn || t.reasked) && first(res.Answers) != "" && slices.Contains(strings.Fields(c.Slots[slotCurated]), first(res.Answers)) {
		// "is there financing for that?", "ik zit in Utrecht": the curated text of the question asked on about, or
		// asked again for the asker's place, was given already; the offers for it are what is new.
		if a := t.cat.Answer(first(res.Answers)); a != nil && !a.Gap && t.askedOn && !t.says(understand.IsSupportWord) && !t.saysKind() {
			// "mag dat zomaar?" after the text on a business at home: no topic or kind of its own, so the text
			// was the answer; its offers and next step stay (searched on, the question found starters' loans).
			r := t.curatedAnswer(a)
			r.Text = texts.sameAgain.in(t.lang) + "\n\n" + t.intro(r.Offers)
			return r, nil
		}
		res.Answers = nil
	}
	// A community manager's link of such questions to an offer outweighs a curated text the search found: the
	// manager saw what the text said, and that it did not help.
	linked := res.Signals != nil && res.Signals.Linked
	if a := t.cat.Answer(first(res.Answers)); a != nil && len(c.Asked) == 0 && !linked && !t.namesOther(a) {
		if a.Gap {
			return t.noMatch(res), nil // a known gap: no offer, its honest text and referral
		}
		r := t.curatedAnswer(a)
		t.curatedGiven(a.ID)
		t.withAmountAsked(r)
		return r, nil
	}
	// A closed scheme named in the question: what happened, and what to use now.
	if closed := t.namedClosed(); closed != nil {
		return t.unchanged(t.closedAnswer(ctx, closed, res)), nil
	}
	// A question in the asker's own words that a closed scheme answers best ("kan ik nog subsidie krijgen voor
	// een taalcursus"): the same honest answer as when it is named.
	if closed := t.closedBest(res); closed != nil && !t.rejectedOnly {
		// (Not for the same question again without something rejected: it was answered with open offers.)
		return t.unchanged(t.closedAnswer(ctx, closed, res)), nil
	}
	// Whether a question is broad is decided once, on its own words; the answers to clarifying questions
	// narrow it but do not make it specific, so the dialogue goes on until it knows enough.
	if c.Slots[slotBroad] == "" {
		c.Slots[slotBroad] = "no"
		if !res.NoMatch && res.Specific == 0 && c.Slots[slotTopic] == "" {
			c.Slots[slotBroad] = "yes"
		}
		if res.NoMatch && res.Vague && c.Slots[slotTheme] == "" {
			// "ik heb een vraag", "hallo, ik heb een vraag": no words of a topic at all, the broadest question
			// there is. After the theme it was answered with whatever the theme's label found.
			c.Slots[slotBroad] = "yes"
		}
		if understand.OnlyBroadAim(c.Slots[slotQuery]) && c.Slots[slotTheme] == "" {
			// "ik wil groeien": growth names no theme, and the offer that names it (a scan of the business's
			// direction) is no answer to staff, money or export; what it is about is asked.
			c.Slots[slotBroad] = "yes"
		}
	}
	broad := c.Slots[slotBroad] == "yes"
	// A message that only says who is asking ("ik heb een kapperszaak") is asked what it is about.
	// (The headcount a business has does not search: "ik heb een loodgietersbedrijf met 6 man personeel" is
	// such a message, not a question about staff.)
	onlyAsker := res.NoMatch && c.Slots[slotTheme] == "" && describesAsker(c.Slots[slotQuery], res)
	if len(c.Asked) < maxQuestions && !t.askedInstead && (broad || onlyAsker || t.themeOpen && c.Slots[slotTheme] == "" || (res.NoMatch && res.Vague && c.Slots[slotTheme] == "")) {
		if reply := t.nextQuestion(res); reply != nil {
			return reply, nil
		}
	}
	offers := t.usable(res)
	if res.NoMatch || len(offers) == 0 {
		return t.noMatch(res), nil
	}
	if t.nothingNew(offers) {
		// After "dit helpt niet", the same offers again would not help either: say so, and offer a person.
		r := t.noMatch(&wegwijzer.SearchResult{})
		r.Text = texts.nothingNew.in(t.lang)
		return r, nil
	}
	// Offers for a sole proprietorship next to offers for a bv among the first ones, and both about as good an
	// answer: which of them apply depends on the legal form. (When one offer answers far better, or further down
	// the list, the card's fit line says whom an offer is for.)
	if len(c.Asked) < maxQuestions && !t.askedInstead && c.Slots[slotLegalForm] == "" && !slices.Contains(c.Asked, slotLegalForm) && legalFormsDiffer(competing(res, offers[:min(len(offers), legalFormTop)])) {
		return t.ask(slotLegalForm, texts.askLegalForm, t.legalFormOptions()), nil
	}
	if t.placed != "" && c.State == StateAnswered && !slices.ContainsFunc(offers[:min(len(offers), maxOffers)], func(o *wegwijzer.Offer) bool { return len(o.Regions) > 0 && !o.IsNational() }) {
		// "en als ik in Deventer zit?": nothing of Deventer's own for this question. The offers shown stay the
		// answer, with a sentence that says so.
		if r := t.shownAgain(texts.placeNothing, t.placed, ""); r != nil {
			return r, nil
		}
	}
	if t.placed != "" && c.State == StateAnswered {
		// "ik zit in Overijssel" after an answer: the offers shown that still apply there stay, and the place's
		// own are added; not whatever the search with the place put first.
		offers = t.withShown(offers)
	}
	r := t.answer(offers, res)
	if t.reasked && t.sameOffers(r) {
		return t.unchanged(r), nil
	}
	t.withAmountAsked(r)
	if stopped := t.stoppedBest(res); stopped != nil && !slices.Contains(offers, stopped) {
		// "is there a grant for energy advice?": the scheme that paid for it has had no round for years. Say so,
		// before what can be used now.
		r.Text = fmt.Sprintf(texts.stoppedBest.in(t.lang), pick(t.lang, stopped.Title, stopped.TitleEN),
			statusText(t.cat, stopped, t.lang, t.msg.Time)) + "\n\n" + r.Text
	}
	return r, nil
}

// sameOffers reports whether the reply shows the offers the answer before showed, in that order.
func (t *turnState) sameOffers(r *wegwijzer.Reply) bool {
	return r.Kind == wegwijzer.ReplyAnswer && slices.Equal(refIDs(r.Offers), strings.Split(t.before[slotShown], ","))
}

// unchanged says so when a question asked again for what the asker adds shows the same offers: "ik heb een
// fietsenwinkel" or "ik ben zzp" after an answer. The same text again (with the note on a stopped or closed scheme)
// read as if the message was not heard.
func (t *turnState) unchanged(r *wegwijzer.Reply) *wegwijzer.Reply {
	if !t.reasked || !t.sameOffers(r) {
		return r
	}
	r.Text = texts.sameForAsker.in(t.lang)
	if p := t.cat.Geography.Place(t.placed); p != nil {
		// "Gelderland" after an answer: that nothing of the place's own was found is what changes nothing.
		r.Text = fmt.Sprintf(texts.placeNothing.in(t.lang), p.Name)
	}
	return r
}

// namesOther reports whether the message names an offer the curated answer is not about ("Wat is de WBSO en kom
// ik in aanmerking?" is about the WBSO, not the text on where to find subsidies).
func (t *turnState) namesOther(a *wegwijzer.Answer) bool {
	return len(t.read.named) > 0 && !slices.ContainsFunc(t.read.named, func(o *wegwijzer.Offer) bool { return slices.Contains(a.Related, o.ID) })
}

// query is the search for what the conversation knows.
func (t *turnState) query() wegwijzer.Query {
	c := t.conv
	if c.Slots[slotSize] == "" {
		if size := sizeOf(c.Slots[slotQuery]); size != "" {
			c.Slots[slotSize] = size
		}
	}
	if c.Slots[slotLegalForm] == "" {
		if lf := legalFormOf(c.Slots[slotQuery]); lf != "" {
			c.Slots[slotLegalForm] = lf
		} else if understand.ChoosesLegalForm(c.Slots[slotQuery]) {
			c.Slots[slotLegalForm] = "-" // "eenmanszaak of bv?" is the question: asking which one it has is no help
		}
	}
	q := wegwijzer.Query{Text: t.queryText(), Region: t.region(), Sector: known(c.Slots[slotSector]), Size: known(c.Slots[slotSize]), LegalForm: known(c.Slots[slotLegalForm]), Top: searchTop,
		Abroad: understand.NamesAbroad(c.Slots[slotQuery])} // the search text leaves out where the asker comes from
	if th := c.Slots[slotTheme]; th != "" {
		q.Themes = []string{th}
	}
	return q
}

// known is a slot's value, "" when it was skipped.
func known(v string) string {
	if v == "-" {
		return ""
	}
	return v
}

func (t *turnState) rejectedPlace(id string) bool {
	for _, w := range strings.Fields(t.conv.Slots[slotNot]) {
		if p, ok := t.cat.Geography.Lookup(w); ok && (p == id || slices.Contains(t.cat.Geography.Ancestors(id), p)) {
			return true
		}
	}
	return false
}

// themeOfBest is the first of the question's themes that the best offer found is in: "ik wil een jongen van het
// mbo opleiden in mijn bedrijf" may read as mobility too, but its best offers are about training, and the
// follow-ups search in the theme chosen here.
func themeOfBest(res *wegwijzer.SearchResult) string {
	if len(res.Results) > 0 && res.Results[0].Offer != nil {
		for _, th := range res.Themes {
			if slices.Contains(res.Results[0].Offer.Themes, th) {
				return th
			}
		}
	}
	return res.Themes[0]
}

// topicsOfBest is the question's topics with those of the best offer found first: "gasovens vervangen door
// elektrische ovens en zonnepanelen" reads as vehicles ("elektrisch") too, but its best offer is about energy, and
// the answer's offers are narrowed to the topic chosen here.
func topicsOfBest(res *wegwijzer.SearchResult) []string {
	if len(res.Results) == 0 || res.Results[0].Offer == nil {
		return res.Topics
	}
	best := res.Results[0].Offer.Topics
	out := slices.Clone(res.Topics)
	slices.SortStableFunc(out, func(a, b string) int {
		switch ia, ib := slices.Contains(best, a), slices.Contains(best, b); {
		case ia && !ib:
			return -1
		case ib && !ia:
			return 1
		}
		return 0
	})
	return out
}

// topicOf returns the first of the topics that belongs to the theme.
func (t *turnState) topicOf(theme string, topics []string) string {
	th := t.cat.Theme(theme)
	if th == nil {
		return ""
	}
	for _, id := range topics {
		for _, tp := range th.Topics {
			if tp.ID == id {
				return id
			}
		}
	}
	return ""
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}

func (t *turnState) region() string {
	c := t.conv
	if r := c.Slots[slotRegion]; r != "" && r != "-" {
		return r
	}
	if cm := t.cat.Community(c.Community); cm != nil {
		return cm.Region
	}
	return ""
}

// searchText is what to search for in the question kept (scrubbed text): without the words the person rejects,
// and in a long message the sentences that ask. It is read once per turn.
func (t *turnState) searchText(question string) string {
	switch {
	case question == t.searchOf && t.searchFor != "":
	case question == t.read.msg.Text:
		t.searchOf, t.searchFor = question, t.read.msg.Search // the question is this message: read already
	default:
		t.searchOf, t.searchFor = question, understand.Parse(question).Search
	}
	t.searchFor = t.withoutSizeOfBusiness(withoutAskerFacts(t.searchFor))
	return t.searchFor
}

// queryText is the text to search for: the question plus the words of the topic the person chose (a topic read
// from the question's own words adds nothing: searched again, "een lening voor een bestelbus" would turn into
// vehicles without loans).
func (t *turnState) queryText() string {
	c := t.conv
	q := t.searchText(c.Slots[slotQuery])
	if th := t.cat.Theme(c.Slots[slotTheme]); th != nil {
		if tp := c.Slots[slotTopic]; tp != "" && c.Slots[slotTopicRead] == "" {
			for _, topic := range th.Topics {
				if topic.ID == tp {
					q += " " + topic.Label + " " + strings.Join(topic.Words, " ")
				}
			}
		} else if q == "" || len(strings.Fields(q)) < 2 {
			q += " " + th.Label
			t.labelAdded = true
		} else if slices.Contains(c.Asked, slotTheme) {
			// "help met mijn bedrijf", then "Geld en financiering": the question's own words name no theme (else
			// it would not have been asked), so the theme chosen is what it is about. Its words are searched (the label alone, "geld" and
			// "financiering", are generic words that find no loan).
			q += " " + strings.Join(th.Words, " ")
			t.labelAdded = true
		}
	}
	return strings.TrimSpace(q)
}

// unknownWords reports whether a search found nothing because the catalogue knows none of the question's
// informative words ("wat is een UEA?"). Asking what such a thing is asks about something the catalogue does not
// hold: it does not lean on the question before (that would show the same list again as if it answered). "En voor
// een mestverwerker?" does lean: it asks the question before again, for another business.
func unknownWords(res *wegwijzer.SearchResult) bool {
	return res.NoMatch && res.Signals != nil && res.Signals.Coverage == 0 && !res.Signals.Named && !res.Signals.Linked
}

// asksWhatIs reports whether a message asks what something is or means ("wat is een UEA?", "what's a UBO?").
func asksWhatIs(text string) bool {
	return understand.OpensWhatIs(strings.Fields(normalise(text)))
}
