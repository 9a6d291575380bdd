package bot

// The next step of a reply: who to contact and how, in the reply's language.

import (
	"strings"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// nextStepOf is the next step of the first offer shown.
func (t *turnState) nextStepOf(offers []wegwijzer.OfferRef) string {
	if len(offers) == 0 {
		return ""
	}
	if o := t.cat.Offer(offers[0].ID); o != nil {
		return nextStepText(o.NextStep, t.lang)
	}
	return ""
}

// nextStepText says who to contact and how. In English without an English "how", it names who and where only.
func nextStepText(ns wegwijzer.NextStep, l lang) string {
	how := strings.TrimSpace(ns.How)
	if l == en {
		how = strings.TrimSpace(ns.HowEN)
		if how == "" && nextStepURL(ns, l) != "" {
			how = "See"
		}
	}
	s := texts.nextStep.in(l) + ": " + whoText(ns, l) + "."
	if how != "" {
		s += " " + how
	}
	if u := nextStepURL(ns, l); u != "" {
		s += " " + u
	}
	if ns.Phone != "" {
		s += " (" + ns.Phone + ")"
	}
	return s
}

// whoText is who to contact in the reply's language: who_en in English when the content has it, else who (a name).
// It is written to start a sentence ("Je gemeente"); midSentence makes it fit inside one.
func whoText(ns wegwijzer.NextStep, l lang) string {
	return strings.TrimSpace(pick(l, ns.Who, ns.WhoEN))
}

// midSentence writes a who or a provider as it reads inside a sentence: one that starts with a possessive or an
// article ("Je gemeente", "Your municipality", "De Belastingdienst") with a small letter, a name ("KVK",
// "Belastingdienst") as it is. "Wie je verder kan helpen: Je gemeente." read as two sentences.
func midSentence(who string) string {
	first, _, _ := strings.Cut(who, " ")
	w := strings.ToLower(first)
	if w == first || !understand.IsPossessive(w) && !understand.IsDeterminer(w) {
		return who
	}
	return w + who[len(first):]
}
