package scrub

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer/internal/textchars"
)

// plainSpaces writes what looks like a space, a dash or an ASCII sign as one, before any pass reads the text:
// non-breaking and other Unicode spaces, tabs, form feeds, carriage returns and a line break between two digits
// become ' ', the Unicode dashes and the minus sign '-',
// full-width letters, digits and signs their ASCII form, and invisible format characters (zero-width spaces and
// joiners, soft hyphens, direction marks) are dropped. A phone number, IBAN or postcode pasted from a web page, an
// e-mail signature or a word processor often holds them ("06\u00a012345678"), and every pass is written for the
// plain forms: without this, such numbers were kept whole. Which characters are invisible or separate lines is
// textchars' to say; unlike the dialogue's cleanInput, a carriage return is a space here (not a line break) and
// other control characters stay, see the textchars package.
func plainSpaces(s string) string {
	return joinBrokenNumbers(plainChars(s))
}

// plainChars is plainSpaces without the line breaks between digits.
func plainChars(s string) string {
	if !strings.ContainsFunc(s, notPlain) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			// Not UTF-8: written as U+FFFD, so that the bytes around a dropped character never join into one.
			b.WriteRune(utf8.RuneError)
			i++
			continue
		}
		i += size
		switch {
		case r == '\t' || r == '\v' || r == '\f' || r == '\r' || r != ' ' && unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case textchars.LineSeparator(r):
			b.WriteByte('\n')
		case r >= '\u2010' && r <= '\u2015' || r == '\u2212' || r == '\ufe58' || r == '\ufe63':
			b.WriteByte('-')
		case r >= '\uff01' && r <= '\uff5e':
			b.WriteRune(r - 0xfee0) // full-width ASCII
		case textchars.Invisible(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// notPlain reports whether plainSpaces changes r.
func notPlain(r rune) bool {
	if r < 0x80 {
		return r == '\t' || r == '\v' || r == '\f' || r == '\r'
	}
	if textchars.LineSeparator(r) {
		return true
	}
	return unicode.Is(unicode.Zs, r) || r >= '\u2010' && r <= '\u2015' || r == '\u2212' || r == '\ufe58' || r == '\ufe63' ||
		r >= '\uff01' && r <= '\uff5e' || textchars.Invisible(r)
}

// joinBrokenNumbers writes the line breaks between two digits (with spaces and other line breaks only between
// them) as spaces: a number broken over lines is one number ("06\n12345678", "06\n\n12345678"), and the sentences
// of a message are read together later. Other line breaks stay: they end sentences.
func joinBrokenNumbers(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] != ' ' && b[i] != '\n' {
			continue
		}
		end, breaks := i, false // the run of spaces and line breaks at i
		for end < len(b) && (b[end] == ' ' || b[end] == '\n') {
			breaks = breaks || b[end] == '\n'
			end++
		}
		if breaks && i > 0 && end < len(b) && isDigit(b[i-1]) && isDigit(b[end]) {
			for j := i; j < end; j++ {
				b[j] = ' '
			}
		}
		i = end
	}
	return string(b)
}
