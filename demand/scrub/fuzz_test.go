package scrub

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// survivors find what must never come out of Text: an e-mail address (something@something.tld) or a Dutch phone
// number written as one run (06 and eight digits, or +31 and nine).
var survivors = []*regexp.Regexp{
	regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`),
	regexp.MustCompile(`(^|[^0-9])06[- ]?[0-9]{8}($|[^0-9])`),
	regexp.MustCompile(`\+31[- ]?\(?0?\)?[- ]?[0-9]{9}($|[^0-9])`),
}

// FuzzTextIdempotent scrubs any text: no panic, valid UTF-8 stays valid, a second scrub changes nothing (what the
// demand log stores is scrubbed again on export and must read the same), and no e-mail address or phone number
// survives.
func FuzzTextIdempotent(f *testing.F) {
	for _, in := range withPII {
		f.Add(in)
	}
	for _, in := range []string{
		"", "mail jan@bedrijf.nl of bel 0612345678", "jan@@x.nl", "a@b.c@d.nl", "06-1234-5678",
		"+31 6 12345678", "\x00jan@x.nl\x00", "jan\u200b@x.nl", "06\u200b12345678", "[EMAIL]@x.nl",
		"mijn naam is [NAAM]", "\u202ejan@x.nl\u202c", "ｊａｎ＠ｘ．ｎｌ", "06 12 34 56 78",
	} {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		once := Text(in)
		if twice := Text(once); twice != once {
			t.Fatalf("not idempotent:\n  in %q\nonce %q\ntwice %q", in, once, twice)
		}
		if utf8.ValidString(in) && !utf8.ValidString(once) {
			t.Fatalf("valid input gave invalid UTF-8: %q -> %q", in, once)
		}
		for _, re := range survivors {
			if m := re.FindString(once); m != "" && !strings.Contains(m, "[") {
				t.Fatalf("%q survived scrubbing:\n in %q\nout %q", m, in, once)
			}
		}
	})
}
