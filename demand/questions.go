package demand

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/wegwijzer/wegwijzer"
)

// A question, as the statistics count it, is one need of an entrepreneur with its final outcome. The log has an
// event per turn; Resolve turns them into questions:
//
//   - a clarify followed within the conversation TTL by another turn of the conversation is a step of the
//     question, not a question of its own;
//   - a clarify with no follow-up for the TTL is the question, abandoned (computed here, when events are read,
//     so nothing has to sweep the log; a clarify younger than the TTL stays a clarify: still open);
//   - feedback ("did this help?") is written onto the answer it is about, and a request for a person right after
//     an answer (within the TTL) becomes that question's outcome: handoff;
//   - what a turn did not tell by itself (region, themes, sector, phase) it inherits from the turn before;
//   - other info turns (help, privacy, waiting for a person) are not questions.
//
// Answered, no_match and handoff turns are questions as they are.

// inherit fills what a turn did not understand by itself from the turn before it in the conversation: a hand-off
// or a pressed button is about the question asked before.
func inherit(ev *wegwijzer.DemandEvent, prev wegwijzer.DemandEvent) {
	if ev.Region == "" {
		ev.Region = prev.Region
	}
	if len(ev.Themes) == 0 {
		ev.Themes = prev.Themes
	}
	if ev.Sector == "" {
		ev.Sector = prev.Sector
	}
	if ev.Size == "" {
		ev.Size = prev.Size
	}
	if ev.Phase == "" {
		ev.Phase = prev.Phase
	}
	if ev.Text == "" {
		ev.Text = prev.Text
	}
}

// Resolve returns the questions among events (turns of any conversations, in any order), sorted by time. now
// decides which unanswered clarifies are abandoned. The events are copied, not changed.
func Resolve(events []wegwijzer.DemandEvent, ttl time.Duration, now time.Time) []wegwijzer.DemandEvent {
	if ttl <= 0 {
		ttl = DefaultConversationTTL
	}
	byConv := map[string][]wegwijzer.DemandEvent{}
	for _, ev := range events {
		byConv[ev.Conversation] = append(byConv[ev.Conversation], ev)
	}
	var out []wegwijzer.DemandEvent
	for _, evs := range byConv {
		slices.SortFunc(evs, byTime)
		kept := make([]bool, len(evs))
		open := -1 // the latest answered or no_match question: feedback and a hand-off are about it
		for i, ev := range evs {
			if i > 0 {
				inherit(&evs[i], evs[i-1])
			}
			switch ev.Outcome {
			case wegwijzer.OutcomeAnswered, wegwijzer.OutcomeNoMatch:
				kept[i] = true
				open = i
			case wegwijzer.OutcomeHandoff:
				if open >= 0 && ev.Time.Sub(evs[open].Time) <= ttl {
					evs[open].Outcome = wegwijzer.OutcomeHandoff // asking for a person is how that question ended
					evs[open].Handoff, evs[open].HandoffRef = ev.Handoff, ev.HandoffRef
				} else {
					kept[i] = true
				}
				open = -1
			case wegwijzer.OutcomeAbandoned:
				kept[i] = true
			case wegwijzer.OutcomeClarify:
				next := -1
				for j := i + 1; j < len(evs); j++ {
					if evs[j].Outcome != wegwijzer.OutcomeInfo {
						next = j
						break
					}
				}
				switch {
				case next >= 0 && evs[next].Time.Sub(ev.Time) <= ttl:
					// a step of the question
				case now.Sub(ev.Time) >= ttl:
					evs[i].Outcome = wegwijzer.OutcomeAbandoned
					kept[i] = true
				default:
					kept[i] = true // still open
				}
			default: // info
				if ev.Feedback != "" && open >= 0 {
					evs[open].Feedback = ev.Feedback
				}
			}
		}
		for i, ev := range evs {
			if kept[i] {
				out = append(out, ev)
			}
		}
	}
	slices.SortFunc(out, byTime)
	return out
}

func byTime(a, b wegwijzer.DemandEvent) int {
	if c := a.Time.Compare(b.Time); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// ReadOptions say how to read questions from the log. The zero value is the default.
type ReadOptions struct {
	ConversationTTL time.Duration // 0 = 24 h
	Now             time.Time     // zero = time.Now()
}

// Questions reads the questions asked in [from, to) from the log. It reads one TTL beyond to, so that a question
// near the end of the period gets its follow-up, its feedback or its abandonment.
func Questions(ctx context.Context, log wegwijzer.DemandLog, from, to time.Time, opts ReadOptions) ([]wegwijzer.DemandEvent, error) {
	if opts.ConversationTTL <= 0 {
		opts.ConversationTTL = DefaultConversationTTL
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	var scanTo time.Time
	if !to.IsZero() {
		scanTo = to.Add(opts.ConversationTTL)
	}
	var events []wegwijzer.DemandEvent
	err := log.Scan(ctx, from, scanTo, func(ev wegwijzer.DemandEvent) error {
		events = append(events, ev)
		return nil
	})
	if err != nil {
		return nil, err
	}
	qs := Resolve(events, opts.ConversationTTL, opts.Now)
	return slices.DeleteFunc(qs, func(q wegwijzer.DemandEvent) bool {
		return q.Time.Before(from) || (!to.IsZero() && !q.Time.Before(to))
	}), nil
}

// Reason says why a question got no good answer.
type Reason string

// Reasons, in the order a review shows them.
const (
	ReasonNoMatch   Reason = "no_match"
	ReasonNotHelped Reason = "not_helped"
	ReasonLowScore  Reason = "low_score"
	ReasonHandoff   Reason = "handoff"
	ReasonAbandoned Reason = "abandoned"
)

// NoGoodAnswer returns why a question got no good answer, or "" when it got one (or is still open). An answer is
// good when the person did not say it did not help and, when it showed offers, the best scored at least lowScore
// and the answer did not say it was unsure (a curated text answer shows none and counts as good).
func NoGoodAnswer(q wegwijzer.DemandEvent, lowScore float64) Reason {
	switch q.Outcome {
	case wegwijzer.OutcomeNoMatch:
		return ReasonNoMatch
	case wegwijzer.OutcomeHandoff:
		return ReasonHandoff
	case wegwijzer.OutcomeAbandoned:
		return ReasonAbandoned
	case wegwijzer.OutcomeAnswered:
		if q.Feedback == wegwijzer.FeedbackNotHelped {
			return ReasonNotHelped
		}
		if len(q.Offers) > 0 && (q.BestScore < lowScore || q.Unsure) {
			return ReasonLowScore
		}
	}
	return ""
}
