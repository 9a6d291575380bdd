package demand

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

// ReviewItem is one need in a community's review list: the questions that got no good answer and are rephrasings
// of each other, with how often they were asked.
type ReviewItem struct {
	ID        string         `json:"id"` // stable while the item's most asked wording stays the same
	Community string         `json:"community"`
	Questions int            `json:"questions"`
	People    int            `json:"people"` // distinct entrepreneurs
	Reasons   map[Reason]int `json:"reasons"`
	Examples  []string       `json:"examples"` // distinct scrubbed wordings, most asked first
	Terms     []string       `json:"terms"`    // the content words the wordings share
	Themes    []string       `json:"themes,omitempty"`
	Offers    []string       `json:"offers_shown,omitempty"` // offers shown that did not help, most shown first
	Gaps      []string       `json:"gaps,omitempty"`         // known gaps (topics no offer covers) its questions named
	First     time.Time      `json:"first"`
	Last      time.Time      `json:"last"`
	Linked    string         `json:"linked,omitempty"` // the offer the item is linked to, when it is

	persons []string  // pseudonyms of the people whose wordings are among the examples, for the link's erasure
	asked   time.Time // when the oldest of those wordings was asked, for the link's expiry
}

// ReviewOptions configure Review. The zero value is the default.
type ReviewOptions struct {
	LowScore    float64 // 0 = DefaultLowScore
	Similarity  float64 // Dice similarity of content words at which two wordings are one need; 0 = 0.5
	MaxExamples int     // 0 = 5
}

// Review groups the questions of a community ("" = all, as one list) that got no good answer into items, most
// asked first. Wordings
// whose content words (stemmed, without stopwords) overlap enough are one item; questions whose text retention
// has dropped are left out, since there is nothing to review. links marks items already linked to an offer.
func Review(questions []wegwijzer.DemandEvent, community string, links []wegwijzer.DemandLink, opts ReviewOptions) []ReviewItem {
	if opts.LowScore == 0 {
		opts.LowScore = DefaultLowScore
	}
	if opts.Similarity == 0 {
		opts.Similarity = 0.5
	}
	if opts.MaxExamples == 0 {
		opts.MaxExamples = 5
	}
	type wording struct {
		text  string
		stems []string
		qs    []wegwijzer.DemandEvent
	}
	byText := map[string]*wording{}
	for _, q := range questions {
		if community != "" && q.Community != community {
			continue
		}
		if NoGoodAnswer(q, opts.LowScore) == "" || strings.TrimSpace(q.Text) == "" {
			continue
		}
		key := strings.Trim(strings.Join(strings.Fields(strings.ToLower(q.Text)), " "), " ?!.,")
		w := byText[key]
		if w == nil {
			w = &wording{text: strings.TrimSpace(q.Text), stems: Stems(q.Text)}
			byText[key] = w
		}
		w.qs = append(w.qs, q)
	}
	// Most asked wordings first: they become the items the others join.
	ws := make([]*wording, 0, len(byText))
	for _, w := range byText {
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b *wording) int {
		return cmp.Or(cmp.Compare(len(b.qs), len(a.qs)), cmp.Compare(a.text, b.text))
	})
	type group struct {
		rep      *wording
		wordings []*wording
	}
	var groups []*group
	for _, w := range ws {
		var best *group
		bestSim := 0.0
		for _, g := range groups {
			sim := dice(w.stems, g.rep.stems)
			if len(w.stems) == 0 && len(g.rep.stems) == 0 && strings.EqualFold(w.text, g.rep.text) {
				sim = 1
			}
			if sim >= opts.Similarity && sim > bestSim {
				best, bestSim = g, sim
			}
		}
		if best == nil {
			groups = append(groups, &group{rep: w, wordings: []*wording{w}})
			continue
		}
		best.wordings = append(best.wordings, w)
	}
	linked := map[string]string{}
	for _, l := range links {
		linked[l.Item] = l.OfferID
	}
	items := make([]ReviewItem, 0, len(groups))
	for _, g := range groups {
		it := ReviewItem{Community: community, Reasons: map[Reason]int{}, ID: ItemID(community, g.rep.text)}
		it.Linked = linked[it.ID]
		people := map[string]bool{}
		themes := map[string]int{}
		offers := map[string]int{}
		gaps := map[string]int{}
		shared := map[string]int{}
		for _, w := range g.wordings {
			if len(it.Examples) < opts.MaxExamples {
				it.Examples = append(it.Examples, w.text)
				for _, q := range w.qs {
					if !slices.Contains(it.persons, q.Person) {
						it.persons = append(it.persons, q.Person)
					}
					if it.asked.IsZero() || q.Time.Before(it.asked) {
						it.asked = q.Time
					}
				}
			}
			for _, s := range w.stems {
				shared[s]++
			}
			for _, q := range w.qs {
				reason := NoGoodAnswer(q, opts.LowScore)
				if reason == ReasonLowScore && it.Linked != "" && len(q.Offers) > 0 && q.Offers[0] == it.Linked {
					continue // answered with the offer the manager linked: that is the answer, whatever its score
				}
				it.Questions++
				people[q.Person] = true
				it.Reasons[reason]++
				if len(q.Themes) > 0 {
					themes[q.Themes[0]]++
				}
				for _, o := range q.Offers {
					offers[o]++
				}
				if q.Gap != "" {
					gaps[q.Gap]++
				}
				if it.First.IsZero() || q.Time.Before(it.First) {
					it.First = q.Time
				}
				if q.Time.After(it.Last) {
					it.Last = q.Time
				}
			}
		}
		it.People = len(people)
		it.Themes = topKeys(themes, 3)
		it.Offers = topKeys(offers, 3)
		it.Gaps = topKeys(gaps, 3)
		for _, t := range Terms(g.rep.text) {
			if shared[t.Stem]*2 >= len(g.wordings) {
				it.Terms = append(it.Terms, t.Word)
			}
		}
		if it.Questions == 0 {
			continue
		}
		items = append(items, it)
	}
	slices.SortFunc(items, func(a, b ReviewItem) int {
		return cmp.Or(cmp.Compare(b.Questions, a.Questions), cmp.Compare(b.People, a.People), b.Last.Compare(a.Last), cmp.Compare(a.ID, b.ID))
	})
	return items
}

// Link returns the link that says the item's questions should find the offer: all its example wordings, so that
// the index recognises rephrasings of any of them.
func (it ReviewItem) Link(offerID string, now time.Time) wegwijzer.DemandLink {
	// A link holds only the content words of the wordings (what the index needs), not the questions as people
	// wrote them; still, they are words of those people: the link is erased with any of them, and expires with
	// the text retention of the oldest wording.
	var qs []string
	for _, ex := range it.Examples {
		var ws []string
		for _, t := range Terms(ex) {
			ws = append(ws, t.Word)
		}
		if q := strings.Join(ws, " "); q != "" && !slices.Contains(qs, q) {
			qs = append(qs, q)
		}
	}
	persons := slices.Clone(it.persons)
	slices.Sort(persons)
	return wegwijzer.DemandLink{Item: it.ID, OfferID: offerID, Questions: qs, Community: it.Community, Time: now.UTC(),
		Persons: persons, Asked: it.asked.UTC()}
}

// Communities returns the communities that asked the questions, sorted.
func Communities(questions []wegwijzer.DemandEvent) []string {
	var out []string
	for _, q := range questions {
		if !slices.Contains(out, q.Community) {
			out = append(out, q.Community)
		}
	}
	slices.Sort(out)
	return out
}

// ItemID returns the id of a review item from its community and representative wording: the same need gets the
// same id in every run, so that `demand link ITEM` can refer to it.
func ItemID(community, text string) string {
	key := community + "\x00" + strings.Join(Stems(text), " ")
	if len(Stems(text)) == 0 {
		key = community + "\x00" + strings.ToLower(strings.TrimSpace(text))
	}
	sum := sha256.Sum256([]byte(key))
	return "q" + hex.EncodeToString(sum[:])[:8]
}

// topKeys returns the n keys with the highest counts, highest first, ties by key.
func topKeys(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b)) })
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

// Handoff is a request to talk to a person, with its state.
type Handoff struct {
	ID        string                 `json:"id"` // short id for `demand handoff take|done ID`
	EventID   string                 `json:"event_id"`
	Time      time.Time              `json:"time"`
	Community string                 `json:"community"`
	Platform  string                 `json:"platform,omitempty"`
	Question  string                 `json:"question"` // scrubbed; "" once retention dropped it
	Themes    []string               `json:"themes,omitempty"`
	State     wegwijzer.HandoffState `json:"state"`
	// Summary is what the dialogue knew when the person asked for someone (scrubbed, without the way to reach
	// them); nil for hand-offs logged before events kept it. Its words are gone after the retention.
	Summary *wegwijzer.HandoffNote `json:"summary,omitempty"`
	// Ref leads to the conversation (see Pseudonymizer.HandoffRef); never shown or exported.
	Ref string `json:"-"`
}

// ShortIDLen is the length of a hand-off's short id.
const ShortIDLen = 10

// Handoffs lists the hand-off requests among questions of a community ("" = all), open first, then taken, then
// done, oldest first within each.
func Handoffs(questions []wegwijzer.DemandEvent, community string, states map[string]wegwijzer.HandoffState) []Handoff {
	var out []Handoff
	for _, q := range questions {
		if q.Outcome != wegwijzer.OutcomeHandoff || (community != "" && q.Community != community) {
			continue
		}
		st := states[q.ID]
		if st == "" {
			st = wegwijzer.HandoffOpen
		}
		out = append(out, Handoff{ID: q.ID[:min(ShortIDLen, len(q.ID))], EventID: q.ID, Time: q.Time, Community: q.Community,
			Platform: q.Platform, Question: q.Text, Themes: q.Themes, State: st, Summary: q.Handoff, Ref: q.HandoffRef})
	}
	rank := map[wegwijzer.HandoffState]int{wegwijzer.HandoffOpen: 0, wegwijzer.HandoffTaken: 1, wegwijzer.HandoffDone: 2}
	slices.SortFunc(out, func(a, b Handoff) int {
		return cmp.Or(cmp.Compare(rank[a.State], rank[b.State]), a.Time.Compare(b.Time), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// FindHandoff returns the hand-off whose event id starts with prefix (at least 4 characters, as the short ids
// `demand handoffs` shows). No match is an *wegwijzer.Error with code ENOTFOUND, several one with EINVALID.
func FindHandoff(hs []Handoff, prefix string) (Handoff, error) {
	if len(prefix) < 4 {
		return Handoff{}, wegwijzer.Errorf(wegwijzer.EINVALID, "%q: give at least 4 characters of the id", prefix)
	}
	var found []Handoff
	for _, h := range hs {
		if strings.HasPrefix(h.EventID, prefix) {
			found = append(found, h)
		}
	}
	switch len(found) {
	case 0:
		return Handoff{}, wegwijzer.Errorf(wegwijzer.ENOTFOUND, "no hand-off %q", prefix)
	case 1:
		return found[0], nil
	}
	return Handoff{}, wegwijzer.Errorf(wegwijzer.EINVALID, "%q matches %d hand-offs: give more of the id", prefix, len(found))
}
