package understand

import "testing"

// TestModalParticlesDoNotHideAnIntent: a word that only colours the sentence ("eigenlijk", "nou", "actually") does
// not keep a question about the bot, or a request, from being what it is.
func TestModalParticlesDoNotHideAnIntent(t *testing.T) {
	tests := []struct {
		text string
		want Intent
	}{
		{"ben je eigenlijk een bot?", IntentAbout},
		{"ben jij nou een mens?", IntentAbout},
		{"are you actually a bot?", IntentAbout},
		{"am I really talking to a human?", IntentAbout},
		{"ben je echt een robot", IntentAbout},
		{"wat bedoel je nou", IntentExplain},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := Classify(tt.text).Intent; got != tt.want {
				t.Errorf("Classify(%q).Intent = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
