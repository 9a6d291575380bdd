package bot

// The curated answers: a text written for a common question, with the offers it names, given once per question.

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
)

// curatedAnswer replies with a curated text and the offers it names; the next step is the text's own, else the
// first offer's.
func (t *turnState) curatedAnswer(a *wegwijzer.Answer) *wegwijzer.Reply {
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Text: strings.TrimSpace(pick(t.lang, a.Text, a.TextEN))}
	var offers []*wegwijzer.Offer
	for _, id := range a.Related {
		if o := t.cat.Offer(id); o != nil && o.Status != wegwijzer.StatusGesloten && !t.rejected(o) && !t.elsewhere(o) && !t.otherLanguage(o) {
			offers = append(offers, o)
		}
	}
	offers = t.withoutStopped(offers)
	// The text's order, the offers of one group together: the curated text names them in the order it means, and
	// its first offer stays first, but a list that went rules, help, rules, help showed each heading twice.
	offers = groupedInOrder(offers)
	cd := t.card()
	r.Offers = []wegwijzer.OfferRef{}
	for _, o := range offers[:min(len(offers), maxOffers)] {
		r.Offers = append(r.Offers, cd.offerRef(o))
	}
	if len(r.Offers) > 0 {
		r.Text += "\n\n" + t.intro(r.Offers)
	}
	if a.NextStep != nil {
		r.NextStep = nextStepText(*a.NextStep, t.lang)
	} else {
		r.NextStep = t.nextStepOf(r.Offers)
	}
	r.Options = t.afterAnswerOptions(true)
	return t.answered(t.withPending(r))
}

// groupedInOrder orders offers by group, the groups in the order of their first offer, and keeps the order within
// a group.
func groupedInOrder(offers []*wegwijzer.Offer) []*wegwijzer.Offer {
	var groups []wegwijzer.Group
	for _, o := range offers {
		if g := o.Kind.Group(); !slices.Contains(groups, g) {
			groups = append(groups, g)
		}
	}
	out := make([]*wegwijzer.Offer, 0, len(offers))
	for _, g := range groups {
		for _, o := range offers {
			if o.Kind.Group() == g {
				out = append(out, o)
			}
		}
	}
	return out
}

// elsewhere reports whether the offer is bound to regions none of which applies where the asker is: a curated
// text on provincial vouchers names Flevoland's, which is not for someone in Haarlem.
func (t *turnState) elsewhere(o *wegwijzer.Offer) bool {
	region := t.conv.Slots[slotRegion]
	if region == "" || region == "-" || len(o.Regions) == 0 {
		return false
	}
	return !slices.ContainsFunc(o.Regions, func(r string) bool { return t.cat.Geography.Applies(r, region) })
}

// curated returns the text of the best curated answer for the question, or "".
func (t *turnState) curated(res *wegwijzer.SearchResult) string {
	if len(res.Answers) == 0 {
		return ""
	}
	a := t.cat.Answer(res.Answers[0])
	if a == nil || a.Gap || t.namesOther(a) {
		return ""
	}
	return strings.TrimSpace(pick(t.lang, a.Text, a.TextEN))
}

// gap returns the known gap the search found for the question (a curated answer that says no offer covers its
// topic), or nil.
func (t *turnState) gap(res *wegwijzer.SearchResult) *wegwijzer.Answer {
	if len(res.Answers) == 0 {
		return nil
	}
	if a := t.cat.Answer(res.Answers[0]); a != nil && a.Gap && !t.namesOther(a) {
		return a
	}
	return nil
}

// curatedGiven remembers that this question got the curated answer's text: asking on about it does not get it again.
func (t *turnState) curatedGiven(id string) {
	if given := strings.Fields(t.conv.Slots[slotCurated]); !slices.Contains(given, id) {
		t.conv.Slots[slotCurated] = strings.Join(append(given, id), " ")
	}
}
