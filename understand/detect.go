package understand

// Language guesses the language of a message without reading the rest of it (Parse does that too): for an edge
// that must choose a language before it reads the message, such as the reply to a message that is too long.
func Language(text string) (l Lang, sure bool) { return detectLanguage(text) }
