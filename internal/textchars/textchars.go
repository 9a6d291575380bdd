// Package textchars is the one place that says which characters of a pasted text are invisible, which break a
// line and which leave nothing to read. The message cleaning of the dialogue (bot), the plain forms of the demand
// scrubber (demand/scrub) and the empty-question check of the command line (cmd/wegwijzer) all read it, so that
// a character one of them drops is never kept as a word by another.
//
// What each does with a control character or a carriage return differs on purpose and stays with the caller: the
// dialogue makes a carriage return a sentence end and a NUL or bell a space (it reads words and sentences); the
// scrubber makes a carriage return a space and keeps other control characters as they are (it reads numbers, and
// a line break inside one must not end it, see scrub.joinBrokenNumbers).
package textchars

import (
	"strings"
	"unicode"
)

// Invisible reports whether r is an invisible format character (Unicode category Cf): zero-width spaces and
// joiners, word joiners, soft hyphens, byte order marks and the marks that set the writing direction. Pasted from
// a web page or a word processor they sit inside words ("sub\u00adsidie", "zonne\u200bpanelen"); every reader
// drops them.
func Invisible(r rune) bool {
	return unicode.Is(unicode.Cf, r)
}

// LineSeparator reports whether r is the Unicode line or paragraph separator (U+2028, U+2029): every reader
// writes it as '\n'.
func LineSeparator(r rune) bool {
	return r == '\u2028' || r == '\u2029'
}

// Blank reports whether s holds nothing to read: spaces, line breaks, control characters and invisible characters
// only.
func Blank(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || Invisible(r)
	}) == ""
}
