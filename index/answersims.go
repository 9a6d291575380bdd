package index

import "maps"

// The example similarities the curated answers are weighed with: the question in its own words beside the question
// as searched, and each asking sentence of a message of several alone.

// questionSims returns the example similarities of a question (sims: the search's and the no-match model's), and
// those the curated answers are weighed with (forAnswers): per owner the better of the question as searched and the
// question in its own words, without the policy words its synonyms add. An example question is written in an
// asker's words, so "hoeveel salaris moet ik uit mijn bv halen" is half as like the dga-salary example "... als
// directeur-grootaandeelhouder uit mijn bv halen" once "loonkosten", "loonadministratie", "rechtsvorm" and "vof"
// (synonyms of "salaris" and "bv") are in its vector. The no-match model keeps the similarity it was fitted on. Both
// come from one walk of the example questions (matchWith).
func (ix *Index) questionSims(u *understanding) (sims, forAnswers map[int32]float64) {
	own := ownTerms(u)
	sims, ofOwn := ix.questions.matchWith(u.qterms, own)
	if own == nil {
		return sims, sims
	}
	forAnswers = make(map[int32]float64, len(sims))
	for o, s := range sims {
		forAnswers[o] = s
	}
	for o, s := range ofOwn {
		forAnswers[o] = max(forAnswers[o], s)
	}
	return sims, forAnswers
}

// ownTerms returns the question's terms in its own words (without those only its synonyms add), or nil when they
// are all its terms or fewer than two: one word alone is like every example that has it.
func ownTerms(u *understanding) map[string]float64 {
	if len(u.expanded) == 0 {
		return nil
	}
	own := make(map[string]float64, len(u.qterms))
	for t, w := range u.qterms {
		if !u.expanded[t] {
			own[t] = w
		}
	}
	if len(own) < 2 {
		return nil
	}
	return own
}

// partSims are the example similarities the curated answers are weighed with for a message of several asking
// sentences: per owner the best of the whole message's (forAnswers, of questionSims) and each sentence's, for a
// sentence of at least two content words. A long second question spreads the whole message's similarity thin ("Zijn
// algemene voorwaarden verplicht? En wat moet ik er dan in opnemen? En wat gebeurt er als ...": the first sentence is
// an example of the answer on general terms). Offers are weighed by sentence too, so that an answer still needs its
// lead over them.
func (ix *Index) partSims(r *reading, u *understanding, forAnswers map[int32]float64) map[int32]float64 {
	out := forAnswers
	if len(r.Parts) < 2 {
		return out
	}
	// A sentence counts for the answers it names, and it names none that the whole message does not (its words are
	// the message's; only a synonym spanning two sentences could differ). Reading a sentence again (the
	// understanding step, and the example questions once more) is a fifth of a search, so a sentence without a word
	// of those answers' patterns, as analysed (synonyms not applied), is not read again. The eval's output did not
	// change by it on any of its 685 questions.
	wholeNamed := ix.answersNamed(u)
	if len(wholeNamed) == 0 {
		return out
	}
	merged := false
	for _, part := range r.Parts {
		if !ix.hasPatternWord(part, wholeNamed) {
			continue
		}
		pu := ix.reread(r.withSearch(part), u)
		if pu.content < 2 {
			continue
		}
		if !merged {
			out, merged = maps.Clone(out), true
		}
		named := ix.answersNamed(pu)
		_, partSims := ix.questionSims(pu)
		for o, s := range partSims {
			if i := int(o) - ix.questions.offers; i >= 0 && !named[i] {
				continue
			}
			out[o] = max(out[o], s)
		}
	}
	return out
}

// hasPatternWord reports whether a sentence has a word whose analysed term is in a pattern of one of the answers.
func (ix *Index) hasPatternWord(sentence string, answers map[int]bool) bool {
	for _, w := range words(sentence) {
		for _, t := range ix.analyze(w) {
			for _, k := range ix.patternsByTerm[t] {
				if answers[int(ix.patterns[k].answer)] {
					return true
				}
			}
		}
	}
	return false
}

// answersNamed returns the curated answers whose subject a sentence names: it has two terms of one of the
// answer's patterns (its own words or the words its synonyms mean), or all of a shorter one. A sentence weighed alone leans on no other sentence for its subject,
// so its likeness to an example question must not rest on everyday words: "wie bepaalt waar het geld naartoe gaat",
// in a question about packaging, was 0.86 like the Regio Deal answer's "wie bepaalt waar het geld van een Regio Deal
// naartoe gaat", and "waar lees ik wat dat in mijn regio doet" 0.85 like another of its examples.
func (ix *Index) answersNamed(u *understanding) map[int]bool {
	shared := map[int32]int{}
	for t := range u.qterms {
		for _, k := range ix.patternsByTerm[t] {
			shared[k]++
		}
	}
	out := map[int]bool{}
	for k, n := range shared {
		if n >= min(2, ix.patterns[k].terms) {
			out[int(ix.patterns[k].answer)] = true
		}
	}
	return out
}
