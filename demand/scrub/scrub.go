// Package scrub removes personal data from an entrepreneur's message before the demand log stores or logs it:
// e-mail addresses, phone numbers, IBANs, BSNs, VAT and KVK numbers, postcodes and street addresses, URLs that
// carry a query or a profile, chat mentions, user ids and names after "mijn naam is" become typed placeholders
// such as [EMAIL]. When in doubt it removes too much: a lost word costs less than a leaked phone number.
package scrub

import (
	"regexp"
	"strings"
	"unicode"
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
	return names(runPasses(s))
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

// --- chat mentions ---------------------------------------------------------------------------------------------

// Slack <@U123ABC>, <@U123|jan>, Discord <@123456>, <@!123456>, <@&role>, and Slack's <!subteam^S123|@team>.
var reChatMention = regexp.MustCompile(`<@[!&]?[A-Za-z0-9]+(?:\|[^>]*)?>|<!subteam\^[A-Za-z0-9]+(?:\|[^>]*)?>`)

func chatMentions(s string) string { return reChatMention.ReplaceAllLiteralString(s, Mention) }

// --- URLs ------------------------------------------------------------------------------------------------------

var (
	reURL    = regexp.MustCompile(`(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>"'|\x60]+`)
	reMailto = regexp.MustCompile(`(?i)\bmailto:[^\s<>|"]+`)
	reTel    = regexp.MustCompile(`(?i)\btel:[^\s<>|"]+`)
)

// profileHosts are sites where the path of a URL names a person.
var profileHosts = []string{"linkedin.com/in", "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com/",
	"wa.me", "t.me", "tiktok.com", "calendly.com", "github.com", "youtube.com/@", "threads.net"}

func urls(s string) string {
	s = reMailto.ReplaceAllLiteralString(s, Email)
	s = reTel.ReplaceAllLiteralString(s, Phone)
	return reURL.ReplaceAllStringFunc(s, func(u string) string {
		trimmed := strings.TrimRight(u, ".,;:!?)]}")
		rest := u[len(trimmed):]
		lower := strings.ToLower(trimmed)
		private := strings.ContainsAny(trimmed, "?#@=&") || strings.Contains(lower, "token") || strings.Contains(lower, "session")
		for _, h := range profileHosts {
			if strings.Contains(lower, h) {
				private = true
			}
		}
		if !private {
			return u
		}
		return URL + rest
	})
}

// --- e-mail ----------------------------------------------------------------------------------------------------

var (
	reEmail = regexp.MustCompile(`[\p{L}\p{N}._%+\-'!#$&*=^{}~/]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+`)
	// "jan [at] bedrijf.nl", "jan(at)bedrijf punt nl": written so that scrapers do not see it.
	reEmailObfuscated = regexp.MustCompile(`(?i)[\p{L}\p{N}._%+\-]+\s*(?:\[at\]|\(at\)|\{at\}|\sat\s|\s@\s)\s*[\p{L}\p{N}\-]+(?:\s*(?:\.|\[dot\]|\(dot\)|\[punt\]|\(punt\)|\sdot\s|\spunt\s)\s*[\p{L}\p{N}\-]+)*\s*(?:\.|\[dot\]|\(dot\)|\[punt\]|\(punt\)|\sdot\s|\spunt\s)\s*(?:nl|be|com|org|net|eu|de|info|io|biz|frl|amsterdam)\b`)
	// A left-over '@' with a domain: "jan@bedrijf" without a top-level domain.
	reEmailBare = regexp.MustCompile(`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]{2,}`)
)

func emails(s string) string {
	s = reEmail.ReplaceAllLiteralString(s, Email)
	s = reEmailObfuscated.ReplaceAllLiteralString(s, Email)
	return reEmailBare.ReplaceAllLiteralString(s, Email)
}

// --- IBAN ------------------------------------------------------------------------------------------------------

// An IBAN candidate: two letters, two digits, then 10 to 30 letters or digits in groups. The match is greedy and
// may take the next word along; ibanLength finds where the IBAN ends.
var reIBAN = regexp.MustCompile(`(?i)\b[a-z]{2}[ ]?\d{2}(?:[ .\-]?[a-z0-9]){10,32}`)

func ibans(s string) string {
	return replaceCandidates(s, reIBAN, func(m string) (int, string) {
		return ibanLength(m), IBAN
	})
}

// ibanLength returns the length in bytes of the longest prefix of m that is an IBAN: a valid mod-97 checksum,
// or, for a mistyped one, the shape of one (at least 10 digits after the country and check digits).
func ibanLength(m string) int {
	type pos struct {
		c   byte
		end int
	}
	var alnum []pos
	for i := 0; i < len(m); i++ {
		c := m[i]
		if isASCIIAlnum(c) {
			alnum = append(alnum, pos{upper(c), i + 1})
		}
	}
	code := func(n int) string {
		b := make([]byte, n)
		for i := range n {
			b[i] = alnum[i].c
		}
		return string(b)
	}
	if len(alnum) < 15 || !ibanCountries[code(2)] {
		return 0
	}
	for n := min(len(alnum), 34); n >= 15; n-- {
		if c := code(n); ibanValid(c) && bankPart(c) {
			return alnum[n-1].end
		}
	}
	// No valid checksum: a mistyped IBAN still identifies an account. Take the longest prefix that starts with
	// country and check digits written together, ends in a digit, and holds at least 10 digits and at most 6
	// letters (a bank code) after them: "in 2024 hebben we ..." is a sentence, "NL19ABNA041716430" a typo.
	if len(alnum) < 4 || alnum[3].end != 4 {
		return 0
	}
	for n := min(len(alnum), 34); n >= 14; n-- {
		c := code(n)
		if !isDigit(c[n-1]) {
			continue
		}
		digits, letters := 0, 0
		for i := 4; i < n; i++ {
			if isDigit(c[i]) {
				digits++
			} else {
				letters++
			}
		}
		if digits >= 10 && letters <= 6 {
			return alnum[n-1].end
		}
	}
	return 0
}

// bankPart says whether what follows the country and check digits looks like the bank and account part of an
// IBAN: mostly digits. Without it, one in 97 ordinary sentences that start with two letters and a number would
// pass the checksum.
func bankPart(code string) bool {
	digits, letters := 0, 0
	for i := 4; i < len(code); i++ {
		if isDigit(code[i]) {
			digits++
		} else {
			letters++
		}
	}
	return digits >= 8 && letters <= 8
}

// ibanCountries are the countries that use IBANs.
var ibanCountries = set("AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI GL GR GT HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK YE")

// ibanValid checks an IBAN (upper case, no spaces) with the ISO 13616 mod-97 rule.
func ibanValid(code string) bool {
	if len(code) < 15 || len(code) > 34 || !isLetter(code[0]) || !isLetter(code[1]) || !isDigit(code[2]) || !isDigit(code[3]) {
		return false
	}
	r := code[4:] + code[:4]
	rem := 0
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch {
		case isDigit(c):
			rem = (rem*10 + int(c-'0')) % 97
		case isLetter(c):
			v := int(c-'A') + 10
			rem = (rem*100 + v) % 97
		default:
			return false
		}
	}
	return rem == 1
}

// --- VAT (btw-id) ----------------------------------------------------------------------------------------------

// Dutch VAT ids (NL123456789B01); the old ones of a sole trader held the BSN.
var reVAT = regexp.MustCompile(`(?i)\bNL[ .]?\d{3}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?B[ .]?\d{2}\b`)

func vatNumbers(s string) string { return reVAT.ReplaceAllLiteralString(s, VAT) }

// --- phone numbers ---------------------------------------------------------------------------------------------

// A phone candidate starts with '+' or '0' (optionally in parentheses) and runs over digits and separators to the
// end of the run. When the run holds enough digits for a phone number, all of it goes: a run of digits around a
// phone number ("0000 010-1234567 0") is more likely to hide part of one than to be harmless.
var (
	rePhone = regexp.MustCompile(`\(?(?:\+|0)[\d \-.()/]{6,}\d`)
	// 31612345678: a Dutch number in international form without the '+'.
	rePhoneNoPlus = regexp.MustCompile(`\b31[ ]?[1-9](?:[ \-]?\d){8}\b`)
)

func phones(s string) string {
	s = replaceCandidates(s, rePhone, func(m string) (int, string) {
		if isPhone(m) {
			return len(m), Phone
		}
		return 0, ""
	})
	return rePhoneNoPlus.ReplaceAllLiteralString(s, Phone)
}

// isPhone says whether a candidate run has the digits of a phone number: 8 or more after '+' (international
// numbers have 8 to 15), 10 or more after '0' or '00' (Dutch numbers have 10, international ones after 00 more),
// 8 or more for the service numbers 0800, 0900, 0906 and 0909.
func isPhone(m string) bool {
	start := strings.IndexAny(m, "+0")
	d := onlyDigits(m[start:])
	switch {
	case m[start] == '+':
		return len(d) >= 8
	case strings.HasPrefix(d, "0800"), strings.HasPrefix(d, "0900"), strings.HasPrefix(d, "0906"), strings.HasPrefix(d, "0909"):
		return len(d) >= 8
	default:
		return len(d) >= 10
	}
}

// --- BSN -------------------------------------------------------------------------------------------------------

var (
	// Nine digits, optionally grouped: 123456782, 1234.56.782, 123 456 782.
	reNineDigits = regexp.MustCompile(`\b\d(?:[ .\-]?\d){8}\b`)
	// After a cue, also eight digits (a BSN with its leading zero dropped) and numbers that fail the 11-test.
	reBSNCue = regexp.MustCompile(`(?i)\b(?:bsn|burgerservicenummer|burger\s?service\s?nummer|sofinummer|sofi-nummer|sofi\s+nummer|citizen\s+service\s+number)(?:\s*(?:nummer|nr\.?|number|is|:|=|-))*\s*(\d(?:[ .\-]?\d){7,8})\b`)
)

func bsns(s string) string {
	s = replaceGroup(s, reBSNCue, 1, BSN)
	return reNineDigits.ReplaceAllStringFunc(s, func(m string) string {
		if elevenTest(onlyDigits(m)) {
			return BSN
		}
		return m
	})
}

// elevenTest is the BSN check: 9×d1 + 8×d2 + ... + 2×d8 − 1×d9 is divisible by 11 (and not all zeros).
func elevenTest(d string) bool {
	if len(d) != 9 || d == "000000000" {
		return false
	}
	sum := 0
	for i := range 8 {
		sum += (9 - i) * int(d[i]-'0')
	}
	sum -= int(d[8] - '0')
	return sum%11 == 0
}

// --- KVK -------------------------------------------------------------------------------------------------------

var (
	// Eight digits after a cue ("KvK-nummer: 12345678", "ingeschreven bij de Kamer van Koophandel onder 1234 5678").
	reKVKAfter = regexp.MustCompile(`(?i)\b(?:kvk|k\.v\.k\.?|kamer\s+van\s+koophandel|handelsregister|coc|chamber\s+of\s+commerce)[^\d\n]{0,40}?(\d{4}[ .]?\d{4})\b`)
	// Eight digits before one ("12345678 (KvK)").
	reKVKBefore = regexp.MustCompile(`(?i)\b(\d{4}[ .]?\d{4})\b[^\d\n]{0,15}(?:kvk|k\.v\.k|kamer\s+van\s+koophandel|handelsregister)`)
)

func kvkNumbers(s string) string {
	s = replaceGroup(s, reKVKAfter, 1, KVK)
	return replaceGroup(s, reKVKBefore, 1, KVK)
}

// --- addresses -------------------------------------------------------------------------------------------------

var (
	// Postcode followed by a house number: 1234 AB 12, 1234AB, 12a.
	rePostcodeNumber = regexp.MustCompile(`\b([1-9]\d{3})[ ]?([A-Za-z]{2})\s*,?\s*(\d{1,5}(?:[ ]?[A-Za-z]\b|-\d{1,4}\b)?)\b`)
	// A street name with a number: Hoofdstraat 12, Van Goghlaan 4-6, Kerkweg 3a.
	reStreet = regexp.MustCompile(`(?i)\b[\p{L}'.\-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|markt|baan|plantsoen|wal|boulevard|allee|hof|pad|erf|straatweg|steenweg|kanaal|haven)\s+(?:nr\.?\s*|nummer\s+)?\d{1,5}(?:[ ]?[a-z]\b|-\d{1,4}\b|\s?bis\b|\s?hs\b)?`)
	// English: 221 Baker Street.
	reStreetEN = regexp.MustCompile(`\b\d{1,5}[a-zA-Z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Way|Close|Court)(?:\b|$)`)
	// A postcode alone.
	rePostcode = regexp.MustCompile(`\b([1-9]\d{3})[ ]?([A-Za-z]{2})\b`)
)

// postcodeNotLetters are two-letter words that follow a number in ordinary text ("in 2024 en 2025", "1500 kg").
// SA, SD and SS are not used in Dutch postcodes at all.
var postcodeNotLetters = set("en of in op is te de om al na zo nu ik je we ze er ja at to on an as be by do go he if it me my no or so up us km kg kw mw gw kb mb gb tb pk cm mm ml dl hl ha uur pp ct eu nl vs ca sa sd ss")

func postcodeLetters(l string) bool {
	if strings.ToUpper(l) == l {
		return l != "SA" && l != "SD" && l != "SS"
	}
	return !postcodeNotLetters[strings.ToLower(l)]
}

func postcodeAddresses(s string) string {
	return replaceSubmatchFunc(s, rePostcodeNumber, func(m []string) (string, bool) {
		return Address, postcodeLetters(m[2])
	})
}

func streets(s string) string {
	return reStreet.ReplaceAllStringFunc(s, func(m string) string {
		street := strings.Fields(m)[0]
		if utf8.RuneCountInString(street) < 5 {
			return m // "weg 2" in "ik ben weg 2 weken"
		}
		return Address
	})
}

func streetsEN(s string) string { return reStreetEN.ReplaceAllLiteralString(s, Address) }

// streetWords are the endings reStreet looks for, before white space.
var streetWords = []string{"straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef", "steeg",
	"markt", "baan", "plantsoen", "wal", "boulevard", "allee", "hof", "pad", "erf", "kanaal", "haven"}

// hasStreetWord reports whether a street word in any case ends right before white space: what reStreet needs.
// Near a non-ASCII byte it says yes, as case folding may have matched there ('ſ' for 's', the Kelvin sign for 'k').
func hasStreetWord(s string) bool {
	for i := 1; i < len(s); i++ {
		if !isSpace(s[i]) {
			continue
		}
		for j := max(0, i-3*len("plantsoen")); j < i; j++ {
			if s[j] >= utf8.RuneSelf {
				return true
			}
		}
		for _, w := range streetWords {
			if i >= len(w) && equalFoldASCII(s[i-len(w):i], w) {
				return true
			}
		}
	}
	return false
}

// hasNumberThenCapital reports whether a digit is followed, after at most one ASCII letter and white space, by an
// upper-case ASCII letter: what reStreetEN needs ("221 Baker Street").
func hasNumberThenCapital(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i + 1
		if j < len(s) && isASCIIAlnum(s[j]) && !isDigit(s[j]) {
			j++
		}
		if j >= len(s) || !isSpace(s[j]) {
			continue
		}
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j < len(s) && isLetter(s[j]) {
			return true
		}
	}
	return false
}

// hasPostcodeDigits reports whether s holds four digits in a row, the first not a zero: what rePostcode and
// rePostcodeNumber need.
func hasPostcodeDigits(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if s[i] >= '1' && s[i] <= '9' && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

// isSpace is \s of a regular expression.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// equalFoldASCII reports whether s equals the lower-case ASCII word w in any case.
func equalFoldASCII(s, w string) bool {
	for i := 0; i < len(w); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

func postcodes(s string) string {
	return replaceSubmatchFunc(s, rePostcode, func(m []string) (string, bool) {
		return Postcode, postcodeLetters(m[2])
	})
}

// --- @mentions, user ids, names --------------------------------------------------------------------------------

var (
	reAtMention = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_.@\-])(@[\p{L}\p{N}_.\-]{2,})`)
	// Slack user ids (U or W and 8 to 11 upper-case letters and digits, with at least two digits) and Discord
	// snowflakes (17 to 20 digits).
	reSlackID     = regexp.MustCompile(`\b[UW][A-Z0-9]{8,11}\b`)
	reSnowflake   = regexp.MustCompile(`\b\d{17,20}\b`)
	reUpperDigits = regexp.MustCompile(`\d`)
)

func atMentions(s string) string { return replaceGroup(s, reAtMention, 1, Mention) }

func userIDs(s string) string {
	s = reSlackID.ReplaceAllStringFunc(s, func(m string) string {
		if len(reUpperDigits.FindAllStringIndex(m, -1)) < 2 {
			return m // an upper-case word, not an id
		}
		return UserID
	})
	return reSnowflake.ReplaceAllLiteralString(s, UserID)
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

// continuesNumber reports whether the character before s[i] is a digit, so that a match at i would start in the
// middle of a number. (A letter before is no reason to skip: "nr0612345678" still holds a phone number.)
func continuesNumber(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsDigit(r)
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
