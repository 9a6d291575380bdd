package index

import (
	"slices"
	"strings"

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
func (ix *Index) knownGap(res *wegwijzer.SearchResult, u *understanding, plain []string) {
	if len(res.Answers) == 0 {
		return
	}
	gap := ix.answerDoc(res.Answers[0])
	if gap == nil || !gap.gap || res.Signals != nil && res.Signals.Linked || slices.ContainsFunc(plain, asksForOffer) || asksExtraDeduction(plain) ||
		ix.offerBeside(gap, res.Results, u) || readAsOwnTopic(plain, res) && !ix.asksInPattern(gap, u) {
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

// asksInPattern reports whether the question holds every term of one of the gap's patterns, its own words: it asks
// about the gap's topic in words that name it, whatever the story around them says ("I'm starting a webshop, which
// payment provider should I choose?" is read as starting a business; "payment provider" is the gap's pattern).
func (ix *Index) asksInPattern(gap *answerDoc, u *understanding) bool {
	return slices.ContainsFunc(ix.patterns, func(p answerPattern) bool {
		return len(p.of) > 0 && ix.answers[p.answer].id == gap.id && !slices.ContainsFunc(p.of, func(t string) bool { return !u.direct[t] && u.genericAt[t] == nil })
	})
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

// asksExtraDeduction reports whether the question asks to deduct extra ("laptop en bureau, kan ik daar extra voor
// aftrekken?", "can I deduct extra?"): "extra" with a word of deducting at most three words from it. An extra deduction is what a fiscal scheme gives (KIA, MIA, EIA), so it asks for an offer, as "subsidie" does;
// "mag ik mijn laptop aftrekken" asks about the ordinary deduction, a gap.
func asksExtraDeduction(plain []string) bool {
	for i, w := range plain {
		if w != "extra" {
			continue
		}
		if slices.ContainsFunc(plain[max(0, i-3):min(len(plain), i+4)], func(x string) bool { return deductWords[x] }) {
			return true
		}
	}
	return false
}

// deductWords are the words of deducting from profit or tax (asksExtraDeduction).
var deductWords = setOf(`aftrek aftrekken aftrekbaar aftrekpost afschrijven deduct deduction deductible`)

// offerBesideWords is how many words of the question outside a gap's vocabulary an offer must match to be about
// another topic of the question: one such word is often a word of the asker's situation ("mag ik in mijn
// advertentie zeggen ..."), unless it names the offer.
const offerBesideWords = 2

// offerBesideNear is how far apart, in words of the question, a word of an offer's own names may stand from another
// word the offer matched, for the two to name a topic together: "mijn winkel verduurzamen" (a keyword of the SVM),
// "een merk registreren" (its title; the gap on copyright knows "registreren": 1 apart).
const offerBesideNear = 3

// offerBeside reports whether one of the offers found is about something the question asks besides the gap's topic:
// it matches at least offerBesideWords words of the question that are not in the gap's vocabulary, one of them a
// word of the offer's own names (title, aliases, keywords) said close to another word it matched, or one such word
// that is a name of the offer on its own ("fooien en het minimumloon": the minimum wage is a topic of its own,
// though one word of the question). A word of a longer name is no such name: "accountmanager", of Dordt
// Onderneemt's "accountmanagers gemeente Dordrecht", is the asker's employee in a question on a non-compete clause.
//
// The question names an offer in its own words, too, when it says one of its names of several words close together
// (nameSaid: "inschrijven bij de KVK"), or a distinctive word of its title or aliases that no gap's topic is talked
// about in beside another of its own words (namedOutsideGaps: "merk" ... "registreren"). A name the gap's texts
// merely mention is not the gap's word against that offer: the laptop gap explains that the KIA needs a total of
// investments, and "mag ik mijn laptop aftrekken, krijg ik kia?" asks for the KIA (answerDoc.asked).
//
// A question about a gap's topic is often told as a story, and the story's everyday words are in the text of many
// offers: "begonnen" and "blijkt" in "we zijn vol enthousiasme een bedrijf begonnen, maar na verloop van tijd blijkt
// mijn visie te verschillen ... hoe lossen we dit conflict op?" brought a loan for early-stage innovation, "simpel"
// and "klanten" in a question on the selling price the Milieubarometer, and each hid the gap. Another topic is said
// in the offer's own words, and in words that stand together: "new" and "shop" are words of the names of offers on
// web shops, but "a shop opened ... their new site is a copy of ours" names no web shop.
//
// Nor does a word that says who asks, the sector or size of the business (understanding.askerOf), name a topic,
// though it may be a word of an offer's names: "we opened our cafe ... my co-founder takes money" brought the
// Alcoholwet (whose keyword is "café beginnen") by "opened" and "cafe". What the asker wants done to their business is a
// topic: an offer's own word said next to the business ("mijn winkel verduurzamen"; "mijn salon verduurzamen", where
// the SVM matched only "verduurzamen" and "kosten") is said together.
func (ix *Index) offerBeside(gap *answerDoc, results []wegwijzer.Result, u *understanding) bool {
	return slices.ContainsFunc(results, func(r wegwijzer.Result) bool {
		if ix.nameSaid(r.Offer, gap, u) {
			return true
		}
		n, owns := 0, 0
		var at, beside []int // where the offer's words are said, and where its own words outside the gap's vocabulary
		own := ix.ownWords(r.Offer)
		unasked := false // a distinctive name word that no gap's topic is talked about in
		for _, w := range r.Matched {
			ts := ix.analyze(w)
			at = append(at, u.wordAt(w))
			if ix.soleName(r.Offer, ts) && !slices.ContainsFunc(ts, func(t string) bool { return gap.asked[t] }) {
				return true
			}
			if own(ts) {
				owns++
			}
			unasked = unasked || ix.namedOutsideGaps(r.Offer, ts, u)
			if slices.ContainsFunc(ts, func(t string) bool { return gap.vocabulary[t] }) {
				continue
			}
			n++
			if own(ts) && slices.ContainsFunc(ts, func(t string) bool { return !u.askerOf[t] }) { // not only who asks
				beside = append(beside, at[len(at)-1])
			}
		}
		return unasked && owns >= 2 || n >= offerBesideWords && saidTogether(beside, append(at, u.askerAt...))
	})
}

// saidTogether reports whether a place of some is at most offerBesideNear words from another place of all (a place
// not known, -1, is near every place).
func saidTogether(some, all []int) bool {
	for _, p := range some {
		for _, q := range all {
			if p != q && (p < 0 || q < 0 || max(p-q, q-p) <= offerBesideNear) {
				return true
			}
		}
	}
	return false
}

// nameSaid reports whether the question says one of the offer's names (title or alias) of two words or more, its
// words close together ("inschrijven bij de KVK", of the alias "inschrijven KVK"), or two words that follow each other
// in a name in the same order, at most one word between ("welke regels gelden voor online verkopen", of "Regels voor
// online verkopen aan consumenten"; "register with KVK", of "Registering with KVK"), and one of those words is one
// the gap's topic is not asked in: the question names the offer, whatever the gap's texts mention ("die vraagt
// meestal je KVK-inschrijving").
func (ix *Index) nameSaid(o *wegwijzer.Offer, gap *answerDoc, u *understanding) bool {
	other := func(t string) bool { return gap.otherThanAsked(t, u) }
	for _, name := range slices.Concat([]string{o.Title, o.TitleEN}, o.Aliases) {
		var ts []string
		for _, w := range words(name) {
			if !stopwords[w] && !generic[w] {
				ts = append(ts, ix.analyze(w)...)
			}
		}
		at := make([][]int, len(ts))
		for k, t := range ts {
			at[k] = u.directAt[t]
		}
		if len(ts) >= 2 && slices.ContainsFunc(ts, other) && !slices.ContainsFunc(at, func(ps []int) bool { return len(ps) == 0 }) &&
			nearest(at) <= len(ts)+1 {
			return true
		}
		for k := 1; k < len(ts); k++ {
			if (other(ts[k-1]) || other(ts[k])) && followedBy(at[k-1], at[k]) {
				return true
			}
		}
	}
	return false
}

// otherThanAsked reports whether term t of a question is a word the known gap's topic is not asked in, and not one
// that says who asks (understanding.askerOf): a word by which the question may name another topic beside the gap's.
func (gap *answerDoc) otherThanAsked(t string, u *understanding) bool {
	return !gap.asked[t] && !u.askerOf[t]
}

// followedBy reports whether a place of after is one or two words after a place of before.
func followedBy(before, after []int) bool {
	for _, p := range before {
		for _, q := range after {
			if q-p == 1 || q-p == 2 {
				return true
			}
		}
	}
	return false
}

// namedOutsideGaps reports whether the analysed terms of a word hold a distinctive word of the offer's title or
// aliases (Index.names) that no known gap's topic is talked about in, and that does not say who asks: the question
// names the offer's topic in its own words ("een merk en een domeinnaam registreren": "merk", of the alias "merk
// vastleggen" of the BOIP's registration; the gap on domain names knows "registreren" and "merknaam").
func (ix *Index) namedOutsideGaps(o *wegwijzer.Offer, ts []string, u *understanding) bool {
	names := ix.names[o.ID]
	return slices.ContainsFunc(ts, func(t string) bool { return names[t] && !ix.gapWords[t] && !u.askerOf[t] })
}

// soleName reports whether the analysed terms of a word hold a name of the offer of one word: its title or one of
// its aliases or the part of its title before a parenthesis, analysed ("minimumloon", "WML", "Qredits").
func (ix *Index) soleName(o *wegwijzer.Offer, ts []string) bool {
	for _, name := range slices.Concat([]string{o.Title, o.TitleEN, beforeParenthesis(o.Title), beforeParenthesis(o.TitleEN)}, o.Aliases) {
		if nt := ix.analyze(name); len(nt) == 1 && slices.Contains(ts, nt[0]) {
			return true
		}
	}
	return false
}

// beforeParenthesis is the part of a title before its parenthesis, itself a name ("Kleineondernemersregeling" of
// "Kleineondernemersregeling (KOR) voor de btw"), or "" when it has none.
func beforeParenthesis(title string) string {
	if i := strings.Index(title, " ("); i > 0 {
		return title[:i]
	}
	return ""
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

// ownWords returns whether analysed terms hold a word of the offer's own names: its title, aliases and keywords.
func (ix *Index) ownWords(o *wegwijzer.Offer) func([]string) bool {
	names := map[string]bool{}
	for _, name := range slices.Concat([]string{o.Title, o.TitleEN}, o.Aliases, o.Keywords) {
		for _, t := range ix.analyze(name) {
			names[t] = true
		}
	}
	return func(ts []string) bool { return slices.ContainsFunc(ts, func(t string) bool { return names[t] }) }
}
