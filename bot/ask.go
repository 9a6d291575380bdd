package bot

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// What the dialogue asks before it answers: the theme, topic, sector, place, size or legal form, each only when
// the offers found differ on it, and the buttons for each.

// nextQuestion asks for the first missing slot that changes the answer, or returns nil when nothing is missing.
// Sector and size are asked only when the offers found differ on them.
func (t *turnState) nextQuestion(res *wegwijzer.SearchResult) *wegwijzer.Reply {
	c := t.conv
	asked := func(s string) bool {
		return slices.Contains(c.Asked, s) || slices.Contains(strings.Fields(c.Slots[slotAskedBefore]), s)
	}
	th := t.cat.Theme(c.Slots[slotTheme])
	switch {
	case th == nil && !asked(slotTheme) && res.Vague && res.NoMatch && !isQuestion(c.Slots[slotQuery]):
		// "ik heb een vraag", "I have a question": no words of a topic at all, and no question yet. An invitation
		// to ask, with the themes to pick from (the menu alone read as if only a button would do). ("hoe laat is
		// het?" asks already: the menu alone.)
		r := t.askTheme()
		r.Text = texts.tellMe.in(t.lang) + " " + r.Text
		return r
	case th == nil && !asked(slotTheme):
		return t.askTheme()
	case th == nil && t.themeUnknown && slices.Index(c.Asked, slotTheme) == len(c.Asked)-1:
		// "weet ik niet": once more, with examples of what it can be about.
		r := t.askTheme()
		r.Text = texts.themeUnknown.in(t.lang)
		return r
	case th == nil && t.themeUnknown:
		// "weet ik niet" again: a person helps better than a third menu.
		r := t.info(texts.themeStillUnknown.in(t.lang))
		r.Options = t.personOrTopic()
		return r
	case th == nil && t.themeOpen && len(c.Asked) == 1:
		// "ik heb een bouwbedrijf" to "waar gaat je vraag over?": who asks, still not what about.
		r := t.askTheme()
		r.Text = texts.themeStill.in(t.lang) + " " + r.Text
		return r
	case th != nil && len(th.Topics) > 0 && c.Slots[slotTopic] == "" && !asked(slotTopic):
		return t.ask(slotTopic, texts.askTopic, topicOptions(th, t.lang))
	case th != nil && c.Slots[slotSector] == "" && !asked(slotSector) && t.sectorMatters(res):
		return t.ask(slotSector, texts.askSector, t.sectorOptions())
	case th != nil && t.region() == "" && !asked(slotRegion) && t.hasRegionalOffers(th.ID):
		return t.ask(slotRegion, texts.askRegion, t.regionOptions())
	case th != nil && c.Slots[slotSize] == "" && !asked(slotSize) && sizeMatters(res) &&
		!understand.StartsBusiness(c.Slots[slotQuery]) && !understand.EndsBusiness(c.Slots[slotQuery]) && !t.saysSizeOfBusiness(c.Slots[slotQuery]):
		return t.ask(slotSize, texts.askSize, t.sizeOptions())
	case th != nil && c.Slots[slotLegalForm] == "" && !asked(slotLegalForm) && legalFormMatters(res):
		return t.ask(slotLegalForm, texts.askLegalForm, t.legalFormOptions())
	}
	return nil
}

// askedAgain asks the clarifying question asked last once more, with its options, or returns nil when the last
// question was none of the slots (the problems to start with are asked again by their own path).
func (t *turnState) askedAgain() *wegwijzer.Reply {
	c := t.conv
	if len(c.Asked) == 0 {
		return nil
	}
	slot := c.Asked[len(c.Asked)-1]
	c.Asked = c.Asked[:len(c.Asked)-1] // ask adds it again
	switch slot {
	case slotTheme:
		return t.askTheme()
	case slotTopic:
		if th := t.cat.Theme(c.Slots[slotTheme]); th != nil {
			return t.ask(slotTopic, texts.askTopic, topicOptions(th, t.lang))
		}
	case slotSector:
		return t.ask(slotSector, texts.askSector, t.sectorOptions())
	case slotRegion:
		return t.ask(slotRegion, texts.askRegion, t.regionOptions())
	case slotSize:
		return t.ask(slotSize, texts.askSize, t.sizeOptions())
	case slotLegalForm:
		return t.ask(slotLegalForm, texts.askLegalForm, t.legalFormOptions())
	}
	c.Asked = append(c.Asked, slot)
	return nil
}

// hasRegionalOffers reports whether the catalogue has region-bound offers in the theme: only then does the
// region change the answer, and only then is it asked.
func (t *turnState) hasRegionalOffers(theme string) bool {
	for _, o := range t.cat.Offers {
		if !o.IsNational() && slices.Contains(o.Themes, theme) && o.Status != wegwijzer.StatusGesloten {
			return true
		}
	}
	return false
}

// sectorMatters reports whether the offers found differ in the sectors they are for: only then does the sector
// change the answer, and only then is it asked.
func (t *turnState) sectorMatters(res *wegwijzer.SearchResult) bool {
	for _, r := range res.Results {
		if r.Offer != nil && len(r.Offer.Sectors) > 0 && r.Offer.Status != wegwijzer.StatusGesloten {
			return true
		}
	}
	return false
}

// sizeMatters reports whether the offers found differ in the company sizes they are for: only then does the size
// change the answer, and only then is it asked.
func sizeMatters(res *wegwijzer.SearchResult) bool {
	for _, r := range res.Results {
		if r.Offer != nil && len(r.Offer.Sizes) > 0 && len(r.Offer.Sizes) < len(wegwijzer.Sizes()) {
			return true
		}
	}
	return false
}

// legalFormMatters reports whether the offers found differ in the legal forms they are for (some only for a sole
// proprietorship or partnership, some only for a legal person): only then does the legal form change the answer,
// and only then is it asked. Offers all for one class are marked on their cards instead.
func legalFormMatters(res *wegwijzer.SearchResult) bool {
	var offers []*wegwijzer.Offer
	for _, r := range res.Results {
		if r.Offer != nil && r.Offer.Status != wegwijzer.StatusGesloten {
			offers = append(offers, r.Offer)
		}
	}
	return legalFormsDiffer(offers)
}

// legalFormTop is how many of the first offers must differ on the legal form for the dialogue to ask it.
const legalFormTop = 5

// competingShare is how close to the best offer's score another offer must come to be as good an answer.
const competingShare = 0.5

// competing are the offers that score at least competingShare of the best result's score: the ones a question
// about the asker could put first.
func competing(res *wegwijzer.SearchResult, offers []*wegwijzer.Offer) []*wegwijzer.Offer {
	if len(res.Results) == 0 {
		return offers
	}
	best := res.Results[0].Score
	var out []*wegwijzer.Offer
	for _, o := range offers {
		for _, r := range res.Results {
			if r.Offer == o && r.Score >= competingShare*best {
				out = append(out, o)
				break
			}
		}
	}
	return out
}

// legalFormsDiffer reports whether the offers hold some only for a sole proprietorship or partnership and some
// only for a legal person.
func legalFormsDiffer(offers []*wegwijzer.Offer) bool {
	var ib, lp bool
	for _, o := range offers {
		ib = ib || o.LegalForm == wegwijzer.LegalFormIB
		lp = lp || o.LegalForm == wegwijzer.LegalFormRechtspersoon
	}
	return ib && lp
}

func (t *turnState) askTheme() *wegwijzer.Reply {
	var opts []wegwijzer.Option
	for _, th := range t.cat.Themes {
		opts = append(opts, wegwijzer.Option{Label: pick(t.lang, th.Label, th.LabelEN), Value: "theme:" + th.ID})
	}
	return t.ask(slotTheme, texts.askTheme, opts)
}

func topicOptions(th *content.Theme, l lang) []wegwijzer.Option {
	var opts []wegwijzer.Option
	for _, tp := range th.Topics {
		opts = append(opts, wegwijzer.Option{Label: pick(l, tp.Label, tp.LabelEN), Value: "topic:" + tp.ID})
	}
	return opts
}

// commonSectors are offered as buttons; any other sector can be typed.
var commonSectors = []string{"bouw", "handel", "horeca", "transport", "industrie", "landbouw", "zakelijke-diensten", "zorg", "ict"}

func (t *turnState) sectorOptions() []wegwijzer.Option {
	var opts []wegwijzer.Option
	for _, id := range commonSectors {
		if s := t.cat.Sector(id); s != nil {
			opts = append(opts, wegwijzer.Option{Label: pick(t.lang, s.Label, s.LabelEN), Value: "sector:" + id})
		}
	}
	return append(opts, wegwijzer.Option{Label: pick(t.lang, "Anders / overslaan", "Other / skip"), Value: "sector:-"})
}

func (t *turnState) regionOptions() []wegwijzer.Option {
	var opts []wegwijzer.Option
	for _, p := range t.cat.Geography.Places(content.KindProvincie) {
		opts = append(opts, wegwijzer.Option{Label: p.Name, Value: "region:" + p.ID})
	}
	slices.SortFunc(opts, func(a, b wegwijzer.Option) int { return strings.Compare(a.Label, b.Label) })
	return append(opts, wegwijzer.Option{Label: pick(t.lang, "Heel Nederland / overslaan", "Whole country / skip"), Value: "region:-"})
}

func (t *turnState) legalFormOptions() []wegwijzer.Option {
	var opts []wegwijzer.Option
	for _, lf := range wegwijzer.LegalForms() {
		opts = append(opts, wegwijzer.Option{Label: legalFormLabels[lf].in(t.lang), Value: slotLegalForm + ":" + lf})
	}
	return append(opts, wegwijzer.Option{Label: pick(t.lang, "Weet ik niet / overslaan", "Don't know / skip"), Value: slotLegalForm + ":-"})
}

func (t *turnState) sizeOptions() []wegwijzer.Option {
	var opts []wegwijzer.Option
	for _, s := range wegwijzer.Sizes() {
		opts = append(opts, wegwijzer.Option{Label: sizeLabels[s].in(t.lang), Value: "size:" + s})
	}
	return append(opts, wegwijzer.Option{Label: pick(t.lang, "Overslaan", "Skip"), Value: "size:-"})
}
