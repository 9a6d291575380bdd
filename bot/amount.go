package bot

import (
	"fmt"
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// Which offers a question about an amount or a deadline is about, and the amount a new question asks for.

// amountRefs answers "hoeveel krijg ik?", which names no offer, about the first offer shown and, when that one
// does not say what you get, also about the first offer shown that does and can be used now, money first: "the
// ISDE's amount is not in my data; the EIA gives 40%". "How much interest?" wants an amount that names the
// interest.
func (t *turnState) amountRefs(refs []*wegwijzer.Offer) []*wegwijzer.Offer {
	interest := t.says(understand.IsInterestWord)
	var withAmount []*wegwijzer.Offer
	for _, id := range t.shown() {
		o := t.cat.Offer(id)
		if o == nil || !t.actionable(o) || t.amountOf(o) == "" {
			continue
		}
		if interest && !slices.ContainsFunc(strings.Fields(normalise(t.amountOf(o))), understand.IsInterestWord) {
			continue
		}
		withAmount = append(withAmount, o)
	}
	if slices.Contains(withAmount, refs[0]) {
		return refs
	}
	return withFirstOf(refs, withAmount)
}

// withFirstOf is the offer asked about with the first of others beside it, a money offer first; refs when there
// are no others.
func withFirstOf(refs, others []*wegwijzer.Offer) []*wegwijzer.Offer {
	if len(others) == 0 {
		return refs
	}
	if i := slices.IndexFunc(others, func(o *wegwijzer.Offer) bool { return o.Kind.Group() == wegwijzer.GroupMoney }); i >= 0 {
		return []*wegwijzer.Offer{refs[0], others[i]}
	}
	return []*wegwijzer.Offer{refs[0], others[0]}
}

// deadlineRefs answers "tot wanneer kan ik dat aanvragen?", which names no offer, about the first offer shown and,
// when that one can be used at any time and names no term, also about the first offer shown that has a term or
// runs in rounds, money first: "erkend leerbedrijf: at any time; praktijkleren: one application period a year".
func (t *turnState) deadlineRefs(refs []*wegwijzer.Offer) []*wegwijzer.Offer {
	if refs[0].Status != wegwijzer.StatusDoorlopend || pick(t.lang, refs[0].Facts.Deadline, refs[0].Facts.DeadlineEN) != "" {
		return refs
	}
	var timed []*wegwijzer.Offer
	for _, id := range t.shown() {
		o := t.cat.Offer(id)
		if o == nil || o == refs[0] || o.Status == wegwijzer.StatusGesloten {
			continue
		}
		if o.Status == wegwijzer.StatusRondes || pick(t.lang, o.Facts.Deadline, o.Facts.DeadlineEN) != "" {
			timed = append(timed, o)
		}
	}
	return withFirstOf(refs, timed)
}

// withAmountAsked adds what the first money offer gives to an answer to a new question that asks how much
// ("we willen een leerling aannemen. hoeveel subsidie krijgen we?"): the amount asked for comes with the answer,
// before the sentence that introduces the cards, not only after asking again.
func (t *turnState) withAmountAsked(r *wegwijzer.Reply) {
	o := t.amountAsked(r)
	if o == nil {
		return
	}
	head := followUpHeads[understand.IntentAmount].in(t.lang)
	if t.says(understand.IsCostWord) {
		head = texts.whatItCosts.in(t.lang)
	}
	line := fmt.Sprintf("%s (%s): %s", head, pick(t.lang, o.Title, o.TitleEN), sentence(t.amountOf(o)))
	if i := strings.LastIndex(r.Text, "\n\n"); i >= 0 {
		r.Text = r.Text[:i] + "\n\n" + line + r.Text[i:]
	} else {
		r.Text = line + "\n\n" + r.Text
	}
}

// amountAsked returns the first money offer of an answer to a new question that asks how much ("hoeveel subsidie
// krijgen we?") when its facts say what you get, or nil.
func (t *turnState) amountAsked(r *wegwijzer.Reply) *wegwijzer.Offer {
	if !t.fresh || t.read.intent.Intent != understand.IntentAmount || len(r.Offers) == 0 {
		return nil
	}
	if t.says(understand.IsCostWord) {
		// "wat kost inschrijven bij de kvk?": the fee of the first offer when it is no money offer (a loan's amount
		// is what you borrow, not what it costs) and its facts say it.
		if o := t.cat.Offer(r.Offers[0].ID); o != nil && o.Kind.Group() != wegwijzer.GroupMoney && t.amountOf(o) != "" {
			return o
		}
		return nil
	}
	for _, ref := range r.Offers {
		if o := t.cat.Offer(ref.ID); o != nil && ref.Group == wegwijzer.GroupMoney {
			if t.amountOf(o) == "" {
				return nil
			}
			return o
		}
	}
	return nil
}

// amountOf is what o gives in the reply's language, or "" when its facts do not say it in that language (an English
// reply does not quote the Dutch amount).
func (t *turnState) amountOf(o *wegwijzer.Offer) string {
	if t.lang == en {
		return o.Facts.AmountEN
	}
	return o.Facts.Amount
}
