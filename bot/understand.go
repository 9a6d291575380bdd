package bot

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// reading is what the understand step makes of one message: the language module's reading (scrubbed text,
// search text, rejected words, correction), the intent, and the offers it points at.
type reading struct {
	msg    understand.Message
	intent understand.Reading
	// named are the catalogue's offers the message names by title or alias ("de EIA", "SEBA").
	named []*wegwijzer.Offer
	// refs are the offers of the last answer the message points at: named ones, "de tweede", or, for "dat" and
	// a follow-up without a topic of its own, the first one shown.
	refs []*wegwijzer.Offer
	// followUp is true when the message asks about what was just shown rather than a new question.
	followUp bool
	// implicit is true when a follow-up neither names an offer nor points at one ("hoeveel krijg ik?", not "wat
	// kost dat?"): refs holds the first offer shown, which the decide step may replace by the first that can
	// answer it.
	implicit bool
	// byDefault is true when refs is the first offer shown because the message names none ("hoeveel krijg
	// ik?", "wat zijn de voorwaarden van die regeling?"): the offer the last follow-up was about comes before it.
	byDefault bool
	// byWords is true when refs is the offer whose own texts hold the follow-up's words ("hoeveel procent staat
	// de overheid borg?"): the offer the last follow-up was about comes first when its texts hold them too.
	byWords bool
	// topicOnly is true when the message asks whom to contact about a topic none of the offers shown speaks of:
	// its topic words are the new question.
	topicOnly bool
	// topics are the catalogue's topic words (offerNameIndex.topics).
	topics map[string]bool
}

// read understands a message in the light of what the conversation showed last.
func read(cat *content.Catalogue, names offerNameIndex, text string, shown []string) reading {
	return readText(names, text).after(cat, shown)
}

// readText is what can be read from a message without the conversation: a turn reads it before it loads the
// conversation.
func readText(names offerNameIndex, text string) reading {
	r := reading{msg: understand.Parse(text), intent: understand.Classify(text), topics: names.topics}
	r.named = names.named(text)
	if len(r.named) > 0 { // the language of the words around the names
		r.msg.Lang, r.msg.LangSure = understand.Language(names.withoutNames(text))
	}
	return r
}

// after completes a reading of the text alone with what the conversation showed last: the offers the message
// points at, and whether it asks about them.
func (r reading) after(cat *content.Catalogue, shown []string) reading {
	var shownOffers []*wegwijzer.Offer
	for _, id := range shown {
		if o := cat.Offer(id); o != nil {
			shownOffers = append(shownOffers, o)
		}
	}
	for _, o := range r.named {
		if slices.Contains(shownOffers, o) {
			r.refs = append(r.refs, o)
		}
	}
	for _, ord := range r.intent.Ordinals {
		if ord == understand.Last {
			ord = len(shownOffers) - 1
		}
		if ord >= 0 && ord < len(shownOffers) && !slices.Contains(r.refs, shownOffers[ord]) {
			r.refs = append(r.refs, shownOffers[ord])
		}
	}
	if !r.intent.Intent.IsFollowUp() {
		// "en de tweede?", "de EIA?": a pointer to something shown, and nothing else, asks what it is; so does a
		// question about the one shown at a place, in a word or two ("is the first one a grant or a tax thing?").
		own := restWithoutNames(r.intent.Rest, r.named)
		if r.intent.Intent == understand.IntentNone && len(r.refs) > 0 && (len(own) == 0 ||
			len(r.intent.Ordinals) > 0 && len(own) <= maxOrdinalWords && isQuestion(r.msg.Text)) {
			r.followUp = true
		}
		// "kan het UWV helpen?", "en de Belastingdienst?": the organisation behind offers just shown, and nothing
		// else, asks about those offers.
		if r.intent.Intent == understand.IntentNone && len(r.refs) == 0 {
			if run := shownByProvider(shownOffers, r.intent.Rest); len(run) > 0 {
				r.refs, r.followUp = run, true
			}
		}
		// "en de kleinschaligheidsinvesteringsaftrek?" after a list without it: a name, and nothing else, asks what
		// that offer is.
		if r.intent.Intent == understand.IntentNone && !r.followUp && len(r.refs) == 0 && len(r.named) > 0 && len(shownOffers) > 0 &&
			len(restWithoutNames(r.intent.Rest, r.named)) == 0 {
			r.followUp, r.refs = true, r.named[:1]
			if o := shownNamedIn(shownOffers, r.named[0], r.intent.Rest); o != nil {
				// "en btw?" after an answer on selling to Germany that showed the OSS ("Btw-eenloketsysteem"): the
				// word is in the name of an offer shown, which is what it asks about, not the basics of btw.
				r.refs = []*wegwijzer.Offer{o}
			}
		}
		// "wat doen ze?", "wat is dat?": a question that points at what was shown and names nothing asks what it
		// is.
		if r.intent.Intent == understand.IntentNone && !r.followUp && r.intent.Reference && len(r.intent.Rest) == 0 &&
			len(r.named) == 0 && len(shownOffers) > 0 && isQuestion(r.msg.Text) &&
			!slices.ContainsFunc(strings.Fields(normalise(r.msg.Text)), understand.IsGenericWord) {
			r.followUp, r.byDefault = true, true
			r.refs = []*wegwijzer.Offer{shownOffers[0]}
		}
		return r
	}
	// A follow-up: about the offers shown when it points at them or has no topic of its own; about a named
	// offer even when it was not shown ("hoeveel is de EIA?").
	rest := restWithoutNames(r.intent.Rest, r.named)
	switch {
	case len(r.refs) > 0:
		r.followUp = true
	case len(r.named) > 0 && len(rest) == 0:
		// "hoe vraag ik de wbso aan?" after a list without it: about the WBSO, not the first offer shown.
		r.followUp = true
		r.refs = r.named
	case len(shownOffers) > 0 && (len(rest) == 0 || r.intent.Reference && len(rest) == 1) && !r.newTopic(shownOffers) &&
		!(r.intent.Intent == understand.IntentApply && namesOtherOffer(cat, shownOffers, r.msg.Search)):
		// "hoe vraag ik dat aan bij rvo" still points at what was shown; "hoe zit dat met een terrasvergunning
		// aanvragen" is a new question.
		r.followUp, r.implicit, r.byDefault = true, !r.intent.Reference, true
		r.refs = []*wegwijzer.Offer{shownByWord(shownOffers, r.msg.Search)}
		if r.intent.Intent == understand.IntentDifference {
			r.refs = shownOffers[:min(2, len(shownOffers))]
		}
	case len(rest) <= maxOwnWords && !slices.ContainsFunc(strings.Fields(normalise(r.msg.Text)), understand.IsGenericWord):
		// "hoeveel procent staat de overheid borg?", "hoe lang moet ik doorbetalen?": words the offer named or
		// shown uses itself ask about that offer, not a new question.
		if o := offerUsing(append(slices.Clone(r.named), shownOffers...), rest); o != nil {
			r.followUp, r.byWords = true, true
			r.refs = []*wegwijzer.Offer{o}
		}
	}
	if !r.followUp && r.intent.Intent == understand.IntentContact && len(shownOffers) > 0 && r.newTopic(shownOffers) {
		// "wie moet ik bellen over dat terras?" after an answer on staff: a new question about the terrace, whose
		// words for asking who to call would find the KVK's advice line rather than the terrace.
		r.topicOnly = true
	}
	if r.intent.Intent == understand.IntentDifference && r.followUp {
		// "wat is het verschil tussen de EIA en de MIA?" with only the EIA shown: both named ones first.
		for _, o := range r.named {
			if len(r.refs) < 2 && !slices.Contains(r.refs, o) {
				r.refs = append(r.refs, o)
			}
		}
	}
	if r.intent.Intent == understand.IntentDifference && len(r.refs) < 2 && len(shownOffers) >= 2 && r.followUp {
		for _, o := range shownOffers {
			if len(r.refs) == 2 {
				break
			}
			if !slices.Contains(r.refs, o) {
				r.refs = append(r.refs, o)
			}
		}
	}
	return r
}

// maxOrdinalWords: a question about the offer at a place ("is de eerste een lening?") may have this many words of its
// own and still ask what that offer is.
const maxOrdinalWords = 2

// namesOtherOffer reports whether a word of a follow-up's own is in no offer shown but in the name of another one
// of the catalogue. Asked of a question how to apply (the words of other follow-ups, "terecht", "profit",
// "bellen", are in names too often): "how do I register?" after an answer on permits without the KVK registration asks how to register
// the business, not how to apply for the first permit shown.
func namesOtherOffer(cat *content.Catalogue, shown []*wegwijzer.Offer, text string) bool {
	for _, w := range distinctiveWords(text) {
		if holdsWord(shown, w) {
			return false
		}
		if slices.ContainsFunc(cat.Offers, func(o *wegwijzer.Offer) bool { return namesWord(offerNames(o), w) }) {
			return true
		}
	}
	return false
}

// distinctiveWords are the words of a follow-up that may pick an offer: not its question words, not the words every
// follow-up of its kind uses, not the shortest.
func distinctiveWords(text string) []string {
	var out []string
	for _, w := range strings.Fields(normalise(text)) {
		if len([]rune(w)) >= 5 && !understand.IsQuestionWord(w) && !understand.IsQuestionFiller(w) && !understand.IsFollowUpFiller(w) {
			out = append(out, w)
		}
	}
	return out
}

// holdsWord returns whether one of offers holds w in its names or keywords.
func holdsWord(offers []*wegwijzer.Offer, w string) bool {
	return slices.ContainsFunc(offers, func(o *wegwijzer.Offer) bool { return offerHolds(o, w) })
}

func offerHolds(o *wegwijzer.Offer, w string) bool {
	return namesWord(append(offerNames(o), normaliseAll(o.Keywords)...), w)
}

// namesWord reports whether one of names (normalised) holds w in one of its forms.
func namesWord(names []string, w string) bool {
	return slices.ContainsFunc(names, func(n string) bool {
		return slices.ContainsFunc(strings.Fields(n), func(x string) bool { return sameWord(w, x) })
	})
}

// shownByWord returns the first offer shown whose names or keywords hold a word of the follow-up ("hoe schrijf
// ik me in?" after a list with the VAT basics first and the KVK registration second is about registering), or the
// first offer shown. Words that every follow-up of its kind uses ("aanvragen", "apply") do not count.
func shownByWord(shown []*wegwijzer.Offer, text string) *wegwijzer.Offer {
	for _, w := range distinctiveWords(text) {
		for _, o := range shown {
			if offerHolds(o, w) {
				return o
			}
		}
	}
	return shown[0]
}

func normaliseAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = normalise(s)
	}
	return out
}

// sameWord reports whether two normalised words are one word in two forms: equal, or one the start of the other
// in at least six letters ("register", "registering"; "inschrijven", "inschrijving" share "inschrijv").
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 6 && (n == len(a) || n == len(b) || n >= len(a)-3 && n >= len(b)-3)
}

// restWithoutNames leaves out the words of the offers named: "wat is het verschil tussen de eia en de mia" has
// no topic of its own.
// shownNamedIn returns the first offer shown that has a word of the message that names the offer named (one of
// its whole names, "btw") as a whole word of one of its own names ("btw eenloketsysteem"), or nil.
func shownNamedIn(shown []*wegwijzer.Offer, named *wegwijzer.Offer, rest []string) *wegwijzer.Offer {
	for _, w := range rest {
		w = normalise(w)
		if w == "" || !slices.Contains(offerNames(named), w) {
			continue
		}
		for _, o := range shown {
			if slices.ContainsFunc(offerNames(o), func(n string) bool { return slices.Contains(strings.Fields(n), w) }) {
				return o
			}
		}
	}
	return nil
}

func restWithoutNames(rest []string, named []*wegwijzer.Offer) []string {
	var names []string
	for _, o := range named {
		for _, n := range offerNames(o) {
			names = append(names, strings.Fields(n)...)
		}
	}
	var out []string
	for _, w := range rest {
		if !slices.Contains(names, w) && w != "tussen" && w != "between" {
			out = append(out, w)
		}
	}
	return out
}

// shownByProvider are the shown offers run by the organisation the rest of a message names, when the rest holds
// nothing but that organisation's name and words asking for help: none otherwise.
func shownByProvider(shown []*wegwijzer.Offer, rest []string) []*wegwijzer.Offer {
	var run []*wegwijzer.Offer
	for _, w := range rest {
		if understand.IsHelpWord(w) {
			continue
		}
		if len(w) < 3 || understand.IsFunctionWord(w) || understand.IsOrganisationForm(w) {
			// "kunnen we als stichting ook een lening krijgen?" says what the asker is; "Stichting
			// Ondernemersklankbord" is not named by it.
			return nil
		}
		found := false
		for _, o := range shown {
			if namesProvider(w, o.Provider) || namesProvider(w, o.NextStep.Who) {
				found = true
				if !slices.Contains(run, o) {
					run = append(run, o)
				}
			}
		}
		if !found {
			return nil
		}
	}
	return run
}

// newTopic reports whether the words of the message's condition ("kom ik in aanmerking als ik zonnepanelen koop?",
// "welke subsidie is het beste voor zonnepanelen?"), or the one word of its own beside a pointer ("wie moet ik
// bellen over dat terras?"), name a topic of the catalogue that none of the offers shown speaks of, when the
// message points at no offer by name or number: then it asks about that topic, not about what was shown (after an
// answer on taking on an apprentice, or on staff). Words that say who asks ("als ik een winkel heb") are no topic.
func (r reading) newTopic(shown []*wegwijzer.Offer) bool {
	if len(r.named) > 0 || len(r.intent.Ordinals) > 0 {
		return false
	}
	for _, w := range r.intent.Rest {
		if r.topics[w] && offerUsing(shown, []string{w}) == nil {
			return true
		}
	}
	ws := r.intent.Situation
	for i := range ws {
		for n := 1; n <= 3 && i+n <= len(ws); n++ {
			phrase := normalise(strings.Join(ws[i:i+n], " "))
			if r.topics[phrase] && offerUsing(shown, strings.Fields(phrase)) == nil {
				return true
			}
		}
	}
	return false
}
