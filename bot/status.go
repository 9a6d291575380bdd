package bot

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

// Which offers a reply may show, by their status: closed schemes (answered when named or when they answer a
// question best, with what fits instead), schemes whose rounds have stopped, schemes between rounds.

// usable are the offers found that can be shown as something to use: not rejected, not closed (unless named,
// which closedAnswer handles). Those the asker can use now come first, then schemes between rounds, then those
// blocked by one condition.
//
// Schemes whose rounds seem to have stopped (isDormant) are left out: they are shown only when the question names
// them (with the schemes between rounds) or when nothing else fits, and then their card says their status.
func (t *turnState) usable(res *wegwijzer.SearchResult) []*wegwijzer.Offer {
	var now, later, almost, tried, dormant []*wegwijzer.Offer
	cd := t.card()
	day := t.msg.Time.Format(time.DateOnly)
	for _, x := range res.Results {
		o := x.Offer
		switch {
		case o == nil || o.Status == wegwijzer.StatusGesloten || t.rejected(o) || t.otherLanguage(o):
		case t.unhelpful(o):
			tried = append(tried, o)
		case t.stopped(o):
			dormant = append(dormant, o)
		case cd.blocking(o) != "":
			almost = append(almost, o)
		case o.Status == wegwijzer.StatusRondes && !roundOpen(o, day):
			later = append(later, o)
		default:
			now = append(now, o)
		}
	}
	if len(now)+len(later)+len(almost)+len(tried) == 0 {
		return dormant
	}
	return slices.Concat(aheadOfWeaker(now, later, res), almost, tried)
}

// otherLanguage reports whether the offer serves readers of another language than this conversation's and the
// message does not name it: business.gov.nl (in English) is no help to someone who asks in Dutch.
func (t *turnState) otherLanguage(o *wegwijzer.Offer) bool {
	return o.ForLanguage != "" && o.ForLanguage != string(t.lang) && !slices.Contains(t.read.named, o)
}

// aheadOfWeaker puts the schemes between rounds after the offers to use now, except ahead of those that answer
// the question far worse (less than competingShare of its score): "elektrische vrachtwagens" between two rounds of
// the AanZET is still answered with it first, not with the company-car rule that matched one word.
func aheadOfWeaker(now, later []*wegwijzer.Offer, res *wegwijzer.SearchResult) []*wegwijzer.Offer {
	score := map[*wegwijzer.Offer]float64{}
	for _, x := range res.Results {
		if x.Offer != nil {
			score[x.Offer] = max(score[x.Offer], x.Score)
		}
	}
	out := slices.Clone(now)
	at := 0 // a scheme between rounds goes after the earlier ones
	for _, l := range later {
		i := slices.IndexFunc(out[at:], func(o *wegwijzer.Offer) bool { return score[o] < competingShare*score[l] })
		if i < 0 {
			out = append(out, l)
			at = len(out)
			continue
		}
		out = slices.Insert(out, at+i, l)
		at += i + 1
	}
	return out
}

// unhelpful reports whether o was shown in the answer the person said did not help: it comes after the others.
func (t *turnState) unhelpful(o *wegwijzer.Offer) bool {
	s := t.conv.Slots[slotUnhelpful]
	return s != "" && slices.Contains(strings.Split(s, ","), o.ID)
}

// nothingNew reports whether every offer to show was in the answer the person said did not help.
func (t *turnState) nothingNew(offers []*wegwijzer.Offer) bool {
	return t.conv.Slots[slotUnhelpful] != "" && !slices.ContainsFunc(offers[:min(len(offers), maxOffers)], func(o *wegwijzer.Offer) bool { return !t.unhelpful(o) })
}

// stopped reports whether o is a scheme whose rounds seem to have stopped (isDormant) and the question does not
// name it.
func (t *turnState) stopped(o *wegwijzer.Offer) bool {
	return o.Status == wegwijzer.StatusRondes && isDormant(o, t.msg.Time.Format(time.DateOnly)) && !slices.Contains(t.read.named, o)
}

// withoutStopped leaves out the schemes that have stopped (stopped), unless nothing else is left.
func (t *turnState) withoutStopped(offers []*wegwijzer.Offer) []*wegwijzer.Offer {
	running := slices.DeleteFunc(slices.Clone(offers), t.stopped)
	if len(running) == 0 {
		return offers
	}
	return running
}

// allDormant reports whether every offer shown is a scheme whose rounds seem to have stopped.
func (t *turnState) allDormant(offers []wegwijzer.OfferRef) bool {
	day := t.msg.Time.Format(time.DateOnly)
	return len(offers) > 0 && !slices.ContainsFunc(offers, func(r wegwijzer.OfferRef) bool {
		o := t.cat.Offer(r.ID)
		return o == nil || o.Status != wegwijzer.StatusRondes || !isDormant(o, day)
	})
}

// closedLead is how many times the score of the best open offer a closed scheme's must be to count as the
// question's answer.
const closedLead = 1.5

// closedBest is the closed scheme that answers the question best, when it leads every offer that can be used by
// closedLead: the question is about what that scheme paid for.
func (t *turnState) closedBest(res *wegwijzer.SearchResult) *wegwijzer.Offer {
	return t.leadingBest(res, func(o *wegwijzer.Offer) bool { return o.Status == wegwijzer.StatusGesloten })
}

// stoppedBest is the scheme whose rounds have stopped (stopped) that answers the question best, when it leads
// every offer that can be used by closedLead, as closedBest is for a closed one.
func (t *turnState) stoppedBest(res *wegwijzer.SearchResult) *wegwijzer.Offer {
	return t.leadingBest(res, t.stopped)
}

// leadingBest is the best result when it is of the kind and leads every offer that can be used by closedLead.
func (t *turnState) leadingBest(res *wegwijzer.SearchResult, kind func(*wegwijzer.Offer) bool) *wegwijzer.Offer {
	if res.NoMatch || len(res.Results) == 0 {
		return nil
	}
	top := res.Results[0]
	if top.Offer == nil || !kind(top.Offer) || t.rejected(top.Offer) {
		return nil
	}
	usable := t.usable(res)
	for _, x := range res.Results[1:] {
		if slices.Contains(usable, x.Offer) && x.Score*closedLead > top.Score {
			return nil
		}
	}
	return top.Offer
}

// dormantAfter is how long after its last round a scheme with no announced round counts as stopped.
const dormantAfter = 2 * 365 * 24 * time.Hour

// isDormant reports whether a scheme that runs in rounds has had no round for dormantAfter and announces none, or
// is not confirmed by a recent source while no round is open.
func isDormant(o *wegwijzer.Offer, day string) bool {
	if roundOpen(o, day) || slices.ContainsFunc(o.Rounds, func(r wegwijzer.Round) bool { return r.Opens > day }) {
		return false
	}
	if o.Unconfirmed {
		return true
	}
	end := ""
	for _, r := range o.Rounds { // oldest first: the last one that opened decides
		if r.Opens <= day {
			end = cmp.Or(r.Closes, r.Opens)
		}
	}
	e, err1 := time.Parse(time.DateOnly, end)
	d, err2 := time.Parse(time.DateOnly, day)
	return err1 == nil && err2 == nil && d.Sub(e) > dormantAfter
}

// altFloor is the share of the closed scheme's own score an alternative must reach: below it, it shares words
// with the question, not what the scheme was for.
const altFloor = 0.25

// alternatives are the offers to use now instead of a closed scheme: its replacement first, then offers of the
// question and of a search on the scheme's own words that fit it (fitsClosed) and score at least altFloor of the
// closed scheme's score in the same search. None when nothing fits: unrelated offers are no alternative. The search
// on the scheme's own words is the same for everyone in one region, sector and size, so it is kept (cache.go).
// whole reports whether one of them stands in for all of it: the replacement, or an offer that matched every word
// the closed scheme matched; else they share only part of it ("cursus" and "personeel" for a language course).
func (t *turnState) alternatives(ctx context.Context, closed *wegwijzer.Offer, res *wegwijzer.SearchResult) (out []*wegwijzer.Offer, whole bool) {
	if o := t.cat.Offer(closed.ReplacedBy); o != nil && o.Status != wegwijzer.StatusGesloten && !t.rejected(o) {
		out = append(out, o)
		whole = true
	}
	add := func(res *wegwijzer.SearchResult) {
		if res == nil || len(res.Results) == 0 {
			return
		}
		floor := res.Results[0].Score
		for _, x := range res.Results {
			if x.Offer == closed {
				floor = x.Score
			}
		}
		floor *= altFloor
		// What answers all that the closed scheme answered of the question comes before what answers part of it:
		// for "subsidie voor een elektrische bestelbus" the MIA/Vamil (which matched the electric van) before the
		// hydrogen scheme (which matched the van).
		var closedMatched []string
		for _, x := range res.Results {
			if x.Offer == closed {
				closedMatched = x.Matched
			}
		}
		var partly []*wegwijzer.Offer
		for _, x := range res.Results {
			if x.Score >= floor && t.fitsClosed(closed, x.Offer) && !slices.Contains(out, x.Offer) {
				if covers(x.Matched, closedMatched) {
					out = append(out, x.Offer)
					whole = true
				} else {
					partly = append(partly, x.Offer)
				}
			}
		}
		out = append(out, partly...)
	}
	add(res)
	q := t.query()
	q.Text = strings.Join(append(slices.Clone(closed.Topics), closed.Keywords[:min(len(closed.Keywords), 6)]...), " ")
	q.Themes = closed.Themes
	if own, err := t.alts.search(ctx, t.search, q); err == nil && !own.NoMatch {
		add(own) // on an error the closed scheme's own next step says where to look
	}
	return out, whole
}

// covers reports whether matched holds every one of want.
func covers(matched, want []string) bool {
	for _, w := range want {
		if !slices.Contains(matched, w) {
			return false
		}
	}
	return true
}

// fitsClosed reports whether o can stand in for the closed scheme: usable now or between rounds (not stopped,
// not rejected), national unless the asker's region is known, no rule where the scheme was money or help, on one of
// its themes and, when both have topics, on one of its topics.
func (t *turnState) fitsClosed(closed, o *wegwijzer.Offer) bool {
	day := t.msg.Time.Format(time.DateOnly)
	switch {
	case o == nil || o == closed || o.Status == wegwijzer.StatusGesloten || t.rejected(o):
		return false
	case o.Status == wegwijzer.StatusRondes && isDormant(o, day):
		return false
	case !o.IsNational() && t.region() == "": // a regional offer only where the asker is known to be
		return false
	case o.Kind.Group() == wegwijzer.GroupRules && closed.Kind.Group() != wegwijzer.GroupRules: // a rule pays nothing
		return false
	case !slices.ContainsFunc(o.Themes, func(th string) bool { return slices.Contains(closed.Themes, th) }):
		return false
	}
	// An offer without topics is for its whole theme, so also for the closed scheme's topic.
	return len(closed.Topics) == 0 || len(o.Topics) == 0 || slices.ContainsFunc(o.Topics, func(tp string) bool { return slices.Contains(closed.Topics, tp) })
}

// roundOpen reports whether a round of the scheme is known to be open on day (roundsText).
func roundOpen(o *wegwijzer.Offer, day string) bool {
	return slices.ContainsFunc(o.Rounds, func(r wegwijzer.Round) bool { return r.Opens <= day && r.Closes != "" && r.Closes >= day })
}

// namedClosed is the closed scheme the question names, if any.
func (t *turnState) namedClosed() *wegwijzer.Offer {
	for _, o := range t.read.named {
		if o.Status == wegwijzer.StatusGesloten {
			return o
		}
	}
	return nil
}
