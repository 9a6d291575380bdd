package bot

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// followUp answers a question about offers just shown (or named), from their fields only. What the fields do not
// say, it does not guess: "dat staat niet in mijn gegevens, kijk op <url>".
func (t *turnState) followUp(in understand.Intent, refs []*wegwijzer.Offer) *wegwijzer.Reply {
	if len(refs) == 0 {
		return t.info(texts.help.in(t.lang))
	}
	var b strings.Builder
	if in == understand.IntentContact && (t.says(understand.IsAdviceWord) || t.choosing) {
		// "wat raden jullie aan?": a choice the bot does not make for anyone; who helps make it does.
		b.WriteString(texts.noAdvice.in(t.lang) + " ")
	}
	if in == understand.IntentDifference && len(refs) >= 2 {
		b.WriteString(followUpHeads[in].in(t.lang) + ":")
		for _, o := range refs[:2] {
			fmt.Fprintf(&b, "\n\n%s: %s. %s", pick(t.lang, o.Title, o.TitleEN), kindLabels[o.Kind].in(t.lang), sentence(pitchOf(o, t.lang)))
			if a := pick(t.lang, o.Facts.Amount, o.Facts.AmountEN); a != "" {
				fmt.Fprintf(&b, " %s: %s.", followUpHeads[understand.IntentAmount].in(t.lang), strings.TrimSuffix(a, "."))
			}
			b.WriteString(" " + statusText(t.cat, o, t.lang, t.msg.Time) + ".")
		}
	} else {
		head := followUpHeads[in].in(t.lang)
		o := refs[0]
		switch {
		case in == understand.IntentAmount && t.says(understand.IsCostWord):
			head = texts.whatItCosts.in(t.lang) // "wat kost dat?" asks what you pay, not what you get
		case in == understand.IntentAmount && o.Kind.Group() != wegwijzer.GroupMoney && !t.says(understand.IsReceiveWord):
			// "hoeveel btw op taart?" about the VAT basics: a rule or a place for advice gives nothing; the
			// question asks a number it names.
			head = texts.howMuch.in(t.lang)
		}
		if in == understand.IntentNone && t.asksWhy() {
			// "waarom die?": why it was shown (its fit line) comes before what it is.
			fmt.Fprintf(&b, "%s: %s.\n\n", texts.whyShown.in(t.lang), strings.TrimSuffix(t.card().offerRef(o).Fit, "."))
		}
		fmt.Fprintf(&b, "%s (%s): %s", head, pick(t.lang, o.Title, o.TitleEN), t.fact(in, o))
		if (in == understand.IntentAmount || in == understand.IntentDeadline) && len(refs) > 1 {
			// "hoeveel krijg ik bij de eerste en de tweede?", or the first offer does not say (amountRefs,
			// deadlineRefs).
			o := refs[1]
			fmt.Fprintf(&b, "\n\n%s (%s): %s", head, pick(t.lang, o.Title, o.TitleEN), t.fact(in, o))
		}
		// "hoeveel krijg ik en hoe vraag ik het aan?": the other follow-ups asked, about the same offer.
		for _, also := range t.read.intent.Also {
			if also != understand.IntentDifference && t.msg.Option == "" {
				fmt.Fprintf(&b, "\n\n%s (%s): %s", followUpHeads[also].in(t.lang), pick(t.lang, o.Title, o.TitleEN), t.fact(also, o))
			}
		}
	}
	cd := t.card()
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Text: b.String(), Offers: []wegwijzer.OfferRef{}}
	for _, o := range refs[:min(len(refs), 2)] {
		r.Offers = append(r.Offers, cd.offerRef(o))
	}
	r.NextStep = nextStepText(refs[0].NextStep, t.lang)
	for _, next := range []understand.Intent{understand.IntentAmount, understand.IntentConditions, understand.IntentApply, understand.IntentDeadline} {
		if next != in && !slices.Contains(t.read.intent.Also, next) {
			r.Options = append(r.Options, wegwijzer.Option{Label: followUpLabels[next].in(t.lang), Value: "ask:" + string(next)})
		}
	}
	r.Options = append(r.Options,
		wegwijzer.Option{Label: pick(t.lang, "Opnieuw beginnen", "Start over"), Value: "cmd:restart"},
		wegwijzer.Option{Label: pick(t.lang, "Praat met een mens", "Talk to a person"), Value: "cmd:handoff"})
	// The offers of the last answer stay what "de tweede" points at; the one asked about is what the next
	// follow-up that names none is about.
	shown := t.conv.Slots[slotShown]
	t.answered(r)
	if shown != "" {
		t.conv.Slots[slotShown] = shown
	}
	if in != understand.IntentDifference {
		t.conv.Slots[slotFocus] = refs[0].ID
	}
	if in.IsFollowUp() {
		t.conv.Slots[slotAskedAbout] = string(in)
	}
	return r
}

// fact is the answer to one follow-up about one offer, from its fields.
func (t *turnState) fact(in understand.Intent, o *wegwijzer.Offer) string {
	l := t.lang
	missing := fmt.Sprintf(texts.notInData.in(l), linkOf(o, l))
	f := o.Facts
	switch in {
	case understand.IntentAmount:
		a := pick(l, f.Amount, f.AmountEN)
		if t.says(understand.IsInterestWord) && !slices.ContainsFunc(strings.Fields(normalise(a)), understand.IsInterestWord) {
			return missing // "wat is de rente?": what you can borrow is no answer
		}
		if a != "" && (l == nl || f.AmountEN != "") {
			return sentence(a)
		}
		return missing
	case understand.IntentConditions:
		cond := o.Eligibility
		if l == en {
			cond = o.EligibilityEN
		}
		if len(cond) == 0 {
			return missing
		}
		s := "\n- " + strings.Join(cond, "\n- ")
		if block := t.card().blocking(o); block != "" {
			s += "\n" + texts.almost.in(l) + block + "."
		}
		return s
	case understand.IntentApply:
		if a := pick(l, f.HowToApply, f.HowToApplyEN); a != "" && (l == nl || f.HowToApplyEN != "") {
			return sentence(a) + " " + linkOf(o, l)
		}
		if how := pick(l, o.NextStep.How, o.NextStep.HowEN); how != "" && (l == nl || o.NextStep.HowEN != "") {
			return sentence(strings.TrimSpace(how)) + " " + firstNonEmpty(nextStepURL(o.NextStep, l), linkOf(o, l))
		}
		return missing
	case understand.IntentDeadline:
		s := statusText(t.cat, o, l, t.msg.Time) + "."
		if d := pick(l, f.Deadline, f.DeadlineEN); d != "" && (l == nl || f.DeadlineEN != "") {
			s = sentence(d) + " " + s
		}
		return s
	case understand.IntentDuration:
		// Only what the offer's own texts say about a length of time ("maximaal 2 jaar"), word for word, and only
		// the texts in the reply's language: a text without its English version is no sentence of an English reply.
		var said, spans []string
		parts := []string{f.Amount, f.Deadline, o.Summary}
		if l == en {
			parts = []string{f.AmountEN, f.DeadlineEN, o.SummaryEN}
		}
		for _, part := range parts {
			for _, sen := range sentenceSplit.Split(strings.Join(strings.Fields(part), " "), -1) {
				found := timeSpan.FindAllString(strings.ToLower(sen), -1)
				// A sentence that only repeats a length of time already said adds nothing.
				if len(found) > 0 && slices.ContainsFunc(found, func(x string) bool { return !slices.Contains(spans, x) }) {
					said = append(said, sentence(sen))
					spans = append(spans, found...)
				}
			}
		}
		if len(said) == 0 {
			return missing
		}
		return strings.Join(said[:min(len(said), 2)], " ") + " " + linkOf(o, l)
	case understand.IntentNone: // what is it
		s := sentence(pitchOf(o, l))
		if sum := strings.TrimSpace(pick(l, o.Summary, o.SummaryEN)); sum != "" && (l == nl || o.SummaryEN != "") {
			s = strings.Join(strings.Fields(sum), " ")
		}
		return s + " " + sentence(statusText(t.cat, o, l, t.msg.Time))
	case understand.IntentContact:
		ns := o.NextStep
		s := whoText(ns, l) + "."
		if u := nextStepURL(ns, l); u != "" {
			s += " " + u
		}
		if ns.Phone != "" {
			s += pick(l, " Telefoon: ", " Phone: ") + ns.Phone
		}
		return s
	}
	return missing
}

// timeSpan is a length of time in an offer's text: "2 jaar", "13 weken", "3 months".
var timeSpan = regexp.MustCompile(`(?i)\b\d+([,.]\d+)?\s*(jaar|jaren|maand|maanden|week|weken|dag|dagen|werkdagen|years?|months?|weeks?|days?|working days)\b`)

// sentenceSplit ends a sentence of an offer's text.
var sentenceSplit = regexp.MustCompile(`[.!?;]\s+`)

// says reports whether this turn's message holds one of the words: understand.IsMoneyWord asks for money,
// understand.IsCostWord what something costs ("wat kost dat?") rather than what you get.
func (t *turnState) says(word func(string) bool) bool {
	return slices.ContainsFunc(strings.Fields(normalise(t.read.msg.Text)), word)
}

// sentence ends s with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// maxOwnWords is the number of words of its own a follow-up may have and still ask about an offer whose texts hold
// them all ("hoe lang moet ik doorbetalen?"); a longer one is a question of its own.
const maxOwnWords = 3

// offerUsing returns the first of offers whose own texts (names, pitch, summary, conditions, facts, next step)
// hold every word of words, or nil. Words of two letters or fewer are not compared. Keywords and example
// questions do not count: they are the topics a search finds the offer by, and a topic is a new question ("hoe
// vraag ik subsidie aan voor zonnepanelen?").
func offerUsing(offers []*wegwijzer.Offer, words []string) *wegwijzer.Offer {
	if len(words) == 0 {
		return nil
	}
	for _, o := range offers {
		if usesWords(o, words) {
			return o
		}
	}
	return nil
}

// usesWords reports whether the offer's own texts hold the words (in one of their forms: sameWord): all of them, or
// all but one of three ("how long do I keep paying the salary?" where the offer says "wage").
func usesWords(o *wegwijzer.Offer, words []string) bool {
	f := o.Facts
	parts := append([]string{o.Title, o.TitleEN, o.Pitch, o.PitchEN, o.Summary, o.SummaryEN, f.Amount, f.AmountEN,
		f.HowToApply, f.HowToApplyEN, f.Deadline, f.DeadlineEN, o.NextStep.Who, o.NextStep.How, o.Provider}, o.Aliases...)
	parts = append(append(parts, o.Eligibility...), o.EligibilityEN...)
	own := strings.Fields(normalise(strings.Join(parts, " ")))
	compared, found := 0, 0
	for _, w := range words {
		if len([]rune(w)) <= 2 {
			continue
		}
		compared++
		if slices.ContainsFunc(own, func(x string) bool { return sameWord(w, x) }) {
			found++
		}
	}
	return compared > 0 && found >= compared-compared/3
}

// priceWord reports whether a word of an offer's amount says what it costs the asker, not what it gives: free, or
// the interest (understand.IsInterestWord).
func priceWord(w string) bool { return understand.IsFreeWord(w) || understand.IsInterestWord(w) }

// statesCost reports whether the offer's amount answers "wat kost dat?" (or, asked, "wat is de rente?"): the amount
// of an offer that is no money says what it costs (a fee, a price, free); the amount of a money offer says what you
// get, and answers only when it names the interest or that it is free.
func (t *turnState) statesCost(o *wegwijzer.Offer) bool {
	a := pick(t.lang, o.Facts.Amount, o.Facts.AmountEN)
	if a == "" || t.lang == en && o.Facts.AmountEN == "" {
		return false
	}
	names := func(word func(string) bool) bool { return slices.ContainsFunc(strings.Fields(normalise(a)), word) }
	if t.says(understand.IsInterestWord) {
		return names(understand.IsInterestWord)
	}
	return o.Kind.Group() != wegwijzer.GroupMoney || names(priceWord)
}

// costRefs answers "wat kost dat?", "how much interest?", which name no offer: about the offer the conversation is
// about (the one asked about before, else the first shown), when its facts say what it costs. Nil when they do not:
// "dat" points at that offer, so the price of another one shown lower (crowdfunding's limit after a loan) is no
// answer, and costUnknown says where to ask.
func (t *turnState) costRefs(refs []*wegwijzer.Offer) []*wegwijzer.Offer {
	if t.statesCost(refs[0]) {
		return refs
	}
	return nil
}

// maxCostWhere is the most offers whose provider a cost question that none of them answers is sent to.
const maxCostWhere = 3

// costUnknown answers a cost question that no offer shown has the facts for: it says so, and whom to ask for each
// of the offer asked about (the one the last follow-up was about, else the first shown) and the next offers shown,
// money first (a lender sets its own interest and fees); asked about interest, money before the offer asked about.
func (t *turnState) costUnknown(asked *wegwijzer.Offer) *wegwijzer.Reply {
	offers := []*wegwijzer.Offer{asked}
	for _, id := range t.shown() {
		if o := t.cat.Offer(id); o != nil && o != asked && t.actionable(o) {
			offers = append(offers, o)
		}
	}
	slices.SortStableFunc(offers[1:], func(a, b *wegwijzer.Offer) int {
		return boolRank(a.Kind.Group() != wegwijzer.GroupMoney) - boolRank(b.Kind.Group() != wegwijzer.GroupMoney)
	})
	if t.says(understand.IsInterestWord) && asked.Kind.Group() != wegwijzer.GroupMoney && len(offers) > 1 &&
		offers[1].Kind.Group() == wegwijzer.GroupMoney && t.conv.Slots[slotFocus] == "" {
		// "wat is de rente?", nothing asked about before: only money has interest, so the money shown comes first.
		// "kost dat iets?" stays about what the answer led with: help or a rule shown before the money was
		// put first for the question ("waar krijg ik hulp"), and is what "dat" points at.
		offers[0], offers[1] = offers[1], offers[0]
	}
	offers = offers[:min(len(offers), maxCostWhere)]
	head := texts.costUnknown
	if t.says(understand.IsInterestWord) {
		head = texts.interestUnknown
	}
	var b strings.Builder
	b.WriteString(head.in(t.lang))
	cd := t.card()
	r := &wegwijzer.Reply{Kind: wegwijzer.ReplyAnswer, Offers: []wegwijzer.OfferRef{}}
	for _, o := range offers {
		who := firstNonEmpty(o.NextStep.Who, o.Provider)
		if t.lang == en && o.NextStep.WhoEN != "" {
			who = o.NextStep.WhoEN
		}
		fmt.Fprintf(&b, "\n- %s: %s, %s", pick(t.lang, o.Title, o.TitleEN), midSentence(who), linkOf(o, t.lang))
		r.Offers = append(r.Offers, cd.offerRef(o))
	}
	r.Text = b.String()
	r.NextStep = nextStepText(offers[0].NextStep, t.lang)
	r.Options = t.afterAnswerOptions(true)
	shown := t.conv.Slots[slotShown]
	t.answered(r)
	t.conv.Slots[slotShown] = shown // "de tweede" still points at the list
	t.conv.Slots[slotAskedAbout] = string(understand.IntentAmount)
	return r
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// asksWhy reports whether the message asks why ("waarom die?", "why that one?").
func (t *turnState) asksWhy() bool {
	return slices.ContainsFunc(strings.Fields(normalise(t.read.msg.Text)), understand.IsWhyWord)
}
