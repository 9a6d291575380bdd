package demand_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/demand"
)

// ev is a compact event for tests: "conv person minutes-after-t0 outcome [feedback]".
func ev(spec string) wegwijzer.DemandEvent {
	f := strings.Fields(spec)
	var min int
	fmt.Sscan(f[2], &min)
	e := wegwijzer.DemandEvent{ID: spec, Conversation: f[0], Person: f[1], Time: t0.Add(time.Duration(min) * time.Minute),
		Outcome: wegwijzer.Outcome(f[3]), Community: "zwolle", Text: "vraag " + f[0]}
	if len(f) > 4 {
		e.Feedback = f[4]
	}
	return e
}

func summary(qs []wegwijzer.DemandEvent) string {
	var s []string
	for _, q := range qs {
		x := q.Conversation + ":" + string(q.Outcome)
		if q.Feedback != "" {
			x += "/" + q.Feedback
		}
		s = append(s, x)
	}
	return strings.Join(s, " ")
}

func TestResolve(t *testing.T) {
	ttl := 24 * time.Hour
	now := t0.Add(7 * 24 * time.Hour)
	tests := []struct {
		name   string
		events []string
		now    time.Time
		want   string
	}{
		{"an answer is a question", []string{"c1 p 0 answered"}, now, "c1:answered"},
		{"clarify steps before an answer are one question", []string{"c1 p 0 clarify", "c1 p 1 clarify", "c1 p 2 answered"}, now, "c1:answered"},
		{"a clarify without follow-up is abandoned after the TTL", []string{"c1 p 0 clarify"}, now, "c1:abandoned"},
		{"a recent clarify is still open", []string{"c1 p 0 clarify"}, t0.Add(time.Hour), "c1:clarify"},
		{"a follow-up after the TTL does not save the clarify", []string{"c1 p 0 clarify", "c1 p 1500 answered"}, now, "c1:abandoned c1:answered"},
		{"info after a clarify is no follow-up", []string{"c1 p 0 clarify", "c1 p 1 info"}, now, "c1:abandoned"},
		{"a hand-off after a clarify is the outcome", []string{"c1 p 0 clarify", "c1 p 1 handoff"}, now, "c1:handoff"},
		{"a hand-off after an answer is how that question ended", []string{"c1 p 0 answered", "c1 p 1 handoff"}, now, "c1:handoff"},
		{"a hand-off after no match too", []string{"c1 p 0 no_match", "c1 p 1 info", "c1 p 2 handoff"}, now, "c1:handoff"},
		{"a hand-off long after the answer is a question of its own", []string{"c1 p 0 answered", "c1 p 1500 handoff"}, now, "c1:answered c1:handoff"},
		{"a hand-off as the first turn is a question", []string{"c1 p 0 handoff"}, now, "c1:handoff"},
		{"feedback is written on the answer", []string{"c1 p 0 answered", "c1 p 1 info not_helped"}, now, "c1:answered/not_helped"},
		{"the last feedback counts", []string{"c1 p 0 answered", "c1 p 1 info not_helped", "c1 p 2 info helped"}, now, "c1:answered/helped"},
		{"feedback goes to the latest answer", []string{"c1 p 0 answered", "c1 p 5 no_match", "c1 p 6 info not_helped"}, now, "c1:answered c1:no_match/not_helped"},
		{"help and privacy are not questions", []string{"c1 p 0 info", "c1 p 1 info"}, now, ""},
		{"conversations do not mix", []string{"c1 p 0 clarify", "c2 p 1 answered"}, now, "c1:abandoned c2:answered"},
		{"order of the input does not matter", []string{"c1 p 2 answered", "c1 p 0 clarify", "c1 p 1 clarify"}, now, "c1:answered"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var evs []wegwijzer.DemandEvent
			for _, s := range tt.events {
				evs = append(evs, ev(s))
			}
			if got := summary(demand.Resolve(evs, ttl, tt.now)); got != tt.want {
				t.Errorf("Resolve = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestResolveInheritsWhatTheQuestionTold(t *testing.T) {
	clarify := ev("c1 p 0 clarify")
	clarify.Region, clarify.Themes, clarify.Sector, clarify.Phase = "regio-zwolle", []string{"verduurzaming"}, "bouw", wegwijzer.PhaseWillen
	handoff := ev("c1 p 1 handoff")
	handoff.Text = ""
	qs := demand.Resolve([]wegwijzer.DemandEvent{clarify, handoff}, time.Hour, t0.Add(time.Hour))
	if len(qs) != 1 {
		t.Fatalf("questions = %d, want 1", len(qs))
	}
	got := qs[0]
	if got.Region != "regio-zwolle" || len(got.Themes) != 1 || got.Sector != "bouw" || got.Phase != wegwijzer.PhaseWillen || got.Text != clarify.Text {
		t.Errorf("hand-off = %+v, want the region, theme, sector, phase and text of the question", got)
	}
}

func TestNoGoodAnswer(t *testing.T) {
	tests := []struct {
		name string
		q    wegwijzer.DemandEvent
		want demand.Reason
	}{
		{"good answer", wegwijzer.DemandEvent{Outcome: wegwijzer.OutcomeAnswered, Offers: []string{"eia"}, BestScore: 1}, ""},
		{"curated text answer without offers", wegwijzer.DemandEvent{Outcome: wegwijzer.OutcomeAnswered}, ""},
		{"helped", wegwijzer.DemandEvent{Outcome: wegwijzer.OutcomeAnswered, Offers: []string{"eia"}, BestScore: 1, Feedback: wegwijzer.FeedbackHelped}, ""},
		{"low score", wegwijzer.DemandEvent{Outcome: wegwijzer.OutcomeAnswered, Offers: []string{"x"}, BestScore: 0.05}, demand.ReasonLowScore},
		{"unsure answer", wegwijzer.DemandEvent{Outcome: wegwijzer.OutcomeAnswered, Offers: []string{"eia"}, BestScore: 1, Unsure: true}, demand.ReasonLowScore},
		{"not helped", wegwijzer.DemandEvent{Outcome: wegwijzer.OutcomeAnswered, Offers: []string{"eia"}, BestScore: 1, Feedback: wegwijzer.FeedbackNotHelped}, demand.ReasonNotHelped},
		{"no match", wegwijzer.DemandEvent{Outcome: wegwijzer.OutcomeNoMatch}, demand.ReasonNoMatch},
		{"hand-off", wegwijzer.DemandEvent{Outcome: wegwijzer.OutcomeHandoff}, demand.ReasonHandoff},
		{"abandoned", wegwijzer.DemandEvent{Outcome: wegwijzer.OutcomeAbandoned}, demand.ReasonAbandoned},
		{"still open", wegwijzer.DemandEvent{Outcome: wegwijzer.OutcomeClarify}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := demand.NoGoodAnswer(tt.q, demand.DefaultLowScore); got != tt.want {
				t.Errorf("NoGoodAnswer = %q, want %q", got, tt.want)
			}
		})
	}
}
