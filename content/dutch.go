package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dutchWords are words that mark a next_step.who as Dutch text rather than a name: connecting words, and the few
// Dutch nouns for who to contact that an English reader cannot guess ("gemeente", unlike "provincie").
// "of" is Dutch in a Dutch field; callers that read English text leave it out.
var dutchWords = map[string]bool{
	"of": true, "en": true, "je": true, "jouw": true, "jij": true, "de": true, "het": true, "een": true,
	"van": true, "bij": true, "voor": true, "waar": true, "naar": true, "zoals": true, "namens": true,
	"gemeente": true, "werkgevers": true, "werkgever": true, "werknemer": true, "boekhouder": true,
	"verzekeraar": true, "gerechtsdeurwaarder": true,
}

// DutchWords returns the words of s, lower case and in order, that mark it as Dutch text (see dutchWords).
func DutchWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if dutchWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// providerWords are the Dutch words, besides dutchWords, that describe a provider's part rather than name it:
// "RVO (melding)", "toezicht door de ILT", "uitgevoerd door SNN", "gemeenten in de Achterhoek".
var providerWords = map[string]bool{
	"door": true, "met": true, "tot": true, "op": true, "onder": true, "meer": true, "samen": true, "elke": true,
	"melding": true, "aftrek": true, "aangifte": true, "toezicht": true, "uitvoering": true, "uitgevoerd": true,
	"uitkering": true, "uitbetaling": true, "uitleg": true, "informatie": true, "wet": true, "regel": true,
	"regels": true, "wettelijke": true, "verplichting": true, "ministerie": true, "ministeries": true,
	"gemeenten": true, "provincies": true, "overheid": true, "overheden": true, "onderdeel": true,
	"eigendom": true, "opgericht": true, "gestart": true, "beheer": true, "betaald": true, "onbekend": true,
	"verlof": true, "loon": true, "aanvraag": true, "vergunning": true, "toekenning": true, "rekening": true,
	"controle": true, "beleid": true, "subsidie": true, "verzekeraars": true, "keuze": true, "keuzes": true,
	"regionale": true, "lokale": true, "vrijwillige": true, "kanton": true, "tolheffer": true,
	"toldienstaanbieders": true, "boordapparatuur": true, "ambassadeurs": true,
}

// nameWords may stand inside an organisation's name: "Ministerie van SZW", "Benelux-Bureau voor de Intellectuele
// Eigendom", "Ministerie van Sociale Zaken en Werkgelegenheid", "Nederlandse Voedsel- en Warenautoriteit".
var nameWords = map[string]bool{"van": true, "voor": true, "de": true, "en": true}

// ProviderDutchWords returns the words of a provider, lower case and in order, that are Dutch text around the
// organisations' names: "en", "melding", "aftrek", "in", "de", "aangifte" in "RVO (melding) en Belastingdienst
// (aftrek in de aangifte)". Names stay out, Dutch words in them too: a capitalised word that starts a name
// ("Gemeente Rotterdam", "Het Groene Brein"), "van", "voor" and "de" between capitalised words ("Ministerie van
// SZW"), and "en" inside a name: after "van" ("Ministerie van Infrastructuur en Waterstaat"), after a hyphen
// ("Voedsel- en Warenautoriteit") or after three capitalised words. "en" between two names ("IND en RVO") is
// Dutch text.
func ProviderDutchWords(s string) []string {
	var out []string
	for _, run := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(",;:()", r) }) {
		words := strings.Fields(run)
		// capital: the word is (part of) a name: it starts with a capital or is a ministry ("ministerie van IenW")
		capital := func(i int) bool {
			if i < 0 || i >= len(words) {
				return false
			}
			r, _ := utf8.DecodeRuneInString(words[i])
			lw := strings.ToLower(words[i])
			return unicode.IsUpper(r) || lw == "ministerie" || lw == "ministeries"
		}
		// bridged: the first word from i in direction d that is not a name word ("van", "voor de") is capitalised
		bridged := func(i, d int) bool {
			j := i + d
			for j >= 0 && j < len(words) && nameWords[strings.ToLower(words[j])] && strings.ToLower(words[j]) != "en" {
				j += d
			}
			return capital(j)
		}
		for i, w := range words {
			lw := strings.ToLower(strings.Trim(w, "-.&/'"))
			if !dutchWords[lw] && !providerWords[lw] {
				continue
			}
			inName := false
			switch {
			case lw == "en":
				prev := ""
				if i > 0 {
					prev = words[i-1]
				}
				if capital(i+1) && (strings.HasSuffix(prev, "-") || capital(i-1)) {
					caps, van := 0, false
					for j := i - 1; j >= 0 && (capital(j) || nameWords[strings.ToLower(words[j])]); j-- {
						if capital(j) {
							caps++
						}
						van = van || strings.ToLower(words[j]) == "van"
					}
					inName = strings.HasSuffix(prev, "-") || van || caps >= 3
				}
			case nameWords[lw]:
				// "van SZW", "voor de Intellectuele": name words between parts of a name, or "De" starting one
				inName = (bridged(i, -1) || capital(i)) && bridged(i, 1)
			case capital(i):
				// a capitalised word in a name of more words: "Gemeente Rotterdam", "Intellectuele Eigendom"
				inName = bridged(i, 1) || bridged(i, -1)
			}
			if !inName {
				out = append(out, lw)
			}
		}
	}
	return out
}
