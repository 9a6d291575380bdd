package index

import (
	"slices"

	"github.com/wegwijzer/wegwijzer/understand"
)

// businessContext reports whether a message shows any business at all, a wider net than asksAsBusiness (which
// wants the asker to run one): asker is that signal. Besides it: a word of doing business (a business word, staff
// as a group, a compound of "bedrijf" or of a business place, "zakelijk", hiring, trade, a permit, the money a
// business asks for), a legal form, a company size, a business that changes hands, a sector named without an
// article (a kind of business or the asker's, not the shop a consumer goes to), "de zaak", or the asker speaking
// of consumers as a group ("aan particulieren") or of themself as the seller ("als verkoper", "ik verkoop
// kleding": understand.SellsGoods). A message with none
// of them is likely a private person's: the words of private life (understand.IsPrivateLife) count only there.
// legalForm is the legal form the message names (reading.legalForm), ws its words (reading.words).
func (ix *Index) businessContext(legalForm string, ws []string, asker bool) bool {
	if asker || legalForm != "" || understand.SellsGoods(ws) {
		return true // the asker sells: "ik ben student en verkoop kleding op Vinted"
	}
	for i, w := range ws {
		if otherOwner(ws, i) || partyOverAsker(ws, i) {
			continue
		}
		if understand.IsBusinessCue(w) || sizeWord(w) || understand.IsStaffWord(w) || staffCompound(w) || understand.IsChangeOfHands(w) ||
			understand.IsBusinessContext(w) {
			return true
		}
		if ix.namesSector(w) && (i == 0 || !understand.IsArticle(ws[i-1])) {
			return true // "bakkerij De Korenschoof", "kleine bakkerij", "a pet shop": not "de supermarkt", "een webwinkel"
		}
		if i > 0 && (w == "zaak" && ws[i-1] == "de" || understand.IsSellerWord(w) && (ws[i-1] == "als" || ws[i-1] == "a")) {
			return true // "in de zaak", "als verkoper", "as a seller"
		}
		if understand.IsConsumerGroup(w) && slices.ContainsFunc(ws[max(0, i-2):i], func(x string) bool { return x == "aan" || x == "to" }) {
			return true // "verkopen aan particulieren", "selling to consumers"
		}
	}
	return false
}

// privateLife counts the words and phrases of private life (understand.IsPrivateLife) in the words of a message that
// shows no business (context is businessContext): 0 when it shows one. A word that is an offer's whole name (a
// title or alias of one word), a sector or a theme never counts; an unknown compound that ends in a listed word of
// 5 letters or more does. An offer's keyword may count ("bedenktijd", "partner"): without any business in the
// message, it is the private person's.
func (ix *Index) privateLife(ws []string, context bool) int {
	if context {
		return 0
	}
	used := ix.placeWords(ws)
	n := 0
	for i, w := range ws {
		if i+1 < len(ws) && understand.IsPrivateLife(w+"_"+ws[i+1]) {
			n++
			continue
		}
		if used[i] || stopwords[w] || ix.wholeNames[w] || ix.namesSector(w) {
			continue
		}
		if _, ok := ix.themes[ix.stem(w)]; ok {
			continue
		}
		if understand.IsPrivateLife(w) {
			n++
			continue
		}
		if len(w) < 8 || ix.known(w) {
			continue
		}
		for j := 3; j <= len(w)-5; j++ {
			if understand.IsPrivateLife(w[j:]) {
				n++
				break
			}
		}
	}
	return n
}
