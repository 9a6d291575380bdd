package understand

import (
	"slices"
	"strings"
	"testing"
)

// Tests of how Classify reads beside the intent table: its shortcut over the cues, the second intent, presence and
// a situation after a question.

// TestCandidateCuesHoldEveryCueThatMatches checks the shortcut Classify takes against trying every cue: on the
// test messages and on each cue's own words as a message, every cue that matches is among the candidates.
func TestCandidateCuesHoldEveryCueThatMatches(t *testing.T) {
	var texts []string
	for _, tc := range intentCases {
		texts = append(texts, tc.text)
	}
	for _, ic := range intentTable {
		for _, c := range ic.cues {
			var ws []string
			for _, w := range c.words {
				if prefix, ok := strings.CutSuffix(w, "~"); ok {
					w = prefix + "en" // a prefix matches a longer word
				}
				if w != "*" {
					ws = append(ws, w)
				}
			}
			texts = append(texts, strings.Join(ws, " "), "nou "+strings.Join(ws, " ")+" dan")
		}
	}
	for _, text := range texts {
		ws := words(text)
		cands := candidateCues(ws)
		for i, ic := range intentTable {
			for j, c := range ic.cues {
				if _, ok := match(ws, c); ok && !slices.Contains(cands, cueRef{i, j}) {
					t.Errorf("%q matches cue %q of %s, which is no candidate", text, strings.Join(c.words, " "), ic.intent)
				}
			}
		}
	}
}

// TestClassifyAlso: a message that asks two follow-ups names the second in Also.
func TestClassifyAlso(t *testing.T) {
	for _, tt := range []struct {
		text string
		want Intent
		also []Intent
	}{
		{"hoeveel krijg ik en hoe vraag ik het aan?", IntentAmount, []Intent{IntentApply}},
		{"how much is it and until when can I apply?", IntentAmount, []Intent{IntentDeadline}},
		{"hoe vraag ik het aan", IntentApply, nil},
		{"tot wanneer kan ik dat aanvragen?", IntentDeadline, nil},
		{"wat zijn de voorwaarden en wie moet ik bellen", IntentConditions, []Intent{IntentContact}},
	} {
		r := Classify(tt.text)
		if r.Intent != tt.want || !slices.Equal(r.Also, tt.also) {
			t.Errorf("Classify(%q) = %q also %v, want %q also %v", tt.text, r.Intent, r.Also, tt.want, tt.also)
		}
	}
}

func TestAsksPresence(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"is daar iemand?", true},
		{"Hallo, is daar iemand?", true},
		{"hello, is anyone there?", true},
		{"anybody there", true},
		{"ben jij een bot?", false},
		{"praat ik met een mens of een computer?", false},
		{"are you a real person?", false},
		{"is er iemand die mij kan helpen met de btw", false},
	} {
		if got := AsksPresence(tt.text); got != tt.want {
			t.Errorf("AsksPresence(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A sentence about the asker after an eligibility question is the condition (Situation); the question's own words
// stay what is asked about (Rest), to the last one before the question mark.
func TestClassifySituationAfterQuestion(t *testing.T) {
	for _, tt := range []struct {
		text            string
		rest, situation []string
	}{
		{"kom ik in aanmerking voor de wbso? ik heb een softwarebedrijf", []string{"wbso"}, []string{"softwarebedrijf"}},
		{"am I eligible for the wbso? my company builds software", []string{"wbso"}, []string{"company", "builds", "software"}},
		// A curly apostrophe in the sentence about the asker splits no word of it in two.
		{"am I eligible for the wbso? we’re building software", []string{"wbso"}, []string{"building", "software"}},
		// Nothing after the question mark, or a sentence that does not tell about the asker: no condition.
		{"kom ik in aanmerking voor de wbso?", []string{"wbso"}, nil},
		{"kom ik in aanmerking voor de wbso? graag snel antwoord", []string{"wbso", "snel", "antwoord"}, nil},
	} {
		r := Classify(tt.text)
		if r.Intent != IntentConditions || !slices.Equal(r.Rest, tt.rest) || !slices.Equal(r.Situation, tt.situation) {
			t.Errorf("Classify(%q) = %s, rest %q, situation %q; want conditions, rest %q, situation %q", tt.text, r.Intent, r.Rest, r.Situation, tt.rest, tt.situation)
		}
	}
}
