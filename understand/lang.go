package understand

// detectLanguage guesses whether a message is English; Dutch is the default. It counts words that are typical of
// one language and rare in the other.
func detectLanguage(text string) (l Lang, sure bool) {
	var enCount, nlCount int
	ws := words(text)
	for i, w := range ws {
		if englishWords[w] {
			enCount++
		}
		if dutchWords[w] && !(w == vehicleWord && (i == len(ws)-1 || englishWords[ws[i+1]])) {
			nlCount++
		}
	}
	switch {
	case enCount > nlCount:
		return EN, true
	case nlCount > enCount:
		return NL, true
	}
	return NL, false
}

// LanguageAsked returns the language a message asks to be answered in ("in het Nederlands graag", "in Dutch
// please", "kun je Engels praten?"), and false when it names none.
func LanguageAsked(text string) (Lang, bool) {
	for _, w := range words(text) {
		switch w {
		case "nederlands", "dutch":
			return NL, true
		case "engels", "english":
			return EN, true
		}
	}
	return NL, false
}
