package scrub

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// e-mail
		{"plain e-mail", "mail me op jan.jansen@bakkerij-jansen.nl graag", "mail me op [EMAIL] graag"},
		{"e-mail at the end of a sentence", "Mijn adres is info@voorbeeld.com.", "Mijn adres is [EMAIL]."},
		{"e-mail with plus and subdomain", "stuur naar a.b+wegwijzer@mail.bedrijf.co.uk aub", "stuur naar [EMAIL] aub"},
		{"e-mail in angle brackets", "<jan@x.nl>", "<[EMAIL]>"},
		{"slack mailto link", "<mailto:jan@x.nl|jan@x.nl>", "<[EMAIL]|[EMAIL]>"},
		{"obfuscated e-mail with [at]", "jan [at] bedrijf punt nl", "[EMAIL]"},
		{"obfuscated e-mail with (at)", "mail jan(at)bedrijf.nl", "mail [EMAIL]"},
		{"e-mail without top-level domain", "jan@bedrijf zegt", "[EMAIL] zegt"},
		{"accented e-mail", "josé.müller@café.de", "[EMAIL]"},
		// phone numbers
		{"mobile with dash", "bel me op 06-12345678", "bel me op [TELEFOON]"},
		{"mobile without separator", "0612345678 is mijn nummer", "[TELEFOON] is mijn nummer"},
		{"mobile in groups", "06 12 34 56 78", "[TELEFOON]"},
		{"landline with area code", "kantoor: 010-1234567", "kantoor: [TELEFOON]"},
		{"landline with spaces", "020 123 4567 (receptie)", "[TELEFOON] (receptie)"},
		{"international +31 with (0)", "+31 (0)6-12345678", "[TELEFOON]"},
		{"international +31", "app naar +31612345678!", "app naar [TELEFOON]!"},
		{"0031 prefix", "0031 6 1234 5678", "[TELEFOON]"},
		{"31 without plus", "nummer 31612345678", "nummer [TELEFOON]"},
		{"belgian number", "mijn Belgische nummer +32 2 123 45 67", "mijn Belgische nummer [TELEFOON]"},
		{"uk number", "call +44 20 7946 0958 please", "call [TELEFOON] please"},
		{"german number", "Tel. +49 30 12345678", "Tel. [TELEFOON]"},
		{"service number", "bel 0800-1234", "bel [TELEFOON]"},
		{"slack tel link", "<tel:+31612345678|06 1234 5678>", "<[TELEFOON]|[TELEFOON]>"},
		{"phone glued to a word", "nr0612345678", "nr[TELEFOON]"},
		{"digits running on from a phone number go with it", "bel 06-12345678 2 keer", "bel [TELEFOON] keer"},
		{"a date is not a phone number", "de deadline is 01-03-2025", "de deadline is 01-03-2025"},
		{"an amount is not a phone number", "we investeren 10 000 euro", "we investeren 10 000 euro"},
		// IBAN
		{"iban compact", "maak over naar NL91ABNA0417164300 svp", "maak over naar [IBAN] svp"},
		{"iban in groups", "NL91 ABNA 0417 1643 00", "[IBAN]"},
		{"iban lower case", "rekening nl91abna0417164300", "rekening [IBAN]"},
		{"belgian iban", "BE68 5390 0754 7034 is mijn rekening", "[IBAN] is mijn rekening"},
		{"german iban", "DE89370400440532013000", "[IBAN]"},
		{"mistyped iban", "NL91ABNA0417164301", "[IBAN]"},
		{"a year is not an iban", "in 2024 hebben we 12 mensen aangenomen", "in 2024 hebben we 12 mensen aangenomen"},
		// BSN
		{"bsn passing the 11-test", "mijn nummer is 111222333", "mijn nummer is [BSN]"},
		{"bsn with dots", "1234.56.782", "[BSN]"},
		{"bsn after a cue, failing the 11-test", "BSN: 123456789", "BSN: [BSN]"},
		{"eight-digit bsn after a cue", "burgerservicenummer 12345672", "burgerservicenummer [BSN]"},
		{"nine digits failing the 11-test without cue", "order 123456789", "order 123456789"},
		// KVK and VAT
		{"kvk number after cue", "KvK-nummer: 12345678", "KvK-nummer: [KVK]"},
		{"kvk number later in sentence", "ingeschreven bij de Kamer van Koophandel onder 1234 5678", "ingeschreven bij de Kamer van Koophandel onder [KVK]"},
		{"kvk number before cue", "12345678 (KvK)", "[KVK] (KvK)"},
		{"eight digits without cue stay", "we hebben 12345678 liter water", "we hebben 12345678 liter water"},
		{"vat id", "btw NL123456789B01", "btw [BTW]"},
		// addresses
		{"postcode and house number", "wij zitten op 1234 AB 12", "wij zitten op [ADRES]"},
		{"postcode compact with number", "8011AB, 3a", "[ADRES]"},
		{"street and number", "Hoofdstraat 12, 1234 AB Zwolle", "[ADRES], [POSTCODE] Zwolle"},
		{"street with letter", "ons pand aan de Kerkweg 3a", "ons pand aan de [ADRES]"},
		{"street with two words", "Van Goghlaan 45-47", "Van [ADRES]"},
		{"english street", "office at 221 Baker Street London", "office at [ADRES] London"},
		{"postcode alone", "postcode 7411 KT", "postcode [POSTCODE]"},
		{"postcode lower case", "in 7411kt", "in [POSTCODE]"},
		{"a year and 'en' is no postcode", "in 2024 en 2025 willen we groeien", "in 2024 en 2025 willen we groeien"},
		{"a weight is no postcode", "1500 kg per week", "1500 kg per week"},
		{"'weg' with a number is not a street", "ik ben weg 2 weken", "ik ben weg 2 weken"},
		{"a nationality is no name", "I'm American and want to start a company here", "I'm American and want to start a company here"},
		{"a Dutch nationality is no name", "Ik ben Turks en wil een zaak beginnen", "Ik ben Turks en wil een zaak beginnen"},
		{"every nationality understand knows is no name", "I'm Korean and my partner is Keniaans", "I'm Korean and my partner is Keniaans"},
		// URLs
		{"url with query", "zie https://example.nl/form?id=42&naam=jan voor info", "zie [URL] voor info"},
		{"url with fragment", "https://x.nl/a#b.", "[URL]."},
		{"url without query is kept", "lees https://www.rvo.nl/subsidies-financiering/eia", "lees https://www.rvo.nl/subsidies-financiering/eia"},
		{"profile url", "mijn profiel: https://www.linkedin.com/in/jan-jansen-123", "mijn profiel: [URL]"},
		{"www url with token", "www.bedrijf.nl/reset?token=abc", "[URL]"},
		{"slack link with label", "<https://x.nl/?u=1|klik>", "<[URL]|klik>"},
		// mentions and ids
		{"slack mention", "vraag <@U024BE7LH> eens", "vraag [MENTION] eens"},
		{"slack mention with name", "<@U024BE7LH|jan> weet het", "[MENTION] weet het"},
		{"discord mention", "<@123456789012345678> help", "[MENTION] help"},
		{"discord nickname mention", "<@!123456789012345678>", "[MENTION]"},
		{"discord role mention", "<@&987654321098765432>", "[MENTION]"},
		{"plain at-mention", "@jan.jansen wat vind jij", "[MENTION] wat vind jij"},
		{"at-mention mid sentence", "zoals @Piet_K zei", "zoals [MENTION] zei"},
		{"bare slack user id", "user U024BE7LH vroeg", "user [ID] vroeg"},
		{"upper-case word is not a user id", "UITVOERING van de WBSO", "UITVOERING van de WBSO"},
		{"bare discord id", "id 123456789012345678", "id [ID]"},
		// names
		{"name after cue", "Hallo, mijn naam is Jan de Vries en ik heb een bakkerij", "Hallo, mijn naam is [NAAM] en ik heb een bakkerij"},
		{"name in greeting", "Met vriendelijke groet, Piet Jansen", "Met vriendelijke groet, [NAAM]"},
		// combinations and non-personal text
		{"several kinds at once", "Ik ben bereikbaar op 06-12345678 of jan@x.nl, KvK 12345678, IBAN NL91ABNA0417164300",
			"Ik ben bereikbaar op [TELEFOON] of [EMAIL], KvK [KVK], IBAN [IBAN]"},
		{"ordinary question is unchanged", "Ik wil mijn bedrijf verduurzamen met zonnepanelen", "Ik wil mijn bedrijf verduurzamen met zonnepanelen"},
		{"offer names are unchanged", "Kan ik EIA en MIA/Vamil combineren voor 2 bestelbussen?", "Kan ik EIA en MIA/Vamil combineren voor 2 bestelbussen?"},
		{"empty", "", ""},
		{"international number right after a digit", "0+310000000000", "0[TELEFOON]"}, // found by FuzzTextIdempotent
		{"international mobile right after a digit", "1+31612345678", "1[TELEFOON]"},
		// Pasted from a web page, a signature or a word processor: the numbers hold other spaces and dashes.
		{"mobile with a non-breaking space", "bel 06\u00a012345678", "bel [TELEFOON]"},
		{"mobile in pairs with non-breaking spaces", "bel 06\u00a012\u00a034\u00a056\u00a078", "bel [TELEFOON]"},
		{"international mobile with narrow non-breaking spaces", "+31\u202f6\u202f12345678", "[TELEFOON]"},
		{"mobile with a tab", "06\t12345678", "[TELEFOON]"},
		{"mobile with a vertical tab", "06\v00000000", "[TELEFOON]"},    // found by FuzzParse
		{"mobile with a carriage return", "06\r00000000", "[TELEFOON]"}, // found by FuzzParse
		{"mobile broken over two lines", "bel me op 06\n12345678\nGroet", "bel me op [TELEFOON]\nGroet"},
		{"mobile broken over an empty line", "06\n\n12345678", "[TELEFOON]"},               // found by FuzzParse
		{"mobile after a digit of another script", "\u06670612345678", "\u0667[TELEFOON]"}, // found by FuzzParse
		{"mobile with a zero-width space", "06\u200b12345678", "[TELEFOON]"},
		{"mobile with an en dash", "06\u201312345678", "[TELEFOON]"},
		{"full-width mobile", "\uff10\uff16\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18", "[TELEFOON]"},
		{"e-mail with a full-width at sign", "jan\uff20bedrijf.nl", "[EMAIL]"},
		{"iban with non-breaking spaces", "NL91\u00a0ABNA\u00a00417\u00a01643\u00a000", "[IBAN]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Text(tt.in)
			if got != tt.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTextIsIdempotent(t *testing.T) {
	for _, in := range []string{
		"bel 06-12345678 of mail jan@x.nl",
		"NL91ABNA0417164300 en 111222333 en 1234 AB 12",
		"<@U024BE7LH> https://x.nl/?a=b",
		"@00@.0", // found by FuzzTextIdempotent: the second @name shows only after the first is replaced
		"@00@.0@.0@.0@.0",
	} {
		once := Text(in)
		if twice := Text(once); twice != once {
			t.Errorf("Text(Text(%q)) = %q, want %q", in, twice, once)
		}
	}
}

// piiKinds generate personal data in the forms people type it.
var piiKinds = []struct {
	name string
	gen  func(r *rand.Rand) string
}{
	{"email", genEmail},
	{"mobile", genMobile},
	{"landline", genLandline},
	{"international phone", genInternational},
	{"iban", genIBAN},
	{"bsn", genBSN},
	{"postcode and number", genPostcodeNumber},
	{"slack mention", func(r *rand.Rand) string { return "<@U" + randFrom(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10) + ">" }},
	{"discord mention", func(r *rand.Rand) string { return "<@" + digits(r, 18) + ">" }},
	{"url with query", func(r *rand.Rand) string {
		return "https://" + randFrom(r, "abcdefghijklmnopqrstuvwxyz", 6) + ".nl/p?user=" + randFrom(r, "abcdefghijklmnopqrstuvwxyz0123456789", 8)
	}},
	{"kvk", func(r *rand.Rand) string { return "KvK " + digits(r, 8) }},
}

func FuzzScrub(f *testing.F) {
	f.Add("Ik wil subsidie voor", "graag snel antwoord", uint8(0), uint64(1))
	f.Add("bel", "", uint8(1), uint64(2))
	f.Add("", "1234", uint8(4), uint64(3))
	f.Add("+", "-5", uint8(2), uint64(4))
	f.Add("NL", "AB", uint8(5), uint64(5))
	f.Add("\xff\xfe", "é@", uint8(3), uint64(6))
	f.Add("0 1", "9 9", uint8(1), uint64(7))
	f.Fuzz(func(t *testing.T, prefix, suffix string, kind uint8, seed uint64) {
		r := rand.New(rand.NewPCG(seed, uint64(kind)))
		k := piiKinds[int(kind)%len(piiKinds)]
		pii := k.gen(r)
		in := prefix + " " + pii + " " + suffix
		out := Text(in) // must not panic, whatever the input
		if strings.Count(in, pii) != 1 {
			return // the random text repeats it: no longer one recognisable value
		}
		if strings.Contains(out, pii) {
			t.Fatalf("%s %q survived scrubbing:\n in %q\nout %q", k.name, pii, in, out)
		}
		// No run of six or more of its digits survives either (unless the random text has it too).
		if run := longestDigitRun(pii); len(run) >= 6 && !strings.Contains(prefix+suffix, run[:6]) {
			for i := 0; i+6 <= len(run); i++ {
				if strings.Contains(out, run[i:i+6]) && !strings.Contains(prefix+" "+suffix, run[i:i+6]) {
					t.Fatalf("%s %q: digits %q survived scrubbing:\n in %q\nout %q", k.name, pii, run[i:i+6], in, out)
				}
			}
		}
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("valid input gave invalid UTF-8: %q", out)
		}
	})
}

// TestGeneratedPII runs the fuzz body's generators over many seeds with ordinary surrounding text, so that the
// property is checked on every test run, not only under go test -fuzz.
func TestGeneratedPII(t *testing.T) {
	texts := []string{"", "Ik wil subsidie voor mijn bakkerij, bel", "contact:", "(", "mijn gegevens", "Hoi!"}
	for _, k := range piiKinds {
		t.Run(k.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(42, 7))
			for i := range 500 {
				pii := k.gen(r)
				in := texts[i%len(texts)] + " " + pii + " " + texts[(i/len(texts))%len(texts)]
				if out := Text(in); strings.Contains(out, pii) {
					t.Fatalf("%q survived:\n in %q\nout %q", pii, in, out)
				}
			}
		})
	}
}

func longestDigitRun(s string) string {
	best, cur := "", ""
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			cur += s[i : i+1]
			if len(cur) > len(best) {
				best = cur
			}
		} else if s[i] != ' ' && s[i] != '-' && s[i] != '.' {
			cur = ""
		}
	}
	return best
}

func digits(r *rand.Rand, n int) string { return randFrom(r, "0123456789", n) }

func randFrom(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

func genEmail(r *rand.Rand) string {
	local := randFrom(r, "abcdefghijklmnopqrstuvwxyz", 1+r.IntN(8))
	if r.IntN(2) == 0 {
		local += "." + randFrom(r, "abcdefghijklmnopqrstuvwxyz0123456789", 1+r.IntN(6))
	}
	tlds := []string{"nl", "com", "be", "org", "frl"}
	return local + "@" + randFrom(r, "abcdefghijklmnopqrstuvwxyz", 2+r.IntN(10)) + "." + tlds[r.IntN(len(tlds))]
}

func genMobile(r *rand.Rand) string {
	d := digits(r, 8)
	switch r.IntN(6) {
	case 0:
		return "06-" + d
	case 1:
		return "06" + d
	case 2:
		return "06 " + d[:4] + " " + d[4:]
	case 3:
		return "+31 6 " + d
	case 4:
		return "+31(0)6-" + d
	default:
		return "0031 6 " + d[:2] + " " + d[2:5] + " " + d[5:]
	}
}

func genLandline(r *rand.Rand) string {
	areas := []string{"010", "020", "030", "038", "0570", "046", "076", "078", "0314"}
	a := areas[r.IntN(len(areas))]
	rest := digits(r, 10-len(a))
	if r.IntN(2) == 0 {
		return a + "-" + rest
	}
	return a + " " + rest
}

func genInternational(r *rand.Rand) string {
	cc := []string{"32", "44", "49", "33", "1"}[r.IntN(5)]
	n := 9 + r.IntN(3)
	d := digits(r, n)
	return fmt.Sprintf("+%s %s %s", cc, d[:3], d[3:])
}

// genIBAN makes a Dutch IBAN with a valid checksum, compact or in groups of four.
func genIBAN(r *rand.Rand) string {
	bank := []string{"ABNA", "INGB", "RABO", "TRIO", "BUNQ", "SNSB", "ASNB"}[r.IntN(7)]
	acct := digits(r, 10)
	check := 98 - mod97("NL00"+bank+acct)
	iban := fmt.Sprintf("NL%02d%s%s", check, bank, acct)
	if r.IntN(2) == 0 {
		var groups []string
		for i := 0; i < len(iban); i += 4 {
			groups = append(groups, iban[i:min(i+4, len(iban))])
		}
		return strings.Join(groups, " ")
	}
	return iban
}

func mod97(code string) int {
	r := code[4:] + code[:4]
	rem := 0
	for i := 0; i < len(r); i++ {
		c := r[i]
		if isDigit(c) {
			rem = (rem*10 + int(c-'0')) % 97
		} else {
			rem = (rem*100 + int(c-'A') + 10) % 97
		}
	}
	return rem
}

// genBSN makes a nine-digit number that passes the 11-test.
func genBSN(r *rand.Rand) string {
	for {
		d := digits(r, 8)
		sum := 0
		for i := range 8 {
			sum += (9 - i) * int(d[i]-'0')
		}
		last := sum % 11
		if last < 10 && d[0] != '0' {
			return d + string(rune('0'+last))
		}
	}
}

func genPostcodeNumber(r *rand.Rand) string {
	letters := "ABCEGHJKLMNPRTVWXZ"
	pc := fmt.Sprintf("%d%s", 1000+r.IntN(9000), randFrom(r, letters, 2))
	if r.IntN(2) == 0 {
		pc = pc[:4] + " " + pc[4:]
	}
	return fmt.Sprintf("%s %d", pc, 1+r.IntN(300))
}
