package understand

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
)

// Reading the dialogue's own turns: the words are in lexicon_dialogue.go.

// phaseOrder is the order in which PhaseOf tries the phases: a question that says how to apply is in "kunnen"
// whatever plan it also names.
var phaseOrder = []wegwijzer.Phase{wegwijzer.PhaseKunnen, wegwijzer.PhaseWillen, wegwijzer.PhaseOntmoeten}

// PhaseOf returns the phase of the customer journey a question is in, from its wording: the first phase of
// phaseOrder with a cue in the question, else wegwijzer.PhaseWeten.
func PhaseOf(q string) wegwijzer.Phase {
	q = " " + strings.ToLower(q) + " "
	has := func(c string) bool { return strings.Contains(q, c) }
	for _, p := range phaseOrder {
		if slices.ContainsFunc(nlPhaseCues[p], has) || slices.ContainsFunc(enPhaseCues[p], has) {
			return p
		}
	}
	return wegwijzer.PhaseWeten
}

var (
	skipAnswers   = wholeAnswers(nlSkipAnswers, enSkipAnswers)
	hereWords     = set(nlHereWords + " " + enHereWords)
	selfOpeners   = openers(nlSelfOpeners, enSelfOpeners)
	ownOpeners    = openers(nlOwnOpeners, enOwnOpeners)
	continuations = openers(nlContinuations, enContinuations)
	problemStems  = slices.Concat(nlProblemStems, enProblemStems)
	followUpFill  = set(nlFollowUpFiller + " " + enFollowUpFiller)
	helpWords     = set(nlHelpWords + " " + enHelpWords)
	orgForms      = set(nlOrganisationForms + " " + enOrganisationForms)
	objectPreps   = set(nlObjectPrepositions + " " + enObjectPrepositions)
	whatIsOpeners = phrases(slices.Concat(nlWhatIsOpenings, enWhatIsOpenings))
)

// wholeAnswers is the set of the answers of the lists, each a whole message of one or more words.
func wholeAnswers(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, a := range slices.Concat(lists...) {
		m[a] = true
	}
	return m
}

// openers are the phrases of the lists, each with the space that ends it as the opening of a clause ("ik ben ",
// not "ik bent").
func openers(lists ...[]string) []string {
	var out []string
	for _, p := range slices.Concat(lists...) {
		out = append(out, p+" ")
	}
	return out
}

// SkipsQuestion reports whether a message, as the whole answer to a clarifying question, gives no answer:
// "overslaan", "weet ik niet", "no idea", "landelijk" (case and a closing "." or "!" aside).
func SkipsQuestion(text string) bool { return skipAnswers[strings.Trim(strings.ToLower(text), " .!")] }

// IsHereWord reports whether w (lower case) answers "how do you want to be reached" with: in this conversation
// ("hier", "chat", "nee", "here").
func IsHereWord(w string) bool { return hereWords[w] }

// OpensSelfDescription reports whether a clause (lower case) opens by saying who is asking ("ik ben ", "we're ",
// "ik kom uit "), not what the problem is. An introduction by name is IntroducesName.
func OpensSelfDescription(c string) bool {
	return slices.ContainsFunc(selfOpeners, func(p string) bool { return strings.HasPrefix(c, p) })
}

// CutOwnDescription returns the rest of a clause (lower case) that opens by saying which business the asker has or
// runs ("ik heb een webshop": "webshop"), and whether it does.
func CutOwnDescription(c string) (rest string, ok bool) {
	for _, p := range ownOpeners {
		if rest, ok := strings.CutPrefix(c, p); ok {
			return rest, true
		}
	}
	return c, false
}

// OpensContinuation reports whether a message (lower case) opens by adding a condition to the question just
// answered ("en als ", "what if ").
func OpensContinuation(text string) bool {
	return slices.ContainsFunc(continuations, func(p string) bool { return strings.HasPrefix(text, p) })
}

// NamesProblem reports whether a word (lower case) names a problem, in part ("belastingschuld", "daalt",
// "declining"): a clause with one is a problem of its own, not context for the next.
func NamesProblem(w string) bool {
	return slices.ContainsFunc(problemStems, func(p string) bool { return strings.Contains(w, p) })
}

// IsFollowUpFiller reports whether w (lower case) is a word of follow-ups about any offer ("aanvragen",
// "voorwaarden", "apply"): it does not pick one of the offers shown.
func IsFollowUpFiller(w string) bool { return followUpFill[w] }

// IsHelpWord reports whether w (lower case) asks whether someone can help ("helpen", "assist"): beside an
// organisation's name it adds no topic.
func IsHelpWord(w string) bool { return helpWords[w] }

// IsOrganisationForm reports whether w (lower case) names a kind of organisation, which an asker may be
// ("stichting", "foundation"), not one organisation.
func IsOrganisationForm(w string) bool { return orgForms[w] }

// IsObjectPreposition reports whether w (lower case) makes the legal form after it the thing a question is about,
// not the asker ("uit mijn bv", "of a bv").
func IsObjectPreposition(w string) bool { return objectPreps[w] }

// OpensWhatIs reports whether words (lower case, without punctuation) open a question about what something is or
// means ("wat is een UEA", "what's a UBO"), with at least one word after the opening's first.
func OpensWhatIs(ws []string) bool {
	return len(ws) >= 2 && slices.ContainsFunc(whatIsOpeners, func(p []string) bool {
		return len(ws) >= len(p) && slices.Equal(ws[:len(p)], p)
	})
}

// KindNamed returns the kind of offer w (lower case) names ("lening", "grants"), and whether it names one.
func KindNamed(w string) (wegwijzer.Kind, bool) {
	if k, ok := nlKindWords[w]; ok {
		return k, true
	}
	k, ok := enKindWords[w]
	return k, ok
}

var (
	unclearVerbs = set(nlUnclearVerbs)
	unclearWhat  = set(nlUnclearWhat)
)

// AsksWhatIsUnclear reports whether text says that the asker does not understand how, what or where something is
// ("ik snap niet hoe ik die kor aanvraag", "ik begrijp niet wat een kvk-nummer is"): a question about that, though
// the complaint cue "snap * niet" matches it ("ik snap het niet", "ik snap er niets van" stay complaints).
func AsksWhatIsUnclear(text string) bool {
	ws := words(text)
	for i := 1; i+2 < len(ws); i++ {
		if ws[i-1] == "ik" && unclearVerbs[ws[i]] && ws[i+1] == "niet" && unclearWhat[ws[i+2]] {
			return true
		}
	}
	return false
}
