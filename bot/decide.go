package bot

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// Slots the decide step keeps besides the question's (engine.go).
const (
	slotShown         = "shown"          // ids of the offers of the last answer, comma-separated
	slotProblems      = "problems"       // the problems of a message with several, one per line
	slotProblemLabels = "problem_labels" // the labels the problems were shown with (theme and own words), one per line
	slotProblemThemes = "problem_themes" // the theme of each problem, one per line
	slotPending       = "pending"        // problems still to answer after this one, one per line
	slotRefining      = "refining"       // "yes" after "dit helpt niet": the next text adds to the question
	slotNotHelped     = "not_helped"     // what the person said did not help (scrubbed)
	slotUnhelpful     = "unhelpful"      // ids of the offers shown before "dit helpt niet", comma-separated: shown last
	slotAskReach      = "ask_reach"      // "yes" while the hand-off waits for how to reach the person
	slotNot           = "not"            // the words the person rejected, space-separated
	slotEarlier       = "earlier"        // the questions before this one (scrubbed), one per line, at most maxEarlier
	slotFocus         = "focus"          // id of the offer the last follow-up was about: "en wat zijn de voorwaarden?"
	slotCurated       = "curated"        // ids of the curated answers whose texts this question got, space-separated
	slotAskedBefore   = "asked_before"   // the questions about the asker asked for earlier questions, space-separated
	slotTopicRead     = "topic_read"     // "yes" when the topic was read from the question, not chosen by the person
	slotAskedAbout    = "asked_about"    // the intent of the last follow-up, for "en voor de tweede?"
)

// turnState is the work of one turn on one conversation.
type turnState struct {
	e      *Engine
	cat    *content.Catalogue // the catalogue of this turn (Reload may swap the engine's meanwhile)
	search wegwijzer.Searcher
	conv   *wegwijzer.Conversation
	msg    wegwijzer.Message
	rec    *wegwijzer.TurnRecord
	lang   lang
	erased bool
	read   reading
	names  offerNameIndex
	alts   *searchCache
	// search text of the question, read once per turn (searchText)
	searchOf, searchFor string
	// fresh is true when this turn's text starts a new question (not an answer to a clarifying question).
	fresh bool
	// before are the slots of the question answered last, when this turn's text starts a new one after it.
	before map[string]string
	// askedOn is true when this turn's text asks more about the question answered last ("wat kan ik doen?").
	askedOn bool
	// reasked is true when this turn asks the question answered last again, with what the asker now says about
	// themselves or corrects ("ik zit in Utrecht", "nee, eigenlijk in Zwolle").
	reasked bool
	// askedInstead is true when this turn's text asks a question instead of answering the clarifying one.
	askedInstead bool
	// within is the place a question asked again names when the place known lies in it ("en in Zuid-Holland?"
	// from Dordrecht): its offers were included already, and the answer stays what it was.
	within string
	// known is true when a correction or a fact about the asker says only what was known already ("nee, het is
	// een hotel" after "ik heb een restaurant"): the offers shown stay the answer.
	known bool
	// placed is the place a question asked again names instead of the one known, or given for the first time
	// ("en als ik in Deventer zit?"): when nothing of that place is found, the offers shown stay the answer. A new
	// size, sector or legal form beside it clears it: those change what fits.
	placed string
	// labelAdded is true when this turn's search added the theme's label to a question of one word ("subsidie"):
	// a topic read from that search is not read from the question's own words.
	labelAdded bool
	// rejectedOnly is true when this turn's text only rejects something of the answer ("geen lease"): the
	// same question is searched again.
	rejectedOnly bool
	// themeOpen is true when the answer to "waar gaat je vraag over?" only said who asks ("ik heb een
	// bouwbedrijf"): the theme is asked once more, now with the sector known.
	themeOpen bool
	// themeUnknown is true when the answer to "waar gaat je vraag over?" was "weet ik niet": the theme is asked
	// once more with examples, and a second time a person is offered instead.
	themeUnknown bool
	// choosing is true when the message asks the bot to choose between offers it compared already.
	choosing bool
	// lead is the group whose offers an answer shows first ("" is money: leadGroup).
	lead wegwijzer.Group
	// matched holds, per offer id, the words of the question the offer matched in this turn's search.
	matched map[string][]string
}

// optionIntents are the command buttons.
var optionIntents = map[string]understand.Intent{"help": understand.IntentHelp, "restart": understand.IntentRestart,
	"privacy": understand.IntentPrivacy, "forget": understand.IntentErase, "handoff": understand.IntentHandoff,
	"refine": understand.IntentRefine}

// step decides what to do with one message, from the conversation's state and what the message says.
func (t *turnState) step(ctx context.Context) (*wegwijzer.Reply, error) {
	c := t.conv
	t.lang = lang(c.Language)
	if t.lang == "" {
		if cm := t.cat.Community(c.Community); cm != nil && cm.Language != "" {
			t.lang = lang(cm.Language) // the community's language until the person shows theirs
		}
	}
	t.read = t.read.after(t.cat, t.shown()) // the text was read before the conversation was loaded
	if opt := t.numberedOption(); opt != "" {
		// "2" to a clarifying question is its second button: a chat that shows the options as a numbered list, or
		// a person who types rather than taps, answers with the number.
		t.msg.Text, t.msg.Option = "", opt
		t.read = read(t.cat, t.names, "", t.shown())
	}
	asked, rest := askedLanguageFirst(t.msg.Text)
	if rest != "" {
		// "Can you speak English? I own a small bakery in Breda": the language asked for, and the rest is the
		// message (searched whole, it found business.gov.nl as if that answered).
		t.msg.Text = rest
		t.read = read(t.cat, t.names, rest, t.shown())
	}
	if t.msg.Text != "" && (t.read.msg.LangSure && !t.onlySocial() || t.lang == "") {
		t.lang = lang(t.read.msg.Lang)
	}
	if rest != "" {
		t.lang = lang(asked)
	}
	intent := t.read.intent.Intent
	if intent == understand.IntentRefine && c.State == StateClarify && slices.Contains(askerSlots, lastAsked(c)) && understand.SkipsQuestion(t.msg.Text) {
		// "anders" to "In welke branche zit je bedrijf?" is its button "Anders / overslaan", not "iets anders"
		// (another topic): it started the questions over with the theme menu.
		intent = understand.IntentNone
	}
	if intent == understand.IntentNone && c.State != StateHandoff && t.givesContact() && len(strings.Fields(t.read.msg.Search)) <= 1 {
		// "mijn nummer is 06-...", "liever mailen: ...": details to be reached by and nothing to search for ask
		// for a person.
		intent = understand.IntentHandoff
	}
	if intent == understand.IntentLanguage {
		if l, ok := understand.LanguageAsked(t.msg.Text); ok {
			t.lang = lang(l) // "in Dutch please" is English words asking for Dutch
		}
	}
	if v, ok := strings.CutPrefix(t.msg.Option, "cmd:"); ok {
		intent = optionIntents[v]
		if intent == "" {
			return t.info(texts.help.in(t.lang)), nil
		}
	}
	c.Language = string(t.lang)

	switch intent {
	case understand.IntentHelp:
		return t.info(texts.help.in(t.lang)), nil
	case understand.IntentAbout:
		if c.State == StateHandoff {
			if understand.AsksPresence(t.msg.Text) {
				return t.waitForPerson(), nil // "is daar iemand?" while a person is asked for: about that person
			}
			// "ben jij een bot?" asks about the bot, which answers it; the person still comes back (and how to
			// reach the asker, if asked, may still follow).
			return t.info(t.aboutText() + "\n\n" + texts.handoffWaiting.in(t.lang)), nil
		}
		return t.info(t.aboutText() + " " + texts.aboutPerson.in(t.lang)), nil
	case understand.IntentPrivacy:
		text := texts.privacy.in(t.lang)
		if cm := t.cat.Community(c.Community); cm != nil && cm.PrivacyText != "" && t.lang == nl {
			text = cm.PrivacyText + "\n\n" + text
		}
		return t.info(text), nil
	case understand.IntentErase:
		return t.forget(ctx)
	case understand.IntentRestart:
		t.reset()
		c.State = StateNew
		if t.msg.Option != "" || len(t.read.intent.Rest) == 0 {
			return t.info(texts.restarted.in(t.lang)), nil
		}
		// "ik heb een andere vraag over btw": start over with that question.
	}
	if c.State == StateHandoff {
		return t.waitForPerson(), nil
	}
	switch intent {
	case understand.IntentExplain:
		if c.State == StateClarify {
			// "wat bedoel je?" to a clarifying question: why it is asked and how to answer, with its buttons again
			// (a terminal or a chat that scrolled them away no longer shows them).
			if r := t.askedAgain(); r != nil {
				r.Text = texts.explainAsk.in(t.lang) + "\n\n" + r.Text
				return r, nil
			}
			return t.info(texts.explainAsk.in(t.lang)), nil
		}
		return t.info(texts.help.in(t.lang)), nil
	case understand.IntentHandoff:
		return t.handoff(), nil
	case understand.IntentCheck:
		// "klopt dat?": about the offer the answer before was about; with no answer before, "klopt" alone is
		// nothing to search for (it found the Bbz, or the terms and conditions), so ask what to check.
		if o := t.checked(); o != nil && t.msg.Option == "" {
			r := t.followUp(understand.IntentNone, []*wegwijzer.Offer{o})
			r.Text = texts.checkHead.in(t.lang) + "\n\n" + r.Text
			return r, nil
		}
		return t.info(texts.whatToCheck.in(t.lang)), nil
	case understand.IntentMore:
		if c.State == StateAnswered && c.Slots[slotQuery] != "" && len(t.shown()) > 0 {
			return t.moreOffers(ctx)
		}
	case understand.IntentRefine:
		query := c.Slots[slotQuery]
		for _, s := range []string{slotTopic, slotTheme, slotBroad} {
			delete(c.Slots, s)
		}
		c.Asked = nil
		c.Slots[slotQuery] = query
		return t.askTheme(), nil
	case understand.IntentGreeting:
		if c.Messages > 0 && understand.IsPartingGreeting(normalise(t.msg.Text)) {
			// "dag" greets and parts: after the conversation began it is goodbye (it got the welcome).
			return t.info(texts.bye.in(t.lang)), nil
		}
		if c.Messages > 0 {
			// "hallo?" again: the welcome was said, or the person knows the bot; a short sign of life, not the
			// whole welcome once more.
			return t.info(texts.stillHere.in(t.lang)), nil
		}
		return t.info(texts.welcome.in(t.lang)), nil
	case understand.IntentLanguage:
		return t.inOtherLanguage(ctx)
	case understand.IntentBye:
		// "ok doei" was searched as a question (no_match, logged as demand); it says nothing about whether the
		// answer helped, so no feedback is recorded.
		return t.info(texts.bye.in(t.lang)), nil
	case understand.IntentThanks:
		if c.State == StateAnswered && c.Slots[slotShown] != "" {
			t.rec.Feedback = "yes"
		}
		return t.info(texts.thanks.in(t.lang)), nil
	case understand.IntentNegative:
		rest := strings.Join(t.read.intent.Rest, " ")
		said := len(contentWords(rest)) >= 2
		if c.State == StateNew && said && understand.Asks(t.read.msg.Text) {
			// "ik snap niet hoe de btw-aangifte werkt" as a first message: nothing was shown to be unhappy about;
			// what is not understood is the question (it got "Jammer. Wat mis je?").
			break
		}
		if understand.AsksWhatIsUnclear(t.read.msg.Text) {
			// "ik snap niet hoe ik die kor aanvraag" after an answer on the KOR asks how to apply, no complaint.
			break
		}
		if c.State != StateAnswered || !said {
			return t.feedback(false), nil
		}
		// "dit slaat nergens op, ik vroeg naar btw bij verkoop aan België": it did not help, and the message says
		// what was asked: that is searched as the question (what was shown may well be the answer to it).
		t.rec.Feedback = "no"
		c.Slots[slotNotHelped] = t.read.msg.Text
	case understand.IntentYes, understand.IntentNo:
		if t.msg.Option != "" {
			break
		}
		if c.State == StateAnswered {
			return t.feedback(intent == understand.IntentYes), nil
		}
		// A yes or no is no question: to a question about the asker it skips it, else the bot says what it does.
		if asked := lastAsked(c); c.State != StateClarify || !slices.Contains(askerSlots, asked) {
			return t.info(texts.help.in(t.lang)), nil
		}
		c.Slots[lastAsked(c)] = "-"
		return t.decide(ctx)
	}
	// A follow-up on a closed scheme is answered as a question naming it: what happened, what to use now.
	if t.read.followUp && t.read.byDefault && intent != understand.IntentDifference {
		// "hoeveel krijg ik voor de tweede?", then "en wat zijn de voorwaarden": still about the second.
		// The focus may be an offer named but not shown ("MIT, hoeveel?"); a new list clears it (answered).
		if o := t.cat.Offer(c.Slots[slotFocus]); o != nil {
			t.read.refs = []*wegwijzer.Offer{o}
		}
	}
	if t.read.followUp && t.read.byWords {
		// "hoeveel procent staat de overheid borg?" after "BMKB, wat is dat?": the BMKB, when its texts hold the
		// words too.
		if o := t.cat.Offer(c.Slots[slotFocus]); o != nil && usesWords(o, restWithoutNames(t.read.intent.Rest, t.read.named)) {
			t.read.refs = []*wegwijzer.Offer{o}
		}
	}
	if t.read.followUp && intent == understand.IntentNone && len(t.read.intent.Rest) == 0 && len(t.read.intent.Ordinals)+len(t.read.named) > 0 {
		// "hoeveel krijg ik voor de eerste?", then "en voor de tweede?": the same question about the second.
		if last := understand.Intent(c.Slots[slotAskedAbout]); last.IsFollowUp() && last != understand.IntentDifference {
			intent = last
		}
	}
	if t.read.followUp && t.msg.Option == "" && t.read.refs[0].Status != wegwijzer.StatusGesloten {
		if intent == understand.IntentAmount && (t.read.implicit || t.read.byDefault && !t.says(understand.IsCostWord)) {
			// "hoeveel krijg ik (daarvoor)?": about the first offer shown, and the first that says what you get.
			t.read.refs = t.amountRefs(t.read.refs)
		}
		if intent == understand.IntentAmount && t.read.byDefault && t.says(understand.IsCostWord) {
			// "hoeveel kost dat?", "how much interest?": about the offer asked about or the first shown; when its
			// facts do not say, whom to ask, not another offer's price or one whose words the question shares.
			asked := t.read.refs[0]
			if t.read.refs = t.costRefs(t.read.refs); t.read.refs == nil {
				return t.costUnknown(asked), nil
			}
		} else if intent == understand.IntentAmount && t.says(understand.IsCostWord) && !t.statesCost(t.read.refs[0]) {
			// "wat kost een lening bij qredits?": a loan's amount is what you borrow, not what it costs ("Wat het
			// kost (Qredits): Tot € 250.000"); whom to ask.
			return t.costUnknown(t.read.refs[0]), nil
		}
		if intent == understand.IntentDeadline && (t.read.implicit || t.read.byDefault) {
			// "tot wanneer kan ik dat aanvragen?": also about the first offer shown that has a term or rounds.
			t.read.refs = t.deadlineRefs(t.read.refs)
		}
		if intent == understand.IntentDifference && understand.Intent(c.Slots[slotAskedAbout]) == understand.IntentDifference {
			// "welke is beter voor mij?" right after the difference was given: the same text again says nothing
			// new; the choice is the asker's, and who helps make it is the answer.
			intent, t.choosing = understand.IntentContact, true
		}
		return t.followUp(intent, t.read.refs), nil
	}
	if t.msg.Option != "" {
		if reply := t.applyOption(); reply != nil {
			return reply, nil
		}
	} else if c.State == StateNew && intent.IsFollowUp() && len(t.shown()) == 0 && len(t.read.named) == 0 && len(t.read.intent.Rest) == 0 &&
		len(t.read.intent.Situation) == 0 {
		// "hoeveel krijg ik en hoe vraag ik het aan?" as a first message: about what? Its words are no question
		// to search (they found the curated text on hiring staff). The words of a condition or of whom a
		// comparison is for (Situation: "am I eligible for a grant if I buy solar panels?", "welke subsidie is het
		// beste voor zonnepanelen?") say who asks only beside an offer shown; with nothing shown they are the
		// question, and it is searched.
		r := t.askTheme()
		r.Text = texts.followUpFirst.in(t.lang) + " " + r.Text
		return r, nil
	} else if c.State == StateClarify && intent.IsFollowUp() && len(restWithoutNames(t.read.intent.Rest, t.read.named)) == 0 &&
		len(t.read.intent.Situation) == 0 {
		// "hoeveel krijg ik dan?" while the bot still asks: nothing is shown to answer about yet, and the words
		// are no part of the question. Say so, and go on narrowing. (A condition's words are: see above.)
		if ps := lines(c.Slots[slotProblems]); len(ps) > 1 {
			// "who do I contact?" while the bot asks which problem to start with: which one is still the question
			// (searched, all problems at once found offers for none of them).
			reply := t.problemsReply(problemLabels(c, ps))
			reply.Text = texts.followUpFirst.in(t.lang) + " " + reply.Text
			return reply, nil
		}
		reply, err := t.decide(ctx)
		if err == nil && reply.Kind == wegwijzer.ReplyClarify {
			reply.Text = texts.followUpFirst.in(t.lang) + " " + reply.Text
		}
		return reply, err
	} else if j := t.problemNamed(); j >= 0 {
		// "de eerste", "the van first" while the bot asks which problem to start with: that one, as if its button
		// was pressed.
		t.pickProblem(strconv.Itoa(j))
	} else if j := t.pendingNamed(); j >= 0 {
		// "what about the permit?" after the first of two problems: the other one, as if its button was pressed.
		pending := lines(c.Slots[slotPending])
		named := pending[j]
		c.Slots[slotPending] = strings.Join(append([]string{named}, slices.Delete(pending, j, j+1)...), "\n")
		t.pickProblem("next")
	} else {
		if t.asksOverProblems() {
			// "welke subsidie is er voor een warmtepomp?" while the bot asks which problem to start with: it picks
			// none and asks something of its own, so it is a new question, answered on its own (glued onto the
			// message with the problems it was answered about their themes).
			t.dropProblems()
			c.State = StateNew
		}
		t.applyText(ctx)
	}
	return t.decide(ctx)
}

// aboutText says what the bot is, after the answer to what the message asks: "Nee, ik ben geen mens" to "ben
// jij een mens?", "Ja" to "ben je een bot?", nothing before it to "waar haal je je informatie vandaan?" (all three
// got "Nee, ik ben geen mens").
func (t *turnState) aboutText() string {
	switch {
	case understand.AsksIfPerson(t.msg.Text):
		return texts.notHuman.in(t.lang) + " " + texts.about.in(t.lang)
	case understand.AsksIfMachine(t.msg.Text):
		return texts.isBot.in(t.lang) + " " + texts.about.in(t.lang)
	}
	return texts.about.in(t.lang)
}

// lastAsked is the slot the last clarifying question asked for, or "".
func lastAsked(c *wegwijzer.Conversation) string {
	if len(c.Asked) == 0 {
		return ""
	}
	return c.Asked[len(c.Asked)-1]
}

// shown returns the ids of the offers of the last answer.
// checked returns the offer a check ("klopt dat?") is about: the one asked about before, else the first shown in the
// answer before; nil when no answer was given.
func (t *turnState) checked() *wegwijzer.Offer {
	if t.conv.State != StateAnswered {
		return nil
	}
	if o := t.cat.Offer(t.conv.Slots[slotFocus]); o != nil {
		return o
	}
	for _, id := range t.shown() {
		if o := t.cat.Offer(id); o != nil {
			return o
		}
	}
	return nil
}

func (t *turnState) shown() []string {
	if s := t.conv.Slots[slotShown]; s != "" {
		return strings.Split(s, ",")
	}
	return nil
}

func (t *turnState) reset() {
	c := t.conv
	c.Slots = map[string]string{}
	c.Asked = nil
	c.Handoff = ""
	c.HandoffNote = nil
}

// inOtherLanguage says again what the bot said last, in the language asked for: the answer searched again (with
// its curated text), the clarifying question asked again, or the welcome. ("en in het Nederlands?" after an
// English answer was searched as a new question and found crowdfunding.)
func (t *turnState) inOtherLanguage(ctx context.Context) (*wegwijzer.Reply, error) {
	c := t.conv
	switch {
	case c.State == StateAnswered && c.Slots[slotQuery] != "":
		delete(c.Slots, slotCurated)
		c.Asked = nil
		t.rec.Repeat = true // the same question answered again: no new demand
		return t.decide(ctx)
	case c.State == StateClarify && len(lines(c.Slots[slotProblems])) > 1:
		return t.problemsReply(problemLabels(c, lines(c.Slots[slotProblems]))), nil
	case c.State == StateClarify:
		if r := t.askedAgain(); r != nil {
			return r, nil
		}
	}
	return t.info(texts.welcome.in(t.lang)), nil
}

// onlySocial reports whether the message only thanks, greets or says yes or no ("thanks", "hi", "ok"): Dutch people
// say "thanks" too, so such a message keeps the language of the conversation ("thanks" after a Dutch answer got
// "You're welcome!").
func (t *turnState) onlySocial() bool {
	switch t.read.intent.Intent {
	case understand.IntentThanks, understand.IntentBye, understand.IntentGreeting, understand.IntentYes, understand.IntentNo:
		return len(t.read.intent.Rest) == 0
	}
	return false
}

func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func (t *turnState) feedback(helped bool) *wegwijzer.Reply {
	c := t.conv
	c.State = StateAnswered
	if helped {
		t.rec.Feedback = "yes"
		return t.info(texts.feedbackThanks.in(t.lang))
	}
	t.rec.Feedback = "no"
	c.Slots[slotRefining] = "yes"
	if t.msg.Text != "" {
		c.Slots[slotNotHelped] = t.read.msg.Text
	} else {
		c.Slots[slotNotHelped] = "-"
	}
	r := t.info(texts.feedbackSorry.in(t.lang))
	r.Options = t.afterAnswerOptions(false)
	return r
}
