package bot

import (
	"strings"
	"testing"
)

// TestScrubbedTextsAreNotScrubbedAgain: a text that is the result of a scrub is stored as it is without a second
// scrub, and a text with personal data is always scrubbed.
func TestScrubbedTextsAreNotScrubbedAgain(t *testing.T) {
	calls := 0
	s := privateStore{p: Privacy{Scrub: func(x string) string { calls++; return strings.ReplaceAll(x, "jan@x.nl", "[EMAIL]") }}.withDefaults(), clean: newCleanTexts(4)}
	if got := s.scrub("mail jan@x.nl"); got != "mail [EMAIL]" || calls != 1 {
		t.Fatalf("scrub = %q after %d calls", got, calls)
	}
	if got := s.scrub("mail [EMAIL]"); got != "mail [EMAIL]" || calls != 1 {
		t.Errorf("a scrubbed text was scrubbed again: %q, %d calls", got, calls)
	}
	if got := s.scrub("mail jan@x.nl"); got != "mail [EMAIL]" || calls != 2 {
		t.Errorf("a text with personal data must be scrubbed every time: %q, %d calls", got, calls)
	}
	for i := range 10 { // the set stays bounded
		s.scrub(strings.Repeat("x", i))
	}
	if n := len(s.clean.set); n > 4 {
		t.Errorf("clean set holds %d texts, want at most 4", n)
	}
}
