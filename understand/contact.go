package understand

import (
	"slices"
	"strings"

	"github.com/wegwijzer/wegwijzer/demand/scrub"
)

// contactWords are the words people put before their contact details ("bel me op", "mijn mail is", "you can
// reach me at") or their name ("mijn naam is", "ik heet", "my name is"): with the details scrubbed, they say
// nothing about the question ("naam" left alone searched the trade name and the KVK registration).
var contactWords = set(`bel belt bellen bellen mail mailen email e-mail mailadres e-mailadres emailadres me mij mijn
op via naar is nummer telefoonnummer telefoon tel mobiel mobiele whatsapp app appen bereikbaar contact kunt kan je u
naam heet call text reach my number phone at on or of en and can you me email mail name`)

// nameIntros open a clause that gives the asker's name ("mijn naam is Jan de Vries", "my name is Tom"); their
// words are contact words too.
var nameIntros = append(slices.Clone(nlNameIntros), enNameIntros...)

// IntroducesName reports whether clause (lower case, trimmed) opens by giving the asker's name ("mijn naam is
// Jan", "ik heet Tom", "my name's Anna"): it says who asks, not what the problem is.
func IntroducesName(clause string) bool {
	return slices.ContainsFunc(nameIntros, func(p string) bool { return strings.HasPrefix(clause, p) })
}

// withoutContact removes the contact words right before each placeholder of the scrubber, so that a question
// with an e-mail address or a phone number is searched like the same question without it.
func withoutContact(s string) string {
	if strings.IndexByte(s, '[') < 0 {
		return s // every placeholder starts with '[' (most messages have none)
	}
	toks := strings.Fields(s)
	drop := make([]bool, len(toks))
	for i, t := range toks {
		if !isPlaceholder(t) {
			continue
		}
		for j := i - 1; j >= 0 && !drop[j]; j-- {
			w := strings.ToLower(strings.Trim(toks[j], ",;:."))
			if !contactWords[w] || strings.ContainsAny(toks[j], ",;:.?!") && j < i-1 {
				break // a clause boundary or a word that is part of the question
			}
			drop[j] = true
		}
	}
	if !slices.Contains(drop, true) {
		return s
	}
	var out []string
	for i, t := range toks {
		if !drop[i] {
			out = append(out, t)
		}
	}
	return strings.Join(out, " ")
}

func isPlaceholder(tok string) bool {
	for _, p := range scrub.Placeholders() {
		if strings.Contains(tok, p) {
			return true
		}
	}
	return false
}
