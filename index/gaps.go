package index

import (
	"slices"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/understand"
)

// knownGap makes a question about a known gap a no-match: when the curated answer that fits best is one that says
// no offer covers its topic (wegwijzer.Answer.Gap), the search has no offer to show, and Answers keeps that gap
// first so the dialogue can give its referral and the demand log can name the topic. A gap below another answer is
// dropped: the other answer is the reply. A community manager's reviewed link of such questions to an offer
// outweighs the gap, as it outweighs a curated answer in the dialogue.
//
// A question that asks for money or support ("is er subsidie voor een franchisestart?") asks for an offer, which the
// search shows if it has one: it is no question about the gap's topic alone. Money and an investor named as part of
// the story ("de klant wil zijn geld terug", "een NDA voor een investeerder") ask for no offer. Nor is a question
// that also asks about a topic an offer covers: an offer found through words the gap's topic is never talked about
// in ("ik ben franchisenemer en wil mijn winkel verduurzamen", "een merk registreren en auteursrecht op mijn logo")
// is an answer, and the gap would hide it; so is an offer that a word outside the gap's topic names ("fooien en het
// minimumloon").
func (ix *Index) knownGap(res *wegwijzer.SearchResult, plain []string) {
	if len(res.Answers) == 0 {
		return
	}
	gap := ix.answerDoc(res.Answers[0])
	if gap == nil || !gap.gap || res.Signals != nil && res.Signals.Linked || slices.ContainsFunc(plain, asksForOffer) ||
		ix.offerBeside(gap, res.Results) || readAsOwnTopic(plain, res) {
		res.Answers = slices.DeleteFunc(res.Answers, ix.isGap)
		return
	}
	res.Answers = res.Answers[:1]
	res.NoMatch, res.Unsure = true, false
	res.Results = []wegwijzer.Result{}
}

// readAsOwnTopic reports whether the message is read as starting a business or as someone coming into one
// (understand.StartOf, understand.JoinsBusiness) and an offer was found: those are topics the catalogue has,
// whatever gap's examples the words are like ("mijn partner wil mee in de zaak" is like a quarrel between partners).
func readAsOwnTopic(plain []string, res *wegwijzer.SearchResult) bool {
	return len(res.Results) > 0 && (understand.JoinsBusiness(plain) != nil || understand.StartOf(plain).Starts())
}

// asksForOffer reports whether a word of a question asks for money or support that an offer gives ("subsidie",
// "lening", "steun"), and not just names money ("geld") or an investor.
func asksForOffer(w string) bool {
	switch w {
	case "geld", "money", "investeerder", "investor":
		return false
	}
	return understand.IsSupportWord(w)
}

// offerBesideWords is how many words of the question outside a gap's vocabulary an offer must match to be about
// another topic of the question: one such word is often a word of the asker's situation ("mag ik in mijn
// advertentie zeggen ..."), unless it names the offer.
const offerBesideWords = 2

// offerBeside reports whether one of the offers found is about something the question asks besides the gap's topic:
// it matches at least offerBesideWords words of the question that are not in the gap's vocabulary, or one such word
// that is a name of the offer on its own ("fooien en het minimumloon": the minimum wage is a topic of its own, though
// one word of the question). A word of a longer name is no such name: "accountmanager", of Dordt Onderneemt's
// "accountmanagers gemeente Dordrecht", is the asker's employee in a question on a non-compete clause.
func (ix *Index) offerBeside(gap *answerDoc, results []wegwijzer.Result) bool {
	return slices.ContainsFunc(results, func(r wegwijzer.Result) bool {
		n := 0
		for _, w := range r.Matched {
			ts := ix.analyze(w)
			if slices.ContainsFunc(ts, func(t string) bool { return gap.vocabulary[t] }) {
				continue
			}
			if ix.soleName(r.Offer, ts) {
				return true
			}
			n++
		}
		return n >= offerBesideWords
	})
}

// soleName reports whether the analysed terms of a word hold a name of the offer of one word: its title or one of
// its aliases, analysed ("minimumloon", "WML", "Qredits").
func (ix *Index) soleName(o *wegwijzer.Offer, ts []string) bool {
	for _, name := range slices.Concat([]string{o.Title, o.TitleEN}, o.Aliases) {
		if nt := ix.analyze(name); len(nt) == 1 && slices.Contains(ts, nt[0]) {
			return true
		}
	}
	return false
}

// isGap reports whether the curated answer id is a known gap.
func (ix *Index) isGap(id string) bool {
	a := ix.answerDoc(id)
	return a != nil && a.gap
}

// answerDoc returns the curated answer with this id, or nil.
func (ix *Index) answerDoc(id string) *answerDoc {
	for i := range ix.answers {
		if ix.answers[i].id == id {
			return &ix.answers[i]
		}
	}
	return nil
}
