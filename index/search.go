package index

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/content"
	"github.com/wegwijzer/wegwijzer/understand"
)

// weightedTerm is one term of the query with its weight.
type weightedTerm struct {
	term  string
	boost float64
}

// candidate is an offer found by the text match, the example-question match or a reviewed link.
type candidate struct {
	offer  *wegwijzer.Offer
	text   float64 // text-match score (BM25), 0 = not found by the text match
	sim    float64 // similarity of its most similar example question, 0..1
	factor float64 // what the asker and the question say about it (region, sector, kind, ...)
	link   float64 // lift from a reviewed link, 0 = none
	score  float64 // fused
}

// Search implements wegwijzer.Searcher. The message is read by understand.Parse: personal data is scrubbed, and
// rejected words and the sentences that do not ask are not searched.
func (ix *Index) Search(ctx context.Context, q wegwijzer.Query) (*wegwijzer.SearchResult, error) {
	top := q.Top
	if top <= 0 {
		top = 5
	}
	r := read(understand.Parse(q.Text))
	u := ix.understandIn(r, nil)
	if u.coverage == 0 && r.Whole != "" {
		// The asking sentences name nothing the catalogue knows: what they ask about is said before them.
		r.Search = r.Whole
		u = ix.reread(r, u)
	}
	res := &wegwijzer.SearchResult{Query: q.Text, Results: []wegwijzer.Result{}, Region: u.region, Sector: u.sector, Themes: u.themes, Topics: u.topics, Specific: u.specific, Vague: u.vague}
	sector := cmp.Or(u.sector, q.Sector)
	u.legalForm = cmp.Or(q.LegalForm, r.legalForm)
	plain := r.words
	u.euNational = understand.NamesEUNational(plain)
	u.abroad = r.said.NamesAbroad()
	u.askerAbroad = q.Abroad
	u.benefit = r.said.NamesBenefit()
	u.trouble = r.said.NamesMoneyTrouble()
	u.money = r.said.AsksMoney()
	if u.starts && u.money && !slices.Contains(u.kinds, wegwijzer.KindLeningGarantie) && len(u.terms) > 0 {
		// A starter who asks for money ("is er geld om te starten?") asks for money to start with: a starter's loan,
		// whether or not the question names one.
		u.terms = append(u.terms, weightedTerm{term: ix.stem("lening"), boost: starterLoanTerm})
	}
	region := cmp.Or(ix.within(u.region), ix.within(q.Region))
	sims, forAnswers := ix.questionSims(u)
	// The curated answers are matched last: a looser match counts only for an on-topic question.
	defer func() {
		res.Answers = ix.matchAnswers(u, ix.partSims(r, u, forAnswers), !res.NoMatch, region)
		ix.knownGap(res, u, plain)
	}()
	boosts := ix.linkBoosts(u)
	sig := wegwijzer.MatchSignals{Coverage: u.coverage, Named: u.strong, Linked: len(boosts) > 0, Business: ix.asksAsBusiness(plain)}
	if u.content > 0 {
		sig.OutOfDomain = float64(u.ood) / float64(u.content)
	}
	sig.OutOfDomainWords = ix.outOfDomainIn(plain)
	sig.PrivateThings = ix.privateThings(plain)
	sig.BusinessContext = ix.businessContext(r.legalForm, plain, sig.Business)
	sig.PrivateLife = ix.privateLife(plain, sig.BusinessContext)
	sig.PrivateAsker = privateAsker(plain, sig.BusinessContext)
	res.Signals = &sig
	if len(u.terms) == 0 && len(boosts) == 0 && len(sims) == 0 {
		res.NoMatch = true
		return res, nil
	}
	var hits []textHit
	if len(u.terms) > 0 {
		var err error
		q, low := ix.buildQuery(u.terms, u.phrases, ix.namedBy(u), u.direct)
		if hits, err = ix.text.search(ctx, q, low, max(50, top*10)); err != nil {
			return nil, err
		}
	}
	// Candidates live in one slice, made large enough for every offer found, so that get never moves them.
	slab := make([]candidate, 0, len(hits)+len(sims)+len(boosts))
	cands := make(map[*wegwijzer.Offer]*candidate, cap(slab)) // an offer is one pointer of the catalogue
	get := func(o *wegwijzer.Offer) *candidate {
		c := cands[o]
		if c == nil {
			slab = append(slab, candidate{offer: o})
			c = &slab[len(slab)-1]
			cands[o] = c
		}
		return c
	}
	for _, h := range hits {
		if o := ix.cat.Offers[h.pos]; ix.applies(o, region) {
			get(o).text = h.score
			sig.Text = max(sig.Text, h.score)
		}
	}
	for owner, sim := range sims {
		if i := int(owner) - ix.questions.offers; i >= 0 {
			if !ix.answers[i].gap { // a known gap's example says the catalogue lacks the topic
				sig.Question = max(sig.Question, sim) // a curated answer's example: the question is on-topic
			}
			continue
		}
		if o := ix.cat.Offers[owner]; ix.applies(o, region) {
			get(o).sim = sim
			sig.Question = max(sig.Question, sim)
		}
	}
	for id, b := range boosts {
		if o := ix.cat.Offer(id); o != nil && ix.applies(o, region) {
			get(o).link = b
		}
	}
	preferThemes := q.Themes
	u.themeChosen = len(q.Themes) > 0
	if len(preferThemes) == 0 {
		preferThemes = u.themes
	}
	list := make([]*candidate, 0, len(slab))
	for i := range slab {
		c := &slab[i]
		c.factor = ix.factor(c.offer, u, q.Size, region, sector, preferThemes)
		list = append(list, c)
	}
	ix.fusion.fuse(list, ix.questionWeight)
	slices.SortStableFunc(list, func(a, b *candidate) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return strings.Compare(a.offer.ID, b.offer.ID)
	})
	traceCandidates(ctx, list)
	if len(list) > 1 && list[0].score > 0 {
		sig.Margin = (list[0].score - list[1].score) / list[0].score
	} else if len(list) == 1 {
		sig.Margin = 1
	}
	sig.Confidence = ix.noMatch.Probability(sig)
	if len(list) == 0 || list[0].score <= 0 || (!sig.Linked && sig.Confidence < ix.noMatch.Threshold) {
		res.NoMatch = true
		return res, nil
	}
	res.Unsure = !sig.Linked && sig.Confidence < ix.noMatch.Threshold+unsureMargin
	cut := list[0].score * relativeCut
	var lead []string    // the question words the first result shown matched
	var above [][]string // the question words each result shown so far matched
	for _, c := range list {
		if c.score < cut || len(res.Results) == top {
			break
		}
		if !ix.shown(c.offer, u, region) {
			continue
		}
		o := c.offer
		matched := ix.matched(u, o.ID)
		if len(res.Results) == 0 {
			lead = matched
		} else if (o.IsNational() || region == "") && (stray(matched, lead, c.score, res.Results[0].Score) || covered(matched, above, c.score, res.Results[0].Score, ix.informativeness)) {
			continue
		}
		if o.Status == wegwijzer.StatusDoorlopend || o.Status == wegwijzer.StatusOpen {
			above = append(above, matchedWords(matched)) // a closed scheme or one between rounds is replaced by those below
		}
		res.Results = append(res.Results, wegwijzer.Result{ID: o.ID, Title: o.Title, Provider: o.Provider, Kind: o.Kind,
			Score: math.Round(c.score*1000) / 1000, Offer: o, Matched: matched})
	}
	return res, nil
}

// stray reports whether a result below the first was found through one word of the question only, a word the
// first result, which matched several, did not match, and scores far below it: the tail of a list that shares one
// stray word with the question ("ik zoek een stageplek voor mijn zoon" brought the scheme for handing a business to
// a son) rather than an answer to another part of it. An offer of the asker's own region is no stray: the place
// is what it matched.
func stray(matched, lead []string, score, best float64) bool {
	return len(matched) == 1 && len(lead) >= 2 && !slices.Contains(lead, matched[0]) && score < best*strayShare
}

// covered reports whether a result below the first adds nothing to a result above it: that one matched every
// question word it matched, and more, while it scores far below the first. Such a result shares an incidental word
// with the question ("do I need a permit to open a restaurant" brought the start-up residence permit by its keyword
// "start-up permit", below the Alcoholwet, which matched "permit", "open" and "restaurant"). What the result above
// matched more must say as much as the least telling word of this one (info: a word's informativeness): a common
// word more ("pay" in "I have a bv and want to pay less tax on my profit") does not make the Innovatiebox, which
// matched "bv", "tax" and "profit", a stray beside the Stakingsaftrek. A result that matches the same words as one
// above is an alternative, not a stray ("aan welke eisen moeten producten voldoen bij export": the EEN and customs
// beside the SIB), and so is an offer of the asker's own region. Only a result the asker can use now covers others:
// below a closed scheme, or one that runs in rounds, are what to use instead.
func covered(matched []string, above [][]string, score, best float64, info func(string) float64) bool {
	ws := matchedWords(matched)
	if len(ws) == 0 || score >= best*strayShare {
		return false
	}
	least := math.Inf(1)
	for _, w := range ws {
		least = min(least, info(w))
	}
	return slices.ContainsFunc(above, func(a []string) bool {
		if len(a) <= len(ws) || slices.ContainsFunc(ws, func(w string) bool { return !slices.Contains(a, w) }) {
			return false
		}
		more := 0.0
		for _, w := range a {
			if !slices.Contains(ws, w) {
				more += info(w)
			}
		}
		return more >= least
	})
}

// matchedWords returns the words of a result's matched words and phrases ("elektrische bestelbus" is two), each
// once.
func matchedWords(matched []string) []string {
	var out []string
	for _, m := range matched {
		for _, w := range strings.Fields(m) {
			if !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// shown reports whether a result may show the offer to this asker: it applies in their region, and when we do not
// know where they are, a regional offer only when the question names it. So also an offer for a part of their
// region: for an asker in Gelderland (a province chosen by button) the Werkgeversservicepunt Achterhoek is an
// office they may not belong to, and the national Werkgeversservicepunt finds theirs. An offer for people from outside the EU
// (a residence permit) is not shown to a starter who says nothing of coming from abroad and does not name it: "ik
// wil een startup beginnen", or the theme "Starten met een bedrijf" chosen, whose words "startup" and "founder" the
// permit's text is full of, is a founder here. So is one whose words are of starting alone ("I am a founder",
// "ik ben starter"): the theme is starting, and nothing says they come from abroad.
func (ix *Index) shown(o *wegwijzer.Offer, u *understanding, region string) bool {
	starter := u.starts || slices.Contains(u.themes, "starten")
	return ix.applies(o, region) && (o.IsNational() || region != "" && ix.servesAll(o, region) || ix.namesOffer(u, o.ID)) &&
		!(o.Nationality == wegwijzer.NationalityNonEU && starter && !u.abroad && !u.askerAbroad && !u.euNational && !ix.namesOffer(u, o.ID))
}

// buildQuery makes the text match's query of the terms, and per clause the offers whose score by it counts less:
// at weakName in their names (weakIn; phrases: the offers' names of several words the question holds; named: the
// offers its own words name by a specific word of their names, or hold by a word of the language in them), and not
// at all where their texts have the term as their name only and the question does not name them by it (unnamedBy:
// "slim" is not "SLIM"). Only a term of the question's own words (own: understanding.direct) counts less in names; a
// generic word and a word a synonym means already weigh less by their boost (namephrases.go).
func (ix *Index) buildQuery(terms []weightedTerm, phrases, named []int32, own map[string]bool) (query.Query, *lowering) {
	type ranked struct {
		weightedTerm
		value float64
	}
	var rs []ranked
	for _, t := range terms {
		df := ix.vocab[t.term]
		if float64(df) > commonShare*float64(ix.n) && len(terms) > 1 {
			continue
		}
		rs = append(rs, ranked{t, t.boost * math.Log(1+float64(ix.n+1)/float64(df+1))})
	}
	if len(rs) == 0 {
		for _, t := range terms {
			rs = append(rs, ranked{t, t.boost})
		}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int { return cmp.Compare(b.value, a.value) })
	var disj []query.Query
	low := &lowering{}
	for i, t := range rs {
		if i == maxTerms {
			break
		}
		// Beyond the three most telling terms, a term with a long postings list adds much work and little
		// ranking. Only large catalogues have such lists; the built-in one is never pruned.
		if i >= 3 && ix.vocab[t.term] > maxPostings {
			continue
		}
		none := ix.unnamedBy(t.term, named)
		for _, f := range fieldBoosts {
			tq := bleve.NewTermQuery(t.term)
			tq.SetField(f.name)
			tq.SetBoost(f.boost * t.boost)
			disj = append(disj, tq)
			if f.name == "names" && own[t.term] {
				low.weak = append(low.weak, ix.weakIn(t.term, phrases, named))
			} else {
				low.weak = append(low.weak, nil)
			}
			low.none = append(low.none, none)
		}
	}
	return bleve.NewDisjunctionQuery(disj...), low
}

// namesOffer reports whether the question names the offer: one of its words is a distinctive word of the offer's
// title or aliases ("energiefonds", "ondernemen010"), one that few offers share, or it holds a name of the offer
// by a word of the language (u.held: "STAP-budget").
func (ix *Index) namesOffer(u *understanding, id string) bool {
	if ix.heldByWord(u, id) {
		return true
	}
	names := ix.names[id]
	if len(names) == 0 {
		return false
	}
	for t := range u.direct {
		if names[t] {
			return true
		}
	}
	return false
}

// heldByWord reports whether the question holds a name of the offer by a word of the language in it (u.held,
// ordinarynames.go): both namesOffer and holdsName count it.
func (ix *Index) heldByWord(u *understanding, id string) bool {
	return len(u.held) > 0 && slices.Contains(u.held, ix.offerPos[id])
}

// holdsName reports whether the question names the offer by a distinctive word of its title ("betalingsregeling")
// or holds one of its names of several words whole ("uitstel van betaling"). It is stricter than namesOffer, for
// which one word of an alias is enough: "betaling" of "uitstel van betaling" is said by every question about paying.
func (ix *Index) holdsName(u *understanding, o *wegwijzer.Offer) bool {
	if ix.heldByWord(u, o.ID) {
		return true
	}
	names := ix.names[o.ID]
	for _, t := range ix.analyze(o.Title) {
		if names[t] && u.direct[t] {
			return true
		}
	}
	for _, p := range u.phrases {
		for _, i := range ix.namePhrases[p].offers {
			if ix.cat.Offers[i] == o {
				return true
			}
		}
	}
	return false
}

// within returns the region that places the asker within the country, or "" for the whole country: "in the
// Netherlands" says nothing of where in it the asker is. Read as a region, the country kept every regional offer
// and lifted each one as the asker's own, and it overrode the region of the asker's community.
func (ix *Index) within(region string) string {
	if p := ix.cat.Geography.Place(region); p != nil && p.Kind == content.KindLand {
		return ""
	}
	return region
}

func (ix *Index) applies(o *wegwijzer.Offer, region string) bool {
	if region == "" {
		return true
	}
	for _, r := range o.Regions {
		if ix.cat.Geography.Applies(r, region) {
			return true
		}
	}
	return false
}

// linkBoosts returns, per offer, the factor by which reviewed links lift it for this question.
func (ix *Index) linkBoosts(u *understanding) map[string]float64 {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := map[string]float64{}
	for _, l := range ix.links {
		if sim := dice(u.direct, l.terms); sim >= minLinkSim {
			out[l.offerID] = max(out[l.offerID], 1+linkLift*sim)
		}
	}
	return out
}
