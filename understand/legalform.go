package understand

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/wegwijzer/wegwijzer"
)

// The legal form a message names: a fact about the asker, which decides whether a fiscal scheme for one class
// (zelfstandigenaftrek for the income tax, the innovation box for the corporate tax) fits.

// legalFormIB and legalFormLegalPerson name a legal form in so many words. "bv" and "nv" alone are not among them:
// "bv." also abbreviates "bijvoorbeeld", so they count only after a word that makes them a company ("mijn bv"),
// with at most a known adjective between ("our dutch bv", "onze kleine bv").
var (
	legalFormIB          = regexp.MustCompile(`(?:^|\P{L})(?:eenmanszaak|eenmanszaken|vof|v\.o\.f|maatschap|commanditaire vennootschap|sole proprietorship|sole proprietor|sole trader|general partnership)(?:\P{L}|$)`)
	legalFormLegalPerson = regexp.MustCompile(`(?:^|\P{L})(?:besloten vennootschap|naamloze vennootschap|b\.v\.|n\.v\.|limited company|private limited|ltd|dga|(?:mijn|m'n|onze|een|de|die|eigen|als|holding|my|our|a)(?: (?:dutch|nederlandse|kleine|small|eigen|own|nieuwe|new|familie|family))? (?:bv|nv)|(?:bv|nv)'s? (?:heb|hebben|heeft|ben|is))(?:\P{L}|$)`)
)

// legalFormNegated is a legal form the asker says they do not have ("niet een bv", "geen vof", "not a BV").
var legalFormNegated = regexp.MustCompile(`(?:^|\P{L})(?:not|no|geen|niet)\s+(?:a\s+|an\s+|een\s+)?(?:bv|b\.v\.|nv|n\.v\.|vof|v\.o\.f\.?|eenmanszaak|maatschap|sole proprietorship|partnership)(?:\P{L}|$)`)

var legalFormNegationWords = []string{"not ", "no ", "geen ", "niet "}

// legalFormIBWords and legalFormLegalPersonWords are parts of every text the expressions above match: a message
// without any of them is not run through the (slow, Unicode-class) expressions.
var (
	legalFormIBWords          = []string{"eenmansza", "vof", "v.o.f", "maatschap", "commanditaire", "sole", "partnership"}
	legalFormLegalPersonWords = []string{"vennootschap", "b.v.", "n.v.", "limited", "ltd", "dga", "bv", "nv"}
)

// LegalFormsNamed reports whether a lower-case text names a legal form of each class in so many words.
func LegalFormsNamed(lower string) (ib, legalPerson bool) {
	return containsAny(lower, legalFormIBWords) && legalFormIB.MatchString(lower),
		containsAny(lower, legalFormLegalPersonWords) && legalFormLegalPerson.MatchString(lower)
}

// LegalFormExpressions returns the expressions that find the words naming a legal form (of each class), for
// leaving them out of a text.
func LegalFormExpressions() []*regexp.Regexp {
	return []*regexp.Regexp{legalFormIB, legalFormLegalPerson}
}

func containsAny(s string, parts []string) bool {
	return slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(s, p) })
}

// LegalForm recognises the legal-form class a message names: "ik heb een eenmanszaak" (ib), "mijn bv" or "een
// besloten vennootschap" (rechtspersoon). It returns "" when the message names none, or both. The dialogue keeps it
// as a fact about the asker; the search ranks offers for the other class low.
func LegalForm(text string) string {
	text = strings.Join(strings.Fields(strings.ToLower(text)), " ")
	if !containsAny(text, legalFormIBWords) && !containsAny(text, legalFormLegalPersonWords) {
		// Nothing below can name a form: taking out what is rejected or to become leaves a space where it was,
		// and no word of either list has one.
		return ""
	}
	if containsAny(text, legalFormNegationWords) {
		// "we're a vof, not a bv": the form rejected is not the asker's.
		text = legalFormNegated.ReplaceAllString(text, " ")
	}
	if BecomesLegalForm(text) {
		// "ik moet een bv worden": the form to become is not the asker's.
		text = legalFormBecome.ReplaceAllString(text, " ")
	}
	ib := containsAny(text, legalFormIBWords) && legalFormIB.MatchString(text)
	lp := containsAny(text, legalFormLegalPersonWords) && legalFormLegalPerson.MatchString(text)
	switch {
	case ib && !lp:
		return wegwijzer.LegalFormIB
	case lp && !ib:
		return wegwijzer.LegalFormRechtspersoon
	}
	return ""
}

// ChoosesLegalForm reports whether the text names a legal form of both kinds, or one to become: it asks which to
// choose, it does not say which one the asker has. A bare "bv" is no legal form on its own (the expression wants "een bv", "mijn
// bv"), but beside an eenmanszaak it is the other choice.
func ChoosesLegalForm(text string) bool {
	if BecomesLegalForm(text) {
		return true
	}
	lower := strings.ToLower(text)
	if !containsAny(lower, legalFormIBWords) || !legalFormIB.MatchString(lower) {
		return false
	}
	return legalFormLegalPerson.MatchString(lower) || slices.ContainsFunc(strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool { return w == "bv" || w == "nv" })
}

// legalFormBecome is a legal form the asker would become, not has: "een bv worden", "ik moet een bv oprichten",
// "become a BV", "incorporate as a bv". Such a message asks about choosing a legal form; the form named says
// nothing about who asks.
var legalFormBecome = regexp.MustCompile(`(?:^|\P{L})(?:(?:een|a|an) (?:bv|nv|b\.v\.|n\.v\.|besloten vennootschap|eenmanszaak|vof|v\.o\.f\.?|holding|limited company)(?: \p{L}+){0,2}? (?:worden|wordt|word|oprichten|opzetten|beginnen|starten)|(?:become|becoming|incorporate|incorporating|start|starting|set up|setting up|form|forming|switch to|convert to|turn into)(?: as)? (?:a|an) (?:bv|nv|b\.v\.|n\.v\.|holding|limited company|sole proprietorship|partnership))(?:\P{L}|$)`)

// legalFormBecomeWords are parts of every text legalFormBecome matches.
var legalFormBecomeWords = []string{"word", "oprichten", "opzetten", "beginnen", "starten", "becom", "incorporat", "start", "set", "form", "switch", "convert", "turn"}

// BecomesLegalForm reports whether the text names a legal form the asker would become ("mijn accountant zegt dat
// ik een bv moet worden"): a question about choosing a legal form.
func BecomesLegalForm(text string) bool {
	lower := strings.Join(strings.Fields(strings.ToLower(text)), " ")
	return containsAny(lower, legalFormBecomeWords) && legalFormBecome.MatchString(lower)
}
