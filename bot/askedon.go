package bot

import (
	"fmt"
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// Asking on that finds nothing new: the replies that keep what was shown ("is daar subsidie voor?", "wat kan ik
// doen?", "en in Zuid-Holland?") instead of the same list again.

// saysKind reports whether this turn's message names a kind of offer ("lening", "grant").
func (t *turnState) saysKind() bool {
	return slices.ContainsFunc(strings.Fields(normalise(t.read.msg.Text)), func(w string) bool { _, ok := understand.KindNamed(w); return ok })
}

// shownBefore reports whether every id of found is one of shown: nothing new was found.
func shownBefore(found, shown []string) bool {
	return len(found) > 0 && !slices.ContainsFunc(found, func(id string) bool { return !slices.Contains(shown, id) })
}

// moneyShown answers "is daar subsidie voor?" after an answer whose money offers are all there is: those offers
// only, after the sentence yes (or: no grant, but other money). Nil when none of the offers is money.
func (t *turnState) moneyShown(shown []wegwijzer.OfferRef, yes msg) *wegwijzer.Reply {
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Offers: []wegwijzer.OfferRef{}}
	grant := false
	for _, o := range shown {
		if o.Group == wegwijzer.GroupMoney {
			r.Offers = append(r.Offers, o)
			grant = grant || o.Kind == wegwijzer.KindSubsidie
		}
	}
	if len(r.Offers) == 0 {
		return nil
	}
	text := yes
	if !grant && t.says(understand.IsGrantWord) {
		text = texts.noGrantShown
	}
	r.Text = strings.TrimSpace(text.in(t.lang) + " " + t.intro(r.Offers))
	r.NextStep = t.nextStepOf(r.Offers)
	r.Options = t.afterAnswerOptions(true)
	return t.answered(r)
}

// nextStepOnly answers asking on that found nothing new ("wat kan ik doen?" after the same list) with what to do
// next about the first offer shown: how to apply, or its next step, as the follow-up "hoe vraag ik het aan?" would.
func (t *turnState) nextStepOnly(o *wegwijzer.Offer) *wegwijzer.Reply {
	r := t.followUp(understand.IntentApply, []*wegwijzer.Offer{o})
	if rest, ok := strings.CutPrefix(r.Text, followUpHeads[understand.IntentApply].in(t.lang)); ok {
		r.Text = texts.allFound.in(t.lang) + " " + texts.nextStepHead.in(t.lang) + rest
	}
	return r
}

// shownAgain answers a question asked again for a place that brings nothing new ("en in Zuid-Holland?" from
// Dordrecht, whose province's offers were searched already; "en als ik in Deventer zit?" when Deventer has nothing
// of its own for it): the offers shown stay the answer (less those bound to another place), after a sentence that
// says why. Searched again, without the curated text given first, the list came out different and worse. text
// holds the names of place and, when not "", in. Nil when none of the offers shown is left.
func (t *turnState) shownAgain(text msg, place, in string) *wegwijzer.Reply {
	names := []any{}
	for _, id := range []string{place, in} {
		if id == "" {
			continue
		}
		p := t.cat.Geography.Place(id)
		if p == nil {
			return nil
		}
		names = append(names, p.Name)
	}
	var offers []*wegwijzer.Offer
	for _, id := range t.shown() {
		if o := t.cat.Offer(id); o != nil && !t.elsewhere(o) {
			offers = append(offers, o)
		}
	}
	if len(offers) == 0 {
		return nil
	}
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Offers: []wegwijzer.OfferRef{}}
	cd := t.card()
	for _, o := range offers {
		r.Offers = append(r.Offers, cd.offerRef(o))
	}
	r.Text = fmt.Sprintf(text.in(t.lang), names...) + " " + t.intro(r.Offers)
	r.NextStep = t.nextStepOf(r.Offers)
	r.Options = t.afterAnswerOptions(true)
	return t.answered(r)
}

// maxPlaceOwn is the most offers of a place's own that a place given after an answer adds to the offers shown.
const maxPlaceOwn = 2

// withShown is the answer when a place is given after an answer: the offers shown that still apply there, then the
// place's own among offers (bound to regions, not national), then the rest of offers, at most maxOffers in all.
func (t *turnState) withShown(offers []*wegwijzer.Offer) []*wegwijzer.Offer {
	var own []*wegwijzer.Offer
	for _, o := range offers[:min(len(offers), maxOffers)] {
		if len(o.Regions) > 0 && !o.IsNational() && len(own) < maxPlaceOwn {
			own = append(own, o)
		}
	}
	var out []*wegwijzer.Offer
	for _, id := range t.shown() {
		if o := t.cat.Offer(id); o != nil && !t.elsewhere(o) && t.actionable(o) && !t.rejected(o) && !slices.Contains(own, o) && len(out) < maxOffers-len(own) {
			out = append(out, o)
		}
	}
	out = append(out, own...)
	for _, o := range offers {
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}
