package understand

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// words splits lower-cased text into words of letters, digits and apostrophes.
func words(text string) []string {
	text = strings.ToLower(text)
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return strings.FieldsFunc(text, func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' && r != '+'
			})
		}
	}
	// ASCII, as most text is: a word is a run of [a-z0-9'+-] (lower case already), read byte by byte.
	n := 0
	for i := 0; i < len(text); i++ {
		if asciiWordByte(text[i]) && (i == 0 || !asciiWordByte(text[i-1])) {
			n++
		}
	}
	out := make([]string, 0, n)
	start := -1
	for i := 0; i < len(text); i++ {
		switch in := asciiWordByte(text[i]); {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}

// asciiWordByte reports whether an ASCII byte of lower-cased text is part of a word for words.
func asciiWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '-' || c == '+'
}

// sentences splits text at sentence ends (. ! ? and line breaks). A full stop inside a number or an abbreviation
// followed by a lower-case letter does not end a sentence.
func sentences(text string) []string {
	var out []string
	rs := []rune(text)
	start := 0
	flush := func(end int) {
		if s := strings.TrimSpace(string(rs[start:end])); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i, r := range rs {
		switch r {
		case '\n':
			flush(i + 1)
		case '!', '?':
			flush(i + 1)
		case '.':
			next := i + 1
			for next < len(rs) && rs[next] == ' ' {
				next++
			}
			if next == len(rs) || (next > i+1 && !unicode.IsLower(rs[next]) && !unicode.IsDigit(rs[next])) {
				flush(i + 1)
			}
		}
	}
	flush(len(rs))
	return out
}

// longMessage is the number of words from which a message is reduced to the sentences that ask something.
const longMessage = 30

// asking returns the sentences a search should use. A short message is used whole. A long one keeps the
// sentences that ask or want something, the first sentence (which usually says who is asking: "Ik heb een
// bakkerij in Zwolle.") and the sentence just before a question when it says that something does not happen: that
// is the problem the question is about ("Hij betaalt zijn facturen niet. Moet ik blijven leveren?": left out, the
// question asked about delivering and work). Any sentence just before a question was kept too for a while: the
// cross-validated no-match recall fell (0.779 -> 0.765), as off-topic stories brought more known words. When no
// sentence asks, all are kept.
func asking(ss []string) []string {
	n := 0
	for _, s := range ss {
		n += len(words(s))
	}
	if n < longMessage || len(ss) < 3 {
		return ss
	}
	var kept []string
	for i, s := range ss {
		if i == 0 || isAsking(s) || i+1 < len(ss) && isAsking(ss[i+1]) && negates(s) {
			kept = append(kept, s)
		}
	}
	if len(kept) <= 1 {
		return ss
	}
	return kept
}

// Asks reports whether the text asks or wants something: a question mark, or a word that asks ("hoe", "wil",
// "zoek", "need").
func Asks(text string) bool { return isAsking(text) }

// isAsking reports whether a sentence asks or wants something.
func isAsking(s string) bool {
	if strings.HasSuffix(strings.TrimSpace(s), "?") {
		return true
	}
	for _, w := range words(s) {
		if askWords[w] {
			return true
		}
	}
	return false
}

// isCorrection reports whether a message corrects what was said before: it starts with a correction cue
// ("nee, eigenlijk", "sorry, ik bedoel", "no, actually") or holds one ("ik bedoel", "I meant").
func isCorrection(text string) bool { return correctionCueIndex.in(words(text)) }

// AsksMoney reports whether the text asks for money: a grant, a loan, a tax advantage, or what something costs or
// pays ("is er subsidie voor zonnepanelen?", "who pays the salary?"). Then the money offers lead an answer.
func AsksMoney(text string) bool { return moneyCueIndex.in(words(text)) }

// AsksMoney is AsksMoney of the text read.
func (r *Words) AsksMoney() bool { return moneyCueIndex.in(r.Tokens) }

// AsksRule reports whether the text asks whether something is allowed or required ("mag ik als zzp'er voor één
// opdrachtgever werken?", "do I need a permit"): then the rules that answer it come before money.
func AsksRule(text string) bool { return ruleCueIndex.in(words(text)) }

// WithoutCorrectionCues leaves out the words that mark a correction ("nee wacht", "I meant"): they name no topic,
// and searched they find things of their own ("wacht" finds the waiting list of the grid operator).
func WithoutCorrectionCues(text string) string {
	ws := words(text)
	drop := make([]bool, len(ws))
	for _, cue := range correctionCues {
		cw := strings.Fields(cue)
		for i := 0; i+len(cw) <= len(ws); i++ {
			if slices.Equal(ws[i:i+len(cw)], cw) {
				for k := i; k < i+len(cw); k++ {
					drop[k] = true
				}
			}
		}
		// The search text has lost the interjection a message opens with ("nee wacht, ..." is "wacht ...").
		if tail := cw[1:]; len(cw) > 1 && (interjections[cw[0]] || cw[0] == "no") && len(tail) <= len(ws) && slices.Equal(ws[:len(tail)], tail) {
			for k := range tail {
				drop[k] = true
			}
		}
	}
	out := ws[:0:0]
	for i, w := range ws {
		if !drop[i] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// negates reports whether a sentence holds a negation cue ("Hij betaalt zijn facturen niet.", "we don't get paid").
func negates(s string) bool {
	toks := words(s)
	for i := range toks {
		if cueLength(toks, i) > 0 {
			return true
		}
	}
	return false
}

// AskingSentences returns the sentences of text that a search reads when the text is long (see asking: the
// first sentence, the ones that ask or want something and a problem just before a question), and the number of
// sentences the text has. When it cannot leave anything out, it returns them all.
func AskingSentences(text string) (kept []string, of int) {
	ss := sentences(text)
	return asking(ss), len(ss)
}
