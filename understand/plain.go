package understand

// Plain returns Text without the scrubber's placeholders: the whole message, for reading places and sectors from,
// in which "[EMAIL]" or "[TELEFOON]" is neither a known nor an unknown word. Separable verbs are joined, as in
// Search: the "bouw" of "hoe bouw ik pensioen op" is building up, not the building trade.
func (m Message) Plain() string {
	if m.plainOf == m.Text && m.plainRead {
		return m.plain // read by Parse (a search asks for it several times)
	}
	return plain(m.Text)
}

func plain(text string) string { return joinSeparable(withoutPlaceholders(text)) }

// IsFunctionWord reports whether w (lower case) is a function word of Dutch or English ("een", "of", "the"): a
// name spelt like one ("EEN" for the Enterprise Europe Network) is that name only when written in capitals.
func IsFunctionWord(w string) bool { return functionWords[w] }

// IsGenericWord reports whether w (lower case) names a kind of offer without a topic ("subsidie", "loan"): "is daar
// subsidie voor?" asks for more offers, not about the one shown.
func IsGenericWord(w string) bool { return intentWords[w] }
