package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer"
)

// moreShare is the share of the best result's score an offer needs to be shown as "more": the tail of a search
// shares a word or two with the question ("Is de SEBA nog open?" found TenderNed and the G-rekening at a third of
// the SEBA's score), and is no other option.
const moreShare = 0.4

// moreTop is how many results the search for "andere opties?" asks for: the offers shown, and as many again.
const moreTop = searchTop + maxOffers

// moreOffers answers "andere opties?", "anything else?" after an answer: the question is searched again, and the
// offers found that were not shown (in this answer or one before it) are the reply. The list shown again would
// say nothing new, and its follow-up (the next step of one offer) was no answer to the question either. With
// nothing else found it says so, once, and offers a person.
func (t *turnState) moreOffers(ctx context.Context) (*wegwijzer.Reply, error) {
	c := t.conv
	seen := slices.Concat(t.shown(), strings.Split(c.Slots[slotUnhelpful], ","))
	q := t.query()
	q.Top = moreTop
	res, err := t.search.Search(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("search for more: %w", err)
	}
	t.noteMatched(res)
	offers := t.notSeen(res, seen, func(*wegwijzer.Offer) bool { return true })
	if len(offers) == 0 {
		// "wat is er nu dan?" after a scheme that cannot be used now (the SVM, which had no round since 2023): its
		// question found nothing but it; what its topics have that can be used is the answer.
		if o := t.cat.Offer(first(t.shown())); o != nil && !t.actionable(o) {
			if more, r, err := t.moreOnTopics(ctx, o, seen); err != nil || len(more) > 0 {
				offers, res = more, r
				if err != nil {
					return nil, err
				}
			}
		}
	}
	// What was shown counts as seen for the next "en nog meer?" too (the answer below replaces the list shown).
	c.Slots[slotUnhelpful] = strings.Trim(strings.Join(slices.Compact(slices.Sorted(slices.Values(seen))), ","), ",")
	if len(offers) == 0 {
		r := t.info(texts.nothingNew.in(t.lang))
		r.Options = t.personOrTopic()
		return r, nil
	}
	res.Answers = nil // a curated text was given with the first answer
	r := t.answer(offers, res)
	r.Text = texts.moreFound.in(t.lang) + " " + r.Text
	return r, nil
}

// moreOnTopics searches the words of the offer's topics (of its themes, when it has none) for offers not seen that
// score at least moreShare of the best.
func (t *turnState) moreOnTopics(ctx context.Context, o *wegwijzer.Offer, seen []string) ([]*wegwijzer.Offer, *wegwijzer.SearchResult, error) {
	var words []string
	for _, th := range t.cat.Themes {
		if !slices.Contains(o.Themes, th.ID) {
			continue
		}
		for _, tp := range th.Topics {
			if slices.Contains(o.Topics, tp.ID) {
				words = append(words, pick(t.lang, tp.Label, tp.LabelEN))
				words = append(words, tp.Words...)
			}
		}
		if len(o.Topics) == 0 {
			words = append(words, th.Words...)
		}
	}
	if len(words) == 0 {
		return nil, nil, nil
	}
	q := t.query()
	q.Text, q.Top = strings.Join(words, " "), moreTop
	res, err := t.search.Search(ctx, q)
	if err != nil {
		return nil, nil, fmt.Errorf("search the topics for more: %w", err)
	}
	return t.notSeen(res, seen, t.actionable), res, nil
}

// notSeen is the usable offers res found that are not in seen, that keep accepts and that score at least moreShare
// of the best result; none for a search without a match.
func (t *turnState) notSeen(res *wegwijzer.SearchResult, seen []string, keep func(*wegwijzer.Offer) bool) []*wegwijzer.Offer {
	if res.NoMatch || len(res.Results) == 0 {
		return nil
	}
	score := map[string]float64{}
	for _, x := range res.Results {
		score[x.ID] = x.Score
	}
	var offers []*wegwijzer.Offer
	for _, o := range t.usable(res) {
		if !slices.Contains(seen, o.ID) && keep(o) && score[o.ID] >= moreShare*res.Results[0].Score {
			offers = append(offers, o)
		}
	}
	return offers
}
