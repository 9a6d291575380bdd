package scrub

import (
	"strings"
	"testing"
	"time"
)

// Messages reach 4,000 bytes (bot.MaxTextRunes characters); scrubbing one must stay far below a turn's time budget, also for
// text made to trip the patterns that look back and forth.
func TestTextIsFastOnHostileInput(t *testing.T) {
	tests := []struct{ name, in string }{
		{"zeros and spaces", strings.Repeat("0 ", 2000)},
		{"one long number", strings.Repeat("0", 4000)},
		{"iban-like groups", strings.Repeat("ab12 ", 800)},
		{"country codes", strings.Repeat("NL12", 1000)},
		{"at signs", strings.Repeat("a@b ", 1000)},
		{"postcodes", strings.Repeat("1234 AB ", 500)},
		{"phone openers", strings.Repeat("+0(", 1300)},
		{"obfuscated at", strings.Repeat("x [at] y ", 400)},
		{"kvk cues", strings.Repeat("kvk ", 1000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			Text(tt.in)
			if d := time.Since(start); d > time.Second {
				t.Errorf("took %v, want well under a second", d)
			}
		})
	}
}
