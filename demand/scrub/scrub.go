// Package scrub removes personal data from an entrepreneur's message before the demand log stores or logs it:
// e-mail addresses, phone numbers, IBANs, BSNs, VAT and KVK numbers, postcodes and street addresses, URLs that
// carry a query or a profile, chat mentions, user ids and names after "mijn naam is" become typed placeholders
// such as [EMAIL]. When in doubt it removes too much: a lost word costs less than a leaked phone number.
package scrub

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The placeholders. They hold no digits and no '@', so a later pass never matches inside one.
const (
	Email    = "[EMAIL]"
	Phone    = "[TELEFOON]"
	IBAN     = "[IBAN]"
	BSN      = "[BSN]"
	KVK      = "[KVK]"
	VAT      = "[BTW]"
	Address  = "[ADRES]"
	Postcode = "[POSTCODE]"
	URL      = "[URL]"
	Mention  = "[MENTION]"
	UserID   = "[ID]"
	Name     = "[NAAM]"
)

// Placeholders returns every placeholder Text can produce.
func Placeholders() []string {
	return []string{Email, Phone, IBAN, BSN, KVK, VAT, Address, Postcode, URL, Mention, UserID, Name}
}

// Text returns s with personal data replaced by placeholders. It is safe for concurrent use and accepts any
// input, also invalid UTF-8.
func Text(s string) string {
	return untilStable(plainSpaces(s), func(s string) string { return names(runPasses(s)) })
}

// maxRounds bounds the rounds of untilStable; each round after the first only runs when the one before replaced
// something.
const maxRounds = 4

// untilStable scrubs s again while a round still replaces something. A placeholder can make what is next to it
// recognisable: in "@00@.0" the second "@" follows a digit and is no @name, but once "@00" is [MENTION] it follows
// "]" and is one. Scrubbing what was scrubbed must change nothing: the demand log scrubs again what it reads back.
func untilStable(s string, scrub func(string) string) string {
	out := scrub(s)
	for i := 1; i < maxRounds && out != s; i++ {
		s, out = out, scrub(out)
	}
	return out
}

// runPasses runs every pass whose pre-check says it may find something in s.
func runPasses(s string) string {
	digits := countDigits(s) // no pass adds a digit, so this bounds the digits every later pass sees
	for _, p := range passes {
		if p.may(s, digits) {
			s = p.run(s)
		}
	}
	return s
}

// passes run in this order, before the names (which Text and Scrubber.Text find each their own way): a pass must not see the pieces of something an earlier pass recognises as a whole
// (an e-mail inside a URL, the digit groups of an IBAN that look like a phone number).
var passes = []pass{
	{chatMentions, func(s string, _ int) bool { return strings.Contains(s, "<@") || strings.Contains(s, "<!") }},
	{urls, func(s string, _ int) bool { return strings.IndexByte(s, ':') >= 0 || hasWWW(s) }},
	{emails, func(s string, _ int) bool { return strings.IndexByte(s, '@') >= 0 || hasSpelledAt(s) }},
	{ibans, atLeastDigits(10)},      // 2 check digits and 8 or more in the account part
	{vatNumbers, atLeastDigits(11)}, // NL, 9 digits, B, 2 digits
	{phones, atLeastDigits(8)},      // isPhone wants 8 or more
	{bsns, atLeastDigits(8)},        // 8 after a cue, 9 without
	{kvkNumbers, atLeastDigits(8)},
	{postcodeAddresses, func(s string, digits int) bool { return digits >= 5 && hasPostcodeDigits(s) }},
	{streets, func(s string, digits int) bool { return digits >= 1 && hasStreetWord(s) }},
	{streetsEN, func(s string, digits int) bool { return digits >= 1 && hasNumberThenCapital(s) }},
	{postcodes, func(s string, digits int) bool { return digits >= 4 && hasPostcodeDigits(s) }},
	{atMentions, func(s string, _ int) bool { return strings.IndexByte(s, '@') >= 0 }},
	{userIDs, atLeastDigits(2)}, // a Slack id has two or more, a snowflake 17
}

// A pass replaces what it recognises. may is its pre-check: a cheap test that is true whenever the pass could
// change s (it may be true when the pass changes nothing), given the number of ASCII digits s holds at most. Most
// messages hold no digit, '@' or URL, and the pre-checks spare them the regular expressions.
type pass struct {
	run func(string) string
	may func(s string, digits int) bool
}

func atLeastDigits(n int) func(string, int) bool {
	return func(_ string, digits int) bool { return digits >= n }
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// hasWWW reports whether s holds "www." in any case (reURL without a scheme).
func hasWWW(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if s[i]|0x20 == 'w' && s[i+1]|0x20 == 'w' && s[i+2]|0x20 == 'w' && s[i+3] == '.' {
			return true
		}
	}
	return false
}

// hasSpelledAt reports whether s holds "at" in any case between brackets or white space: what
// reEmailObfuscated needs when s holds no '@'.
func hasSpelledAt(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i]|0x20 == 'a' && s[i+1]|0x20 == 't' && strings.IndexByte("[({ \t\n\v\f\r", s[i-1]) >= 0 &&
			strings.IndexByte("])} \t\n\v\f\r", s[i+2]) >= 0 {
			return true
		}
	}
	return false
}

// --- helpers ---------------------------------------------------------------------------------------------------

// replaceCandidates replaces, for every match of re, the prefix that accept measures (accept returns its length
// in bytes, 0 when the match holds nothing to replace). A candidate must not continue a number on its left. When a candidate holds nothing, the search goes on from its second character, so a real number that
// starts inside a false candidate is still found.
func replaceCandidates(s string, re *regexp.Regexp, accept func(m string) (int, string)) string {
	var b strings.Builder
	pos, last := 0, 0
	for pos < len(s) {
		loc := re.FindStringIndex(s[pos:])
		if loc == nil {
			break
		}
		start, end := pos+loc[0], pos+loc[1]
		if start > 0 && continuesNumber(s, start) {
			pos = start + 1
			continue
		}
		n, placeholder := accept(s[start:end])
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[start:])
			pos = start + size
			continue
		}
		b.WriteString(s[last:start])
		b.WriteString(placeholder)
		last = start + n
		pos = last
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// continuesNumber reports whether the character before s[i] is an ASCII digit, so that a match at i would start in the
// middle of a number. (A letter before is no reason to skip: "nr0612345678" still holds a phone number; nor is a
// digit before a '+', which starts a number of its own: "0+31 0612345678".)
func continuesNumber(s string, i int) bool {
	if s[i] == '+' {
		return false
	}
	// ASCII digits only, as \d in the patterns: a digit of another script ("٧0612345678") starts no number of theirs.
	return i > 0 && isDigit(s[i-1])
}

// replaceGroup replaces submatch group g of every match of re with the placeholder, keeping the rest of the match.
func replaceGroup(s string, re *regexp.Regexp, g int, placeholder string) string {
	ms := re.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		gs, ge := m[2*g], m[2*g+1]
		if gs < 0 {
			continue
		}
		b.WriteString(s[last:gs])
		b.WriteString(placeholder)
		last = ge
	}
	b.WriteString(s[last:])
	return b.String()
}

// replaceSubmatchFunc replaces whole matches for which f says so.
func replaceSubmatchFunc(s string, re *regexp.Regexp, f func(m []string) (string, bool)) string {
	ms := re.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		groups := make([]string, len(m)/2)
		for i := range groups {
			if m[2*i] >= 0 {
				groups[i] = s[m[2*i]:m[2*i+1]]
			}
		}
		rep, ok := f(groups)
		if !ok {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(rep)
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

func onlyDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isLetter(c byte) bool     { return c >= 'A' && c <= 'Z' }
func isASCIIAlnum(c byte) bool { return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') }
func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
