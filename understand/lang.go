package understand

// detectLanguage guesses whether a message is English; Dutch is the default. It counts words that are typical of
// one language and rare in the other.
func detectLanguage(text string) (l Lang, sure bool) {
	var enCount, nlCount int
	for _, w := range words(text) {
		if englishWords[w] {
			enCount++
		}
		if dutchWords[w] {
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
