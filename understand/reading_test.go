package understand

import (
	"strings"
	"testing"

	"github.com/wegwijzer/wegwijzer/demand/scrub"
)

// The readings of a text read once (Words) say what they said of the text itself.
func TestReadingsOfWords(t *testing.T) {
	tests := []struct {
		text                           string
		abroad, benefit, trouble, asks bool
	}{
		{"I moved here from the United States, where do I start?", true, false, false, false}, // a country of three words
		{"Wij importeren uit Duitsland.", true, false, false, false},                          // a country of one word, clause end kept
		{"Mijn Syrische kok, wil hier werken", true, false, false, false},                     // a nationality said of a person
		{"Een Indiaas restaurant openen", false, false, false, false},                         // a trade, no person
		{"Ik zit in de bijstand en wil starten", false, true, false, false},                   // a benefit word
		{"I lost my job", false, true, false, false},                                          // a benefit phrase
		{"We can’t pay our suppliers", false, false, true, true},                              // a phrase with ’, and "pay"
		{"Is there a tax break for electric vans?", false, false, false, true},                // a money cue of two words
		{"Where do I find a tax advisor?", false, false, false, false},                        // half a cue is none
		{"Hoe schrijf ik mijn bedrijf in", false, false, false, false},                        // nothing of it
		{"", false, false, false, false},
	}
	for _, tt := range tests {
		r := ReadWords(tt.text)
		if got := r.NamesAbroad(); got != tt.abroad {
			t.Errorf("NamesAbroad(%q) = %v, want %v", tt.text, got, tt.abroad)
		}
		if got := r.NamesBenefit(); got != tt.benefit {
			t.Errorf("NamesBenefit(%q) = %v, want %v", tt.text, got, tt.benefit)
		}
		if got := r.NamesMoneyTrouble(); got != tt.trouble {
			t.Errorf("NamesMoneyTrouble(%q) = %v, want %v", tt.text, got, tt.trouble)
		}
		if got := r.AsksMoney(); got != tt.asks {
			t.Errorf("AsksMoney(%q) = %v, want %v", tt.text, got, tt.asks)
		}
	}
}

// Plain gives the same whether Parse read it or not, and follows a Text changed after Parse.
func TestPlainRead(t *testing.T) {
	m := Parse("Mail me op jan@example.com, hoe bouw ik pensioen op?")
	if got, want := m.Plain(), plain(m.Text); got != want {
		t.Errorf("Plain() = %q, want %q", got, want)
	}
	m.Text = "hoe bouw ik pensioen op"
	if got, want := m.Plain(), plain(m.Text); got != want {
		t.Errorf("Plain() after a new Text = %q, want %q", got, want)
	}
}

// withoutContact and withoutPlaceholders skip a message without '[': every placeholder must start with one.
func TestPlaceholdersStartWithBracket(t *testing.T) {
	for _, p := range scrub.Placeholders() {
		if !strings.HasPrefix(p, "[") {
			t.Errorf("placeholder %q does not start with '['", p)
		}
	}
}
