package bot

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wegwijzer/wegwijzer/internal/textchars"
	"github.com/wegwijzer/wegwijzer/understand"
)

// cleanInput makes a message's text readable for the dialogue, before anything else reads it. Bytes that are no
// UTF-8 and control characters (NUL, bell, escape ...) become spaces; a carriage return or a Unicode line or
// paragraph separator becomes a line break (a sentence end); invisible format characters are dropped: zero-width
// spaces and joiners, word joiners, soft hyphens, byte order marks and the marks that set the writing direction.
// Pasted from a web page or a word processor they sit inside words ("sub\u00adsidie", "zonne\u200bpanelen"), which
// the search then no longer knows, and a message of nothing else is empty. Which characters are invisible or
// separate lines is textchars' to say; the control characters and carriage returns are this reader's choice (see
// the textchars package).
func cleanInput(s string) string {
	if !strings.ContainsFunc(s, unreadable) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteByte(' ')
		case r == '\n', r == '\r', textchars.LineSeparator(r):
			if r == '\r' && i < len(s) && s[i] == '\n' {
				continue // \r\n is one line break
			}
			b.WriteByte('\n')
		case r == '\t', unicode.Is(unicode.Cc, r):
			b.WriteByte(' ')
		case textchars.Invisible(r):
			// invisible: dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unreadable reports whether cleanInput changes r.
func unreadable(r rune) bool {
	return r != '\n' && (r == utf8.RuneError || unicode.Is(unicode.Cc, r) || textchars.Invisible(r) || textchars.LineSeparator(r))
}

// shortenLong reduces a message longer than MaxTextRunes to the sentences the search reads of a long message
// anyway (understand.AskingSentences): someone who pastes a letter or an e-mail with their question in it gets an
// answer to the question, not a request to do the cutting themselves, and the rest is neither read nor kept. It
// reports false when nothing can be left out (no sentence asks anything) or what is left is still too long.
func shortenLong(text string) (short string, kept, of int, ok bool) {
	ss, of := understand.AskingSentences(text)
	if len(ss) == of {
		return "", 0, of, false
	}
	short = strings.Join(ss, "\n")
	if utf8.RuneCountInString(short) > MaxTextRunes {
		return "", 0, of, false
	}
	return short, len(ss), of, true
}

// number writes n with the thousands separator of the language: 5.123 in Dutch, 5,123 in English.
func number(l lang, n int) string {
	s := fmt.Sprint(n)
	sep := "."
	if l == en {
		sep = ","
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + sep + s[i:]
	}
	return s
}

// askedLanguageFirst splits a message that opens with a sentence asking for a language ("Can you speak English?",
// "Spreek je Engels?") and goes on: the language asked for and the rest. A message that only asks for a language
// has no rest: the intent answers it.
func askedLanguageFirst(text string) (understand.Lang, string) {
	i := strings.IndexAny(text, "?.!")
	if i < 0 {
		return "", ""
	}
	first, rest := text[:i+1], strings.TrimSpace(text[i+1:])
	if rest == "" || understand.Classify(first).Intent != understand.IntentLanguage {
		return "", ""
	}
	l, ok := understand.LanguageAsked(first)
	if !ok {
		return "", ""
	}
	return l, rest
}
