package understand

import (
	"slices"
	"strings"
)

// Intent is what a message asks the dialogue to do, apart from (or besides) a question to search for.
type Intent string

// Intents, most binding first: a message that asks to be forgotten is never taken for a question.
const (
	IntentNone     Intent = ""
	IntentErase    Intent = "erase"    // "vergeet mij alsjeblieft", "delete my data"
	IntentAbout    Intent = "about"    // "ben jij een mens?", "where do you get your information?"
	IntentExplain  Intent = "explain"  // "wat bedoel je?": say again what the bot just asked, plainer
	IntentHandoff  Intent = "handoff"  // "kan iemand mij bellen", "I'd rather talk to a person"
	IntentPrivacy  Intent = "privacy"  // "wat doe je met mijn gegevens"
	IntentRestart  Intent = "restart"  // "opnieuw", "start over"
	IntentHelp     Intent = "help"     // "help", "wat kun je"
	IntentRefine   Intent = "refine"   // "iets anders": pick another theme
	IntentMore     Intent = "more"     // "andere opties?", "anything else?": what else the question finds
	IntentNegative Intent = "negative" // "dit helpt niet": ask what is missing
	IntentThanks   Intent = "thanks"   // "dank je wel!"
	IntentBye      Intent = "bye"      // "doei", "tot ziens": says goodbye, and says nothing about whether it helped
	IntentLanguage Intent = "language" // "in het Nederlands graag", "in English please": the other language
	IntentYes      Intent = "yes"      // "ja", "dit helpt"
	IntentNo       Intent = "no"       // "nee"
	IntentGreeting Intent = "greeting" // "hoi"
	// IntentCheck asks whether what was said is right ("klopt dat?", "is that true?"): about the topic before, or,
	// with none, what to check; "klopt" is no topic to search.
	IntentCheck Intent = "check"
	// Follow-ups on offers just shown.
	IntentAmount     Intent = "amount"     // "wat is het maximale bedrag?"
	IntentConditions Intent = "conditions" // "kom ik in aanmerking?"
	IntentApply      Intent = "apply"      // "hoe vraag ik dat aan?"
	IntentDeadline   Intent = "deadline"   // "tot wanneer kan dat?"
	IntentDuration   Intent = "duration"   // "hoe lang moet ik doorbetalen?", "how long does it take?"
	IntentContact    Intent = "contact"    // "wie moet ik bellen?"
	IntentDifference Intent = "difference" // "wat is het verschil tussen de EIA en de MIA?"
)

// IsFollowUp reports whether the intent asks about offers already shown.
func (i Intent) IsFollowUp() bool {
	switch i {
	case IntentAmount, IntentConditions, IntentApply, IntentDeadline, IntentDuration, IntentContact, IntentDifference:
		return true
	}
	return false
}

// Reading is what the classifier makes of a message.
type Reading struct {
	Intent Intent
	// Rest are the message's words that neither express the intent nor are function words: what is left to
	// search for ("ik heb een andere vraag over btw" leaves "btw").
	Rest []string
	// Reference is true when the message points at something shown before ("dat", "die", "de eerste", "it").
	Reference bool
	// Ordinals are the positions (0-based) of shown offers the message names by number ("de eerste en de
	// tweede"), in the order written; Last means "de laatste".
	Ordinals []int
	// Also are the other follow-ups the message asks for, in the order written ("hoeveel krijg ik en hoe vraag
	// ik het aan?" is amount, also apply).
	Also []Intent
	// Situation are the words of a condition the asker adds to a question about eligibility ("kom ik in
	// aanmerking als we nog geen winst maken?": "winst maken"): who asks, not a new topic, so not in Rest.
	Situation []string
}

// Last is the Ordinal of "de laatste" / "the last one".
const Last = 1 << 10

// cue is a pattern of words: "*" matches zero to three words; whole is true when the pattern must be the whole
// message (a lone "help", not "help met mijn btw").
type cue struct {
	words []string
	whole bool
}

type intentCues struct {
	intent Intent
	cues   []cue
}

// parseCues turns "a b|c * d|=e" into cues; a leading "=" marks a whole-message cue.
func parseCues(s string) []cue {
	var out []cue
	for _, p := range strings.Split(s, "|") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		c := cue{}
		if rest, ok := strings.CutPrefix(p, "="); ok {
			c.whole, p = true, rest
		}
		c.words = strings.Fields(p)
		out = append(out, c)
	}
	return out
}

// intentOrder is the order in which intents are tried: the first that matches wins.
var intentOrder = []Intent{IntentLanguage, IntentErase, IntentAbout, IntentHandoff, IntentPrivacy, IntentRestart, IntentExplain, IntentNegative, IntentCheck, IntentDifference,
	IntentAmount, IntentApply, IntentDeadline, IntentDuration, IntentConditions, IntentContact, IntentThanks, IntentBye, IntentYes, IntentNo,
	IntentMore, IntentRefine, IntentHelp, IntentGreeting}

var intentTable = func() []intentCues {
	var t []intentCues
	for _, in := range intentOrder {
		t = append(t, intentCues{in, append(parseCues(nlIntentCues[in]), parseCues(enIntentCues[in])...)})
	}
	return t
}()

// cueRef is a cue's place in intentTable; refs sort in the order Classify tries cues.
type cueRef struct{ intent, cue int }

// cuesByWord lists, per word, the cues whose first plain word it is (not "*", not a prefix "~"): a cue can match
// only a message that holds that word, so Classify tries only the cues of the message's words, and cuesAlways.
var cuesByWord, cuesAlways = func() (map[string][]cueRef, []cueRef) {
	byWord := map[string][]cueRef{}
	var always []cueRef
	for i, ic := range intentTable {
		for j, c := range ic.cues {
			k := slices.IndexFunc(c.words, func(w string) bool { return w != "*" && !strings.HasSuffix(w, "~") })
			if k < 0 {
				always = append(always, cueRef{i, j})
				continue
			}
			byWord[c.words[k]] = append(byWord[c.words[k]], cueRef{i, j})
		}
	}
	return byWord, always
}()

// candidateCues returns the cues that may match ws, in the order of intentTable.
func candidateCues(ws []string) []cueRef {
	refs := slices.Clone(cuesAlways)
	for i, w := range ws {
		if !slices.Contains(ws[:i], w) {
			refs = append(refs, cuesByWord[w]...)
		}
	}
	slices.SortFunc(refs, func(a, b cueRef) int {
		if a.intent != b.intent {
			return a.intent - b.intent
		}
		return a.cue - b.cue
	})
	return refs
}

// maxSocial is the number of words beyond which a message is a question, not thanks, yes or no ("ja, maar hoe
// zit het met ..." is more than a yes).
const maxSocial = 6

// Classify reads the intent of a message. It knows language only: which offer "de EIA" names is for the caller.
func Classify(text string) Reading {
	ws := words(strings.ReplaceAll(text, "’", "'"))
	var r Reading
	if strings.TrimSpace(text) == "?" {
		r.Intent = IntentHelp
		return r
	}
	if len(ws) == 0 {
		if in, ok := emojiIntent(text); ok {
			r.Intent = in // "👍" after an answer says yes, it helps; it asked on about the answer
			return r
		}
	}
	ws = typoFixed(unrepeated(ws))
	used := make([]bool, len(ws))
	// The first intent that matches wins, except among the follow-ups: there the one whose cue comes first in the
	// message does, as a question opens with what it asks ("tot wanneer kan ik dat aanvragen" asks for the
	// deadline, not how to apply); at the same place the longer cue, then the first intent.
	type hit struct {
		intent int
		span   []int
		length int
	}
	var hits []hit
	for _, ref := range candidateCues(ws) {
		ic := intentTable[ref.intent]
		if len(hits) > 0 {
			if first := intentTable[hits[0].intent].intent; ic.intent != first && !(first.IsFollowUp() && ic.intent.IsFollowUp()) {
				break
			}
		}
		span, ok := match(ws, ic.cues[ref.cue])
		if !ok || (isSocial(ic.intent) && len(ws) > maxSocial) {
			continue
		}
		hits = append(hits, hit{ref.intent, span, cueWords(ic.cues[ref.cue])})
	}
	if len(hits) > 0 {
		best := hits[0]
		for _, h := range hits[1:] {
			if h.span[0] < best.span[0] || h.span[0] == best.span[0] && h.length > best.length {
				best = h
			}
		}
		r.Intent = intentTable[best.intent].intent
		// A second follow-up joined by "en"/"and" is asked too; one inside the first ("until when can I
		// apply") is not.
		slices.SortStableFunc(hits, func(a, b hit) int { return a.span[0] - b.span[0] })
		end := best.span[len(best.span)-1]
		for _, h := range hits {
			in := intentTable[h.intent].intent
			if in == r.Intent || !in.IsFollowUp() || slices.Contains(r.Also, in) || h.span[0] <= end {
				continue
			}
			if slices.ContainsFunc(ws[end+1:h.span[0]], func(w string) bool { return joinWords[w] }) {
				r.Also = append(r.Also, in)
				end = h.span[len(h.span)-1]
			}
		}
		for _, h := range hits {
			for _, k := range h.span {
				// Every cue that matches is intent, not topic: "maximale bedrag" is all intent, and so is
				// "apply" in "when do I need to apply?".
				used[k] = true
			}
		}
	}
	for i, w := range ws {
		if ord, ok := ordinals[w]; ok {
			r.Ordinals, r.Reference = append(r.Ordinals, ord), true
			used[i] = true
		}
		if references[w] {
			r.Reference = true
			used[i] = true
		}
	}
	situation := len(ws)
	if (r.Intent == IntentConditions || r.Intent == IntentDifference) && len(hits) > 0 {
		// "kom ik in aanmerking als ...", "am I eligible if ...", "welke past het best bij een kleine zaak?": what
		// follows the condition word (or, in a comparison, the word for whom) describes the asker.
		for i := len(ws) - 1; i > 0; i-- {
			if conditionWords[ws[i]] || r.Intent == IntentDifference && forWhomWords[ws[i]] {
				situation = i
			}
		}
	}
	if r.Intent == IntentConditions && situation == len(ws) {
		// "geldt dat voor mij? ik verdien 15000 per jaar", "am I eligible? my turnover is 15,000": a sentence
		// after the question that tells about the asker is the condition too.
		// The sentence's first word stands where a condition word does: it is neither what is asked about (the
		// question's last word is) nor the condition. Its place is counted in the words of the same text as ws
		// ("we’re" is one word there, two in the raw text).
		// The sentence may follow a comma as well: "kom ik in aanmerking, we zijn een softwarebedrijf met 5 man"
		// (typed or spoken without a question mark).
		plain := strings.ReplaceAll(text, "’", "'")
		for i, ch := range plain {
			if !strings.ContainsRune("?,;", ch) {
				continue
			}
			if k := len(words(plain[:i])); k > 0 && k < len(ws)-1 && firstPersonOpeners[ws[k]] {
				situation = k
				break
			}
		}
	}
	for i, w := range ws {
		if used[i] || functionWords[w] || intentWords[w] {
			continue
		}
		if i >= situation {
			if i > situation {
				r.Situation = append(r.Situation, w)
			}
		} else {
			r.Rest = append(r.Rest, w)
		}
	}
	return r
}

// presenceCues ask whether someone is there ("is daar iemand?", "anyone there?").
var presenceCues = append(parseCues(nlPresenceCues), parseCues(enPresenceCues)...)

// AsksPresence reports whether a message (read as IntentAbout) asks whether someone is there ("is daar iemand?",
// "hello, is anyone there?") rather than what the bot is ("ben jij een bot?"): while a person is asked for, it is
// about that person.
func AsksPresence(text string) bool {
	ws := typoFixed(words(strings.ReplaceAll(text, "’", "'")))
	return slices.ContainsFunc(presenceCues, func(c cue) bool {
		_, ok := match(ws, c)
		return ok
	})
}

// firstPersonOpeners open a sentence that tells about the asker ("ik verdien ...", "mijn omzet is ...", "we have
// ...").
var firstPersonOpeners = set("ik wij we mijn onze ons i my our i'm we're i've we've")

// joinWords join two questions in one message.
var joinWords = set("en and ook also plus")

// cueWords is the number of words a cue names ("*" not counted).
func cueWords(c cue) int {
	n := 0
	for _, w := range c.words {
		if w != "*" {
			n++
		}
	}
	return n
}

// unrepeated returns the words said once when the message says the same words two or more times over and nothing
// else ("hallo hallo", "dank je dank je", "thanks thanks"): a greeting or thanks said twice is still one, and
// matched as the whole message ("=hallo") it was not ("hallo hallo" got the theme menu, no welcome).
func unrepeated(ws []string) []string {
	for n := 1; n <= len(ws)/2; n++ {
		if len(ws)%n != 0 {
			continue
		}
		same := true
		for i := n; i < len(ws) && same; i++ {
			same = ws[i] == ws[i-n]
		}
		if same {
			return ws[:n]
		}
	}
	return ws
}

// typoFixed replaces a word that is one letter off an intent word people often mistype (typoTolerant) by that
// word: "hoevel krijg ik" asks how much. Only words of five letters or more that are no word of a cue themselves.
// A long intent word may also lose two letters ("hovel", "aanmerkng"): fast typing drops letters more often than
// it adds them. Not its last two: what is left is then a word of its own more often than a typo ("hoeve", a farm, is
// no "hoeveel").
func typoFixed(ws []string) []string {
	var out []string
	for i, w := range ws {
		if len([]rune(w)) < 5 || cuesByWord[w] != nil || functionWords[w] {
			continue
		}
		for _, t := range typoTolerant {
			if oneEditApart(w, t) || len([]rune(t)) >= minTwoDropped && !strings.HasPrefix(t, w) && lettersDropped(w, t, 2) {
				if out == nil {
					out = slices.Clone(ws)
				}
				out[i] = t
				break
			}
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// minTwoDropped is the length from which an intent word is still recognised with two letters left out.
const minTwoDropped = 7

// lettersDropped reports whether w is t with one to n letters left out, the others in order.
func lettersDropped(w, t string, n int) bool {
	x, y := []rune(w), []rune(t)
	if len(x) >= len(y) || len(y)-len(x) > n {
		return false
	}
	i := 0
	for _, r := range y {
		if i < len(x) && x[i] == r {
			i++
		}
	}
	return i == len(x)
}

// oneEditApart reports whether a and b differ by one letter left out, added, changed, or two neighbours swapped.
func oneEditApart(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	switch len(y) - len(x) {
	case 0:
		diff := []int{}
		for i := range x {
			if x[i] != y[i] {
				diff = append(diff, i)
			}
		}
		switch len(diff) {
		case 1:
			return true
		case 2:
			i, j := diff[0], diff[1]
			return j == i+1 && x[i] == y[j] && x[j] == y[i]
		}
		return false
	case 1:
		i := 0
		for i < len(x) && x[i] == y[i] {
			i++
		}
		return string(x[i:]) == string(y[i+1:])
	}
	return false
}

func isSocial(i Intent) bool {
	return i == IntentThanks || i == IntentBye || i == IntentYes || i == IntentNo || i == IntentGreeting
}

// match finds the cue in ws and returns the positions of the words it matched.
func match(ws []string, c cue) ([]int, bool) {
	if c.whole {
		if len(ws) != len(c.words) {
			return nil, false
		}
		if !slices.Equal(ws, c.words) {
			return nil, false
		}
		span := make([]int, len(ws))
		for i := range span {
			span[i] = i
		}
		return span, true
	}
	for start := range ws {
		if span, ok := matchAt(ws, start, c.words); ok {
			return span, true
		}
	}
	return nil, false
}

// modalParticles colour a sentence without changing what it asks ("ben je eigenlijk een bot?", "are you actually
// a bot?"): inside a cue they are skipped, where the cue has no word of its own.
var modalParticles = set(`eigenlijk nou soms toch even gewoon misschien echt nu dan actually really just maybe perhaps`)

// matchAt matches pattern at ws[start:], where "*" skips zero to three words.
func matchAt(ws []string, start int, pattern []string) ([]int, bool) {
	if len(pattern) == 0 {
		return nil, true
	}
	if pattern[0] == "*" {
		for skip := 0; skip <= 3 && start+skip <= len(ws); skip++ {
			if span, ok := matchAt(ws, start+skip, pattern[1:]); ok {
				return span, true
			}
		}
		return nil, false
	}
	if start >= len(ws) || !wordMatches(ws[start], pattern[0]) {
		return nil, false
	}
	next := start + 1
	for next < len(ws) && len(pattern) > 1 && pattern[1] != "*" && modalParticles[ws[next]] && !wordMatches(ws[next], pattern[1]) {
		next++
	}
	span, ok := matchAt(ws, next, pattern[1:])
	if !ok {
		return nil, false
	}
	return append([]int{start}, span...), true
}

// wordMatches compares a word with a pattern word; a pattern word ending in "~" matches as a prefix ("aanvra~").
func wordMatches(w, p string) bool {
	if prefix, ok := strings.CutSuffix(p, "~"); ok {
		return strings.HasPrefix(w, prefix)
	}
	return w == p
}

// emojiIntent reads a message of emoji only: a thumbs up or OK says yes, folded hands thank, a thumbs down says no.
func emojiIntent(text string) (Intent, bool) {
	in, found := IntentNone, false
	for _, ch := range strings.TrimSpace(text) {
		switch {
		case strings.ContainsRune("👍👌✅💪👏🙌😊🙂😀😃😄", ch):
			in, found = IntentYes, true
		case strings.ContainsRune("🙏", ch):
			in, found = IntentThanks, true
		case strings.ContainsRune("👎", ch):
			in, found = IntentNo, true
		}
	}
	return in, found
}
