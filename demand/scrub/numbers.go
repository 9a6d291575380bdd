package scrub

import (
	"regexp"
	"strings"
)

// Passes for personal numbers: IBANs, VAT ids, phone numbers, BSNs and KVK numbers.

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
