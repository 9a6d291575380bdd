package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/content"
)

// cardReply is the ask --json contract with the offer cards of issue 11.
type cardReply struct {
	Kind     string `json:"kind"`
	Text     string `json:"text"`
	Language string `json:"language"`
	NextStep string `json:"next_step"`
	Offers   []struct {
		ID         string `json:"id"`
		Title      string `json:"title"`
		Pitch      string `json:"pitch"`
		Fit        string `json:"fit"`
		StatusText string `json:"status_text"`
	} `json:"offers"`
	Options []struct{ Label, Value string } `json:"options"`
}

// TestAskTranscripts drives the dialogue through `ask --json`, one conversation per item of issue 11, each turn
// a new process continuing from the store.
func TestAskTranscripts(t *testing.T) {
	type turn struct {
		say, kind, lang, text string
		notOffer              string
	}
	tests := []struct {
		name  string
		turns []turn
	}{
		{"cards and the next step of the first offer", []turn{{say: "subsidie voor een elektrische bestelbus", kind: "answer", lang: "nl", notOffer: "seba"}}},
		{"a named closed scheme", []turn{{say: "Is de SEBA nog open?", kind: "answer", lang: "nl", text: "gesloten sinds", notOffer: "seba"}}},
		{"follow-ups", []turn{
			{say: "Ik wil een leerling aannemen", kind: "answer", lang: "nl"},
			{say: "Hoe vraag ik dat aan?", kind: "answer", lang: "nl", text: "Zo vraag je het aan"},
			{say: "Dank je wel!", kind: "info", lang: "nl", text: "Graag gedaan"},
		}},
		{"intents in English", []turn{
			{say: "I want to hire an apprentice", kind: "answer", lang: "en", text: "For your question"},
			{say: "how much can I get?", kind: "answer", lang: "en", text: "What you get"},
			{say: "Can I talk to a person?", kind: "handoff", lang: "en", text: "How would you like to be reached"},
		}},
		{"who to contact in English", []turn{
			{say: "which tax deductions on my profit can I use", kind: "answer", lang: "en", text: "For your question"},
			{say: "who should I contact?", kind: "answer", lang: "en", text: "Contact"},
		}},
		{"several problems", []turn{
			{say: "Mijn omzet daalt, ik heb een belastingschuld en mijn pand moet verduurzaamd worden", kind: "clarify", lang: "nl", text: "Waar wil je mee beginnen"},
			{say: "problem:0", kind: "answer", lang: "nl", text: "Je noemde ook"},
		}},
		{"hand-off asks how to reach", []turn{
			{say: "subsidie voor zonnepanelen op mijn bedrijfspand", kind: "answer", lang: "nl"},
			{say: "Ik wil met een adviseur praten", kind: "handoff", lang: "nl", text: "Dit geef ik door"},
			{say: "hier", kind: "info", lang: "nl", text: "antwoordt in dit gesprek"},
		}},
		{"correction and negation", []turn{
			{say: "subsidie voor zonnepanelen op mijn bedrijfspand in Deventer", kind: "answer", lang: "nl"},
			{say: "nee, eigenlijk zit ik in Zwolle", kind: "answer", lang: "nl"},
			{say: "ik wil investeren in zonnepanelen maar geen lening", lang: "nl", notOffer: "bmkb-groen"}, // answer or a question about the asker
		}},
		{"negative feedback and privacy", []turn{
			{say: "subsidie voor zonnepanelen op mijn bedrijfspand", kind: "answer", lang: "nl"},
			{say: "dit helpt niet", kind: "info", lang: "nl", text: "Wat mis je"},
			{say: "wat doe je met mijn gegevens", kind: "info", lang: "nl", text: "Wat ik bewaar"},
		}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := t.TempDir()
			conv := fmt.Sprintf("tr%d", i)
			for j, tu := range tt.turns {
				r := runBinary(t, data, "ask", "--json", "--conversation", conv, tu.say)
				if r.code != 0 {
					t.Fatalf("turn %d: exit %d: %s", j+1, r.code, r.stderr)
				}
				var got cardReply
				if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
					t.Fatalf("turn %d: not the ask JSON contract: %v\n%s", j+1, err, r.stdout)
				}
				if (tu.kind != "" && got.Kind != tu.kind) || got.Language != tu.lang || !strings.Contains(got.Text, tu.text) {
					t.Errorf("turn %d %q: kind %s, language %s, text %q; want %s, %s, %q", j+1, tu.say, got.Kind, got.Language, got.Text, tu.kind, tu.lang, tu.text)
				}
				if dutch := dutchIn(got.NextStep); got.Language == "en" && len(dutch) > 0 {
					t.Errorf("turn %d: English next step %q has Dutch %q", j+1, got.NextStep, dutch)
				}
				for _, o := range got.Offers {
					if o.Pitch == "" || o.Fit == "" || o.StatusText == "" {
						t.Errorf("turn %d: offer %s lacks pitch, fit or status_text: %+v", j+1, o.ID, o)
					}
					if o.ID == tu.notOffer {
						t.Errorf("turn %d: %s is offered", j+1, o.ID)
					}
				}
				for _, o := range got.Options {
					if got.Kind == "answer" && j > 0 && strings.HasPrefix(o.Value, "theme:") {
						t.Errorf("turn %d: the theme menu after an answer", j+1)
					}
				}
			}
		})
	}
}

// notDutchNames is what may stay Dutch in an English next step: addresses, and names in brackets.
var notDutchNames = regexp.MustCompile(`https?://\S+|\([^()]*\)`)

// dutchIn returns the Dutch words of English text s ("of" is English here).
func dutchIn(s string) []string {
	return slices.DeleteFunc(content.DutchWords(notDutchNames.ReplaceAllString(s, "")), func(w string) bool { return w == "of" })
}
