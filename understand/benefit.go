package understand

import (
	"slices"
	"strings"
)

// benefitWords say that someone lives on a benefit or is out of work: the offers for people on a benefit (the Bbz,
// starting from welfare) fit only a message that says so. A plain "ik wil een bedrijf beginnen" is no such message.
var (
	benefitWords = set(`uitkering uitkeringen bijstand bijstandsuitkering participatiewet ww ww-uitkering werkloos
werkloze werkloosheid werkloosheidsuitkering ontslagen bbz welfare benefit benefits unemployed unemployment
jobless redundant`)
	benefitPhrases = []string{"social assistance", "on the dole", "laid off", "lost my job", "baan kwijt",
		"zonder werk", "geen werk", "sociale dienst"}
)

// NamesBenefit reports whether a message says that the asker lives on a benefit or is out of work: a word such as
// "bijstand", "uitkering", "WW", "werkloos", "welfare" or "unemployed", or a phrase such as "lost my job".
func NamesBenefit(text string) bool { return ReadWords(text).NamesBenefit() }

// NamesBenefit is NamesBenefit of the text read.
func (r *Words) NamesBenefit() bool {
	for _, w := range r.Bare {
		if benefitWords[w] {
			return true
		}
	}
	return slices.ContainsFunc(benefitPhrases, func(p string) bool { return strings.Contains(r.Lower, p) })
}

// troubleWords and troublePhrases say that a business is short of money: the Bbz serves it as well as a starter
// on welfare ("tijdelijk geen inkomen uit mijn bedrijf", "mijn bedrijf heeft schulden").
var (
	troubleWords = set(`geldnood geldzorgen geldproblemen schuld schulden failliet faillissement betalingsproblemen
betalingsachterstand inkomensaanvulling debt debts bankrupt bankruptcy insolvent insolvency`)
	troublePhrases = []string{"zwaar weer", "geen inkomen", "te weinig inkomen", "weinig verdien", "te weinig verdien",
		"kan niet betalen", "niet meer betalen", "niet betalen", "niet te betalen", "omzet ingestort", "omzet is ingestort",
		"financiële problemen", "financiële nood", "financieel slecht", "no income", "too little income",
		"financial problem", "financial difficult", "financial trouble", "money problem", "money trouble", "can't pay", "cannot pay", "can not pay", "short of money",
		"hoofd boven water", "head above water", "heads above water", "stay afloat", "omzet valt weg", "omzet wegvalt", "omzet weggevallen"}
)

// NamesMoneyTrouble reports whether a message says that a business or its owner is short of money: a word such as
// "schulden", "geldzorgen" or "failliet", or a phrase such as "geen inkomen" or "can't pay".
func NamesMoneyTrouble(text string) bool { return ReadWords(text).NamesMoneyTrouble() }

// NamesMoneyTrouble is NamesMoneyTrouble of the text read.
func (r *Words) NamesMoneyTrouble() bool {
	for _, w := range r.Bare {
		if troubleWords[w] {
			return true
		}
	}
	lower := strings.ReplaceAll(r.Lower, "’", "'")
	return slices.ContainsFunc(troublePhrases, func(p string) bool { return strings.Contains(lower, p) })
}
