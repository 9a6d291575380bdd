package understand

// Plain returns Text without the scrubber's placeholders: the whole message, for reading places and sectors from,
// in which "[EMAIL]" or "[TELEFOON]" is neither a known nor an unknown word.
func (m Message) Plain() string { return withoutPlaceholders(m.Text) }
