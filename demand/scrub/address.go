package scrub

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Passes for where someone lives or works: postcodes and street addresses.

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
