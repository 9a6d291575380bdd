package bot_test

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer"
	"github.com/wegwijzer/wegwijzer/bot"
)

// TestGreetingAgain: "dag" once the conversation began is goodbye, not hello; a second hello gets a short sign of
// life, not the whole welcome again.
func TestGreetingAgain(t *testing.T) {
	for _, tt := range []struct {
		name  string
		steps []step
	}{
		{"dag after an answer", []step{
			{say: "welke regels gelden er voor een terras bij mijn café?", kind: wegwijzer.ReplyAnswer},
			{say: "Dag!", kind: wegwijzer.ReplyInfo, text: "Tot ziens"}}},
		{"dag opening is hello", []step{{say: "dag", kind: wegwijzer.ReplyInfo, text: "Ik ben Wegwijzer"}}},
		{"hoi twice", []step{
			{say: "hoi", kind: wegwijzer.ReplyInfo, text: "Ik ben Wegwijzer"},
			{say: "hoi??", kind: wegwijzer.ReplyInfo, text: "Ik ben er"}}},
		{"hello twice", []step{
			{say: "hello", kind: wegwijzer.ReplyInfo, text: "I am Wegwijzer"},
			{say: "hello??", kind: wegwijzer.ReplyInfo, text: "I am here"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, mustBolt(t), bot.Options{})
			replies := run(t, e, "greet-"+strings.ReplaceAll(tt.name, " ", "-"), tt.steps)
			if last := replies[len(replies)-1]; len(tt.steps) > 1 && strings.Contains(last.Text, "Wegwijzer") {
				t.Errorf("%q: %q, want no welcome again", tt.steps[len(tt.steps)-1].say, last.Text)
			}
		})
	}
}
