package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// The compose step: replies in the person's language, offers as cards. It decides nothing; decide.go chose
// what to say.

func (t *turnState) info(text string) *wegwijzer.Reply {
	return t.e.info(t.conv.ID, t.lang, text)
}

func (t *turnState) card() card {
	return card{cat: t.cat, lang: t.lang, today: t.msg.Time, slots: t.conv.Slots, matched: t.matched}
}

func (t *turnState) ask(slot string, question msg, opts []wegwijzer.Option) *wegwijzer.Reply {
	c := t.conv
	c.State = StateClarify
	c.Asked = append(c.Asked, slot)
	return &wegwijzer.Reply{Kind: wegwijzer.ReplyClarify, Text: question.in(t.lang), Offers: []wegwijzer.OfferRef{}, Options: opts, Language: string(t.lang)}
}

// problemsReply names the problems understood and asks which to start with, one option per problem.
func (t *turnState) problemsReply(labels []string) *wegwijzer.Reply {
	c := t.conv
	c.State = StateClarify
	var b strings.Builder
	b.WriteString(texts.problems.in(t.lang))
	var opts []wegwijzer.Option
	for i, l := range labels {
		fmt.Fprintf(&b, "\n%d. %s", i+1, l)
		opts = append(opts, wegwijzer.Option{Label: l, Value: fmt.Sprintf("problem:%d", i)})
	}
	b.WriteString("\n" + texts.pickProblem.in(t.lang))
	return &wegwijzer.Reply{Kind: wegwijzer.ReplyClarify, Text: b.String(), Offers: []wegwijzer.OfferRef{}, Options: opts, Language: string(t.lang)}
}

// answered moves the conversation to answered and remembers what it showed, for follow-ups.
func (t *turnState) answered(r *wegwijzer.Reply) *wegwijzer.Reply {
	c := t.conv
	c.State = StateAnswered
	// A question about the asker that went unanswered ("waar zit je bedrijf?", and a new question instead) is not
	// asked again for the next question: the person chose not to say.
	before := strings.Fields(c.Slots[slotAskedBefore])
	for _, s := range c.Asked {
		if slices.Contains(askerSlots, s) && c.Slots[s] == "" && !slices.Contains(before, s) {
			before = append(before, s)
		}
	}
	if len(before) > 0 {
		c.Slots[slotAskedBefore] = strings.Join(before, " ")
	}
	c.Asked = nil
	t.dropProblems() // answered: a number typed next is no longer a problem's
	delete(c.Slots, slotFocus)
	delete(c.Slots, slotAskedAbout)
	var ids []string
	for _, o := range r.Offers {
		ids = append(ids, o.ID)
	}
	if len(ids) > 0 {
		c.Slots[slotShown] = strings.Join(ids, ",")
	}
	for _, o := range t.read.named {
		// "hij wil dat ik een g-rekening open", then "wat is dat?": about the offer the question named, when the
		// answer shows it (it was about the first one shown, the chain liability rules).
		if slices.Contains(ids, o.ID) {
			c.Slots[slotFocus] = o.ID
			break
		}
	}
	r.Language = string(t.lang)
	if r.Offers == nil {
		r.Offers = []wegwijzer.OfferRef{}
	}
	return r
}

// leadMargin: the best offer found leads the answer, whatever its group, when it scored at least this many
// times the best money offer ("eenmanszaak of bv?": the guide to choosing a legal form, not the
// zelfstandigenaftrek that matched "eenmanszaak").
const leadMargin = 2.0

// cards renders offers, at most maxOffers, grouped: money first (or the group of a best offer far ahead of the
// money offers: t.lead), then rules, then help, in the given order within a group. Rules and help come from the
// first maxOffers offers; money from all. A group with nothing the
// asker can use now (only schemes between rounds, or offers blocked by one condition) comes after the groups that
// have, so that the first card, which owns the next step, is one to act on.
func (t *turnState) cards(offers []*wegwijzer.Offer) []wegwijzer.OfferRef {
	cd := t.card()
	groups := []wegwijzer.Group{wegwijzer.GroupMoney, wegwijzer.GroupRules, wegwijzer.GroupHelp}
	actionable := map[wegwijzer.Group]bool{}
	for _, o := range offers[:min(len(offers), maxOffers)] {
		if t.actionable(o) {
			actionable[o.Kind.Group()] = true
		}
	}
	lead := t.lead
	if lead == "" {
		lead = wegwijzer.GroupMoney
	}
	slices.SortStableFunc(groups, func(a, b wegwijzer.Group) int {
		switch {
		case actionable[a] != actionable[b] && actionable[a]:
			return -1
		case actionable[a] != actionable[b]:
			return 1
		case a == lead && b != lead:
			return -1
		case b == lead && a != lead:
			return 1
		}
		return 0
	})
	out := []wegwijzer.OfferRef{}
	for _, g := range groups {
		for i, o := range offers {
			// Money may come from further down the list (it is what most ask for); rules and help only from the
			// first offers: "een opleiding voor nieuwe mensen?", led by a rule, showed every rule of the search
			// (parental leave, working hours) instead of the Leerwerkloket and SLIM that ranked second and fifth.
			if o.Kind.Group() == g && len(out) < maxOffers && (i < maxOffers || g == wegwijzer.GroupMoney) {
				out = append(out, cd.offerRef(o))
			}
		}
	}
	return out
}

// actionable reports whether the asker can use the offer now: no condition blocks it, it is not one the person
// said did not help and, for a scheme in rounds, a round is open.
func (t *turnState) actionable(o *wegwijzer.Offer) bool {
	if t.card().blocking(o) != "" || o.Status == wegwijzer.StatusGesloten || t.unhelpful(o) {
		return false
	}
	return o.Status != wegwijzer.StatusRondes || roundOpen(o, t.msg.Time.Format(time.DateOnly))
}

// answer replies with the offers found: one sentence that says what the list is, the cards, and the next step
// of the first card.
func (t *turnState) answer(offers []*wegwijzer.Offer, res *wegwijzer.SearchResult) *wegwijzer.Reply {
	q := t.conv.Slots[slotQuery]
	curated := t.curated(res)
	unsure := res.Unsure && curated == ""
	if unsure {
		// Close to "no good answer": fewer offers, the best ones, and saying so (never a confident list).
		offers = offers[:min(len(offers), maxUnsureOffers)]
	}
	t.lead = leadGroup(offers, res, understand.AsksRule(q) || !understand.AsksMoney(q))
	if understand.AsksRule(q) && !understand.AsksMoney(q) && t.lead == wegwijzer.GroupMoney && rulesNearBest(offers, res) {
		// "moet ik eigenlijk verplicht energie besparen?": the rule that answers it comes before the money.
		t.lead = wegwijzer.GroupRules
	}
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Offers: t.cards(offers)}
	if !unsure && t.askedOn && curated == "" && t.says(understand.IsSupportWord) && !t.saysKind() && !shownBefore(refIDs(r.Offers), strings.Split(t.before[slotShown], ",")) {
		// "is there any support from the government for this?" after an answer with money: searched again, its
		// words alone found leave and procurement rules. The money of that answer is the answer. (A kind named,
		// "is daar ook een lening voor?", is searched: the loans were not shown.)
		var before []wegwijzer.OfferRef
		cd := t.card()
		for _, id := range strings.Split(t.before[slotShown], ",") {
			if o := t.cat.Offer(id); o != nil && t.actionable(o) {
				before = append(before, cd.offerRef(o))
			}
		}
		if mr := t.moneyShown(before, texts.moneyBefore); mr != nil {
			return mr
		}
	}
	intro := t.intro(r.Offers)
	if unsure {
		t.rec.Unsure = true // a weak answer: the community manager sees it among the questions to review
		intro = texts.unsure.in(t.lang) + " " + intro
	} else if t.says(understand.IsMoneyWord) && !slices.ContainsFunc(r.Offers, func(o wegwijzer.OfferRef) bool { return o.Group == wegwijzer.GroupMoney }) {
		// "is daar subsidie voor?" answered with rules and advice only: say first that there is no money.
		intro = texts.noMoney.in(t.lang) + " " + intro
	} else if t.askedOn && shownBefore(refIDs(r.Offers), strings.Split(t.before[slotShown], ",")) {
		// "wat kan ik doen?", "waar vind ik die?", "is daar subsidie voor?" after an answer finds the same offers
		// (or some of them):
		// the list again says nothing new. Say that this is all, and give what was asked of it: its money, or the
		// next step of its first offer.
		if curated == "" && t.says(understand.IsMoneyWord) {
			if mr := t.moneyShown(r.Offers, texts.moneyShown); mr != nil {
				return mr
			}
		}
		if curated == "" {
			// The next step of the offer that fits the question best, not of the first card (money leads the
			// list, whatever its score); none that fits: say so, with the list.
			switch o := bestFit(r.Offers, res, t.lead); {
			case t.says(understand.IsOptionWord):
				// "wat zijn mijn opties?": the list is what is asked; it got one offer's next step, after "Meer
				// dan dit vond ik niet".
				intro = texts.allFound.in(t.lang) + " " + intro
			case o != nil:
				return t.nextStepOnly(o)
			default:
				intro = texts.noneFits.in(t.lang) + " " + intro
			}
		} else {
			intro = texts.sameAgain.in(t.lang) + " " + intro
		}
	}
	if curated != "" {
		intro = curated + "\n\n" + intro
		t.curatedGiven(res.Answers[0])
	}
	r.Text = intro
	r.NextStep = t.nextStepOf(r.Offers)
	r.Options = t.afterAnswerOptions(true)
	return t.answered(t.withPending(r))
}

func refIDs(refs []wegwijzer.OfferRef) []string {
	var ids []string
	for _, o := range refs {
		ids = append(ids, o.ID)
	}
	return ids
}

// leadGroup is the group whose offers come first: money, unless the best offer to show is in another group and
// scored at least leadMargin times the best money offer, or, when the question does not ask for money or asks
// whether something is allowed or required (bestLeads: "mag ik als zzp'er voor één opdrachtgever werken?", "mijn
// medewerkster is zwanger, wat nu?"), at least as much as it.
func leadGroup(offers []*wegwijzer.Offer, res *wegwijzer.SearchResult, bestLeads bool) wegwijzer.Group {
	if len(offers) == 0 || offers[0].Kind.Group() == wegwijzer.GroupMoney {
		return wegwijzer.GroupMoney
	}
	var best, money float64
	for _, x := range res.Results {
		switch {
		case x.Offer == offers[0]:
			best = x.Score
		case x.Offer != nil && money == 0 && x.Offer.Kind.Group() == wegwijzer.GroupMoney && slices.Contains(offers, x.Offer):
			money = x.Score
		}
	}
	margin := leadMargin
	if bestLeads {
		margin = 1
	}
	if best > 0 && best >= margin*money {
		return offers[0].Kind.Group()
	}
	return wegwijzer.GroupMoney
}

// ruleLeadShare: for a question whether something is required or allowed, a rule found with at least this share of
// the best score leads the answer.
const ruleLeadShare = 0.6

// rulesNearBest reports whether a rule among the offers scored at least ruleLeadShare of the best result.
func rulesNearBest(offers []*wegwijzer.Offer, res *wegwijzer.SearchResult) bool {
	best := 0.0
	for _, x := range res.Results {
		if x.Offer != nil && slices.Contains(offers, x.Offer) {
			best = max(best, x.Score)
		}
	}
	return best > 0 && slices.ContainsFunc(res.Results, func(x wegwijzer.Result) bool {
		return x.Offer != nil && slices.Contains(offers, x.Offer) && x.Offer.Kind.Group() == wegwijzer.GroupRules && x.Score >= ruleLeadShare*best
	})
}

// withPending offers the problems of the message still to answer, the next one first among the options.
func (t *turnState) withPending(r *wegwijzer.Reply) *wegwijzer.Reply {
	if pending := lines(t.conv.Slots[slotPending]); len(pending) > 0 {
		r.Text += "\n\n" + fmt.Sprintf(texts.answerAlso.in(t.lang), strings.Join(pending, "; "))
		r.Options = append([]wegwijzer.Option{{Label: trimWords(texts.problemsNext.in(t.lang)+": "+pending[0], 75), Value: "problem:next"}}, r.Options...)
	}
	return r
}

// intro says in one sentence what the list is: "Voor je vraag over vervoer en wagenpark vond ik twee regelingen
// voor geld en één regel die je moet volgen:". When every offer is a scheme whose rounds have stopped (shown
// because nothing else fits), it says that no new round is known.
func (t *turnState) intro(offers []wegwijzer.OfferRef) string {
	list := t.countText(offers)
	about := ""
	// The theme names the list only when the first offer is in it: "betalingsregeling belastingdienst" may read
	// as another theme than the payment arrangement it finds first.
	var first *wegwijzer.Offer
	if len(offers) > 0 {
		first = t.cat.Offer(offers[0].ID)
	}
	if th := t.cat.Theme(t.conv.Slots[slotTheme]); th != nil && (first == nil || slices.Contains(first.Themes, th.ID)) {
		about = strings.ToLower(pick(t.lang, th.Label, th.LabelEN))
		for _, tp := range th.Topics {
			if tp.ID == t.conv.Slots[slotTopic] {
				about = strings.ToLower(pick(t.lang, tp.Label, tp.LabelEN))
			}
		}
	}
	switch {
	case t.allDormant(offers) && about == "":
		return fmt.Sprintf(texts.introDormantPlain.in(t.lang), list)
	case t.allDormant(offers):
		return fmt.Sprintf(texts.introDormant.in(t.lang), about, list)
	case about == "":
		return fmt.Sprintf(texts.introPlain.in(t.lang), list)
	}
	return fmt.Sprintf(texts.introFor.in(t.lang), about, list)
}

// countText says how many offers of each group a list holds: "twee regelingen voor geld en één regel die je moet
// volgen".
func (t *turnState) countText(offers []wegwijzer.OfferRef) string {
	var parts []string
	for _, g := range []wegwijzer.Group{wegwijzer.GroupMoney, wegwijzer.GroupRules, wegwijzer.GroupHelp} {
		n := 0
		for _, o := range offers {
			if o.Group == g {
				n++
			}
		}
		if n == 0 {
			continue
		}
		form := groupCount[g][1]
		if n == 1 {
			form = groupCount[g][0]
		}
		count := fmt.Sprint(n)
		if n < len(numberWords) {
			count = numberWords[n].in(t.lang)
		}
		parts = append(parts, count+" "+form.in(t.lang))
	}
	return joinAnd(parts, t.lang)
}

func joinAnd(parts []string, l lang) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + pick(l, " en ", " and ") + parts[len(parts)-1]
}

// closedAnswer answers a question that names a closed scheme: since when it is closed, what to use now, and that
// alternative as the first offer.
func (t *turnState) closedAnswer(ctx context.Context, closed *wegwijzer.Offer, res *wegwijzer.SearchResult) *wegwijzer.Reply {
	alternatives, whole := t.alternatives(ctx, closed, res)
	title := pick(t.lang, closed.Title, closed.TitleEN)
	text := title + ": " + statusWords.closed.in(t.lang) + "."
	if since := firstNonEmpty(closed.ClosedSince, closed.ValidUntil); since != "" {
		text = fmt.Sprintf(texts.closedNamed.in(t.lang), title, dateText(since, t.lang))
	}
	if note := strings.TrimSpace(pick(t.lang, closed.StatusNote, closed.StatusNoteEN)); note != "" && (t.lang == nl || closed.StatusNoteEN != "") {
		text += " " + note
	}
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer}
	// The replacement comes first (it owns the next step); other alternatives keep their groups, money first.
	if len(alternatives) > 0 {
		intro := texts.closedMayFit
		if closed.ReplacedBy != "" && alternatives[0].ID == closed.ReplacedBy {
			r.Offers = append([]wegwijzer.OfferRef{t.card().offerRef(alternatives[0])}, t.cards(alternatives[1:])...)
			intro = texts.closedUseNow
		} else {
			r.Offers = t.cards(alternatives)
		}
		r.Offers = r.Offers[:min(len(r.Offers), maxOffers)]
		if !whole {
			// They share part of what the scheme paid for: say that nothing pays for all of it now, and who to ask.
			text += "\n\n" + fmt.Sprintf(texts.closedPartNow.in(t.lang), midSentence(whoText(closed.NextStep, t.lang)))
		}
		text += "\n\n" + fmt.Sprintf(intro.in(t.lang), t.countText(r.Offers))
		r.NextStep = t.nextStepOf(r.Offers)
	} else {
		// Nothing fits what the scheme paid for: say so, and who to ask, rather than list unrelated offers.
		text += "\n\n" + fmt.Sprintf(texts.closedNoneNow.in(t.lang), midSentence(whoText(closed.NextStep, t.lang)))
		r.NextStep = nextStepText(closed.NextStep, t.lang)
	}
	r.Text = text
	r.Options = t.afterAnswerOptions(true)
	return t.answered(t.withPending(r))
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

func (t *turnState) noMatch(res *wegwijzer.SearchResult) *wegwijzer.Reply {
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyNoMatch, Text: texts.noMatch.in(t.lang), NextStep: texts.noMatchNext.in(t.lang)}
	if a := t.gap(res); a != nil {
		// A known gap: no offer covers the topic. Its text says so and who does answer such questions; the demand
		// log counts the question under the gap.
		r.Text = strings.TrimSpace(pick(t.lang, a.Text, a.TextEN))
		if a.NextStep != nil {
			r.NextStep = nextStepText(*a.NextStep, t.lang)
		}
		t.rec.Gap = a.ID
		t.curatedGiven(a.ID)
	} else if a := t.curated(res); a != "" {
		r.Kind = wegwijzer.ReplyAnswer
		r.Text = a
		r.NextStep = ""
	}
	r.Options = []wegwijzer.Option{
		{Label: pick(t.lang, "Kies een onderwerp", "Pick a topic"), Value: "cmd:refine"},
		{Label: pick(t.lang, "Praat met een mens", "Talk to a person"), Value: "cmd:handoff"},
	}
	t.answered(t.withPending(r))
	delete(t.conv.Slots, slotShown)
	return r
}

func (t *turnState) afterAnswerOptions(feedback bool) []wegwijzer.Option {
	var opts []wegwijzer.Option
	if feedback {
		opts = append(opts,
			wegwijzer.Option{Label: pick(t.lang, "Ja, dit helpt", "Yes, this helps"), Value: "feedback:yes"},
			wegwijzer.Option{Label: pick(t.lang, "Nee", "No"), Value: "feedback:no"})
		for _, in := range []understand.Intent{understand.IntentApply, understand.IntentConditions} {
			opts = append(opts, wegwijzer.Option{Label: followUpLabels[in].in(t.lang), Value: "ask:" + string(in)})
		}
	}
	return append(opts,
		wegwijzer.Option{Label: pick(t.lang, "Iets anders", "Something else"), Value: "cmd:refine"},
		wegwijzer.Option{Label: pick(t.lang, "Opnieuw beginnen", "Start over"), Value: "cmd:restart"},
		wegwijzer.Option{Label: pick(t.lang, "Praat met een mens", "Talk to a person"), Value: "cmd:handoff"})
}

// bestFit is the offer of refs that the search scored highest among those that matched words of the question, in
// the group that leads the answer when one of those matched (a question for a grant is about the money, whatever a
// rule beside it scored): what the question is most about. Nil when none of refs matched a word.
func bestFit(refs []wegwijzer.OfferRef, res *wegwijzer.SearchResult, lead wegwijzer.Group) *wegwijzer.Offer {
	var best, bestLead *wegwijzer.Result
	for i, x := range res.Results {
		if x.Offer == nil || len(x.Matched) == 0 || !slices.ContainsFunc(refs, func(o wegwijzer.OfferRef) bool { return o.ID == x.ID }) {
			continue
		}
		if best == nil || x.Score > best.Score {
			best = &res.Results[i]
		}
		if x.Offer.Kind.Group() == lead && (bestLead == nil || x.Score > bestLead.Score) {
			bestLead = &res.Results[i]
		}
	}
	switch {
	case bestLead != nil:
		return bestLead.Offer
	case best != nil:
		return best.Offer
	}
	return nil
}
